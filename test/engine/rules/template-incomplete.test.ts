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
      {
        name: "boundary: labels with line breaks, （A）/（B） suffixes and synonyms still bind",
        sheets: projectSheet({ labels: { target: "年度\n指标值（A）", actual: "实际\n完成值（B）", weight: "权重", score: "自评得分", reason: "未完成原因分析" } }),
      },
      { name: "dept-base whose 楼堂馆所 block is empty", sheets: deptBaseSheet({ buildings: [] }) },
      { name: "a sheet that is no template", sheets: sheetFromRows("说明", [["填表说明"], ["1、金额单位为万元"]]) },
      { name: "empty input: an empty sheet", sheets: sheetFromRows("Sheet1", []) },
      { name: "profile: severity off", profile: profileWith({ severities: { "template-incomplete": "off" } }), sheets: projectSheet({ omit: ["reason"] }) },
    ],
    invalid: [
      { name: "no 偏差原因分析及改进措施 column", sheets: projectSheet({ omit: ["reason"] }), expected: [error("A8", "missing")] },
      { name: "no 得分 column", sheets: projectSheet({ omit: ["score"] }), expected: [error("A8")] },
      { name: "no 分值 column", sheets: projectSheet({ omit: ["weight"] }), expected: [error("A8")] },
      { name: "no 年度指标值 column", sheets: projectSheet({ omit: ["target"] }), expected: [error("A8")] },
      { name: "no 实际完成值 column", sheets: projectSheet({ omit: ["actual"] }), expected: [error("A8")] },
      { name: "no funds block: at the title", sheets: projectSheet({ funds: null }), expected: [error("A1")] },
      // Two missing columns are two findings: the user must add both.
      { name: "no 得分 and no 偏差原因 column: one finding per column", sheets: projectSheet({ omit: ["score", "reason"] }), expected: [error("A8"), error("A8")] },
      // staff-control needs 控制率; the 财政供养人员情况 block header is where the column is missing.
      { name: "dept-base staff block without 控制率", sheets: deptBaseSheet({ omitStaffRate: true }), expected: [error("A2")] },
    ],
  });
});
