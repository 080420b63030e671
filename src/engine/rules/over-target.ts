// 超额完成过多：指标值可能设定偏低 / Far over target: the target may have been set too low.
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { percent } from "../format";
import { indicatorText } from "../scoring";

export default defineRule({
  meta: {
    id: "over-target",
    severity: "warning",
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「对完成值高于指标值较多的，要分析原因，如果是由于年初指标值设定明显偏低造成的，要按照偏离度适度调减分值」——“较多”取 k 倍（默认 1.2）是本工具的设定；是否调减分值由填报人判断，本工具不自动扣分",
    description: {
      "zh-CN": "实际完成值达到指标值的 k 倍（默认 1.2）及以上，目标可能设定偏低：须分析原因，如因年初指标值设定明显偏低，应按偏离度适度调减分值（由填报人判断，本工具不自动扣分）",
      en: "The result is k times the target or more (default 1.2): the target may have been set too low. Analyse why; if it was, reduce the score by the deviation (the accountant decides; SelfEval never deducts by itself)",
    },
    messages: {
      over: {
        "zh-CN": "“{{name}}”实际 {{actual}} 达到指标值 {{target}} 的 {{ratio}}，目标可能设定偏低：请分析原因；如因年初指标值设定明显偏低，应按偏离度适度调减分值",
        en: "“{{name}}”: result {{actual}} is {{ratio}} of the target {{target}}; the target may have been set too low. Analyse why; if it was, reduce the score by the deviation",
      },
    },
    templates: ["dept-eval", "project-eval"],
  },
  check(ctx) {
    if (ctx.template.kind === "dept-base") return;
    const k = new Decimal(ctx.profile.overTargetRatio);
    for (const indicator of ctx.template.groups.flatMap((g) => g.indicators)) {
      const a = ctx.assess(indicator);
      if (a.kind !== "quantitative" || a.ratio === null || !(a.comparator === ">=" || a.comparator === ">" || a.comparator === "=")) continue;
      if (a.ratio.lt(k) || a.target === null || a.target.value.lte(0)) continue;
      const atReason = !!indicator.reason && !a.reasonFilled;
      const at = atReason ? indicator.reason?.at : indicator.score?.at;
      if (!at) continue;
      ctx.report({
        at,
        atReason,
        messageId: "over",
        data: { name: indicator.name, actual: indicatorText(indicator, "actual"), target: indicatorText(indicator, "target"), ratio: percent(a.ratio, 1) },
        expected: `< ${percent(k, 0)}`,
        actual: percent(a.ratio, 1),
      });
    }
  },
});
