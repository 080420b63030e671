// 表注规定的一级指标分值与表中不一致 / The table's own note sets other first-level weights.
// Some regions print the weights in a 注 under the form (中江 2022: 产出指标50分、效益指标30分、
// 满意度指标10分、预算资金执行率10分); a table that uses others disagrees with its own form.
import Decimal from "decimal.js";
import { plain } from "../format";
import { defineRule } from "../rule";

/** 产出指标50分 / 效益指标 30 分 in the note text. */
const STATED = /(产出|效益|满意度|成本)指标\s*(\d+(?:\.\d+)?)\s*分/g;

export default defineRule({
  meta: {
    id: "note-weights",
    title: { "zh-CN": "表注分值不一致", en: "Note weights" },
    severity: "warning",
    sourceKind: "form",
    source: "表式自身的注（如 四川 中江 2022 绩效目标自评表：“一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分”）",
    description: {
      "zh-CN": "表下注明的一级指标分值与表中一级指标标注的分值不一致",
      en: "The first-level weights stated in the table's own note differ from those the table uses",
    },
    messages: {
      differs: {
        "zh-CN": "表注规定{{name}} {{stated}} 分，表中为 {{actual}} 分",
        en: "The table's note sets {{name}} at {{stated}} points; the table gives {{actual}}",
      },
    },
  },
  evalTable(ctx) {
    const table = ctx.table;
    const stated = new Map<string, string>();
    for (const note of table.notes) {
      for (const m of note.text.normalize("NFKC").matchAll(STATED)) if (!stated.has(m[1])) stated.set(m[1], m[2]);
    }
    if (stated.size === 0) return;
    for (const group of table.groups) {
      if (group.declaredWeight === undefined) continue;
      const key = [...stated.keys()].find((k) => group.name.startsWith(k));
      if (!key) continue;
      const value = stated.get(key) as string;
      if (new Decimal(value).equals(group.declaredWeight)) continue;
      ctx.report({ at: group.at, messageId: "differs", data: { name: `${key}指标`, stated: plain(new Decimal(value)), actual: plain(new Decimal(group.declaredWeight)) }, expected: value, actual: group.declaredWeight });
    }
  },
});
