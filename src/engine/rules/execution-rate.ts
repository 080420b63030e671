// 执行率 = 全年执行数 ÷ 全年预算数 / Execution rate = spent ÷ full-year budget (the form's own columns; see the rule's page).
import { defineRule } from "../rule";
import { checkRatio } from "../checks";
import { percent, plain } from "../format";

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
  },
  fundsRow(row, isTotal, ctx) {
    // A 其中 row's empty rate stays empty; the total's is filled.
    const check = checkRatio(ctx, { numerator: row.annualSpent, denominator: row.annualBudget, rate: row.rate, field: "executionRate", fillEmpty: isTotal, points: ctx.table.funds?.rateInPoints });
    if (!check?.entered || check.ok || !row.rate) return;
    const { exact, entered } = check;
    const actual = entered.percent ? percent(entered.value, entered.decimals) : plain(entered.value);
    ctx.report({
      at: row.rate.at,
      messageId: "mismatch",
      data: { expected: percent(exact), actual, spent: plain(check.numerator), budget: plain(check.denominator) },
      expected: percent(exact),
      actual,
    });
  },
});
