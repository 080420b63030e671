// total-score: 总分 得分 = budget 得分 + Σ 得分, compared at the entered total's precision (SPEC §3, §4).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, error, PROJECT_FUNDS, PROJECT_INDICATORS, pct, profileWith, projectSheet, ruleTests } from "./helpers";

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
