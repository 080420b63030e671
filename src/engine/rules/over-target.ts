// 超额完成过多：指标值可能设定偏低 / Far over target: the target may have been set too low.
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { percent } from "../format";
import { indicatorText } from "../scoring";

export default defineRule({
  meta: {
    id: "over-target",
    severity: "warning",
    source: "财预〔2020〕10号 附1：超额完成的，应分析原因（指标值设定是否科学合理），不因超额完成而扣分",
    description: {
      "zh-CN": "实际完成值达到指标值的 k 倍（默认 1.2）及以上，目标可能设定偏低，需说明；从不自动扣分",
      en: "The result is k times the target or more (default 1.2): the target may be too low; explain it. Never deducts points",
    },
    messages: {
      over: {
        "zh-CN": "“{{name}}”实际 {{actual}} 达到指标值 {{target}} 的 {{ratio}}，目标可能设定偏低，请说明原因",
        en: "“{{name}}”: result {{actual}} is {{ratio}} of the target {{target}}; the target may be too low; explain why",
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
