// total-score: 总分 得分 = budget 得分 + Σ 得分, compared at the entered total's precision (SPEC §3, §4).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, error, gridFromRows, info, PROJECT_FUNDS, PROJECT_INDICATORS, pct, profileWith, projectSheet, ruleTests, runReport } from "./helpers";

/**
 * A 湖北-like table whose funds block has no 得分 column (budget score not bound): the sheet's
 * 总分 100 includes a budget score the binder cannot see (10 + 90).
 */
const budgetUnbound = () =>
  gridFromRows("项目支出绩效自评表", [
    ["项目支出绩效自评表"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"],
    [null, "年度资金总额", 100, 100, 100, 10, 1],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "105人次", 90, 90, null],
    ["总分", null, null, null, null, 100, 100],
  ]);

const total = (score: IndicatorIn["score"]) => ({ weight: 100, score });
/** Budget score 9.85 (98.5%) and indicators 85: Σ 94.85. */
const sheet9485 = (score: IndicatorIn["score"]) =>
  projectSheet({
    funds: { ...PROJECT_FUNDS, spent: 98.5, rate: pct(0.985), score: 9.85 },
    indicators: [...PROJECT_INDICATORS.slice(0, 3), { ...PROJECT_INDICATORS[3], score: 5, reason: "满意度调查样本不足" }],
    total: total(score),
  });

describe("total-score", () => {
  ruleTests("total-score", {
    valid: [
      { name: "9.5 + 90 = 99.5", sheets: projectSheet() },
      { name: "Σ 94.85 entered 94.85", sheets: sheet9485(94.85) },
      { name: "a formula's cached result", sheets: projectSheet({ total: total({ v: 99.5, f: "SUM(H4,G9:G12)" }) }) },
      { name: "总分 得分 blank: recalculated, not reported", sheets: projectSheet({ total: total(null) }) },
      { name: "no 总分 row", sheets: projectSheet({ total: null }) },
      { name: "no budget score: Σ of the indicators", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, score: null }, total: total(90) }) },
      { name: "empty input: no scores anywhere, 总分 blank", sheets: projectSheet({ funds: {}, indicators: [{ level1: "产出指标", name: "指标1" }], total: total(null) }) },
      { name: "dept-eval: 9.8 + 90 = 99.8", sheets: deptEvalSheet() },
    ],
    invalid: [
      // A partial bind never asserts arithmetic: the info names what is missing, nothing is rewritten.
      { name: "budget 得分 column not bound: info, never an error", sheets: budgetUnbound(), expected: [info("G6", "unbound")] },
      { name: "boundary: Σ 94.85 entered 94.9 (one decimal, half up): rounding, info", sheets: sheet9485(94.9), expected: [{ severity: "info", cell: "G13", messageId: "rounding" }] },
      { name: "99.5 entered 98.5", sheets: projectSheet({ total: total(98.5) }), expected: [error("G13", "mismatch")] },
      { name: "boundary: Σ 94.85 entered 94.8", sheets: sheet9485(94.8), expected: [error("G13")] },
      { name: "boundary: Σ 94.85 entered 94.84 (two decimals)", sheets: sheet9485(94.84), expected: [error("G13")] },
      { name: "boundary: Σ 99.5 entered 99 (integer; 99.5 rounds half up to 100)", sheets: projectSheet({ total: total(99) }), expected: [error("G13")] },
      { name: "scores left out of the total", sheets: projectSheet({ total: total(90) }), expected: [error("G13")] },
      { name: "dept-eval: 总分 in H", sheets: deptEvalSheet({ total: total(95.8) }), expected: [error("H18")] },
      { name: "profile: severity warning", profile: profileWith({ severities: { "total-score": "warning" } }), sheets: projectSheet({ total: total(98.5) }), expected: [{ severity: "warning", cell: "G13" }] },
    ],
  });
});

test("a table whose budget score column is not bound never has its 总分 rewritten", () => {
  const report = runReport(budgetUnbound());
  expect(report.recalculations.filter((r) => r.field === "totalScore")).toEqual([]);
  expect(report.findings.filter((f) => f.rule === "total-score" && f.severity === "error")).toEqual([]);
});

test("a sum above 100 is not written into the 总分 cell", () => {
  const report = runReport(projectSheet({ indicators: [{ level1: "产出指标", level2: "数量指标", name: "培训人次", target: "≥100人次", actual: "105人次", weight: 100, score: 100 }], total: { weight: 100, score: 100 } }));
  expect(report.findings.map((f) => `${f.rule}:${f.severity}`)).toContain("total-score:error");
  expect(report.recalculations.filter((r) => r.field === "totalScore")).toEqual([]);
});
