// score-factor: on a form with a 得分系数 column (重庆 部门整体绩效自评表), 指标得分 = 得分系数 × 指标权重,
// compared at the precision the score was entered (SPEC §3). The layout is the 重庆 form's
// (test/fixtures/13_chongqing_dept_2021), cut to a few rows.
import { chongqing, error, pct, ruleTests } from "./helpers";

describe("score-factor", () => {
  ruleTests("score-factor", {
    valid: [
      { name: "100% × 2 = 2", sheets: chongqing([["预算完成率", "70%", "76%", pct(1, "0%"), 2, 2]]) },
      { name: "typed as text: 100% × 10 = 10", sheets: chongqing([["播发稿件数量", "2200", "2859", "100%", 10, 10]]) },
      { name: "80% × 5 = 4", sheets: chongqing([["业务保障能力提升", "90%", "72%", pct(0.8, "0%"), 5, 4]]) },
      { name: "a bare 80 in the (%) column is 80%", sheets: chongqing([["业务保障能力提升", "90%", "72%", 80, 5, 4]]) },
      { name: "rounding: 72.74% × 2 = 1.4548 entered 1.45", sheets: chongqing([["政府采购执行率", "100%", "72.74%", pct(0.7274), 2, 1.45]]) },
      { name: "no factor: nothing to check", sheets: chongqing([["预算完成率", "70%", "76%", null, 2, 1]]) },
      { name: "no score: nothing to check", sheets: chongqing([["预算完成率", "70%", "76%", pct(1, "0%"), 2, null]]) },
    ],
    invalid: [
      { name: "100% × 2 but 1 entered", sheets: chongqing([["预算完成率", "70%", "76%", pct(1, "0%"), 2, 1]]), expected: [error("J6", "mismatch")] },
      { name: "72.74% × 2 = 1.45 but 2 entered", sheets: chongqing([["政府采购执行率", "100%", "72.74%", pct(0.7274), 2, 2]]), expected: [error("J6")] },
      { name: "boundary: 50% × 5 = 2.5 entered 2.4", sheets: chongqing([["固定资产利用率", "90%", "45%", pct(0.5, "0%"), 5, 2.4]]), expected: [error("J6")] },
    ],
  });
});
