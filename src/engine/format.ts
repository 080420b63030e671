// Display of decimals (SPEC §3): money and scores with 2 decimals, rates as % with 2 decimals.
// Rounding is half-up, as an accountant rounds on paper.
import Decimal from "decimal.js";

export function fixed(value: Decimal, decimals = 2): string {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}

/** 0.98987 → "98.99%". */
export function percent(fraction: Decimal, decimals = 2): string {
  return `${fixed(fraction.times(100), decimals)}%`;
}

/** A value as it was entered, at its own precision: 9.8 → "9.8", 0.9899 (percent) → "98.99%". */
export function asEntered(value: Decimal, decimals: number, isPercent: boolean): string {
  return isPercent ? percent(value, decimals) : fixed(value, decimals);
}

/** Half a unit in the last entered place: 0 decimals → 0.5, 1 → 0.05, 2 → 0.005. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}

/**
 * True when `entered` is `exact` rounded to the precision it was entered at (SPEC §3):
 * "inside that, it is rounding". Compared in the displayed unit (percent points for rates).
 */
export function equalAtPrecision(entered: Decimal, exact: Decimal, decimals: number): boolean {
  return exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).equals(entered.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
}

/** Sums of rounded figures tolerate ±0.01 per item added (SPEC §3). */
export function sumTolerance(itemCount: number): Decimal {
  return new Decimal("0.01").times(Math.max(1, itemCount));
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

/** A decimal as typed, never in exponent notation: 89.974 → "89.974". */
export function plain(value: Decimal): string {
  return value.toFixed();
}

/**
 * True when a full-precision result is what the cell already stores: Excel keeps doubles, so a
 * recalculated 857.71 ÷ 866.48 written once reads back rounded to 15 significant digits.
 */
export function sameAsStored(exact: Decimal, stored: Decimal): boolean {
  return exact.toSignificantDigits(15).equals(stored.toSignificantDigits(15));
}
