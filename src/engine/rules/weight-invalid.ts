// 分值为 0 或负数 / A weight of 0 or below.
import { defineRule } from "../rule";
import type { RuleContext } from "../rule";
import { plain } from "../format";
import type { Field } from "../model";

export default defineRule({
  meta: {
    id: "weight-invalid",
    title: { "zh-CN": "分值无效", en: "Weight invalid" },
    severity: "error",
    sourceKind: "own",
    source: "本工具的判断：列入自评的指标须有正的分值，分值为 0 或负数的指标无法评分，也不应列入",
    description: {
      "zh-CN": "指标或预算执行的分值为 0 或负数",
      en: "An indicator's or the budget's weight is 0 or negative",
    },
    messages: {
      invalid: {
        "zh-CN": "“{{name}}”的分值为 {{weight}}，分值应大于 0；不考核的指标请删除该行",
        en: "“{{name}}” has weight {{weight}}; a weight must be above 0 (delete the row if the indicator is not assessed)",
      },
    },
  },
  fundsRow(row, isTotal, ctx) {
    if (isTotal) check(row.label || "预算执行", row.weight, ctx);
  },
  indicator(indicator, _a, ctx) {
    check(indicator.name, indicator.weight, ctx);
  },
});

function check(name: string, field: Field | undefined, ctx: RuleContext): void {
  const w = ctx.num(field);
  if (!field || !w || w.value.gt(0)) return;
  ctx.report({ at: field.at, messageId: "invalid", data: { name, weight: plain(w.value) }, expected: "> 0", actual: plain(w.value) });
}
