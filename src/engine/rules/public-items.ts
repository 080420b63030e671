// 公用经费 ≥ Σ 其中各项 / The 其中 items of 公用经费 do not exceed it.
import { defineRule } from "../rule";
import { plain, sum, sumTolerance } from "../format";
import { COST_COLUMNS, COST_COLUMN_NAMES } from "../costs";
import { blankTotalOfParts, presentValues } from "../sums";

export default defineRule({
  meta: {
    id: "public-items",
    title: { "zh-CN": "公用经费其中项", en: "Public items" },
    severity: "error",
    sourceKind: "form",
    source: "湖南 部门整体支出绩效评价基础数据表的行：公用经费 其中：办公经费；水费、电费、差旅费；会议费、培训费（表式结构：其中各项之和不超过公用经费）",
    description: { "zh-CN": "公用经费其中各项之和不应超过公用经费（逐列）；其中各项已填而公用经费空白时须填写", en: "The 其中 items must not exceed 公用经费 (per column); a blank 公用经费 over filled items must be filled in" },
    messages: {
      exceeds: {
        "zh-CN": "{{column}}公用经费其中各项合计 {{expected}} 超过公用经费 {{actual}}",
        en: "{{columnEn}}: the itemised public funds {{expected}} exceed the total {{actual}}",
      },
      totalMissing: {
        "zh-CN": "公用经费（{{column}}）未填写，其中各项合计 {{expected}}，请填写",
        en: "{{columnEn}}: public funds is blank while its items add up to {{expected}}; fill it in",
      },
    },
  },
  baseTable(ctx) {
    if (!ctx.table.costs?.publicFunds) return;
    const { publicFunds, publicItems } = ctx.table.costs;
    for (const column of COST_COLUMNS) {
      const total = publicFunds[column];
      const parts = publicItems.map((r) => r[column]);
      const names = COST_COLUMN_NAMES[column];
      const missing = blankTotalOfParts(total, parts, ctx);
      if (missing && total) {
        const data = { column: names["zh-CN"], columnEn: names.en, expected: plain(missing) };
        ctx.report({ at: total.at, messageId: "totalMissing", data, expected: `≥ ${data.expected}` });
        continue;
      }
      if (!total || ctx.isError(total) || parts.some((p) => ctx.isError(p))) continue;
      const values = presentValues(parts, ctx.num);
      const actual = ctx.num(total);
      if (!values || !actual) continue;
      const items = sum(values);
      if (items.minus(actual.value).lte(sumTolerance(values.length))) continue;
      ctx.report({ at: total.at, messageId: "exceeds", data: { column: names["zh-CN"], columnEn: names.en, expected: plain(items), actual: plain(actual.value) }, expected: `≥ ${plain(items)}`, actual: plain(actual.value) });
    }
  },
});
