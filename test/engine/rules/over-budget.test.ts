// over-budget: full-year spending above the full-year budget: warning at 全年执行数; the budget score stays capped.
import { PROJECT_FUNDS, pct, profileWith, projectSheet, ruleTests, runReport, warning } from "./helpers";

const spending = (spent: number, rate: number) => projectSheet({ funds: { ...PROJECT_FUNDS, spent, rate: pct(rate), score: 10 } });

describe("over-budget", () => {
  ruleTests("over-budget", {
    valid: [
      { name: "95% executed", sheets: projectSheet() },
      { name: "boundary: exactly 100%", sheets: spending(100, 1) },
      { name: "0 ÷ 0 is not scored", sheets: projectSheet({ funds: { initial: 0, budget: 0, spent: 0, weight: 10, rate: 0, score: 0 } }) },
      { name: "empty input: no funds block", sheets: projectSheet({ funds: null }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "over-budget": "off" } }), sheets: spending(105, 1.05) },
    ],
    invalid: [
      { name: "105% executed", sheets: spending(105, 1.05), expected: [warning("E4", "over")] },
      { name: "boundary: 100.01 of 100", sheets: spending(100.01, 1.0001), expected: [warning("E4")] },
    ],
  });

  test("105%: the finding above and nothing else at warning or error level; the score stays 10 of 10", () => {
    const report = runReport(spending(105, 1.05));
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual(["over-budget"]);
    expect(report.recalculations.find((r) => r.field === "executionScore")?.value ?? "10").toBe("10");
  });
});
