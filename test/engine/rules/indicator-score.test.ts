// indicator-score: an entered 得分 vs the recommended ŝ of a quantitative row; warning, info within the
// entered precision (integer ±0.5, one decimal ±0.05, two ±0.005, half-up) (SPEC §3, §4).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, DEPT_INDICATORS, info, oneIndicator, profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** One indicator at row 9 (score G9) with a reason filled in, so that only the score is in question. */
const row = (target: IndicatorIn["target"], actual: IndicatorIn["actual"], score: IndicatorIn["score"], more: Partial<IndicatorIn> = {}) =>
  oneIndicator({ target, actual, score, reason: "原因已说明", ...more });
const cost = (score: number) => row(262.07, 311.22, score, { level1: "成本指标", level2: "经济成本指标", name: "基本支出预算成本", weight: 20 });
const deviation = profileWith({ reverseFormula: "deviation" });

describe("indicator-score", () => {
  ruleTests("indicator-score", {
    valid: [
      { name: "percent: ŝ 85 ÷ 90 × 10 = 9.444 entered 9.44 → silent: ŝ at two decimals is what SelfEval writes", sheets: row("≥90%", "85%", 9.44) },
      { name: "reverseFormula deviation: ŝ 16.249 entered 16.25 → silent: ŝ at two decimals is what SelfEval writes", profile: deviation, sheets: cost(16.25) },
      { name: "every target met with full marks", sheets: projectSheet() },
      // Ceiling rates without a comparator read as ≤ (重庆 部门整体绩效自评表, fixture 13).
      { name: "预算调整率 3% → 0, no comparator: lower is better, met", sheets: row("3%", "0", 10, { name: "预算调整率" }) },
      { name: "财政供养人员控制率 100% → 92%: met", sheets: row("100%", "92%", 10, { name: "财政供养人员控制率" }) },
      { name: "结转结余率 2% → 0: met", sheets: row("2%", "0%", 10, { name: "结转结余率" }) },
      { name: "missed: ŝ 33 ÷ 40 × 10 = 8.25 entered exactly", sheets: row(40, 33, 8.25) },
      { name: "far over target, full marks: never deducted", sheets: row("40%", "66.7%", 10) },
      { name: "met but scored 9: met-but-deducted owns it", sheets: row("≥90%", "98%", 9) },
      { name: "score above the weight: score-range owns it", sheets: row(40, 33, 12) },
      { name: "score blank: filled with ŝ, not reported", sheets: row(40, 33, null) },
      { name: "qualitative row: qualitative-band owns it", sheets: row("达成年度指标", "基本完成", 5) },
      { name: "unreadable result: value-unparsed owns it", sheets: row("≥50个", "约五十个", 5) },
      { name: "weight blank: no ŝ", sheets: row(40, 33, 5, { weight: null }) },
      { name: "empty input: target, result, weight and score blank", sheets: oneIndicator({ weight: null }) },
      { name: "以上 includes the number: 90%以上 → 90%", sheets: row("90%以上", "90%", 10) },
      { name: "a bare number against a % target is a percent: ≥90% → 95", sheets: row("≥90%", 95, 10) },
      { name: "units converted: ≥9.33亿元 → 93300万元", sheets: row("≥9.33亿元", "93300万元", 10) },
      { name: "= 0: 0 → 0 scores the weight", sheets: row("=0次", "0次", 10, { name: "安全事故次数" }) },
      { name: "= 0 missed, 0 entered", sheets: row("=0次", "1次", 0, { name: "安全事故次数" }) },
      { name: "cost met: ≤300 → 290 full marks", sheets: deptEvalSheet() },
      { name: "cost by name (投诉): 3 complaints against 5 is met", sheets: row(5, 3, 10, { name: "群众投诉次数" }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "indicator-score": "off" } }), sheets: cost(19) },
    ],
    invalid: [
      { name: "seed: ŝ 8.25 entered 8 → info", sheets: row(40, 33, 8), expected: [info("G9", "rounding")] },
      { name: "公用经费控制率 100% → 105%: missed a ceiling, ŝ 100 ÷ 105 × 20 = 19.05 vs 20", sheets: row("100%", "105%", 20, { name: "公用经费控制率", weight: 20 }), expected: [warning("G9", "mismatch")] },
      { name: "boundary: ŝ 8.5 (34 ÷ 40) entered 8 → warning", sheets: row(40, 34, 8), expected: [warning("G9", "mismatch")] },
      { name: "boundary: ŝ 8.5 entered 9 → info (half up)", sheets: row(40, 34, 9), expected: [info("G9")] },
      { name: "boundary: ŝ 8.49 (84.9 ÷ 100) entered 8 → info", sheets: row(100, 84.9, 8), expected: [info("G9")] },
      { name: "boundary: ŝ 8.49 entered 8.5 (one decimal) → info", sheets: row(100, 84.9, 8.5), expected: [info("G9")] },
      { name: "boundary: ŝ 8.49 entered 8.4 (one decimal) → warning", sheets: row(100, 84.9, 8.4), expected: [warning("G9")] },
      { name: "percent: ŝ 9.444 entered 9.45 → warning", sheets: row("≥90%", "85%", 9.45), expected: [warning("G9")] },
      { name: "no comparator means ≥: 12 of 16 → 7.5, entered 10", sheets: row(16, 12, 10), expected: [warning("G9")] },
      { name: "= with A > 0 reads as ≥: 95% of 100% → 9.5, entered 9", sheets: row("=100%", "95%", 9), expected: [warning("G9")] },
      { name: "= 0 missed: ŝ 0, entered 10", sheets: row("=0次", "1次", 10, { name: "安全事故次数" }), expected: [warning("G9")] },
      { name: "units: ≥10万元 → 50000元 is 5万元, ŝ 5, entered 10", sheets: row("≥10万元", "50000元", 10), expected: [warning("G9")] },
      { name: "cost (成本 in 一级): ŝ 262.07 ÷ 311.22 × 20 = 16.84, entered 19", sheets: cost(19), expected: [warning("G9", "mismatch")] },
      { name: "cost boundary: ŝ 16.84 entered 17 → info", sheets: cost(17), expected: [info("G9")] },
      { name: "cost (费用 in the name, no comparator): 10 ÷ 12 × 10 = 8.33, entered 10", sheets: row("10万元", "12万元", 10, { name: "会议费用" }), expected: [warning("G9")] },
      { name: "cost (投诉 in the name): 8 against 5 → 5 ÷ 8 × 10 = 6.25, entered 10", sheets: row(5, 8, 10, { name: "群众投诉次数" }), expected: [warning("G9")] },
      { name: "cost (成本 in 二级): 400 against 300 → 7.5, entered 10", sheets: row(300, 400, 10, { level1: "产出指标", level2: "成本控制指标", name: "单位运行经费" }), expected: [warning("G9")] },
      {
        name: "an empty 一级 inherits 成本 from the row above: 400 against 300 → 7.5, entered 10",
        sheets: projectSheet({
          indicators: [
            { level1: "成本指标（20分）", level2: "经济成本指标", name: "基本支出预算成本", target: 300, actual: 290, weight: 10, score: 10 },
            { name: "项目运行经费", target: 300, actual: 400, weight: 10, score: 10, reason: "原因已说明" },
          ],
        }),
        expected: [warning("G10")],
      },
      { name: "reverseFormula deviation: ŝ (1 − 49.15 ÷ 262.07) × 20 = 16.25, entered 16.84", profile: deviation, sheets: cost(16.84), expected: [warning("G9")] },
      { name: "reverseFormula deviation: ŝ 16.249 entered 16 → info", profile: deviation, sheets: cost(16), expected: [info("G9")] },
      {
        name: "dept-eval seed rows: 8 vs 8.25 (info), 19 vs 16.84 (warning)",
        sheets: deptEvalSheet({
          indicators: [
            { level1: "产出指标(40分)", level2: "数量指标", name: "全年签约引进项目", target: 40, actual: 33, weight: 10, score: 8, reason: "上报时间为2022年年底" },
            ...DEPT_INDICATORS.slice(2, 4),
            { level1: "成本指标（20分）", level2: "经济成本指标", name: "基本支出预算成本", target: 262.07, actual: 311.22, weight: 20, score: 19, reason: "财政对指标进行了调整" },
          ],
        }),
        expected: [info("H13"), warning("H16")],
      },
    ],
  });
});
