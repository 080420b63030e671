// 有分值和得分却没有指标值和完成值 / Scored without a target or a result.
// A score needs something to be scored against; a row that has neither is incomplete.
import { plain } from "../format";
import { defineRule } from "../rule";

export default defineRule({
  meta: {
    id: "scored-without-values",
    title: { "zh-CN": "有分无值", en: "Scored without values" },
    severity: "error",
    sourceKind: "form",
    source: "财预〔2020〕10号 附件 项目支出绩效自评表的栏目「三级指标」「年度指标值」「实际完成值」「分值」「得分」：每一行三级指标都有指标值和完成值",
    description: {
      "zh-CN": "指标行填了分值和得分，却没有填写年度指标值和实际完成值",
      en: "An indicator row has a weight and a score but neither a target nor a result",
    },
    messages: {
      empty: {
        "zh-CN": "“{{name}}”填了分值 {{weight}}、得分 {{score}}，但{{targetLabel}}和{{actualLabel}}都未填写，请补填",
        en: "“{{name}}” has weight {{weight}} and score {{score}} but no target ({{targetLabel}}) and no result ({{actualLabel}}); fill them in",
      },
    },
  },
  indicator(indicator, _a, ctx) {
    const weight = ctx.num(indicator.weight);
    const score = ctx.num(indicator.score);
    if (!weight || !score) return;
    if (ctx.filled(indicator.target) || ctx.filled(indicator.actual)) return;
    const at = indicator.target?.at ?? indicator.actual?.at ?? indicator.nameAt;
    const labels = ctx.table.columnLabels;
    ctx.report({
      at,
      messageId: "empty",
      data: { name: indicator.name, weight: plain(weight.value), score: plain(score.value), targetLabel: labels?.target ?? "年度指标值", actualLabel: labels?.actual ?? "实际完成值" },
    });
  },
});
