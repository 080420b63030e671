// 得分与建议得分一致 / An entered score agrees with the recommended score ŝ (the rule's page gives its source and the formula's).
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { checkScore } from "../checks";

export default defineRule({
  meta: {
    id: "indicator-score",
    title: { "zh-CN": "指标得分", en: "Indicator score" },
    severity: "warning",
    alsoSeverities: ["info"],
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「未完成指标值的，按照完成值与指标值的比例记分。」——反向指标（≤）按 指标值 ÷ 实际值 × 分值 计分，出自四川 绩效目标自评表的表注“若定量指标为反向指标（即指标值≤*），则得分计算方法应用年度指标值/全年实际值*该指标分值”，属地方表注，非 10号 原文",
    description: {
      "zh-CN": "定量指标的得分应与按完成比例计算的建议得分一致；空白得分填入建议得分",
      en: "A quantitative indicator's score must agree with the score computed from its completion; empty scores are filled in",
    },
    messages: {
      mismatch: {
        "zh-CN": "“{{name}}”建议得分 {{expected}}（{{formula}}），表中为 {{actual}}",
        en: "“{{name}}”: recommended score {{expected}} ({{formulaEn}}); the sheet shows {{actual}}",
      },
      rounding: {
        "zh-CN": "“{{name}}”得分 {{actual}} 是建议得分 {{exact}} 的舍入，可接受",
        en: "“{{name}}”: score {{actual}} is the recommended {{exact}} rounded; acceptable",
      },
    },
  },
  indicator(indicator, a, ctx) {
    const field = indicator.score;
    if (!field || ctx.isError(field) || a.recommended === null || a.weight === null) return;
    if (!a.scoreEmpty) {
      if (a.kind !== "quantitative" || !a.score) return; // qualitative-band owns qualitative rows
      if (a.met && a.score.value.gte(0) && a.score.value.lt(a.weight)) return; // met-but-deducted owns it
    }
    const [formula, formulaEn] = a.met
      ? ["达成指标记满分", "target met: full weight"]
      : a.comparator === "<=" || a.comparator === "<"
        ? ctx.profile.reverseFormula === "ratio"
          ? ["指标值 ÷ 实际值 × 分值", "target ÷ result × weight"]
          : ["(1 − 超出比例) × 分值", "(1 − overrun) × weight"]
        : ["实际值 ÷ 指标值 × 分值", "result ÷ target × weight"];
    checkScore(ctx, {
      field,
      entered: a.score,
      empty: a.scoreEmpty,
      recommended: a.recommended,
      weight: a.weight,
      recalc: { field: "indicatorScore", overEntered: false },
      suggestion: (s) => s.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString(),
      data: { name: indicator.name, formula, formulaEn },
    });
  },
});
