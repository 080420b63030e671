// met-but-deducted: the target is met but 得分 < 分值 (SPEC §4; 财预〔2020〕10号: a met target earns the full weight).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, DEPT_INDICATORS, oneIndicator, profileWith, projectSheet, ruleTests, warning } from "./helpers";

const row = (target: IndicatorIn["target"], actual: IndicatorIn["actual"], score: IndicatorIn["score"], more: Partial<IndicatorIn> = {}) =>
  oneIndicator({ target, actual, score, reason: "原因已说明", ...more });

describe("met-but-deducted", () => {
  ruleTests("met-but-deducted", {
    valid: [
      { name: "met with full marks", sheets: projectSheet() },
      { name: "missed and deducted: indicator-score's business", sheets: row(40, 33, 8) },
      { name: "> is strict: 90% is not > 90%", sheets: row(">90%", "90%", 9) },
      { name: "< is strict: 5 is not < 5", sheets: row("<5次", "5次", 9, { name: "投诉次数" }) },
      { name: "cost missed: 311.22 > 262.07", sheets: row(262.07, 311.22, 17, { level1: "成本指标", name: "基本支出预算成本", weight: 20 }) },
      { name: "score blank", sheets: row("≥90%", "98%", null) },
      { name: "negative score: score-range owns it", sheets: row("≥90%", "98%", -1) },
      { name: "qualitative band 1 inside its band [0.8w, w]", sheets: row("达成年度指标", "达成年度指标", 9) },
      { name: "the result repeats its target (高 → 高) scored 8, inside band 1", sheets: row("高", "高", 8) },
      { name: "a result that differs from an unbanded target (高 → 较高) is not read", sheets: row("高", "较高", 5) },
      { name: "a not-applicable mark repeated (/ → /) is no result", sheets: row("/", "/", 0) },
      { name: "empty input: blank row", sheets: oneIndicator({ weight: null }) },
      // No reason given: one problem, one finding — reason-required reports it with both ways out.
      { name: "dept-eval: 满意度 scored 9 with no reason (reason-required owns it)", sheets: deptEvalSheet({ indicators: [...DEPT_INDICATORS.slice(0, 3), { ...DEPT_INDICATORS[3], score: 9 }, DEPT_INDICATORS[4]] }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "met-but-deducted": "off" } }), sheets: row("≥90%", "98%", 9) },
    ],
    invalid: [
      { name: "seed: 满意度 90% → 98% scored 9 of 10", sheets: row("90%", "98%", 9), expected: [warning("G9", "deducted")] },
      { name: "boundary: met exactly (100 of ≥100) scored 9.99", sheets: row("≥100人次", "100人次", 9.99), expected: [warning("G9")] },
      { name: "以上 includes the number: 90%以上 → 90% scored 8", sheets: row("90%以上", "90%", 8), expected: [warning("G9")] },
      { name: "cost met: ≤300万元 → 290万元 scored 15 of 20", sheets: row("≤300万元", "290万元", 15, { level1: "成本指标", weight: 20 }), expected: [warning("G9")] },
      { name: "= 0 met: 0 incidents scored 5", sheets: row("=0次", "0次", 5, { name: "安全事故次数" }), expected: [warning("G9")] },
      { name: "无 against a target of 0 is 0: ≤0起 → 无 scored 5", sheets: row("≤0起", "无", 5, { name: "安全事故" }), expected: [warning("G9")] },
      { name: "units: 9.33亿元 → 100000万元 met, scored 18 of 20", sheets: row("9.33亿元", "100000万元", 18, { weight: 20 }), expected: [warning("G9")] },
      { name: "qualitative band 1 below its band: 达标 scored 5", sheets: row("达标", "达标", 5), expected: [warning("G9")] },
      // A result that repeats its target word for word reached it, band word or not (高 → 高).
      { name: "the result repeats a target without a band word: 全覆盖 → 全覆盖 scored 5", sheets: row("全覆盖", "全覆盖", 5), expected: [warning("G9")] },
      { name: "the result repeats a band-2 target: 有所提升 → 有所提升 scored 5", sheets: row("有所提升", "有所提升", 5), expected: [warning("G9")] },
      { name: "the result repeats a target of 否 (是否发生安全事故 → 否) scored 5", sheets: row("否", "否", 5, { name: "是否发生安全事故" }), expected: [warning("G9")] },
      { name: "dept-eval: 满意度 at row 16", sheets: deptEvalSheet({ indicators: [...DEPT_INDICATORS.slice(0, 3), { ...DEPT_INDICATORS[3], score: 9, reason: "满意度调查样本不足" }, DEPT_INDICATORS[4]] }), expected: [warning("H16")] },
    ],
  });
});
