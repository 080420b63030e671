// 指标得分 = 得分系数 × 指标权重 / A row's score is its score factor times its weight (重庆 form).
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { equalAtPrecision, fixed, percent, plain } from "../format";

export default defineRule({
  meta: {
    id: "score-factor",
    title: { "zh-CN": "得分系数", en: "Score factor" },
    severity: "error",
    sourceKind: "form",
    source: "重庆 部门整体绩效自评表的栏目「得分系数(%)」「指标权重(分)」「指标得分(分)」：指标得分为得分系数乘以指标权重（表式自身的栏目关系）",
    description: {
      "zh-CN": "有得分系数栏的表中，指标得分应等于得分系数乘以指标权重",
      en: "Where the form has a 得分系数 column, a row's score must equal its score factor times its weight",
    },
    messages: {
      mismatch: {
        "zh-CN": "“{{name}}”得分应为 {{expected}}（得分系数 {{factor}} × 权重 {{weight}}），表中为 {{actual}}",
        en: "“{{name}}”: the score should be {{expected}} (score factor {{factor}} × weight {{weight}}); the sheet shows {{actual}}",
      },
    },
  },
  indicator(indicator, _a, ctx) {
    const { factor: factorField, weight: weightField, score: scoreField } = indicator;
    if (!factorField || !scoreField || ctx.isError(factorField) || ctx.isError(scoreField)) return;
    const factor = ctx.num(factorField);
    const weight = ctx.num(weightField);
    const score = ctx.num(scoreField);
    if (!factor || !weight || !score) return;
    // 100% and 1 are the same factor; a bare 100 in a (%) column is read as percent points.
    const share = factor.percent || factor.value.lte(1) ? factor.value : factor.value.div(100);
    const expected = share.times(weight.value);
    if (equalAtPrecision(score.value, expected, score.decimals)) return;
    const rounded = expected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    ctx.report({
      at: scoreField.at,
      messageId: "mismatch",
      data: { name: indicator.name, expected: fixed(expected), factor: factor.percent ? percent(share, factor.decimals) : plain(factor.value), weight: plain(weight.value), actual: plain(score.value) },
      expected: fixed(expected),
      actual: plain(score.value),
      suggestion: { at: scoreField.at, value: rounded.toString() },
    });
  },
});
