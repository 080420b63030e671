// Rule profiles (SPEC §4): the choices a finance bureau makes on top of the rules.
import type { Severity } from "./report";

export type ReverseFormula = "ratio" | "deviation";

export interface GradeBand {
  label: string; // 优, 良, 中, 差
  min: string; // inclusive lower bound of the total score
}

/** What a result far above its target does (over-target). */
export type OverTargetAction = "flag" | "reason-required" | "deduct" | "deviation";

/** A cap on the recommended total when the execution rate is below a bound (one region's manual). */
export interface TotalCap {
  /** Applies when 执行率 < rateBelow (a fraction, "0.8" = 80%). */
  rateBelow: string;
  /** The recommended total is at most this. */
  max: string;
}

export interface Profile {
  id: string;
  name: { "zh-CN": string; en: string };
  /** Where the profile's choices come from, shown with it (docs/profiles/<id>.md has the detail). */
  source: { "zh-CN": string; en: string };
  /** over-target: B ÷ A at or above this flags a target that may have been set too low. */
  overTargetRatio: string;
  /**
   * over-target's action: "flag" (a warning to explain), "reason-required" (an error while the
   * reason is empty), "deduct" (ŝ = w − overTargetDeduct) or "deviation" (ŝ = w × max(0, 1 − (B ÷ A − 1))).
   */
  overTargetAction: OverTargetAction;
  /** Points taken off by "deduct". */
  overTargetDeduct: string;
  /** The comparators over-target looks at (higher-is-better ones by default). */
  overTargetScope: ("≥" | ">" | "=")[];
  /** The budget block's weight the region uses; a table whose budget 分值 differs is reported. Null: any. */
  budgetWeight: string | null;
  /** Grades of the 部门整体支出 family (dept-eval); null uses `grades`. */
  deptGrades: GradeBand[] | null;
  /** Caps on the recommended total by execution rate, strictest applies. */
  totalCaps: TotalCap[];
  /** Lower bounds of qualitative bands 1 and 2 as fractions of w (10号: 0.8 and 0.6). */
  qualitativeBands: [string, string];
  /** Extra result words per qualitative band. */
  bandWords: Partial<Record<"1" | "2" | "3", string[]>>;
  /** Extra words that make an indicator lower-is-better. */
  costWords: string[];
  /** Extra template prompt texts that do not count as a reason. */
  reasonPlaceholders: string[];
  /** ≤ / < targets missed: "ratio" = A ÷ B × w; "deviation" = max(0, 1 − (B − A) ÷ A) × w. */
  reverseFormula: ReverseFormula;
  /** Highest band first. */
  grades: GradeBand[];
  /** execution-reason: a rate below this needs a reason. */
  executionThreshold: string;
  /** Per-rule severity overrides; "off" disables a rule. */
  severities: Record<string, Severity | "off">;
  /** Extra label synonyms for the binder, by glossary key. */
  labels: Record<string, string[]>;
}

export const DEFAULT_GRADES: GradeBand[] = [
  { label: "优", min: "90" },
  { label: "良", min: "80" },
  { label: "中", min: "60" },
  { label: "差", min: "0" },
];

export const defaultProfile: Profile = {
  id: "default",
  name: { "zh-CN": "默认（财预〔2020〕10号）", en: "Default (Cai Yu [2020] No. 10)" },
  source: { "zh-CN": "财预〔2020〕10号《项目支出绩效评价管理办法》的单位自评计分方法", en: "the self-evaluation scoring of Cai Yu [2020] No. 10" },
  overTargetRatio: "1.2",
  overTargetAction: "flag",
  overTargetDeduct: "0",
  overTargetScope: ["≥", ">", "="],
  budgetWeight: null,
  deptGrades: null,
  totalCaps: [],
  qualitativeBands: ["0.8", "0.6"],
  bandWords: {},
  costWords: [],
  reasonPlaceholders: [],
  reverseFormula: "ratio",
  grades: DEFAULT_GRADES,
  executionThreshold: "0.9",
  severities: {},
  labels: {},
};

/**
 * The seed's practice (株洲市芦淞区, 湖南 部门整体支出): the default scoring. An earlier version made
 * spending-control an error here; no 湖南 source found says so (the 岳阳 评分表 deducts points for a
 * rising 三公, which the default's warning already asks about), so that override is gone.
 */
export const hunanDeptProfile: Profile = {
  ...defaultProfile,
  id: "hunan-dept",
  name: { "zh-CN": "湖南部门整体支出", en: "Hunan department overall spending" },
  source: { "zh-CN": "湖南 部门整体支出绩效自评表与基础数据表（株洲市芦淞区 2023、岳阳市 评分表）：计分同 10号", en: "Hunan's department overall forms (Zhuzhou Lusong 2023, Yueyang scoring sheet): scoring as No. 10" },
};

/**
 * 预算管理一体化系统 绩效自评模块 (as its public code was reviewed for this project; the code is
 * not in this repository): the 偏离度 reverse formula, the budget score capped at 10, and grades
 * 80/70/60 for the 部门整体支出 family.
 */
export const yitihuaProfile: Profile = {
  ...defaultProfile,
  id: "yitihua",
  name: { "zh-CN": "预算管理一体化（基础做法）", en: "Integrated budget system (base practice)" },
  source: { "zh-CN": "预算管理一体化系统 绩效自评模块的基础做法：反向指标按偏离度计分、预算执行得分上限 10 分、部门整体支出等级 80/70/60", en: "the integrated budget system's self-evaluation module: deviation formula, budget score capped at 10, department grades 80/70/60" },
  reverseFormula: "deviation",
  budgetWeight: "10",
  deptGrades: [
    { label: "优", min: "80" },
    { label: "良", min: "70" },
    { label: "中", min: "60" },
    { label: "差", min: "0" },
  ],
};

/** 广西: a result at 130% of its target or more needs its reason filled in (an error until it is). */
export const guangxiProfile: Profile = {
  ...defaultProfile,
  id: "guangxi",
  name: { "zh-CN": "广西", en: "Guangxi" },
  source: { "zh-CN": "广西 绩效自评的做法：实际完成值达到指标值 130% 及以上的，须填写偏差原因（所据通知未收入本仓库，未能核对原文）", en: "Guangxi practice: a result at 130% of its target or more must be explained (the notice is not in this repository; not verified against its text)" },
  overTargetRatio: "1.3",
  overTargetAction: "reason-required",
};

/**
 * 四川 部门预算项目支出绩效自评表 (510000_0013zp): 预算执行情况（10分）and 绩效指标（90分）, and the
 * form's note that a rate below 90% or a mid-year budget change needs a reason.
 */
export const sichuanProjectProfile: Profile = {
  ...defaultProfile,
  id: "sichuan-project",
  name: { "zh-CN": "四川项目支出", en: "Sichuan project spending" },
  source: { "zh-CN": "四川 部门预算项目支出绩效自评表（510000_0013zp）：预算执行情况（10分）、绩效指标（90分）；原因栏注“预算执行率未达到90%的需说明原因；年中发生预算调整的（追加或调减），应单独说明理由”", en: "Sichuan's project self-evaluation form 510000_0013zp: budget 10 points, indicators 90; a rate below 90% or a mid-year change needs a reason" },
  budgetWeight: "10",
  executionThreshold: "0.9",
};

export const PROFILES: readonly Profile[] = [defaultProfile, hunanDeptProfile, yitihuaProfile, guangxiProfile, sichuanProjectProfile];

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

const SEVERITY_VALUES = new Set(["error", "warning", "info", "off"]);

/**
 * Reads a profile from parsed JSON (the CLI's --profile file). Unknown keys are rejected so that a
 * typo does not silently fall back to a default: profile keys, rule ids in `severities` and glossary
 * keys in `labels` (the binder's keys, passed in since the engine does not know the glossary).
 * Returns an error message instead of throwing.
 */
export function profileFromJson(json: unknown, knownRules: readonly string[], knownLabels: readonly string[]): { profile: Profile } | { error: string } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { error: "profile must be a JSON object" };
  const input = json as Record<string, unknown>;
  const allowed = new Set([
    "id", "extends", "name", "source", "overTargetRatio", "overTargetAction", "overTargetDeduct", "overTargetScope", "reverseFormula", "grades", "deptGrades",
    "executionThreshold", "budgetWeight", "totalCaps", "qualitativeBands", "bandWords", "costWords", "reasonPlaceholders", "severities", "labels",
  ]);
  for (const key of Object.keys(input)) if (!allowed.has(key)) return { error: `unknown profile key "${key}"` };
  const baseId = typeof input.extends === "string" ? input.extends : "default";
  const base = findProfile(baseId);
  if (!base) return { error: `unknown base profile "${baseId}"` };
  const profile: Profile = { ...base, severities: { ...base.severities }, labels: { ...base.labels }, bandWords: { ...base.bandWords } };
  if (typeof input.id === "string") profile.id = input.id;
  else profile.id = "custom";
  if (typeof input.name === "string") profile.name = { "zh-CN": input.name, en: input.name };
  if (typeof input.source === "string") profile.source = { "zh-CN": input.source, en: input.source };
  const decimalText = /^\d+(\.\d+)?$/;
  for (const key of ["overTargetRatio", "executionThreshold", "overTargetDeduct"] as const) {
    if (input[key] === undefined) continue;
    const text = String(input[key]);
    if (!decimalText.test(text)) return { error: `${key} must be a number` };
    profile[key] = text;
  }
  if (input.budgetWeight !== undefined) {
    if (input.budgetWeight !== null && !decimalText.test(String(input.budgetWeight))) return { error: "budgetWeight must be a number or null" };
    profile.budgetWeight = input.budgetWeight === null ? null : String(input.budgetWeight);
  }
  if (input.overTargetAction !== undefined) {
    if (!["flag", "reason-required", "deduct", "deviation"].includes(String(input.overTargetAction))) return { error: 'overTargetAction must be "flag", "reason-required", "deduct" or "deviation"' };
    profile.overTargetAction = input.overTargetAction as OverTargetAction;
  }
  if (input.overTargetScope !== undefined) {
    if (!Array.isArray(input.overTargetScope) || !input.overTargetScope.every((c) => ["≥", ">", "="].includes(String(c)))) return { error: 'overTargetScope must be a list of "≥", ">" and "="' };
    profile.overTargetScope = input.overTargetScope as Profile["overTargetScope"];
  }
  if (input.totalCaps !== undefined) {
    if (!Array.isArray(input.totalCaps)) return { error: "totalCaps must be a list" };
    const caps: TotalCap[] = [];
    for (const c of input.totalCaps) {
      if (typeof c !== "object" || c === null || !decimalText.test(String(c.rateBelow)) || !decimalText.test(String(c.max))) return { error: 'each total cap needs a numeric "rateBelow" (a fraction) and "max"' };
      caps.push({ rateBelow: String(c.rateBelow), max: String(c.max) });
    }
    profile.totalCaps = caps;
  }
  if (input.qualitativeBands !== undefined) {
    const b = input.qualitativeBands;
    if (!Array.isArray(b) || b.length !== 2 || !b.every((x) => decimalText.test(String(x))) || !(Number(b[0]) > Number(b[1]) && Number(b[0]) <= 1)) return { error: "qualitativeBands must be two fractions, the band-1 bound above the band-2 bound (e.g. [0.8, 0.6])" };
    profile.qualitativeBands = [String(b[0]), String(b[1])];
  }
  for (const key of ["costWords", "reasonPlaceholders"] as const) {
    if (input[key] === undefined) continue;
    const list = input[key];
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string" && x.length > 0)) return { error: `${key} must be a list of words` };
    profile[key] = [...profile[key], ...(list as string[])];
  }
  if (input.bandWords !== undefined) {
    const words = input.bandWords;
    if (typeof words !== "object" || words === null || Array.isArray(words)) return { error: 'bandWords must be an object with keys "1", "2", "3"' };
    for (const [band, list] of Object.entries(words)) {
      if (!["1", "2", "3"].includes(band)) return { error: `bandWords has no band "${band}" (1, 2 or 3)` };
      if (!Array.isArray(list) || !list.every((x) => typeof x === "string" && x.length > 0)) return { error: `bandWords.${band} must be a list of words` };
      profile.bandWords[band as "1" | "2" | "3"] = [...(profile.bandWords[band as "1" | "2" | "3"] ?? []), ...(list as string[])];
    }
  }
  if (input.reverseFormula !== undefined) {
    if (input.reverseFormula !== "ratio" && input.reverseFormula !== "deviation") return { error: `reverseFormula must be "ratio" or "deviation"` };
    profile.reverseFormula = input.reverseFormula;
  }
  for (const key of ["grades", "deptGrades"] as const) {
    if (input[key] === undefined) continue;
    const list = input[key];
    if (!Array.isArray(list) || list.length === 0) return { error: `${key} must be a non-empty array` };
    const grades: GradeBand[] = [];
    for (const g of list) {
      if (typeof g !== "object" || g === null || typeof g.label !== "string" || !decimalText.test(String(g.min))) {
        return { error: `each of ${key} needs a "label" and a numeric "min"` };
      }
      grades.push({ label: g.label, min: String(g.min) });
    }
    profile[key] = grades.sort((a, b) => Number(b.min) - Number(a.min));
  }
  if (input.severities !== undefined) {
    if (typeof input.severities !== "object" || input.severities === null) return { error: "severities must be an object" };
    for (const [rule, sev] of Object.entries(input.severities)) {
      if (!knownRules.includes(rule)) return { error: `unknown rule "${rule}" in severities` };
      if (!SEVERITY_VALUES.has(String(sev))) return { error: `severity of "${rule}" must be error, warning, info or off` };
      profile.severities[rule] = sev as Severity | "off";
    }
  }
  if (input.labels !== undefined) {
    if (typeof input.labels !== "object" || input.labels === null) return { error: "labels must be an object" };
    for (const [key, list] of Object.entries(input.labels)) {
      if (!knownLabels.includes(key)) return { error: `unknown label key "${key}" in labels` };
      if (!Array.isArray(list) || !list.every((s) => typeof s === "string")) return { error: `labels.${key} must be a list of strings` };
      profile.labels[key] = [...(profile.labels[key] ?? []), ...(list as string[])];
    }
  }
  return { profile };
}
