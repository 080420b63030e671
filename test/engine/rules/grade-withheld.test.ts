// grade-withheld: no recommended total or grade while a row cannot be scored, or above 100: info.
import { runReport } from "./helpers";
import { info, oneIndicator, profileWith, projectSheet, ruleTests } from "./helpers";

describe("grade-withheld", () => {
  ruleTests("grade-withheld", {
    valid: [
      { name: "every row scored", sheets: projectSheet() },
      { name: "a blank score is filled with ŝ: the total can be recommended", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", score: null }, { total: null }) },
      { name: "boundary: a total of exactly 100", sheets: projectSheet({ funds: { initial: 100, budget: 100, spent: 100, weight: 10, rate: 1, score: 10 } }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "grade-withheld": "off" } }), sheets: oneIndicator({ target: "≥100人次", actual: null, score: null }) },
    ],
    invalid: [
      { name: "a row with no result and no score blocks the total", sheets: oneIndicator({ target: "≥100人次", actual: null, score: null }), expected: [info("G10", "blocked")] },
      {
        name: "a total above 100 is not graded",
        sheets: projectSheet({ indicators: [{ level1: "产出指标", level2: "数量指标", name: "培训人次", target: "≥100人次", actual: "105人次", weight: 100, score: 100 }] }),
        expected: [info("G10", "overMax")],
      },
    ],
  });

  test("the report gives no recommended total and no grade when a row blocks it, and no grade above 100", () => {
    const blocked = runReport(oneIndicator({ target: "≥100人次", actual: null, score: null })).templates[0].score;
    expect(blocked?.recommended).toBeUndefined();
    expect(blocked?.grade).toBeUndefined();
    const over = runReport(projectSheet({ indicators: [{ level1: "产出指标", level2: "数量指标", name: "培训人次", target: "≥100人次", actual: "105人次", weight: 100, score: 100 }] })).templates[0].score;
    expect(over?.recommended).toBe("109.50");
    expect(over?.grade).toBeUndefined();
  });
});

// r18 (fixture 23): the budget's points alone are no total; before, 建议 10.00 · 等级 差. One cause, one
// finding: template-incomplete reports the empty indicator block and carries this info as its detail.
test("grade-withheld: an indicator header without a single indicator row is template-incomplete's detail", () => {
  const report = runReport(projectSheet({ indicators: [] }));
  expect(report.templates[0].score?.recommended).toBeUndefined();
  expect(report.findings.filter((f) => f.rule === "grade-withheld")).toEqual([]);
  const [empty] = report.findings.filter((f) => f.rule === "template-incomplete");
  expect(empty).toMatchObject({ severity: "error", messageId: "empty", details: [{ rule: "grade-withheld", messageId: "empty" }] });
});
