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
