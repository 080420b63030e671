// goal-text: 年度总体目标 holding a number instead of goal text: warning at the cell.
import type { In } from "./helpers";
import { gridFromRows, profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** A 10号 project table with the goals block in rows 4–5 (预期目标 B5, 实际完成情况 E5). */
function withGoals(expected: In, actual: In) {
  return gridFromRows("项目支出绩效自评表", [
    ["项目支出绩效自评表"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 10, 10, 10, 10, 1, 10],
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    [null, expected, null, null, actual],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "105人次", 90, 90, null],
    ["总分", null, null, null, null, 100, 100],
  ]);
}

describe("goal-text", () => {
  ruleTests("goal-text", {
    valid: [
      { name: "goal texts", sheets: withGoals("完成培训100人次", "完成培训105人次") },
      { name: "text that contains numbers", sheets: withGoals("改造43.2万元的暖通设施", "已完工，支付37.24万元") },
      { name: "no goals block", sheets: projectSheet() },
      { name: "empty input: blank goals", sheets: withGoals(null, null) },
      { name: "profile: severity off", profile: profileWith({ severities: { "goal-text": "off" } }), sheets: withGoals(43.2, 37.24) },
    ],
    invalid: [
      { name: "河北 2019: 43.2 and 37.24 as goals", sheets: withGoals(43.2, 37.24), expected: [warning("B5", "expected"), warning("E5", "actual")] },
      { name: "boundary: a number typed as text", sheets: withGoals("43.2", "完成"), expected: [warning("B5")] },
    ],
  });
});
