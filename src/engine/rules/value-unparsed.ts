// 定量指标的指标值或完成值无法识别 / A quantitative value cannot be read.
import { defineRule } from "../rule";
import { cellText } from "../scoring";

export default defineRule({
  meta: {
    id: "value-unparsed",
    severity: "warning",
    source: "SPEC §3.1：无法读取或单位无法换算的定量指标不计算建议得分",
    description: {
      "zh-CN": "定量指标的年度指标值或实际完成值无法读取，或单位无法换算，因此不计算建议得分",
      en: "A quantitative indicator's target or result cannot be read, or its units cannot be converted, so it is not scored",
    },
    messages: {
      unreadable: {
        "zh-CN": "“{{name}}”的{{which}}“{{value}}”无法识别为数值，未计算建议得分",
        en: "“{{name}}”: the {{whichEn}} “{{value}}” is not a readable number; no recommended score",
      },
      units: {
        "zh-CN": "“{{name}}”的实际完成值“{{value}}”与指标值“{{target}}”单位不同且无法换算，未计算建议得分",
        en: "“{{name}}”: the result “{{value}}” and the target “{{target}}” have units that cannot be converted; no recommended score",
      },
    },
    templates: ["dept-eval", "project-eval"],
  },
  check(ctx) {
    if (ctx.template.kind === "dept-base") return;
    for (const indicator of ctx.template.groups.flatMap((g) => g.indicators)) {
      const a = ctx.assess(indicator);
      if (!a.unparsed) continue;
      const field = a.unparsed.field === "target" ? indicator.target : indicator.actual;
      if (!field || ctx.isError(field)) continue;
      const value = cellText(field.cell);
      ctx.report({
        at: field.at,
        messageId: a.unparsed.why,
        data: {
          name: indicator.name,
          which: a.unparsed.field === "target" ? "年度指标值" : "实际完成值",
          whichEn: a.unparsed.field === "target" ? "target" : "result",
          value: value || "（空白）",
          target: cellText(indicator.target?.cell),
        },
        actual: value,
      });
    }
  },
});
