// 完成指标却被扣分 / The target was met but the score is below the weight.
import { defineRule } from "../rule";
import { plain } from "../format";
import { indicatorCause, indicatorText } from "../scoring";
import { isMetButDeducted } from "./reason-required";

export default defineRule({
  meta: {
    id: "met-but-deducted",
    title: { "zh-CN": "达成却扣分", en: "Met but deducted" },
    severity: "warning",
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「完成指标值的，记该指标所赋全部分值」",
    description: {
      "zh-CN": "指标已达成（定量达到指标值，或定性为达成档）却未得满分",
      en: "The target was met (quantitatively, or a band-1 qualitative result) but the score is below the weight",
    },
    messages: {
      deducted: {
        "zh-CN": "“{{name}}”已达成指标（{{target}} → {{actual}}），得分 {{score}} 低于分值 {{weight}}",
        en: "“{{name}}” met its target ({{target}} → {{actual}}) but scored {{score}} of {{weight}}",
      },
    },
  },
  indicator(indicator, a, ctx) {
    if (!isMetButDeducted(a) || !a.score || !a.weight || !indicator.score) return;
    ctx.report({
      at: indicator.score.at,
      messageId: "deducted",
      data: {
        name: indicator.name,
        target: indicatorText(indicator, "target"),
        actual: indicatorText(indicator, "actual"),
        score: plain(a.score.value),
        weight: plain(a.weight),
      },
      expected: plain(a.weight),
      actual: plain(a.score.value),
      suggestion: { at: indicator.score.at, value: plain(a.weight) },
      // With no reason given, reason-required reports the same cause with both ways out: this
      // finding becomes one of its details.
      cause: indicatorCause(a, ctx.profile),
    });
  },
});

