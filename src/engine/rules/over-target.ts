// 超额完成过多：指标值可能设定偏低 / Far over target: the target may have been set too low.
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { percent } from "../format";
import { indicatorCause, indicatorText, isOverTarget } from "../scoring";

export default defineRule({
  meta: {
    id: "over-target",
    title: { "zh-CN": "超额完成", en: "Over target" },
    severity: "warning",
    // A profile may make the reason mandatory (广西: ≥ 130%): then an empty reason is an error.
    alsoSeverities: ["error"],
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「对完成值高于指标值较多的，要分析原因，如果是由于年初指标值设定明显偏低造成的，要按照偏离度适度调减分值」——“较多”取 k 倍（默认 1.2）是本工具的设定；是否调减分值由填报人判断，本工具不自动扣分",
    description: {
      "zh-CN": "实际完成值达到指标值的 k 倍（默认 1.2）及以上，目标可能设定偏低：须分析原因，如因年初指标值设定明显偏低，应按偏离度适度调减分值（由填报人判断，本工具不自动扣分）",
      en: "The result is k times the target or more (default 1.2): the target may have been set too low. Analyse why; if it was, reduce the score by the deviation (the accountant decides; SelfEval never deducts by itself)",
    },
    messages: {
      reasonRequired: {
        "zh-CN": "“{{name}}”实际 {{actual}} 达到指标值 {{target}} 的 {{ratio}}，按规则配置须填写偏差原因分析及改进措施",
        en: "“{{name}}”: result {{actual}} is {{ratio}} of the target {{target}}; by the profile, the deviation reason must be filled in",
      },
      over: {
        "zh-CN": "“{{name}}”实际 {{actual}} 达到指标值 {{target}} 的 {{ratio}}，目标可能设定偏低：请分析原因；如因年初指标值设定明显偏低，应按偏离度适度调减分值",
        en: "“{{name}}”: result {{actual}} is {{ratio}} of the target {{target}}; the target may have been set too low. Analyse why; if it was, reduce the score by the deviation",
      },
    },
  },
  indicator(indicator, a, ctx) {
    if (!isOverTarget(a, ctx.profile) || a.ratio === null) return;
    const atReason = !!indicator.reason && !a.reasonFilled;
    const at = atReason ? indicator.reason?.at : indicator.score?.at;
    if (!at) return;
    // The profile's deduction shows in ŝ (indicator-score); here the user is asked why.
    const mandatory = ctx.profile.overTargetAction === "reason-required" && atReason;
    ctx.report({
      at,
      atReason,
      severity: mandatory ? "error" : "warning",
      messageId: mandatory ? "reasonRequired" : "over",
      data: { name: indicator.name, actual: indicatorText(indicator, "actual"), target: indicatorText(indicator, "target"), ratio: percent(a.ratio, 1) },
      expected: `< ${percent(new Decimal(ctx.profile.overTargetRatio), 0)}`,
      actual: percent(a.ratio, 1),
      cause: indicatorCause(a, ctx.profile),
    });
  },
});
