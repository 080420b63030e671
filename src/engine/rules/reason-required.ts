// 扣分或未完成须填写偏差原因分析及改进措施 / A deduction or a miss needs its reason filled in.
import { defineRule } from "../rule";
import { plain } from "../format";
import type { Assessment } from "../scoring";
import { indicatorCause, indicatorText, isOverTarget } from "../scoring";

/** met-but-deducted's condition: the target was met and the score is below the weight (outside band 1's range). */
export function isMetButDeducted(a: Assessment): boolean {
  if (!a.met || !a.score || !a.weight || a.score.value.isNegative() || !a.score.value.lt(a.weight)) return false;
  return !(a.kind === "qualitative" && a.range && a.score.value.gte(a.range.min));
}

export default defineRule({
  meta: {
    id: "reason-required",
    title: { "zh-CN": "偏差原因必填", en: "Reason required" },
    severity: "error",
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「对未完成绩效目标或偏离绩效目标较大的项目要分析并说明原因，研究提出改进措施。」；表式栏目「偏差原因分析及改进措施」",
    description: {
      "zh-CN": "得分低于分值、定量指标未达成或定性结果不在达成档时，偏差原因分析及改进措施不能为空、“无”、“/”或模板提示语",
      en: "A score below the weight, a missed quantitative target or a qualitative result below band 1 needs a real reason (not blank, 无, / or the template's prompt)",
    },
    messages: {
      deducted: {
        "zh-CN": "“{{name}}”得分 {{score}} 低于分值 {{weight}}，请填写偏差原因分析及改进措施",
        en: "“{{name}}” scored {{score}} of {{weight}}; fill in the deviation reason and improvement measures",
      },
      metButDeducted: {
        "zh-CN": "“{{name}}”已达成指标（{{target}} → {{actual}}）却只得 {{score}} 分（分值 {{weight}}）：如确应扣分，请填写偏差原因分析及改进措施；否则将得分改为 {{weight}}",
        en: "“{{name}}” met its target ({{target}} → {{actual}}) but scored {{score}} of {{weight}}: if the deduction stands, fill in the deviation reason; otherwise raise the score to {{weight}}",
      },
      missed: {
        "zh-CN": "“{{name}}”未达成年度指标值，请填写偏差原因分析及改进措施",
        en: "“{{name}}” missed its target; fill in the deviation reason and improvement measures",
      },
    },
  },
  indicator(indicator, a, ctx) {
    if (!indicator.reason || a.reasonFilled || ctx.isError(indicator.reason)) return;
    const deducted = a.score !== null && a.weight !== null && a.score.value.lt(a.weight);
    const missed = a.met === false;
    if (!deducted && !missed) return;
    const data = { name: indicator.name, score: a.score ? plain(a.score.value) : "", weight: a.weight ? plain(a.weight) : "" };
    // One problem, one finding: a met target scored below its weight is either a deduction to
    // explain here or a score to raise; this finding offers both (met-but-deducted stays silent).
    if (deducted && isMetButDeducted(a) && indicator.score && a.weight) {
      ctx.report({
        at: indicator.reason.at,
        atReason: true,
        messageId: "metButDeducted",
        data: { ...data, target: indicatorText(indicator, "target"), actual: indicatorText(indicator, "actual") },
        expected: plain(a.weight),
        actual: data.score,
        suggestion: { at: indicator.score.at, value: plain(a.weight) },
        cause: indicatorCause(a, ctx.profile),
      });
      return;
    }
    ctx.report({ at: indicator.reason.at, atReason: true, messageId: deducted ? "deducted" : "missed", data, cause: isOverTarget(a, ctx.profile) ? indicatorCause(a, ctx.profile) : undefined });
  },
});
