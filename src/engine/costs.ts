// Shared reading of the 基础数据表's 经费控制情况 columns for the dept-base rules.
import Decimal from "decimal.js";
import type { Field } from "./model";
import type { NumberValue } from "./values";

export type CostColumn = "prevFinal" | "budget" | "final";
export const COST_COLUMNS: CostColumn[] = ["prevFinal", "budget", "final"];
export const COST_COLUMN_NAMES: Record<CostColumn, { "zh-CN": string; en: string }> = {
  prevFinal: { "zh-CN": "上年决算数", en: "last year's final accounts" },
  budget: { "zh-CN": "本年预算数", en: "this year's budget" },
  final: { "zh-CN": "本年决算数", en: "this year's final accounts" },
};

/** The numbers among these fields; undefined when none holds a number (nothing to check). */
export function presentValues(fields: (Field | undefined)[], num: (f: Field | undefined) => NumberValue | null): Decimal[] | undefined {
  const values = fields.map((f) => num(f)?.value).filter((v): v is Decimal => v !== undefined);
  return values.length > 0 ? values : undefined;
}

/**
 * total vs Σ parts, with the tolerance of SPEC §3 (±0.01 per item added). Returns the sum and the
 * entered total when they disagree; null when they agree or there is nothing to check (an error
 * cell, which cell-error owns, or no part holding a number).
 */
export function sumMismatch(
  total: Field | undefined,
  parts: (Field | undefined)[],
  ctx: { num: (f: Field | undefined) => NumberValue | null; isError: (f: Field | undefined) => boolean },
): { expected: Decimal; actual: Decimal } | null {
  if (!total || ctx.isError(total) || parts.some((p) => ctx.isError(p))) return null;
  const values = presentValues(parts, ctx.num);
  const actual = ctx.num(total);
  if (!values || !actual) return null;
  const expected = values.reduce((acc, v) => acc.plus(v), new Decimal(0));
  if (expected.minus(actual.value).abs().lte(new Decimal("0.01").times(values.length))) return null;
  return { expected, actual: actual.value };
}
