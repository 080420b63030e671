// 一级指标下各指标分值之和 = 其标注分值 / The weights under an 一级 add up to its (xx分).
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { plain, sum } from "../format";

export default defineRule({
  meta: {
    id: "group-weight",
    title: { "zh-CN": "一级指标分值", en: "Group weight" },
    severity: "error",
    sourceKind: "own",
    source: "本工具的判断：一级指标标注的分值（如 产出指标(50分)）应等于其下三级指标分值之和；各地表式均如此标注，无条文原文",
    description: {
      "zh-CN": "一级指标下各三级指标分值之和应等于一级指标标注的分值",
      en: "The weights of the indicators under a first-level indicator must add up to its stated weight",
    },
    messages: {
      mismatch: {
        "zh-CN": "“{{group}}”标注 {{expected}} 分，其下指标分值合计 {{actual}} 分",
        en: "“{{group}}” states {{expected}} points but its indicators' weights add up to {{actual}}",
      },
    },
    templates: ["dept-eval", "project-eval"],
  },
  check(ctx) {
    if (ctx.template.kind === "dept-base") return;
    const table = ctx.template;
    for (const group of table.groups) {
      if (!group.declaredWeight) continue;
      const declared = new Decimal(group.declaredWeight);
      const weights = group.indicators.map((i) => ctx.num(i.weight)?.value).filter((v): v is Decimal => v !== undefined);
      if (weights.length === 0) continue;
      const total = sum(weights);
      if (!total.equals(declared)) {
        ctx.report({ at: group.at, messageId: "mismatch", data: { group: group.name, expected: plain(declared), actual: plain(total) }, expected: plain(declared), actual: plain(total) });
      }
    }
    // Sichuan: 绩效指标（90分） covers every indicator of the table.
    if (table.indicatorsDeclaredWeight && table.indicatorHeaderAt) {
      const declared = new Decimal(table.indicatorsDeclaredWeight);
      const weights = table.groups.flatMap((g) => g.indicators).map((i) => ctx.num(i.weight)?.value).filter((v): v is Decimal => v !== undefined);
      const total = sum(weights);
      if (weights.length > 0 && !total.equals(declared)) {
        ctx.report({ at: table.indicatorHeaderAt, messageId: "mismatch", data: { group: "绩效指标", expected: plain(declared), actual: plain(total) }, expected: plain(declared), actual: plain(total) });
      }
    }
  },
});
