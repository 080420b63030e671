// One English identifier per Chinese label (STYLE.md "Names"), with the synonyms SPEC §2 lists.
// Labels are compared after normalisation: NFKC (full-width → half-width), no white space or
// line breaks, no leading numbering (1、 （一）), no trailing colon, no (A)/(B)/(B/A) or unit suffix.

export type LabelKey =
  | "initialBudget"
  | "annualBudget"
  | "annualSpent"
  | "weight"
  | "rate"
  | "score"
  | "reason"
  | "level1"
  | "level2"
  | "name"
  | "comparator"
  | "target"
  | "unit"
  | "actual"
  | "total";

/** Synonyms by key, best first: when two columns match one key, the earlier synonym wins. */
export const GLOSSARY: Record<LabelKey, readonly string[]> = {
  initialBudget: ["年初预算数", "年初预算"],
  annualBudget: ["全年预算数", "调整后预算数", "调整后预算", "年度预算数"],
  annualSpent: ["全年执行数", "预算执行数", "执行数"],
  weight: ["分值", "权重", "指标分值"],
  rate: ["执行率", "预算执行率"],
  score: ["得分", "自评得分"],
  reason: ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因分析", "原因", "扣分原因和其他说明", "扣分原因"],
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标"],
  comparator: ["指标性质"],
  target: ["年度指标值", "指标值"],
  unit: ["度量单位", "计量单位"],
  actual: ["实际完成值", "完成值", "全年实际值", "实际值"],
  total: ["总分", "合计"],
};

const NUMBERING = /^(?:\d+[、.]|\(\d+\)|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;
const LETTER_SUFFIX = /\((?:A|B|C|B\/A|A\/B)\)$/i;

/** NFKC, no white space, no numbering, no trailing colon. Keeps bracketed parts. */
export function normLabel(text: string): string {
  let s = text.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  s = s.replace(NUMBERING, "");
  s = s.replace(/[:：]+$/, "");
  return s;
}

/** normLabel, then without trailing bracketed parts: 批复规模(m2) → 批复规模, 年度指标值(A) → 年度指标值. */
export function coreLabel(text: string): string {
  let s = normLabel(text).replace(LETTER_SUFFIX, "");
  let previous = "";
  while (previous !== s) {
    previous = s;
    s = s.replace(/\([^()]*\)$/, "");
  }
  return s;
}

/** The `(xx分)` weight a label carries: 产出指标(40分) → "40". */
export function declaredWeight(text: string): string | undefined {
  const match = /\((\d+(?:\.\d+)?)分\)/.exec(normLabel(text));
  return match ? match[1] : undefined;
}

/** Index of the best synonym this label matches for the key, or -1. */
export function matchRank(text: string, key: LabelKey, extra: Record<string, string[]> = {}): number {
  const label = coreLabel(text);
  if (!label) return -1;
  const synonyms = [...GLOSSARY[key], ...(extra[key] ?? [])];
  return synonyms.findIndex((s) => s === label);
}

export function matches(text: string, key: LabelKey, extra: Record<string, string[]> = {}): boolean {
  return matchRank(text, key, extra) >= 0;
}
