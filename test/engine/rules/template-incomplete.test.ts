// template-incomplete: a recognised template lacks a column the rules need: error at its header (SPEC §2, §4).
import { sheetFromRows } from "../../../src/engine/grid";
import { deptBaseSheet, deptEvalSheet, error, profileWith, projectSheet, ruleTests } from "./helpers";

describe("template-incomplete", () => {
  ruleTests("template-incomplete", {
    valid: [
      { name: "complete project", sheets: projectSheet() },
      { name: "complete project with a 原因 column", sheets: projectSheet({ fundsReason: true }) },
      { name: "complete dept-eval", sheets: deptEvalSheet() },
      { name: "complete dept-base", sheets: deptBaseSheet() },
      { name: "boundary: one figure filled is not a blank form", sheets: projectSheet({ funds: {}, indicators: [{ level1: "产出指标", level2: "数量指标", name: "培训人次", target: "≥100人次" }], total: null }) },
      {
        name: "boundary: labels with line breaks, （A）/（B） suffixes and synonyms still bind",
        sheets: projectSheet({ labels: { target: "年度\n指标值（A）", actual: "实际\n完成值（B）", weight: "权重", score: "自评得分", reason: "未完成原因分析" } }),
      },
      { name: "dept-base whose 楼堂馆所 block is empty", sheets: deptBaseSheet({ buildings: [] }) },
      { name: "a sheet that is no template", sheets: sheetFromRows("说明", [["填表说明"], ["1、金额单位为万元"]]) },
      { name: "empty input: an empty sheet", sheets: sheetFromRows("Sheet1", []) },
      { name: "profile: severity off", profile: profileWith({ severities: { "template-incomplete": "off" } }), sheets: projectSheet({ omit: ["score"] }) },
      // Forms that lack these by design (湖北 省级: no 偏差原因, no 分值): nothing is missing.
      { name: "no 偏差原因分析及改进措施 column (some provinces' forms have none)", sheets: projectSheet({ omit: ["reason"] }) },
      { name: "no 分值 column (the 湖北 省级 form scores without one)", sheets: projectSheet({ omit: ["weight"] }) },
    ],
    invalid: [
      // A province's blank 科技 form (fixture 27): it binds, and nothing is filled in.
      {
        name: "a blank form: no money, target, result, weight or score anywhere",
        sheets: projectSheet({ funds: {}, indicators: [{ level1: "产出指标", level2: "数量指标", name: "培训人次" }, { level2: "质量指标", name: "合格率" }], total: null }),
        expected: [error("A1", "blank")],
      },
      // 宁德 2018 (fixture 18): an indicator header with no indicator under it.
      { name: "an indicator header with no indicator row", sheets: projectSheet({ indicators: [], total: null }), expected: [error("A8", "empty")] },
      // A 分值 column without a 得分 column: every scored form has both. At the 分值 label.
      { name: "no 得分 column", sheets: projectSheet({ omit: ["score"] }), expected: [error("F8", "missing")] },
      { name: "no 年度指标值 column", sheets: projectSheet({ omit: ["target"] }), expected: [error("A8")] },
      { name: "no 实际完成值 column", sheets: projectSheet({ omit: ["actual"] }), expected: [error("A8")] },
      { name: "no funds block: at the title", sheets: projectSheet({ funds: null }), expected: [error("A1", "missingBlock")] },
      // Two missing columns are two findings: the user must add both.
      // The funds header is there but its data rows are not: that is the missing part, not a column.
      {
        name: "funds block without its 年度资金总额 row",
        sheets: sheetFromRows("项目支出绩效自评表", [
          ["2023年度项目支出绩效自评表"],
          ["项目名称", "职业技能培训项目"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["年度总体目标", "完成培训"],
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["产出指标", "数量指标", "培训人次", "≥100人次", "105人次", 90, 90, null],
          ["总分", null, null, null, null, 100, 90],
        ]),
        expected: [error("A3", "missingRow")],
      },
      // staff-control needs 控制率; the 财政供养人员情况 block header is where the column is missing.
      { name: "dept-base staff block without 控制率", sheets: deptBaseSheet({ omitStaffRate: true }), expected: [error("A2")] },
    ],
  });
});
