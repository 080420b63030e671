// 预算执行率得分 = min(执行率, 100%) × 分值 / Budget score. The 100% cap is common practice, not 10号's text (see the rule's page).
import Decimal from "decimal.js";
import { toA1 } from "../grid";
import { defineRule } from "../rule";
import { checkScore } from "../checks";
import { fixed } from "../format";

export default defineRule({
  meta: {
    id: "execution-score",
    title: { "zh-CN": "预算执行得分", en: "Execution score" },
    severity: "warning",
    alsoSeverities: ["info"],
    sourceKind: "practice",
    source: "湖北 省级 绩效目标自评表的栏目“得分(分*执行率)”（表式自身）；执行率超过 100% 按 100% 计、得分不超过分值，是预算管理一体化系统 绩效自评模块的通行做法",
    description: {
      "zh-CN": "预算执行得分应为 min(执行率, 100%) × 分值；全年预算数为 0 时不计分",
      en: "Budget score = min(execution rate, 100%) × weight; not scored when the full-year budget is 0",
    },
    messages: {
      mismatch: {
        "zh-CN": "预算执行得分应为 {{expected}}（执行率 {{rate}} × 分值 {{weight}}），表中为 {{actual}}",
        en: "Budget score should be {{expected}} (rate {{rate}} × weight {{weight}}); the sheet shows {{actual}}",
      },
      rounding: {
        "zh-CN": "预算执行得分 {{actual}} 是 {{exact}} 的舍入，可接受",
        en: "Budget score {{actual}} is {{exact}} rounded; acceptable",
      },
    },
  },
  fundsRow(row, isTotal, ctx) {
    if (!isTotal || !row.score || ctx.isError(row.score)) return;
    const funds = ctx.fundsOf(ctx.table);
    if (!funds || funds.recommended === null || funds.rate === null || funds.weight === null) return;
    checkScore(ctx, {
      field: row.score,
      entered: funds.score,
      empty: !funds.score,
      recommended: funds.recommended,
      weight: funds.weight,
      recalc: { field: "executionScore", formula: row.rate && row.weight ? `MIN(${toA1(row.rate.at)},1)*${toA1(row.weight.at)}` : undefined, overEntered: true },
      suggestion: (s) => fixed(s),
      data: { rate: `${fixed(Decimal.min(funds.rate, 1).times(100))}%`, weight: funds.weight.toString() },
    });
  },
});
