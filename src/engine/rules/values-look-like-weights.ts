// 无分值栏的表中，指标值一栏像是分值 / On a scoreless form, the target column holds what look like weights.
// The 绩效目标自评表 of transfer payments has no 分值 column; when its 指标值 and 实际完成值 hold bare
// numbers that add up to exactly 100, equal to each other, weights were typed into the wrong columns.
import { sum } from "../format";
import { defineRule } from "../rule";

/** Fewest rows for the pattern to mean something. */
const MIN_ROWS = 3;

export default defineRule({
  meta: {
    id: "values-look-like-weights",
    title: { "zh-CN": "指标值像分值", en: "Values look like weights" },
    severity: "warning",
    sourceKind: "own",
    source: "本工具的判断：转移支付绩效目标自评表没有分值栏，指标值应为指标的目标（如“32.1公里”），合计恰为 100 的一列裸数字更像分值",
    description: {
      "zh-CN": "无分值栏的表中，指标值与实际完成值都是合计为 100 的裸数字，像是误填的分值",
      en: "On a form without a 分值 column, the targets and results are bare numbers adding up to 100: weights typed into the wrong columns",
    },
    messages: {
      weights: {
        "zh-CN": "指标值一栏 {{count}} 行都是不带单位的数字，合计恰为 100，且与实际完成值相同（如“{{name}}”为 {{value}}），像是分值而不是指标值；请填写各指标的目标值和实际完成值",
        en: "The {{count}} targets are bare numbers adding up to exactly 100 and equal to the results (e.g. “{{name}}”: {{value}}): they look like weights, not targets. Enter each indicator's target and result",
      },
    },
  },
  evalTable(ctx) {
    if (ctx.table.scored) return;
    const rows = ctx.indicators.filter((i) => ctx.filled(i.target) || ctx.filled(i.actual));
    if (rows.length < MIN_ROWS) return;
    const targets = rows.map((i) => ctx.num(i.target));
    const actuals = rows.map((i) => ctx.num(i.actual));
    const bare = (n: (typeof targets)[number]) => n !== null && !n.percent && !n.unit;
    if (!targets.every(bare) || !actuals.every(bare)) return;
    if (!targets.every((t, k) => t && actuals[k] && t.value.equals((actuals[k] as NonNullable<typeof t>).value))) return;
    const values = targets.map((t) => (t as NonNullable<typeof t>).value);
    if (!sum(values).equals(100)) return;
    const first = rows[0];
    if (!first.target) return;
    ctx.report({ at: first.target.at, messageId: "weights", data: { count: String(rows.length), name: first.name, value: values[0].toString() } });
  },
});
