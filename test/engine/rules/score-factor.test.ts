// score-factor: on a form with a 得分系数 column (重庆 部门整体绩效自评表), 指标得分 = 得分系数 × 指标权重,
// compared at the precision the score was entered (SPEC §3). The layout is the 重庆 form's
// (test/fixtures/13_chongqing_dept_2021), cut to a few rows.
import type { In } from "./helpers";
import { error, gridFromRows, pct, ruleTests } from "./helpers";

/** Rows of the 重庆 form: head, funds row, indicator header, then [name, target, actual, factor, weight, score]. */
function chongqing(rows: [string, In, In, In, In, In][]) {
  return gridFromRows("部门整体绩效自评表", [
    ["部门整体绩效自评表"],
    ["主管部门", null, null, null, null, "财政处室", null, null, "自评总分(分)", null, null],
    ["部门预算执行情况(万元)", "年初预算数", null, "全年(调整)预算数", null, "全年执行数", null, "执行率(%)", "执行率权重", "执行率得分(分)"],
    [null, 100, null, 100, null, 100, null, pct(1, "0%"), 10, 10],
    ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"],
    ...rows.map(([name, target, actual, factor, weight, score]) => [null, name, "%", "定量指标", target, null, actual, factor, weight, score, "否"]),
  ]);
}

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
