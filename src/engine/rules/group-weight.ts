// 一级指标下各指标分值之和 = 其标注分值 / The weights under an 一级 add up to its (xx分).
import Decimal from "decimal.js";
import type { CellRef } from "../grid";
import { defineRule } from "../rule";
import type { RuleContext } from "../rule";
import { plain, sum } from "../format";

export default defineRule({
  meta: {
    id: "group-weight",
    title: { "zh-CN": "一级指标分值", en: "Group weight" },
    severity: "error",
    sourceKind: "own",
    source: "本工具的判断：一级指标标注的分值（如 产出指标(50分)）应等于其下三级指标分值之和；各地表式均如此标注，无条文原文",
    description: {
      "zh-CN": "一级指标下各三级指标分值之和应等于一级指标标注的分值",
      en: "The weights of the indicators under a first-level indicator must add up to its stated weight",
    },
    messages: {
      mismatch: {
        "zh-CN": "“{{group}}”标注 {{expected}} 分，其下指标分值合计 {{actual}} 分",
        en: "“{{group}}” states {{expected}} points but its indicators' weights add up to {{actual}}",
      },
    },
  },
  group(group, ctx) {
    if (!group.declaredWeight) return;
    const weights = group.indicators.map((i) => ctx.num(i.weight)?.value).filter((v): v is Decimal => v !== undefined);
    // A row whose 分值 is blank (the page stops inside it, 银川 2021) leaves the group's sum
    // unknown: a shortfall is not asserted; a sum already above the label still is.
    const unweighted = weights.length < group.indicators.length;
    mismatch(ctx, group.at, group.name, group.declaredWeight, weights, unweighted);
  },
  evalTable(ctx) {
    // Sichuan: 绩效指标（90分） covers every indicator of the table.
    const { indicatorsDeclaredWeight, indicatorHeaderAt } = ctx.table;
    if (!indicatorsDeclaredWeight || !indicatorHeaderAt) return;
    const weights = ctx.indicators.map((i) => ctx.num(i.weight)?.value).filter((v): v is Decimal => v !== undefined);
    mismatch(ctx, indicatorHeaderAt, "绩效指标", indicatorsDeclaredWeight, weights);
  },
});

function mismatch(ctx: RuleContext, at: CellRef, group: string, declaredText: string, weights: Decimal[], unweighted = false): void {
  if (weights.length === 0) return;
  const declared = new Decimal(declaredText);
  const total = sum(weights);
  if (total.equals(declared) || (unweighted && total.lt(declared))) return;
  ctx.report({ at, messageId: "mismatch", data: { group, expected: plain(declared), actual: plain(total) }, expected: plain(declared), actual: plain(total) });
}
