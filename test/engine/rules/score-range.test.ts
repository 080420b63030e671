// score-range: 0 ≤ 得分 ≤ 分值, for every indicator and the budget row (SPEC §4).
import type { In } from "./helpers";
import { deptEvalSheet, error, oneIndicator, PROJECT_FUNDS, projectSheet, ruleTests } from "./helpers";

const scored = (score: In, weight: In = 10) => oneIndicator({ target: "≥100人次", actual: "105人次", weight, score, reason: "说明" });

describe("score-range", () => {
  ruleTests("score-range", {
    valid: [
      { name: "every score within its weight", sheets: projectSheet() },
      { name: "boundary: score = weight", sheets: scored(10) },
      { name: "boundary: score 0", sheets: scored(0) },
      { name: "score 9.99 of 10", sheets: scored(9.99) },
      { name: "score / is not a number", sheets: scored("/") },
      { name: "weight blank: nothing to compare", sheets: scored(12, null) },
      { name: "empty input: score and weight blank", sheets: scored(null, null) },
      { name: "dept-eval", sheets: deptEvalSheet() },
    ],
    invalid: [
      { name: "boundary: 10.01 of 10", sheets: scored(10.01), expected: [error("G9", "range")] },
      { name: "negative score", sheets: scored(-1), expected: [error("G9")] },
      { name: "boundary: -0.01", sheets: scored(-0.01), expected: [error("G9")] },
      { name: "text score 12 of 10", sheets: scored("12"), expected: [error("G9")] },
      { name: "budget score 11 of 10", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, score: 11 } }), expected: [error("H4")] },
      { name: "dept-eval: 25 of 20", sheets: deptEvalSheet({ indicators: [{ level1: "产出指标", name: "全年签约引进项目", target: "≥10个", actual: "11个", weight: 20, score: 25 }] }), expected: [error("H13")] },
    ],
  });
});
