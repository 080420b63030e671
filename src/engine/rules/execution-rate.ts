// 执行率 = 全年执行数 ÷ 全年预算数 / Execution rate = spent ÷ full-year budget. 财预〔2020〕10号 附1.
import { toA1 as a1 } from "../grid";
import { defineRule } from "../rule";
import { asEntered, equalAtPrecision, percent, sameAsStored } from "../format";
import type { FundsRow } from "../model";

export default defineRule({
  meta: {
    id: "execution-rate",
    title: { "zh-CN": "执行率", en: "Execution rate" },
    severity: "error",
    sourceKind: "form",
    source: "财预〔2020〕10号 附件 项目支出绩效自评表的栏目「全年预算数」「全年执行数」「执行率」；转移支付绩效目标自评表把执行率写作 预算执行率(B/A)（全年执行数(B) ÷ 全年预算数(A)）",
    description: {
      "zh-CN": "执行率应等于全年执行数除以全年预算数（调整后预算，不是年初预算数）",
      en: "Execution rate must equal full-year spending ÷ full-year (adjusted) budget, not the initial budget",
    },
    messages: {
      mismatch: {
        "zh-CN": "执行率应为 {{expected}}（{{spent}} ÷ {{budget}}），表中为 {{actual}}",
        en: "Execution rate should be {{expected}} ({{spent}} ÷ {{budget}}); the sheet shows {{actual}}",
      },
    },
    templates: ["dept-eval", "project-eval"],
  },
  check(ctx) {
    if (ctx.template.kind === "dept-base" || !ctx.template.funds) return;
    const funds = ctx.template.funds;
    for (const row of [funds.total, ...funds.parts]) checkRow(row, row === funds.total);

    function checkRow(row: FundsRow, isTotal: boolean): void {
      if (!row.rate || ctx.isError(row.rate) || ctx.isError(row.annualBudget) || ctx.isError(row.annualSpent)) return;
      const budget = ctx.num(row.annualBudget);
      const spent = ctx.num(row.annualSpent);
      const entered = ctx.num(row.rate);
      if (!budget || !spent) return;
      // 0 ÷ 0 shown as 0.00%, "/", "—" or blank is accepted and not scored (SPEC §3).
      if (budget.value.isZero()) return;
      const exact = spent.value.div(budget.value);
      const formula = row.annualBudget && row.annualSpent ? `${a1(row.annualSpent.at)}/${a1(row.annualBudget.at)}` : undefined;
      if (!entered) {
        if (isTotal || ctx.filled(row.rate)) ctx.recalc({ at: row.rate.at, field: "executionRate", value: exact.toString(), formula, fillsEmpty: !ctx.filled(row.rate), unchanged: false });
        return;
      }
      const shownAsPercent = entered.percent;
      const enteredPoints = shownAsPercent ? entered.value.times(100) : entered.value;
      const exactPoints = shownAsPercent ? exact.times(100) : exact;
      const ok = equalAtPrecision(enteredPoints, exactPoints, entered.decimals);
      ctx.recalc({ at: row.rate.at, field: "executionRate", value: exact.toString(), formula, fillsEmpty: false, unchanged: ok && sameAsStored(exact, entered.value), existingFormula: ok ? row.rate.cell?.formula : undefined, previous: asEntered(entered.value, entered.decimals, entered.percent) });
      if (ok) return;
      const actualText = shownAsPercent ? percent(entered.value, entered.decimals) : entered.value.toString();
      ctx.report({
        at: row.rate.at,
        messageId: "mismatch",
        data: { expected: percent(exact), actual: actualText, spent: spent.value.toString(), budget: budget.value.toString() },
        expected: percent(exact),
        actual: actualText,
      });
    }
  },
});
