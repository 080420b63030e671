// cell-error: a bound cell holds #DIV/0!, #REF!, #VALUE! …: error at that cell; the other rules skip it (SPEC §4).
import { deptBaseSheet, deptEvalSheet, error, oneIndicator, pct, PROJECT_FUNDS, profileWith, projectSheet, ruleTests, run, xlError } from "./helpers";

describe("cell-error", () => {
  ruleTests("cell-error", {
    valid: [
      { name: "clean project", sheets: projectSheet() },
      { name: "clean dept-eval", sheets: deptEvalSheet() },
      { name: "clean dept-base", sheets: deptBaseSheet() },
      { name: "an error outside the bound cells (the 项目名称 value)", sheets: projectSheet({ projectName: xlError("#REF!") }) },
      { name: "text that merely mentions an error", sheets: oneIndicator({ target: "≥50个", actual: "52个", score: 10, reason: "原公式返回#DIV/0!，已改正" }) },
      { name: "boundary: a 0 ÷ 0 rate shown 0.00% is a value, not an error", sheets: projectSheet({ funds: { initial: 0, budget: 0, spent: 0, weight: 10, rate: pct(0) } }) },
      { name: "empty input: blank funds and indicator cells", sheets: projectSheet({ funds: {}, indicators: [{ level1: "产出指标", name: "指标1" }], total: { weight: null, score: null } }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "cell-error": "off" } }), sheets: projectSheet({ funds: { ...PROJECT_FUNDS, rate: xlError("#DIV/0!") } }) },
    ],
    invalid: [
      { name: "执行率 #DIV/0!", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, rate: xlError("#DIV/0!") } }), expected: [error("G4", "error")] },
      { name: "全年预算数 #REF!", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, budget: xlError("#REF!") } }), expected: [error("D4")] },
      { name: "其中 row #VALUE!", sheets: projectSheet({ parts: [{ budget: xlError("#VALUE!") }] }), expected: [error("D5")] },
      { name: "indicator 实际完成值 #VALUE! and 得分 #REF!", sheets: oneIndicator({ target: "≥50个", actual: xlError("#VALUE!"), score: xlError("#REF!") }), expected: [error("E9"), error("G9")] },
      { name: "总分 得分 #REF!", sheets: projectSheet({ total: { weight: 100, score: xlError("#REF!") } }), expected: [error("G13")] },
      { name: "dept-eval 执行率 #DIV/0!", sheets: deptEvalSheet({ funds: { initial: 500, budget: 500, spent: 490, weight: 10, rate: xlError("#DIV/0!"), score: 9.8 } }), expected: [error("G4")] },
      { name: "dept-base 控制率 #DIV/0!", sheets: deptBaseSheet({ staff: { authorized: 0, actual: 14, rate: xlError("#DIV/0!") } }), expected: [error("D3")] },
      { name: "dept-base 三公 本年决算 #REF!", sheets: deptBaseSheet({ costs: { threePublic: [8, 8, xlError("#REF!")] } }), expected: [error("D5")] },
      { name: "dept-base 规模控制率 #DIV/0!", sheets: deptBaseSheet({ buildings: [{ approvedArea: 0, actualArea: 0, areaRate: xlError("#DIV/0!") }] }), expected: [error("D22")] },
      // Office.js hands formula errors over as text ("#DIV/0!"), which readCell already reads as an error.
      { name: "an error handed over as text, as Office.js does", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, rate: "#DIV/0!" } }), expected: [error("G4")] },
      // The reason cell is bound (reason-required reads it and skips it as cell-error's).
      { name: "偏差原因分析及改进措施 #REF! on a deducted row", sheets: oneIndicator({ target: 40, actual: 33, score: 8, reason: xlError("#REF!") }), expected: [error("H9")] },
    ],
  });

  test("the other rules stay silent on the cell that holds the error", () => {
    const found = run(projectSheet({ funds: { ...PROJECT_FUNDS, rate: xlError("#DIV/0!"), score: xlError("#DIV/0!") } }));
    expect(found.filter((f) => f.cell === "G4" || f.cell === "H4")).toEqual([
      expect.objectContaining({ rule: "cell-error", cell: "G4" }),
      expect.objectContaining({ rule: "cell-error", cell: "H4" }),
    ]);
  });

  test("an error in 全年执行数 keeps execution-rate from reporting the rate", () => {
    const found = run(projectSheet({ funds: { ...PROJECT_FUNDS, spent: xlError("#VALUE!"), rate: pct(0.5) } }));
    expect(found.filter((f) => f.rule === "execution-rate")).toEqual([]);
  });
});
