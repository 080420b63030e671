// over-target: B ÷ A ≥ k (default 1.2) on a higher-is-better target; points at the reason cell when it is
// empty, else at the score; never deducts (SPEC §4, §5).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, DEPT_INDICATORS, expectFindings, oneIndicator, profileWith, projectSheet, ruleTests, run, warning } from "./helpers";

const row = (target: IndicatorIn["target"], actual: IndicatorIn["actual"], more: Partial<IndicatorIn> = {}) => oneIndicator({ target, actual, score: 10, ...more });
const k13 = profileWith({ overTargetRatio: "1.3" });

describe("over-target", () => {
  ruleTests("over-target", {
    valid: [
      { name: "every result below 1.2 × target", sheets: projectSheet() },
      { name: "boundary: 47.99 ÷ 40 = 1.19975", sheets: row(40, 47.99) },
      { name: "boundary: 47.9% ÷ 40% = 1.1975", sheets: row("40%", "47.9%") },
      { name: "lower is better (≤): 50 against ≤100 is good, not over", sheets: row("≤100万元", "50万元", { name: "会议费用" }) },
      { name: "cost indicator without comparator", sheets: row(300, 100, { level1: "成本指标", name: "基本支出预算成本" }) },
      { name: "target 0: no ratio", sheets: row("≥0个", "5个") },
      { name: "qualitative", sheets: row("达成年度指标", "达成年度指标") },
      { name: "empty input: blank target and result", sheets: oneIndicator({ weight: null }) },
      { name: "k = 1.3: 1.25 is fine", profile: k13, sheets: row(40, 50) },
      { name: "profile: severity off", profile: profileWith({ severities: { "over-target": "off" } }), sheets: row("40%", "66.7%") },
    ],
    invalid: [
      { name: "boundary: 48 ÷ 40 = 1.2 exactly, reason empty → reason cell", sheets: row(40, 48), expected: [warning("H9", "over")] },
      { name: "boundary: 48% ÷ 40% = 1.2", sheets: row("40%", "48%"), expected: [warning("H9")] },
      { name: "reason filled → points at the score", sheets: row(40, 48, { reason: "当年招商形势向好，超额完成" }), expected: [warning("G9")] },
      { name: "reason 无 counts as empty", sheets: row(40, 48, { reason: "无" }), expected: [warning("H9")] },
      { name: "units: 112000万元 ÷ 9.33亿元 = 1.2004", sheets: row("≥9.33亿元", "112000万元"), expected: [warning("H9")] },
      { name: "= with A > 0 reads as ≥", sheets: row("=10个", "12个"), expected: [warning("H9")] },
      { name: "k = 1.3: 52 ÷ 40 = 1.3 exactly", profile: k13, sheets: row(40, 52), expected: [warning("H9")] },
      { name: "default k = 1.2: 50 ÷ 40 = 1.25 is flagged", sheets: row(40, 50), expected: [warning("H9")] },
      {
        name: "seed: 开工率 40% → 66.7% at dept-eval row 14, reason empty",
        sheets: deptEvalSheet({ indicators: [DEPT_INDICATORS[0], { ...DEPT_INDICATORS[1], target: "40%", actual: "66.7%", weight: 20, score: 20 }, ...DEPT_INDICATORS.slice(2)] }),
        expected: [warning("I14")],
      },
    ],
  });

  test("never deducts: a full score on a far-over target has no indicator-score or met-but-deducted finding", () => {
    const found = run(row("40%", "66.7%"));
    expectFindings(found, "indicator-score", []);
    expectFindings(found, "met-but-deducted", []);
  });
});
