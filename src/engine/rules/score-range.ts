// 0 ≤ 得分 ≤ 分值 / A score lies between 0 and its weight.
import { defineRule } from "../rule";
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
    templates: ["dept-eval", "project-eval"],
  },
  check(ctx) {
    if (ctx.template.kind === "dept-base") return;
    const pairs: { weight?: Field; score?: Field }[] = ctx.template.groups.flatMap((g) => g.indicators);
    if (ctx.template.funds) pairs.push(ctx.template.funds.total);
    for (const { weight, score } of pairs) {
      const w = ctx.num(weight);
      const s = ctx.num(score);
      if (!w || !s || !score) continue;
      if (s.value.isNegative() || s.value.gt(w.value)) {
        ctx.report({ at: score.at, messageId: "range", data: { actual: plain(s.value), weight: plain(w.value) }, expected: `0–${plain(w.value)}`, actual: plain(s.value) });
      }
    }
  },
});
