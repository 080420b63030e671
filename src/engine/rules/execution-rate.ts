// 执行率 = 全年执行数 ÷ 全年预算数 / Execution rate = spent ÷ full-year budget (the form's own columns; see the rule's page).
import { defineRule } from "../rule";
import { checkRatio } from "../checks";
import { equalAtPrecision, percent, plain } from "../format";
import { isExecutionRateRow } from "../scoring";
import { readCell } from "../values";

export default defineRule({
  meta: {
    id: "execution-rate",
    title: { "zh-CN": "执行率", en: "Execution rate" },
    severity: "error",
    alsoSeverities: ["warning"],
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
      row: {
        "zh-CN": "“{{name}}”指标的完成值为 {{actual}}，资金表的执行率为 {{expected}}（{{spent}} ÷ {{budget}}），两者应一致",
        en: "The “{{name}}” indicator's result is {{actual}}, but the funds block's execution rate is {{expected}} ({{spent}} ÷ {{budget}}); they should agree",
      },
      spentMissing: {
        "zh-CN": "全年执行数为空，表中执行率 {{actual}} 无法核对，请填写执行数",
        en: "Full-year spending is blank, so the execution rate {{actual}} on the sheet cannot be checked; fill in the spending",
      },
    },
  },
  indicator(indicator, _a, ctx) {
    // The budget scored as an indicator row (银川 2021: 投入管理 | 预算执行率 | 10 | — | 100% | 9): its
    // result is the funds block's rate, which is computed from the block's own figures.
    const field = indicator.actual;
    if (!isExecutionRateRow(indicator) || !field || ctx.isError(field)) return;
    const funds = ctx.fundsOf(ctx.table);
    const reading = readCell(field.cell);
    if (!funds || funds.rate === null || funds.budget === null || funds.spent === null || reading.kind !== "number" || !reading.num.percent) return;
    const entered = reading.num;
    if (equalAtPrecision(entered.value.times(100), funds.rate.times(100), entered.decimals)) return;
    const actual = percent(entered.value, entered.decimals);
    ctx.report({
      at: field.at,
      severity: "warning",
      messageId: "row",
      data: { name: indicator.name, actual, expected: percent(funds.rate), spent: plain(funds.spent), budget: plain(funds.budget) },
      expected: percent(funds.rate),
      actual,
    });
  },
  fundsRow(row, isTotal, ctx) {
    // A rate typed beside a budget whose spending cell is blank (安徽 天长 塘湖镇 2020: 864.2 | | 100% | 20):
    // nothing to divide, so the rate and the score that rests on it cannot be checked.
    if (isTotal && row.annualSpent && !ctx.filled(row.annualSpent) && !ctx.isError(row.rate)) {
      const budget = ctx.num(row.annualBudget);
      const rate = ctx.num(row.rate);
      if (budget && !budget.value.isZero() && rate) {
        const actual = rate.percent ? percent(rate.value, rate.decimals) : plain(rate.value);
        ctx.report({ at: row.annualSpent.at, severity: "warning", messageId: "spentMissing", data: { actual }, actual });
        return;
      }
    }
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
