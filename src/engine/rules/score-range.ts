// 0 ≤ 得分 ≤ 分值 / A score lies between 0 and its weight.
import { defineRule } from "../rule";
import type { RuleContext } from "../rule";
import { plain } from "../format";
import type { Field } from "../model";

export default defineRule({
  meta: {
    id: "score-range",
    title: { "zh-CN": "得分范围", en: "Score range" },
    severity: "error",
    sourceKind: "form",
    source: "四川 中江 绩效目标自评表的表注：“得分最高不能超过该指标分值上限”；得分不为负数",
    description: { "zh-CN": "得分应在 0 与分值之间", en: "A score must lie between 0 and its weight" },
    messages: {
      range: {
        "zh-CN": "得分 {{actual}} 超出范围 0–{{weight}}",
        en: "Score {{actual}} is outside 0–{{weight}}",
      },
    },
  },
  fundsRow(row, isTotal, ctx) {
    if (isTotal) check(row.weight, row.score, ctx);
  },
  indicator(indicator, _a, ctx) {
    check(indicator.weight, indicator.score, ctx);
  },
});

function check(weight: Field | undefined, score: Field | undefined, ctx: RuleContext): void {
  const w = ctx.num(weight);
  const s = ctx.num(score);
  if (!w || !s || !score) return;
  if (s.value.isNegative() || s.value.gt(w.value)) {
    ctx.report({ at: score.at, messageId: "range", data: { actual: plain(s.value), weight: plain(w.value) }, expected: `0–${plain(w.value)}`, actual: plain(s.value) });
  }
}
