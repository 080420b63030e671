// money-scale: a 万元 funds block whose total is out of scale (≥ 1,000,000 万元 = 100 亿元): info at the figure.
import type { SheetGrid } from "../../../src/engine/grid";
import { renderMessage } from "../../../src/engine/messages";
import { info, PROJECT_FUNDS, profileWith, projectSheet, ruleTests, run } from "./helpers";

/** The project sheet with money figures in 元 (× 10 000) and the block label it carries (A3). */
function inYuan(label = "项目资金（万元）"): SheetGrid {
  const sheet = projectSheet({ funds: { ...PROJECT_FUNDS, initial: 1_000_000, budget: 1_000_000, spent: 950_000 } });
  sheet.cells[2][0] = { value: label };
  return sheet;
}

describe("money-scale", () => {
  ruleTests("money-scale", {
    valid: [
      { name: "100 万元", sheets: projectSheet() },
      { name: "the same figures under (元)", sheets: inYuan("项目资金（元）") },
      { name: "no unit stated", sheets: inYuan("项目资金") },
      { name: "boundary: 999999.99 万元", sheets: (() => { const s = inYuan(); s.cells[3][3] = { value: 999_999.99 }; s.cells[3][2] = { value: 999_999.99 }; s.cells[3][4] = { value: 900_000 }; return s; })() },
      { name: "empty input: no funds block", sheets: projectSheet({ funds: null }) },
      { name: "profile: threshold 2000000", profile: profileWith({ rules: { "money-scale": { threshold: "2000000" } } }), sheets: inYuan() },
      { name: "profile: severity off", profile: profileWith({ severities: { "money-scale": "off" } }), sheets: inYuan() },
    ],
    invalid: [
      // 宁德 2018 (fixture 18): 2751417.82 under 资金结构(万元) is 275.14 亿元.
      { name: "1000000 万元: typed in 元", sheets: inYuan(), expected: [info("D4", "scale")] },
      { name: "单位：万元 stated in the block's label", sheets: inYuan("项目资金（单位：万元）"), expected: [info("D4")] },
    ],
  });

  test("the message gives the figure in 亿元", () => {
    const [finding] = run(inYuan()).filter((f) => f.rule === "money-scale");
    expect(renderMessage(finding, "zh-CN")).toBe("资金表以万元为单位，全年预算数为 1000000 万元（即 100.00 亿元），金额是否按元填写？请核实单位");
  });
});
