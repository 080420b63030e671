// 规模控制率 = 实际规模 ÷ 批复规模；投资概算控制率 = 实际投资 ÷ 预算投资 / Building control ratios.
import { toA1 } from "../grid";
import { defineRule } from "../rule";
import { asEntered, equalAtPrecision, percent, sameAsStored } from "../format";
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
    templates: ["dept-base"],
  },
  check(ctx) {
    if (ctx.template.kind !== "dept-base") return;
    for (const b of ctx.template.buildings) {
      check(b.actualArea, b.approvedArea, b.areaRate, "areaRate", "规模控制率", "Area control rate");
      check(b.actualInvest, b.budgetInvest, b.investRate, "investRate", "投资概算控制率", "Investment control rate");
    }

    function check(actualField: Field | undefined, baseField: Field | undefined, rate: Field | undefined, field: Recalculation["field"], name: string, nameEn: string): void {
      const actual = ctx.num(actualField);
      const base = ctx.num(baseField);
      if (!actual || !base || base.value.isZero() || !rate || ctx.isError(rate) || !actualField || !baseField) return;
      const exact = actual.value.div(base.value);
      const entered = ctx.num(rate);
      const ok = entered !== null && equalAtPrecision(entered.percent ? entered.value.times(100) : entered.value, entered.percent ? exact.times(100) : exact, entered.decimals);
      ctx.recalc({ at: rate.at, field, value: exact.toString(), formula: `${toA1(actualField.at)}/${toA1(baseField.at)}`, fillsEmpty: entered === null, unchanged: ok && entered !== null && sameAsStored(exact, entered.value), existingFormula: ok ? rate.cell?.formula : undefined, previous: entered ? asEntered(entered.value, entered.decimals, entered.percent) : undefined });
      const data = { name, nameEn, expected: percent(exact), actual: entered ? percent(entered.value, entered.decimals) : "" };
      if (entered && !ok) ctx.report({ at: rate.at, messageId: "mismatch", data, expected: data.expected, actual: data.actual });
      if (exact.gt(1)) ctx.report({ at: rate.at, messageId: "over", severity: "warning", data, expected: "≤ 100%", actual: data.expected });
    }
  },
});
