// 总分 = 预算执行得分 + Σ 指标得分 / The total adds up.
import Decimal from "decimal.js";
import { toA1 } from "../grid";
import { defineRule } from "../rule";
import { equalAtPrecision, fixed, plain, sum } from "../format";
import { isExecutionRateRow, TOTAL_MAX } from "../scoring";

const UNBOUND = {
  budget: { what: "预算执行的得分栏", whatEn: "the budget's score cell" },
  indicators: { what: "指标的得分栏", whatEn: "the indicators' score column" },
};

export default defineRule({
  meta: {
    id: "total-score",
    title: { "zh-CN": "总分", en: "Total score" },
    severity: "error",
    alsoSeverities: ["info"],
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「总分由各项指标得分汇总形成。」",
    description: {
      "zh-CN": "总分行的得分应等于预算执行得分加各指标得分",
      en: "The 总分 score must equal the budget score plus every indicator's score",
    },
    messages: {
      mismatch: {
        "zh-CN": "总分应为 {{expected}}（预算执行 {{budget}} + 指标 {{indicators}}），表中为 {{actual}}",
        en: "The total should be {{expected}} (budget {{budget}} + indicators {{indicators}}); the sheet shows {{actual}}",
      },
      mismatchRows: {
        "zh-CN": "总分应为 {{expected}}（各指标得分之和，预算执行率作为指标计分），表中为 {{actual}}",
        en: "The total should be {{expected}} (the indicators' scores, the budget scored as the 预算执行率 row); the sheet shows {{actual}}",
      },
      rounding: {
        "zh-CN": "总分 {{actual}} 是 {{expected}} 的舍入，可接受",
        en: "The total {{actual}} is {{expected}} rounded; acceptable",
      },
      unbound: {
        "zh-CN": "总分未核对：未找到{{what}}，无法确定总分应为多少",
        en: "The total was not checked: {{whatEn}} could not be found, so what it should be is unknown",
      },
    },
  },
  evalTable(ctx) {
    const table = ctx.table;
    const field = table.total?.score;
    if (!field || ctx.isError(field)) return;
    const indicators = ctx.indicators;
    const budgetRow = table.funds?.total;
    // A partial bind never asserts arithmetic: without the budget's 得分 cell or the indicators'
    // 得分 column, the sum would leave out what the sheet's total includes.
    // A funds block with neither 分值 nor 得分 (银川 2021) puts no budget score in the total: the
    // indicators' scores are the whole of it, the budget being scored as the 预算执行率 row when
    // there is one.
    const budgetInRows = !budgetRow?.score && !budgetRow?.weight && indicators.some(isExecutionRateRow);
    const budgetUnbound = !budgetRow?.score && !budgetInRows && table.funds?.scoreless !== true;
    const unbound = budgetUnbound ? UNBOUND.budget : indicators.some((i) => !i.score) ? UNBOUND.indicators : undefined;
    if (unbound) {
      if (ctx.filled(field)) ctx.report({ at: field.at, messageId: "unbound", severity: "info", data: unbound });
      return;
    }
    const budgetEntered = ctx.num(budgetRow?.score)?.value ?? null;
    const entered = indicators.map((i) => ctx.num(i.score)?.value ?? null);
    const items = entered.filter((v): v is Decimal => v !== null);
    if (items.length === 0 && budgetEntered === null) return;
    const indicatorSum = sum(items);
    const expected = indicatorSum.plus(budgetEntered ?? 0);

    // What the checked copy will hold: the recalculated budget score and filled-in empty scores.
    const funds = ctx.fundsOf(table);
    const budgetAfter = funds?.recommended?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) ?? budgetEntered ?? new Decimal(0);
    const after = indicators.map((indicator, i) => {
      if (entered[i] !== null) return entered[i] as Decimal;
      const a = ctx.assess(indicator);
      if (a.recommended === null) return null;
      return a.recommended.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    });
    // A score that stays blank (nothing to recommend) leaves no honest total to write, and neither
    // does a sum above the most a table can give (the weights are wrong: weight-total says so).
    const complete = after.every((v) => v !== null);
    const totalAfter = sum(after.filter((v): v is Decimal => v !== null)).plus(budgetAfter);
    const scoreCells = [budgetRow?.score, ...indicators.map((i) => i.score)].filter((f) => f !== undefined).map((f) => toA1(f.at));
    const formula = scoreCells.length > 0 ? `SUM(${scoreCells.join(",")})` : undefined;
    const actual = ctx.num(field);
    // Entered scores are exact figures, so the total only has to match at its own precision.
    const ok = actual !== null && equalAtPrecision(actual.value, expected, actual.decimals);
    const totalMax = ctx.num(table.total?.weight)?.value ?? TOTAL_MAX;
    if (complete && totalAfter.lte(Decimal.min(totalMax, TOTAL_MAX))) {
      ctx.recalc({
        at: field.at,
        field: "totalScore",
        value: totalAfter.toString(),
        formula,
        existingFormula: ok ? field.cell?.formula : undefined,
        fillsEmpty: !actual,
        unchanged: actual !== null && actual.value.equals(totalAfter),
        previous: actual ? actual.value.toFixed() : undefined,
      });
    }
    if (!actual) return;
    if (ok) {
      if (!actual.value.equals(expected)) {
        ctx.report({ at: field.at, messageId: "rounding", severity: "info", data: { expected: plain(expected), actual: plain(actual.value), budget: "", indicators: "" }, expected: plain(expected), actual: plain(actual.value) });
      }
      return;
    }
    ctx.report({
      at: field.at,
      messageId: budgetInRows ? "mismatchRows" : "mismatch",
      data: { expected: plain(expected), actual: plain(actual.value), budget: budgetEntered ? plain(budgetEntered) : "0", indicators: plain(indicatorSum) },
      expected: fixed(expected),
      actual: plain(actual.value),
    });
  },
});
