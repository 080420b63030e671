// values-look-like-weights: on a scoreless form, bare targets = results adding up to 100: warning at the first target.
import type { In } from "./helpers";
import { gridFromRows, profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** A scoreless 绩效目标自评表 (阆中 2021 layout): funds without 分值/得分, indicators from row 6. */
function transfer(rows: [string, In, In][]) {
  return gridFromRows("绩效目标自评表", [
    ["车辆购置税收入补助地方资金绩效目标自评表"],
    ["项目资金（万元）", null, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
    [null, "年度资金总额", 4000, 4000, 1],
    [],
    ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    ...rows.map(([name, target, actual], i): In[] => [i === 0 ? "产出指标" : null, "数量指标", name, target, actual]),
  ]);
}

const WEIGHTS: [string, In, In][] = [
  ["建设普通省道二级公路32.1公里", 20, 20],
  ["建设符合验收要求", 20, 20],
  ["按期完成投资", 10, 10],
  ["对经济发展的促进作用", 10, 10],
  ["基本公共服务水平", 10, 10],
  ["交通建设符合环评审批要求", 10, 10],
  ["群众满意度", 20, 20],
];

describe("values-look-like-weights", () => {
  ruleTests("values-look-like-weights", {
    valid: [
      { name: "real targets and results", sheets: transfer([["建设普通省道二级公路", "32.1公里", "32.1公里"], ["验收合格率", "100%", "100%"], ["群众满意度", "≥90%", "95%"]]) },
      { name: "a scored form with weights where they belong", sheets: projectSheet() },
      { name: "boundary: bare numbers adding up to 99", sheets: transfer([...WEIGHTS.slice(0, 6), ["群众满意度", 19, 19]]) },
      { name: "boundary: adding up to 100 but results differ", sheets: transfer([...WEIGHTS.slice(0, 6), ["群众满意度", 20, 18]]) },
      { name: "boundary: two rows are too few to say", sheets: transfer([["甲", 50, 50], ["乙", 50, 50]]) },
      { name: "empty input: no values", sheets: transfer([["甲", null, null], ["乙", null, null], ["丙", null, null]]) },
      { name: "profile: severity off", profile: profileWith({ severities: { "values-look-like-weights": "off" } }), sheets: transfer(WEIGHTS) },
    ],
    invalid: [{ name: "阆中 2021: 20, 20, 10, 10, 10, 10, 20 in 指标值 and 全年实际完成值", sheets: transfer(WEIGHTS), expected: [warning("D6", "weights")] }],
  });
});
