// 规模控制率 = 实际规模 ÷ 批复规模；投资概算控制率 = 实际投资 ÷ 预算投资 / Building control ratios.
import { defineRule } from "../rule";
import { checkRatio } from "../checks";
import { percent } from "../format";
import type { Field } from "../model";
import type { Recalculation } from "../report";

export default defineRule({
  meta: {
    id: "control-ratios",
    title: { "zh-CN": "楼堂馆所控制率", en: "Control ratios" },
    severity: "error",
    alsoSeverities: ["warning"],
    sourceKind: "form",
    source: "部门整体支出绩效评价基础数据表 楼堂馆所控制情况的栏目：批复规模、实际规模、规模控制率、预算投资、实际投资、投资概算控制率",
    description: {
      "zh-CN": "规模控制率、投资概算控制率应按实际 ÷ 批复（预算）计算；超过 100% 需关注。空白不是错误",
      en: "Area and investment control rates = actual ÷ approved; above 100% needs a look. Empty is not an error",
    },
    messages: {
      mismatch: {
        "zh-CN": "{{name}}应为 {{expected}}，表中为 {{actual}}",
        en: "{{nameEn}} should be {{expected}}; the sheet shows {{actual}}",
      },
      over: {
        "zh-CN": "{{name}} {{expected}} 超过 100%",
        en: "{{nameEn}} {{expected}} is above 100%",
      },
    },
  },
  baseTable(ctx) {
    for (const b of ctx.table.buildings) {
      check(b.actualArea, b.approvedArea, b.areaRate, "areaRate", "规模控制率", "Area control rate");
      check(b.actualInvest, b.budgetInvest, b.investRate, "investRate", "投资概算控制率", "Investment control rate");
    }

    function check(actualField: Field | undefined, baseField: Field | undefined, rate: Field | undefined, field: Recalculation["field"], name: string, nameEn: string): void {
      const result = checkRatio(ctx, { numerator: actualField, denominator: baseField, rate, field, fillEmpty: true });
      if (!result || !rate) return;
      const { exact, entered, ok } = result;
      const data = { name, nameEn, expected: percent(exact), actual: entered ? percent(entered.value, entered.decimals) : "" };
      if (entered && !ok) ctx.report({ at: rate.at, messageId: "mismatch", data, expected: data.expected, actual: data.actual });
      if (exact.gt(1)) ctx.report({ at: rate.at, messageId: "over", severity: "warning", data, expected: "≤ 100%", actual: data.expected });
    }
  },
});
