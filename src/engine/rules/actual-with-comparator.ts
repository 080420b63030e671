// 实际完成值照抄了指标值（带比较符）/ The result repeats the target with its comparator.
// 实际完成值 is what was achieved, a measured value; "≥266米" there says only that the target was.
import { defineRule } from "../rule";
import { parseIndicatorValue } from "../values";
import { cellText } from "../scoring";

const REACHED = /(?:^|[^不未没])达到\s*\d/;

export default defineRule({
  meta: {
    id: "actual-with-comparator",
    title: { "zh-CN": "完成值照抄指标值", en: "Actual with comparator" },
    severity: "warning",
    sourceKind: "own",
    source: "本工具的判断：表式栏目「实际完成值」应填实际达到的数值（财预〔2020〕10号 附件 项目支出绩效自评表）；带比较符即照抄了「年度指标值」",
    description: {
      "zh-CN": "实际完成值带有比较符（≥、≤ 等），照抄了指标值，而不是实际达到的数值",
      en: "The result carries a comparator (≥, ≤ …): it repeats the target instead of the value achieved",
    },
    messages: {
      comparator: {
        "zh-CN": "“{{name}}”的实际完成值为“{{actual}}”，带有比较符，应填写实际达到的数值",
        en: "“{{name}}” has “{{actual}}” as its result, with a comparator; enter the value actually achieved",
      },
    },
  },
  indicator(indicator, _a, ctx) {
    const field = indicator.actual;
    if (!field?.cell || typeof field.cell.value !== "string") return;
    const text = cellText(field.cell);
    const parsed = parseIndicatorValue(text);
    if (parsed.comparator === null || parsed.quantity === null) return;
    // 达到90% (完成率达到95%) states the value reached, not a bound; 达到90%以上 still is one.
    if (REACHED.test(parsed.text) && !/(?:以上|以下|以内)$/.test(parsed.text)) return;
    ctx.report({ at: field.at, messageId: "comparator", data: { name: indicator.name, actual: text.trim() } });
  },
});
