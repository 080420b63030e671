// 年度资金总额 = Σ 其中各项；按收入性质分 = 按支出性质分 = 全年预算数 / The funds block adds up.
import Decimal from "decimal.js";
import type { CellRef } from "../grid";
import { defineRule } from "../rule";
import { fixed, plain, sum, sumTolerance } from "../format";
import type { FundsRow, LabeledValue } from "../model";
import { parseNumberText } from "../values";
import { sumMismatch } from "../sums";

type Column = "initialBudget" | "annualBudget" | "annualSpent";
const COLUMNS: Column[] = ["initialBudget", "annualBudget", "annualSpent"];
const COLUMN_NAMES: Record<Column, { "zh-CN": string; en: string }> = {
  initialBudget: { "zh-CN": "年初预算数", en: "initial budget" },
  annualBudget: { "zh-CN": "全年预算数", en: "full-year budget" },
  annualSpent: { "zh-CN": "全年执行数", en: "full-year spending" },
};

function labeledNumber(value: LabeledValue | undefined): Decimal | null {
  if (!value || !value.valueText) return null;
  return parseNumberText(value.valueText)?.value ?? null;
}

export default defineRule({
  meta: {
    id: "funds-breakdown",
    title: { "zh-CN": "资金构成", en: "Funds breakdown" },
    severity: "error",
    sourceKind: "form",
    source: "财预〔2020〕10号 附件 项目支出绩效自评表的行「年度资金总额」「其中：当年财政拨款」「上年结转资金」「其他资金」；部门整体支出绩效自评表的 按收入性质分 / 按支出性质分（表式结构，总额等于其中各项之和）",
    description: {
      "zh-CN": "年度资金总额应等于其中各项之和；按收入性质分、按支出性质分应等于全年预算数；基本支出 + 项目支出 = 合计",
      en: "The funds total must equal the sum of its parts; the income and expense breakdowns must equal the full-year budget",
    },
    messages: {
      parts: {
        "zh-CN": "{{column}}合计应为 {{expected}}（其中各项之和），表中为 {{actual}}",
        en: "The {{columnEn}} total should be {{expected}} (sum of its parts); the sheet shows {{actual}}",
      },
      income: {
        "zh-CN": "按收入性质分 {{actual}} 与其中各项之和 {{expected}} 不符",
        en: "Income breakdown {{actual}} does not equal the sum of its items {{expected}}",
      },
      expense: {
        "zh-CN": "按支出性质分 {{actual}} 与基本支出 + 项目支出 = {{expected}} 不符",
        en: "Expense breakdown {{actual}} does not equal basic + project spending = {{expected}}",
      },
      budget: {
        "zh-CN": "{{label}} {{actual}} 与全年预算数 {{expected}} 不符",
        en: "{{label}} {{actual}} does not equal the full-year budget {{expected}}",
      },
    },
  },
  evalTable(ctx) {
    if (!ctx.table.funds) return;
    const funds = ctx.table.funds;

    for (const column of COLUMNS) checkParts(funds.total, funds.parts, column);
    // Each 小计 adds up the rows under it (福建 宁德: 财政资金小计 = ① 项目支出 + ② 基本支出).
    for (const sub of funds.subtotals ?? []) if (sub.parts.length > 0) for (const column of COLUMNS) checkParts(sub.row, sub.parts, column);

    const budget = ctx.num(funds.total.annualBudget)?.value ?? null;
    const income = labeledNumber(funds.incomeTotal);
    const incomeParts = funds.incomeParts.map(labeledNumber).filter((v): v is Decimal => v !== null);
    if (funds.incomeTotal && income !== null && incomeParts.length > 0) {
      const expected = sum(incomeParts);
      if (!close(expected, income, incomeParts.length)) {
        mismatch(funds.incomeTotal.at, "income", expected, income);
      }
    }
    const expense = labeledNumber(funds.expenseTotal);
    const basic = labeledNumber(funds.expenseBasic);
    const project = labeledNumber(funds.expenseProject);
    if (funds.expenseTotal && expense !== null && (basic !== null || project !== null)) {
      const expected = sum([basic ?? new Decimal(0), project ?? new Decimal(0)]);
      if (!close(expected, expense, 2)) mismatch(funds.expenseTotal.at, "expense", expected, expense);
    }
    if (budget !== null) {
      for (const side of [funds.incomeTotal, funds.expenseTotal]) {
        const value = labeledNumber(side);
        if (side && value !== null && !close(budget, value, 1)) {
          ctx.report({
            at: side.at,
            messageId: "budget",
            data: { label: side.label, actual: fixed(value), expected: fixed(budget) },
            expected: fixed(budget),
            actual: fixed(value),
          });
        }
      }
    }

    function checkParts(total: FundsRow, parts: FundsRow[], column: Column): void {
      const totalField = total[column];
      const mismatch = sumMismatch(totalField, parts.map((p) => p[column]), ctx, { blankTotalIsZero: true });
      if (!mismatch || !totalField) return;
      const { expected, actual } = mismatch;
      ctx.report({
        at: totalField.at,
        messageId: "parts",
        data: { column: COLUMN_NAMES[column]["zh-CN"], columnEn: COLUMN_NAMES[column].en, expected: plain(expected), actual: plain(actual) },
        expected: expected.toString(),
        actual: actual.toString(),
      });
    }

    function close(expected: Decimal, actual: Decimal, items: number): boolean {
      return expected.minus(actual).abs().lte(sumTolerance(items));
    }

    function mismatch(at: CellRef, messageId: string, expected: Decimal, actual: Decimal): void {
      ctx.report({ at, messageId, data: { expected: fixed(expected), actual: fixed(actual) }, expected: fixed(expected), actual: fixed(actual) });
    }
  },
});
