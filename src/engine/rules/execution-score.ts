// 预算执行率得分 = min(执行率, 100%) × 分值 / Budget score. 财预〔2020〕10号 附1 评分说明.
import Decimal from "decimal.js";
import { toA1 } from "../grid";
import { defineRule } from "../rule";
import { asEntered, equalAtPrecision, fixed, plain } from "../format";

export default defineRule({
  meta: {
    id: "execution-score",
    title: { "zh-CN": "预算执行得分", en: "Execution score" },
    severity: "warning",
    alsoSeverities: ["info"],
    sourceKind: "practice",
    source: "湖北 省级 绩效目标自评表的栏目“得分(分*执行率)”（表式自身）；执行率超过 100% 按 100% 计、得分不超过分值，是预算管理一体化系统 绩效自评模块的通行做法",
    description: {
      "zh-CN": "预算执行得分应为 min(执行率, 100%) × 分值；全年预算数为 0 时不计分",
      en: "Budget score = min(execution rate, 100%) × weight; not scored when the full-year budget is 0",
    },
    messages: {
      mismatch: {
        "zh-CN": "预算执行得分应为 {{expected}}（执行率 {{rate}} × 分值 {{weight}}），表中为 {{actual}}",
        en: "Budget score should be {{expected}} (rate {{rate}} × weight {{weight}}); the sheet shows {{actual}}",
      },
      rounding: {
        "zh-CN": "预算执行得分 {{actual}} 是 {{exact}} 的舍入，可接受",
        en: "Budget score {{actual}} is {{exact}} rounded; acceptable",
      },
    },
    templates: ["dept-eval", "project-eval"],
  },
  check(ctx) {
    if (ctx.template.kind === "dept-base" || !ctx.template.funds) return;
    const funds = ctx.fundsOf(ctx.template);
    const row = ctx.template.funds.total;
    if (!funds || !row.score || ctx.isError(row.score) || funds.recommended === null || funds.rate === null || funds.weight === null) return;
    const expected = funds.recommended;
    const formula = row.rate && row.weight ? `MIN(${toA1(row.rate.at)},1)*${toA1(row.weight.at)}` : undefined;
    const entered = funds.score;
    const rounded = expected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (!entered) {
      ctx.recalc({ at: row.score.at, field: "executionScore", value: rounded.toString(), formula, fillsEmpty: true, unchanged: false });
      return;
    }
    const unchanged = entered.value.equals(rounded);
    ctx.recalc({ at: row.score.at, field: "executionScore", value: rounded.toString(), formula, fillsEmpty: false, unchanged, previous: entered.value.toFixed() });
    if (entered.value.isNegative() || entered.value.gt(funds.weight)) return; // score-range owns it
    // What SelfEval writes is ŝ at two decimals (9.90 → 9.9 in the cell): that never raises a finding.
    if (entered.value.equals(expected) || unchanged) return;
    const data = {
      expected: fixed(expected),
      actual: asEntered(entered.value, entered.decimals, false),
      rate: `${fixed(Decimal.min(funds.rate, 1).times(100))}%`,
      weight: funds.weight.toString(),
      exact: plain(expected.toDecimalPlaces(4, Decimal.ROUND_HALF_UP)),
    };
    const withinPrecision = equalAtPrecision(entered.value, expected, entered.decimals);
    ctx.report({
      at: row.score.at,
      messageId: withinPrecision ? "rounding" : "mismatch",
      severity: withinPrecision ? "info" : "warning",
      data,
      expected: data.expected,
      actual: data.actual,
      suggestion: withinPrecision ? undefined : { at: row.score.at, value: fixed(expected) },
    });
  },
});
