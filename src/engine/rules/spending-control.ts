// 三公经费、公用经费不超预算；三公经费不高于上年 / 三公 and 公用 spending stay within budget and below last year.
import { defineRule } from "../rule";
import { percent, plain } from "../format";
import type { CostRow } from "../model";

export default defineRule({
  meta: {
    id: "spending-control",
    title: { "zh-CN": "三公经费与公用经费控制", en: "Spending control" },
    severity: "warning",
    alsoSeverities: ["info"],
    sourceKind: "practice",
    source: "湖南 部门整体支出绩效评价评分表（岳阳市）：“三公经费”变动率 ≤ 0 计满分，“三公经费”控制率、公用经费控制率以 100% 为标准",
    description: {
      "zh-CN": "三公经费或公用经费本年决算超过本年预算，或三公经费本年决算高于上年决算（变动率 > 0）",
      en: "三公 or 公用 spending above this year's budget, or 三公 spending above last year's (change rate > 0)",
    },
    messages: {
      overBudget: {
        "zh-CN": "{{label}}本年决算 {{final}} 超过本年预算 {{budget}}（控制率 {{rate}}）",
        en: "{{label}}: this year's spending {{final}} exceeds the budget {{budget}} (control rate {{rate}})",
      },
      rose: {
        "zh-CN": "三公经费本年决算 {{final}} 高于上年决算 {{prev}}，变动率 +{{change}}",
        en: "三公 spending {{final}} is above last year's {{prev}}: change +{{change}}",
      },
      fell: {
        "zh-CN": "三公经费本年决算 {{final}} 比上年决算 {{prev}} 下降 {{change}}",
        en: "三公 spending {{final}} fell {{change}} from last year's {{prev}}",
      },
    },
  },
  baseTable(ctx) {
    if (!ctx.table.costs) return;
    const { threePublic, publicFunds } = ctx.table.costs;
    overBudget(threePublic, "三公经费");
    overBudget(publicFunds, "公用经费");
    if (!threePublic?.final || ctx.isError(threePublic.final) || ctx.isError(threePublic.prevFinal)) return;
    const final = ctx.num(threePublic.final)?.value;
    const prev = ctx.num(threePublic.prevFinal)?.value;
    if (final === undefined || prev === undefined || prev.isZero()) return;
    const change = final.minus(prev).div(prev);
    const data = { final: plain(final), prev: plain(prev), change: percent(change.abs()) };
    if (change.gt(0)) ctx.report({ at: threePublic.final.at, messageId: "rose", data, expected: "≤ 0%", actual: `+${percent(change)}` });
    else if (change.lt(0)) ctx.report({ at: threePublic.final.at, messageId: "fell", severity: "info", data, actual: percent(change) });

    function overBudget(row: CostRow | undefined, label: string): void {
      if (!row?.final || ctx.isError(row.final) || ctx.isError(row.budget)) return;
      const f = ctx.num(row.final)?.value;
      const b = ctx.num(row.budget)?.value;
      if (f === undefined || b === undefined || !f.gt(b)) return;
      const rate = b.isZero() ? "—" : percent(f.div(b));
      ctx.report({ at: row.final.at, messageId: "overBudget", data: { label, final: plain(f), budget: plain(b), rate }, expected: `≤ ${plain(b)}`, actual: plain(f) });
    }
  },
});
