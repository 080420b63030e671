// Shared reading of the 基础数据表's 经费控制情况 columns for the dept-base rules.

export type CostColumn = "prevFinal" | "budget" | "final";
export const COST_COLUMNS: CostColumn[] = ["prevFinal", "budget", "final"];
export const COST_COLUMN_NAMES: Record<CostColumn, { "zh-CN": string; en: string }> = {
  prevFinal: { "zh-CN": "上年决算数", en: "last year's final accounts" },
  budget: { "zh-CN": "本年预算数", en: "this year's budget" },
  final: { "zh-CN": "本年决算数", en: "this year's final accounts" },
};
