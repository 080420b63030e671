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
