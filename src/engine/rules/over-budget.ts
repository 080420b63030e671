// 支出超过预算 / Spending above the full-year budget.
// 执行率 above 100% used to be capped in silence; the budget score stays capped at w
// (execution-score), but spending more than the budget is itself worth a look.
import { defineRule } from "../rule";
import { percent, plain } from "../format";

export default defineRule({
  meta: {
    id: "over-budget",
    title: { "zh-CN": "超预算支出", en: "Over budget" },
    severity: "warning",
    sourceKind: "own",
    source: "本工具的判断：全年执行数超过全年预算数（执行率高于 100%）须核实并说明；预算执行得分仍不超过分值",
    description: {
      "zh-CN": "全年执行数超过全年预算数（执行率高于 100%）",
      en: "Full-year spending exceeds the full-year budget (execution rate above 100%)",
    },
    messages: {
      over: {
        "zh-CN": "全年执行数 {{spent}} 超过全年预算数 {{budget}}（执行率 {{rate}}），请核实；预算执行得分仍以分值为上限",
        en: "Spending {{spent}} exceeds the full-year budget {{budget}} (rate {{rate}}); check it. The budget score stays capped at its weight",
      },
      overInitial: {
        "zh-CN": "全年执行数 {{spent}} 超过年初预算数 {{budget}}（执行率 {{rate}}），表中没有全年（调整后）预算数：年中追加的，请注明追加数；预算执行得分仍以分值为上限",
        en: "Spending {{spent}} exceeds the initial budget {{budget}} (rate {{rate}}) and the table has no full-year (adjusted) budget: if the budget was raised during the year, state by how much. The budget score stays capped at its weight",
      },
    },
  },
  evalTable(ctx) {
    const funds = ctx.fundsOf(ctx.table);
    const spent = ctx.table.funds?.total.annualSpent;
    if (!funds || !spent || funds.rate === null || funds.budget === null || funds.spent === null || !funds.rate.gt(1)) return;
    ctx.report({
      at: spent.at,
      messageId: ctx.table.funds?.budgetIsInitial ? "overInitial" : "over",
      data: { spent: plain(funds.spent), budget: plain(funds.budget), rate: percent(funds.rate, 2) },
      expected: `≤ ${plain(funds.budget)}`,
      actual: plain(funds.spent),
    });
  },
});
