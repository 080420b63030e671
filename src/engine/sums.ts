// Sum checks shared by the rules: total vs Σ parts with the tolerance of SPEC §3 (±0.01 per item
// added), skipping error cells (cell-error owns them) and columns with nothing to add.
import type Decimal from "decimal.js";
import { sum, sumTolerance } from "./format";
import type { Field } from "./model";
import type { NumberValue } from "./values";

type Reader = { num: (f: Field | undefined) => NumberValue | null; isError: (f: Field | undefined) => boolean };

/** The numbers among these fields; undefined when none holds a number (nothing to check). */
export function presentValues(fields: (Field | undefined)[], num: (f: Field | undefined) => NumberValue | null): Decimal[] | undefined {
  const values = fields.map((f) => num(f)?.value).filter((v): v is Decimal => v !== undefined);
  return values.length > 0 ? values : undefined;
}

/**
 * The sum and the entered total when they disagree; null when they agree or there is nothing to
 * check. A blank total is skipped, unless `blankTotalIsZero` (the funds block: 其中 rows filled
 * under an empty 年度资金总额 is itself the error).
 */
export function sumMismatch(
  total: Field | undefined,
  parts: (Field | undefined)[],
  ctx: Reader,
  options: { blankTotalIsZero?: boolean } = {},
): { expected: Decimal; actual: Decimal } | null {
  if (!total || ctx.isError(total) || parts.some((p) => ctx.isError(p))) return null;
  const values = presentValues(parts, ctx.num);
  const entered = ctx.num(total)?.value ?? (options.blankTotalIsZero ? sum([]) : undefined);
  if (!values || entered === undefined) return null;
  const expected = sum(values);
  if (expected.minus(entered).abs().lte(sumTolerance(values.length))) return null;
  return { expected, actual: entered };
}

/**
 * The sum of the parts when the total is left blank while parts hold figures (a missing total,
 * not "nothing to check"); null otherwise.
 */
export function blankTotalOfParts(total: Field | undefined, parts: (Field | undefined)[], ctx: Reader & { filled: (f: Field | undefined) => boolean }): Decimal | null {
  if (!total || ctx.filled(total) || parts.some((p) => ctx.isError(p))) return null;
  const values = presentValues(parts, ctx.num);
  return values ? sum(values) : null;
}
