// The checks several rules share, in one place: a ratio cell against numerator ÷ denominator
// (execution-rate, staff-control, control-ratios) and an entered score against the recommended ŝ
// (execution-score, indicator-score). Each recalculates its cell for the write-back (SPEC §6) and
// says how the sheet stands; the rule words the finding.
import Decimal from "decimal.js";
import { toA1 } from "./grid";
import { asEntered, equalAtPrecision, fixed, plain, sameAsStored } from "./format";
import type { EvalTable, Field } from "./model";
import type { Recalculation } from "./report";
import type { RuleContext } from "./rule";
import type { NumberValue } from "./values";

export interface RatioCheck {
  numerator: Decimal;
  denominator: Decimal;
  exact: Decimal;
  /** The rate as entered; null when the cell holds no number. */
  entered: NumberValue | null;
  /** The entered rate is the exact one at the precision it was entered at (SPEC §3). */
  ok: boolean;
}

/**
 * rate = numerator ÷ denominator. Null when there is nothing to check: a missing or erroneous
 * cell, or a zero denominator (0 ÷ 0 shown as 0.00%, "/", "—" or blank is accepted, SPEC §3).
 * An empty rate cell is filled where `fillEmpty` says the form expects it filled.
 */
export function checkRatio(
  ctx: RuleContext,
  input: {
    numerator?: Field;
    denominator?: Field;
    rate?: Field;
    field: Recalculation["field"];
    fillEmpty: boolean;
    /** The column's label says (%): a plain number in it is in percentage points (99.92 = 99.92%). */
    points?: boolean;
  },
): RatioCheck | null {
  const { numerator, denominator, rate, field } = input;
  if (!rate || !numerator || !denominator || ctx.isError(rate) || ctx.isError(numerator) || ctx.isError(denominator)) return null;
  const top = ctx.num(numerator);
  const bottom = ctx.num(denominator);
  if (!top || !bottom || bottom.value.isZero()) return null;
  const exact = top.value.div(bottom.value);
  const formula = `${toA1(numerator.at)}/${toA1(denominator.at)}`;
  const entered = ctx.num(rate);
  if (!entered) {
    if (input.fillEmpty || ctx.filled(rate)) ctx.recalc({ at: rate.at, field, value: exact.toString(), formula, fillsEmpty: !ctx.filled(rate), unchanged: false });
    return { numerator: top.value, denominator: bottom.value, exact, entered, ok: false };
  }
  // A plain number in a (%) column may be in percentage points: 99.92 for 99.92% (福建 宁德 2020),
  // or a fraction as elsewhere (重庆: 1 for 100%). Points when that reading is right, or when no
  // reading is and the number is too large for a fraction (above 2, i.e. 200%).
  if (input.points && !entered.percent && !equalAtPrecision(entered.value, exact, entered.decimals)) {
    const ok = equalAtPrecision(entered.value, exact.times(100), entered.decimals);
    if (ok || entered.value.gt(2)) {
      // Nothing is written into such a cell: the recalculated rate is a fraction and the column
      // shows points; the finding carries the right figure.
      return { numerator: top.value, denominator: bottom.value, exact, entered: { ...entered, value: entered.value.div(100), percent: true }, ok };
    }
  }
  const points = (v: Decimal) => (entered.percent ? v.times(100) : v);
  const ok = equalAtPrecision(points(entered.value), points(exact), entered.decimals);
  ctx.recalc({
    at: rate.at,
    field,
    value: exact.toString(),
    formula,
    fillsEmpty: false,
    unchanged: ok && sameAsStored(exact, entered.value),
    existingFormula: ok ? rate.cell?.formula : undefined,
    previous: asEntered(entered.value, entered.decimals, entered.percent),
  });
  return { numerator: top.value, denominator: bottom.value, exact, entered, ok };
}

/**
 * An entered score against ŝ. An empty cell is filled with ŝ at two decimals; where `recalc` is
 * set the cell is an arithmetic field and recalculated over what was entered (the budget score),
 * else an entered score is only compared (an indicator's, which the accountant judges).
 * Reports `rounding` (info, within the entered precision) or `mismatch` (warning, with ŝ as the
 * suggestion) under the rule's own message ids; ŝ at two decimals — what SelfEval writes and
 * what 采用建议 writes — never raises a finding.
 */
export function checkScore(
  ctx: RuleContext,
  input: {
    field: Field;
    entered: NumberValue | null;
    /** The cell is empty: ŝ fills it. */
    empty: boolean;
    recommended: Decimal;
    weight: Decimal;
    recalc: { field: Recalculation["field"]; formula?: string; overEntered: boolean };
    /** How the suggestion is written: the sheet's own precision. */
    suggestion(recommended: Decimal): string;
    data: Record<string, string>;
  },
): void {
  const { field, entered, recommended, weight } = input;
  const rounded = recommended.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (input.empty || (!entered && input.recalc.overEntered)) {
    ctx.recalc({ at: field.at, field: input.recalc.field, value: rounded.toString(), formula: input.recalc.formula, fillsEmpty: true, unchanged: false });
    return;
  }
  if (!entered) return;
  const unchanged = entered.value.equals(rounded);
  if (input.recalc.overEntered) {
    ctx.recalc({ at: field.at, field: input.recalc.field, value: rounded.toString(), formula: input.recalc.formula, fillsEmpty: false, unchanged, previous: entered.value.toFixed() });
  }
  const s = entered.value;
  if (s.isNegative() || s.gt(weight)) return; // score-range owns it
  if (s.equals(recommended) || unchanged) return;
  const withinPrecision = equalAtPrecision(s, recommended, entered.decimals);
  const data = {
    ...input.data,
    expected: fixed(recommended),
    exact: plain(recommended.toDecimalPlaces(4, Decimal.ROUND_HALF_UP)),
    actual: asEntered(s, entered.decimals, false),
  };
  ctx.report({
    at: field.at,
    messageId: withinPrecision ? "rounding" : "mismatch",
    severity: withinPrecision ? "info" : "warning",
    data,
    expected: data.expected,
    actual: data.actual,
    suggestion: withinPrecision ? undefined : { at: field.at, value: input.suggestion(recommended) },
  });
}

/**
 * A cause a table has as a whole — no indicator row (`empty-indicators`), nothing filled in
 * (`blank-table`): template-incomplete's error and grade-withheld's info name it, so the table
 * gets one finding (the error) with the info as its detail.
 */
export function tableCause(what: "empty-indicators" | "blank-table", tableAt: { row: number; col: number }): string {
  return `${what}@${tableAt.row}:${tableAt.col}`;
}

/**
 * A 自评表 with nothing filled in: no figure in its funds rows and no target, result, weight or
 * score on any indicator row — the blank form handed in (a province's 科技 form, fixture 27; a page
 * that stripped every figure, fixture 09). Its labels bind, so without this it would pass as clean.
 */
export function isBlankTable(table: EvalTable, filled: (f: Field | undefined) => boolean): boolean {
  const funds = table.funds;
  const fundsRows = funds ? [funds.total, ...funds.parts] : [];
  if (fundsRows.some((r) => [r.initialBudget, r.annualBudget, r.annualSpent, r.rate, r.weight, r.score].some(filled))) return false;
  const indicators = table.groups.flatMap((g) => g.indicators);
  if (indicators.length === 0) return false; // an empty indicator block is reported as such
  return !indicators.some((i) => [i.target, i.actual, i.factor, i.weight, i.score].some(filled));
}
