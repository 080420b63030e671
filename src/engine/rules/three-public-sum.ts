// 三公经费 = 公务用车 + 出国 + 公务接待；公务用车 = 购置 + 运行维护 / The 三公 figures add up.
import type { Field } from "../model";
import { defineRule } from "../rule";
import { plain } from "../format";
import { COST_COLUMNS, COST_COLUMN_NAMES } from "../costs";
import { sumMismatch } from "../sums";

export default defineRule({
  meta: {
    id: "three-public-sum",
    title: { "zh-CN": "三公经费合计", en: "Three public sum" },
    severity: "error",
    sourceKind: "form",
    source: "湖南 部门整体支出绩效评价基础数据表的行：三公经费 = 1、公务用车购置和维护经费 + 2、出国经费 + 3、公务接待；其中：公车购置、公车运行维护（表式结构）",
    description: {
      "zh-CN": "三公经费应等于公务用车购置和维护、出国、公务接待之和；公务用车应等于公车购置加运行维护（逐列）",
      en: "三公 spending = vehicles + overseas trips + hospitality; vehicles = purchase + running (per column)",
    },
    messages: {
      threePublic: {
        "zh-CN": "{{column}}三公经费应为 {{expected}}（车 + 出国 + 接待），表中为 {{actual}}",
        en: "{{columnEn}}: 三公 spending should be {{expected}} (vehicles + trips + hospitality); the sheet shows {{actual}}",
      },
      car: {
        "zh-CN": "{{column}}公务用车购置和维护经费应为 {{expected}}（购置 + 运行维护），表中为 {{actual}}",
        en: "{{columnEn}}: vehicle spending should be {{expected}} (purchase + running); the sheet shows {{actual}}",
      },
    },
  },
  baseTable(ctx) {
    if (!ctx.table.costs) return;
    const c = ctx.table.costs;
    for (const column of COST_COLUMNS) {
      check("threePublic", c.threePublic?.[column], [c.car, c.abroad, c.reception].map((r) => r?.[column]));
      check("car", c.car?.[column], [c.carPurchase, c.carRunning].map((r) => r?.[column]));

      function check(messageId: string, total: Field | undefined, parts: (Field | undefined)[]): void {
        const mismatch = sumMismatch(total, parts, ctx);
        if (!mismatch || !total) return;
        const names = COST_COLUMN_NAMES[column];
        const data = { column: names["zh-CN"], columnEn: names.en, expected: plain(mismatch.expected), actual: plain(mismatch.actual) };
        ctx.report({ at: total.at, messageId, data, expected: data.expected, actual: data.actual });
      }
    }
  },
});
