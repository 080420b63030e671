// reason-required: 得分 < 分值, a missed quantitative target or a qualitative result below band 1 needs a
// real 偏差原因分析及改进措施 (not blank, 无, / or the template's prompt) (SPEC §4).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, DEPT_INDICATORS, error, oneIndicator, profileWith, projectSheet, ruleTests, runReport } from "./helpers";

const row = (target: IndicatorIn["target"], actual: IndicatorIn["actual"], score: IndicatorIn["score"], reason?: IndicatorIn["reason"], more: Partial<IndicatorIn> = {}) =>
  oneIndicator({ target, actual, score, reason, ...more });

describe("reason-required", () => {
  ruleTests("reason-required", {
    valid: [
      { name: "met with full marks, no reason", sheets: projectSheet() },
      { name: "boundary: score = weight", sheets: row("≥100人次", "100人次", 10) },
      { name: "deducted with a reason", sheets: row(40, 33, 8, "该指标上报时间为2022年年底，考核办法变更") },
      { name: "met, full marks, reason 无", sheets: row("≥90%", "95%", 10, "无") },
      { name: "qualitative band 1 with full marks", sheets: row("达成年度指标", "已完成", 10) },
      { name: "unreadable result with full marks: not known to be missed", sheets: row("≥50个", "约五十个", 10) },
      { name: "empty input: blank row and blank reason", sheets: oneIndicator({ weight: null }) },
      { name: "no weight: nothing to deduct from", sheets: row(null, null, 5, null, { weight: null }) },
      { name: "dept-eval: all met", sheets: deptEvalSheet() },
      { name: "profile: severity off", profile: profileWith({ severities: { "reason-required": "off" } }), sheets: row("90%", "98%", 9) },
    ],
    invalid: [
      { name: "seed: 满意度 met but scored 9, reason empty: one finding, both ways out", sheets: row("90%", "98%", 9), expected: [error("H9", "metButDeducted")] },
      { name: "boundary: 9.99 of 10", sheets: row("≥100人次", "100人次", 9.99), expected: [error("H9", "metButDeducted")] },
      { name: "missed with full marks", sheets: row(40, 33, 10), expected: [error("H9", "missed")] },
      { name: "missed, score blank", sheets: row(40, 33, null), expected: [error("H9", "missed")] },
      { name: "qualitative band 2 with full marks", sheets: row("达成年度指标", "基本完成", 10), expected: [error("H9", "missed")] },
      { name: "qualitative band 3", sheets: row("达成年度指标", "未完成", 3), expected: [error("H9")] },
      { name: "reason 无", sheets: row(40, 33, 8, "无"), expected: [error("H9")] },
      { name: "reason /", sheets: row(40, 33, 8, "/"), expected: [error("H9")] },
      { name: "reason ——", sheets: row(40, 33, 8, "——"), expected: [error("H9")] },
      { name: "reason only spaces", sheets: row(40, 33, 8, " \u3000 "), expected: [error("H9")] },
      { name: "reason is the template's prompt", sheets: row(40, 33, 8, "未完成原因分析（100字以内）"), expected: [error("H9")] },
      { name: "dept-eval: reason column I", sheets: deptEvalSheet({ indicators: [{ ...DEPT_INDICATORS[0], score: 18 }] }), expected: [error("I13")] },
    ],
  });
});

test("met but deducted with no reason: one finding, offering the full score at the score cell", () => {
  const report = runReport(row("90%", "98%", 9));
  const mine = report.findings.filter((f) => f.rule === "reason-required" || f.rule === "met-but-deducted");
  expect(mine.map((f) => `${f.rule}:${f.messageId}`)).toEqual(["reason-required:metButDeducted"]);
  expect(mine[0].suggestion).toEqual({ at: { row: 8, col: 6 }, value: "10" });
});

describe("one cause, one finding: the others become its details", () => {
  test("met but deducted, no reason: met-but-deducted's finding is a detail of reason-required's", () => {
    const [finding, ...others] = runReport(row("90%", "98%", 9)).findings.filter((f) => f.rule === "reason-required" || f.rule === "met-but-deducted");
    expect(others).toEqual([]);
    expect(finding.details).toEqual([{ rule: "met-but-deducted", severity: "warning", at: { row: 8, col: 6 }, messageId: "deducted", data: expect.objectContaining({ score: "9", weight: "10" }) }]);
  });

  test("with a reason given, met-but-deducted stands alone, with no details", () => {
    const found = runReport(row("90%", "98%", 9, "年中调减服务对象范围")).findings.filter((f) => f.rule === "reason-required" || f.rule === "met-but-deducted");
    expect(found.map((f) => [f.rule, f.details])).toEqual([["met-but-deducted", undefined]]);
  });

  test("far over target, scored below the weight, no reason: one error with over-target and met-but-deducted as details", () => {
    const found = runReport(row("≥40%", "60%", 8)).findings.filter((f) => ["reason-required", "met-but-deducted", "over-target"].includes(f.rule));
    expect(found.map((f) => `${f.severity} ${f.rule}:${f.messageId}`)).toEqual(["error reason-required:metButDeducted"]);
    expect(found[0].details?.map((d) => `${d.severity} ${d.rule}:${d.messageId}`)).toEqual(["warning met-but-deducted:deducted", "warning over-target:over"]);
  });

  test("a profile that deducts for over target: the deduction's reason and the over-target warning are one finding", () => {
    const deduct = profileWith({ overTargetAction: "deduct", overTargetDeduct: "2" });
    // ŝ = 10 − 2 = 8; the accountant accepted it, so the reason is what is left to write.
    const found = runReport(row("≥40%", "60%", 8), deduct).findings.filter((f) => ["reason-required", "met-but-deducted", "over-target", "indicator-score"].includes(f.rule));
    expect(found.map((f) => `${f.severity} ${f.rule}:${f.messageId}`)).toEqual(["error reason-required:metButDeducted"]);
    expect(found[0].details?.map((d) => d.rule).sort()).toEqual(["met-but-deducted", "over-target"]);
  });

  test("a finding of another cause on the same row stays a finding of its own", () => {
    // Missed (33 of 40) with no reason, and the score typed wrong: two problems, two findings.
    const found = runReport(row(40, 33, 5)).findings.filter((f) => ["reason-required", "indicator-score"].includes(f.rule));
    expect(found.map((f) => `${f.rule}:${f.messageId}`).sort()).toEqual(["indicator-score:mismatch", "reason-required:deducted"]);
    expect(found.every((f) => f.details === undefined)).toBe(true);
  });
});
