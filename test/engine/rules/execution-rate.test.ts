// execution-rate: 执行率 = 全年执行数 ÷ 全年预算数 (adjusted, not 年初), compared at its own precision (SPEC §3, §4).
import type { FundsIn, In } from "./helpers";
import { deptEvalSheet, error, oneIndicator, pct, projectSheet, ruleTests, warning } from "./helpers";

/** The budget scored as an indicator row (银川 2021), beside the funds block's 95 ÷ 100. */
const rateRow = (actual: In) => oneIndicator({ level1: "项目管理", level2: "投入管理", name: "预算执行率", target: "—", actual, score: 10 });

/** A funds row with 年初 = 全年 and no score, so that only the rate is in question. */
const funds = (budget: In, spent: In, rate: In): FundsIn => ({ initial: budget, budget, spent, weight: 10, rate });

describe("execution-rate", () => {
  ruleTests("execution-rate", {
    valid: [
      { name: "95 ÷ 100 shown 95.00%", sheets: projectSheet() },
      { name: "a 预算执行率 indicator row whose result is the block's rate (95%)", sheets: rateRow("95%") },
      { name: "boundary: the row's result at its own precision (95.0%)", sheets: rateRow("95.0%") },
      { name: "a 预算执行率 row without a percent result is not compared", sheets: rateRow("按计划执行") },
      { name: "seed: 857.71 ÷ 866.48 = 98.9878…% shown 98.99%", sheets: projectSheet({ funds: funds(866.48, 857.71, pct(0.9899)) }) },
      { name: "rounding boundary: 197.97 ÷ 200 = 98.985% shown 98.99% (half up)", sheets: projectSheet({ funds: funds(200, 197.97, pct(0.9899)) }) },
      { name: "full-precision fraction under a 0.00% format", sheets: projectSheet({ funds: funds(200, 197.97, pct(0.98985)) }) },
      { name: "typed text 98.99%", sheets: projectSheet({ funds: funds(866.48, 857.71, "98.99%") }) },
      { name: "full-width text ９８．９９％", sheets: projectSheet({ funds: funds(866.48, 857.71, "９８．９９％") }) },
      { name: "integer percent format: 98.99% shown 99%", sheets: projectSheet({ funds: funds(866.48, 857.71, pct(0.99, "0%")) }) },
      { name: "over 100%: 110 ÷ 100 shown 110.00%", sheets: projectSheet({ funds: funds(100, 110, pct(1.1)) }) },
      { name: "0 ÷ 0 shown 0.00%", sheets: projectSheet({ funds: funds(0, 0, pct(0)) }) },
      { name: "0 ÷ 0 shown /", sheets: projectSheet({ funds: funds(0, 0, "/") }) },
      { name: "0 ÷ 0 shown —", sheets: projectSheet({ funds: funds(0, 0, "—") }) },
      { name: "0 ÷ 0 left blank", sheets: projectSheet({ funds: funds(0, 0, null) }) },
      { name: "rate blank: recalculated, not reported", sheets: projectSheet({ funds: funds(100, 95, null) }) },
      { name: "empty input: the whole funds row blank", sheets: projectSheet({ funds: {}, total: null }) },
      { name: "empty input: whitespace cells", sheets: projectSheet({ funds: { budget: " ", spent: "\u3000", rate: " " }, total: null }) },
      { name: "其中 row with a correct rate", sheets: projectSheet({ parts: [{ budget: 100, spent: 95, rate: pct(0.95) }] }) },
      { name: "dept-eval: 490 ÷ 500 shown 98.00%", sheets: deptEvalSheet() },
    ],
    invalid: [
      { name: "a 预算执行率 indicator row whose result is not the block's rate (100% against 95 ÷ 100)", sheets: rateRow("100%"), expected: [warning("E9", "row")] },
      { name: "rounding boundary: 98.985% entered 98.98%", sheets: projectSheet({ funds: funds(200, 197.97, pct(0.9898)) }), expected: [error("G4", "mismatch")] },
      { name: "text 98.98% for 98.985%", sheets: projectSheet({ funds: funds(200, 197.97, "98.98%") }), expected: [error("G4")] },
      { name: "integer format: 98.985% entered 98%", sheets: projectSheet({ funds: funds(200, 197.97, pct(0.98, "0%")) }), expected: [error("G4")] },
      { name: "computed on 年初预算数: 180 ÷ 100 instead of 180 ÷ 200", sheets: projectSheet({ funds: { initial: 100, budget: 200, spent: 180, weight: 10, rate: pct(1.8), score: 9 } }), expected: [error("G4")] },
      { name: "plainly wrong: 95% for 90 ÷ 100", sheets: projectSheet({ funds: funds(100, 90, pct(0.95)) }), expected: [error("G4")] },
      { name: "其中 row: 60% for 50 ÷ 100", sheets: projectSheet({ parts: [{ budget: 100, spent: 50, rate: pct(0.6) }] }), expected: [error("G5")] },
      { name: "dept-eval: 97% for 490 ÷ 500", sheets: deptEvalSheet({ funds: { initial: 500, budget: 500, spent: 490, weight: 10, rate: pct(0.97), score: 9.8 } }), expected: [error("G4")] },
    ],
  });
});
