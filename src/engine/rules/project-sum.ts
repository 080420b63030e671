// 项目支出 = Σ 其下各项 / 项目支出 adds up, per column.
import { defineRule } from "../rule";
import { plain } from "../format";
import { COST_COLUMNS, COST_COLUMN_NAMES } from "../costs";
import { blankTotalOfParts, sumMismatch } from "../sums";

export default defineRule({
  meta: {
    id: "project-sum",
    title: { "zh-CN": "项目支出合计", en: "Project sum" },
    severity: "error",
    sourceKind: "form",
    source: "湖南 部门整体支出绩效评价基础数据表的行：项目支出：1、业务工作经费；2、运行维护经费；3、市级专项资金（一个专项一行）（表式结构）",
    description: { "zh-CN": "项目支出应等于其下各项之和（逐列）；各项已填而项目支出空白时须填写", en: "项目支出 must equal the sum of its items (per column); a blank 项目支出 over filled items must be filled in" },
    messages: {
      mismatch: {
        "zh-CN": "{{column}}项目支出应为 {{expected}}（各项之和），表中为 {{actual}}",
        en: "{{columnEn}}: project spending should be {{expected}} (sum of items); the sheet shows {{actual}}",
      },
      totalMissing: {
        "zh-CN": "项目支出（{{column}}）未填写，其下各项合计 {{expected}}，请填写",
        en: "{{columnEn}}: project spending is blank while its items add up to {{expected}}; fill it in",
      },
    },
  },
  baseTable(ctx) {
    if (!ctx.table.costs?.project) return;
    const { project, projectItems } = ctx.table.costs;
    for (const column of COST_COLUMNS) {
      const total = project[column];
      const parts = projectItems.map((r) => r[column]);
      const names = COST_COLUMN_NAMES[column];
      const missing = blankTotalOfParts(total, parts, ctx);
      if (missing && total) {
        const data = { column: names["zh-CN"], columnEn: names.en, expected: plain(missing) };
        ctx.report({ at: total.at, messageId: "totalMissing", data, expected: data.expected });
        continue;
      }
      const mismatch = sumMismatch(total, parts, ctx);
      if (!mismatch || !total) continue;
      const data = { column: names["zh-CN"], columnEn: names.en, expected: plain(mismatch.expected), actual: plain(mismatch.actual) };
      ctx.report({ at: total.at, messageId: "mismatch", data, expected: data.expected, actual: data.actual });
    }
  },
});
