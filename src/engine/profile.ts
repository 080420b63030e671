// Rule profiles (SPEC §4): the choices a finance bureau makes on top of the rules.
import type { OptionError, OptionSpec, OptionValue } from "./options";
import { readOptions } from "./options";
import type { Severity } from "./report";
import type { Rule } from "./rule";

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
  /**
   * Options of the rules, by rule id, as each rule's meta declares them (`options`); what is not
   * set here is the rule's default. E.g. { "execution-reason": { threshold: "0.8" } }.
   */
  rules: Record<string, Record<string, OptionValue>>;
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
  deptGrades: null,
  totalCaps: [],
  qualitativeBands: ["0.8", "0.6"],
  bandWords: {},
  costWords: [],
  reasonPlaceholders: [],
  reverseFormula: "ratio",
  grades: DEFAULT_GRADES,
  rules: {},
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
  rules: { "weight-total": { budgetWeight: "10" } },
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
  rules: { "weight-total": { budgetWeight: "10" }, "execution-reason": { threshold: "0.9" } },
};

export const PROFILES: readonly Profile[] = [defaultProfile, hunanDeptProfile, yitihuaProfile, guangxiProfile, sichuanProjectProfile];

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

const SEVERITY_VALUES = ["error", "warning", "info", "off"];

const DESCRIPTION = (zh: string, en: string) => ({ "zh-CN": zh, en });

/**
 * The scoring options a profile sets: they change ŝ, the total or the grade, which every rule
 * reads, so they belong to the profile rather than to one rule. Read by the same generic reader as
 * the rules' own options (src/engine/options.ts).
 */
export const PROFILE_OPTIONS = {
  overTargetRatio: { type: { kind: "decimal", positive: true }, description: DESCRIPTION("实际完成值 ÷ 指标值 达到此倍数即为超额完成较多", "B ÷ A at or above it is far over target") },
  overTargetAction: {
    type: { kind: "enum", values: ["flag", "reason-required", "deduct", "deviation"] },
    description: DESCRIPTION("超额完成较多时：flag 警告、reason-required 偏差原因必填、deduct 扣 overTargetDeduct 分、deviation 按偏离度调减", "what a result far over target does: flag (warning), reason-required (error while the reason is empty), deduct (ŝ = w − overTargetDeduct), deviation (ŝ = w × max(0, 1 − (B ÷ A − 1)))"),
  },
  overTargetDeduct: { type: { kind: "decimal" }, description: DESCRIPTION("deduct 扣除的分数", "points deduct takes off") },
  overTargetScope: { type: { kind: "enumList", values: ["≥", ">", "="] }, description: DESCRIPTION("超额完成检查的指标性质", "the comparators over-target looks at") },
  reverseFormula: { type: { kind: "enum", values: ["ratio", "deviation"] }, description: DESCRIPTION("反向指标未达成的计分：ratio 指标值 ÷ 实际值 × 分值；deviation 按偏离度", "a missed ≤ target: ratio (A ÷ B × w) or deviation (max(0, 1 − (B − A) ÷ A) × w)") },
  grades: { type: { kind: "records", fields: { label: "text", min: "decimal" }, nonEmpty: true, sortBy: "min" }, description: DESCRIPTION("等级（名称与下限）", "grade bands (label, min)") },
  deptGrades: { type: { kind: "records", fields: { label: "text", min: "decimal" }, nonEmpty: true, nullable: true, sortBy: "min" }, description: DESCRIPTION("部门整体支出的等级；null 同 grades", "grades of the 部门整体 family; null uses grades") },
  totalCaps: { type: { kind: "records", fields: { rateBelow: "decimal", max: "decimal" } }, description: DESCRIPTION("执行率低于 rateBelow（小数）时建议总分至多 max，取最严者", "the recommended total is at most max when 执行率 < rateBelow (a fraction); the strictest applies") },
  qualitativeBands: {
    type: { kind: "decimals", length: 2, check: ([top, middle]) => Number(top) > Number(middle) && Number(top) <= 1, rule: DESCRIPTION("应为两个小数，第一档下限大于第二档下限（如 [0.8, 0.6]）", "must be two fractions, the band-1 bound above the band-2 bound (e.g. [0.8, 0.6])") },
    description: DESCRIPTION("定性指标第一、二档的下限（分值的比例）", "lower bounds of qualitative bands 1 and 2 as fractions of w"),
  },
  bandWords: { type: { kind: "wordsByKey", keys: ["1", "2", "3"] }, description: DESCRIPTION("各档追加的结果用语", "extra result words per band") },
  costWords: { type: { kind: "words" }, description: DESCRIPTION("追加的成本类（越低越好）用语", "extra words that make an indicator lower-is-better") },
  reasonPlaceholders: { type: { kind: "words" }, description: DESCRIPTION("追加的不算原因的模板提示语", "extra template prompts that do not count as a reason") },
} satisfies Record<string, OptionSpec>;

type ScoringKey = keyof typeof PROFILE_OPTIONS;

/** Keys that name the profile or point elsewhere, read here rather than by the option reader. */
const META_KEYS = ["id", "extends", "name", "source", "severities", "labels", "rules"];

function error(zh: string, en: string): { error: OptionError } {
  return { error: { "zh-CN": zh, en } };
}

/**
 * Reads a profile from parsed JSON (a profile file). Unknown keys are refused so that a typo does
 * not silently fall back to a default: profile keys, rule ids in `severities` and `rules`, rule
 * options, and glossary keys in `labels` (the binder's keys, passed in since the engine does not
 * know the glossary). A rule's option may also be set by its flat alias (`executionThreshold`),
 * as profile files did before rules declared options. Errors come in both languages.
 */
export function profileFromJson(json: unknown, rules: readonly Rule[], knownLabels: readonly string[]): { profile: Profile } | { error: OptionError } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return error("规则配置应为 JSON 对象", "profile must be a JSON object");
  const input = json as Record<string, unknown>;
  const aliases = new Map<string, { rule: Rule; option: string }>();
  for (const rule of rules) for (const [option, spec] of Object.entries(rule.meta.options ?? {})) if (spec.alias) aliases.set(spec.alias, { rule, option });
  for (const key of Object.keys(input)) {
    if (!(key in PROFILE_OPTIONS) && !META_KEYS.includes(key) && !aliases.has(key)) return error(`未知的规则配置键 "${key}"`, `unknown profile key "${key}"`);
  }
  const baseId = typeof input.extends === "string" ? input.extends : "default";
  const base = findProfile(baseId);
  if (!base) return error(`未知的基础配置 "${baseId}"（extends）`, `unknown base profile "${baseId}"`);
  const profile: Profile = {
    ...base,
    severities: { ...base.severities },
    labels: { ...base.labels },
    bandWords: { ...base.bandWords },
    rules: Object.fromEntries(Object.entries(base.rules).map(([id, o]) => [id, { ...o }])),
  };
  for (const key of ["id", "name", "source"] as const) {
    if (input[key] !== undefined && (typeof input[key] !== "string" || !(input[key] as string).trim())) return error(`${key} 应为非空文字`, `${key} must be a non-empty string`);
  }
  profile.id = typeof input.id === "string" ? input.id.trim() : "custom";
  if (typeof input.name === "string") profile.name = { "zh-CN": input.name.trim(), en: input.name.trim() };
  if (typeof input.source === "string") profile.source = { "zh-CN": input.source.trim(), en: input.source.trim() };

  const scoring: Record<string, unknown> = {};
  for (const key of Object.keys(PROFILE_OPTIONS)) if (input[key] !== undefined) scoring[key] = input[key];
  const read = readOptions((k) => k, PROFILE_OPTIONS, scoring, profile as unknown as Record<string, OptionValue>);
  if ("error" in read) return read;
  Object.assign(profile, read.values as Partial<Pick<Profile, ScoringKey>>);

  // Rule options: `rules: { id: { option: value } }`, and the flat aliases.
  const ruleInput: Record<string, Record<string, unknown>> = {};
  for (const [alias, { rule, option }] of aliases) if (input[alias] !== undefined) (ruleInput[rule.meta.id] ??= {})[option] = input[alias];
  if (input.rules !== undefined) {
    if (typeof input.rules !== "object" || input.rules === null || Array.isArray(input.rules)) return error("rules 应为以规则 id 为键的对象", "rules must be an object keyed by rule id");
    for (const [id, options] of Object.entries(input.rules)) {
      if (typeof options !== "object" || options === null || Array.isArray(options)) return error(`rules.${id} 应为对象`, `rules.${id} must be an object`);
      ruleInput[id] = { ...ruleInput[id], ...(options as Record<string, unknown>) };
    }
  }
  for (const [id, options] of Object.entries(ruleInput)) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) return error(`rules 中有未知规则 "${id}"`, `unknown rule "${id}" in rules`);
    const schema = rule.meta.options ?? {};
    const current = { ...Object.fromEntries(Object.entries(schema).map(([k, spec]) => [k, spec.default])), ...profile.rules[id] };
    const ruleRead = readOptions((k) => `rules.${id}.${k}`, schema, options, current);
    if ("error" in ruleRead) return ruleRead;
    profile.rules[id] = { ...profile.rules[id], ...ruleRead.values };
  }

  if (input.severities !== undefined) {
    if (typeof input.severities !== "object" || input.severities === null || Array.isArray(input.severities)) return error("severities 应为对象", "severities must be an object");
    for (const [rule, sev] of Object.entries(input.severities)) {
      if (!rules.some((r) => r.meta.id === rule)) return error(`severities 中有未知规则 "${rule}"`, `unknown rule "${rule}" in severities`);
      if (!SEVERITY_VALUES.includes(String(sev))) return error(`"${rule}" 的级别应为 error、warning、info 或 off`, `severity of "${rule}" must be error, warning, info or off`);
      profile.severities[rule] = sev as Severity | "off";
    }
  }
  if (input.labels !== undefined) {
    if (typeof input.labels !== "object" || input.labels === null || Array.isArray(input.labels)) return error("labels 应为对象", "labels must be an object");
    for (const [key, list] of Object.entries(input.labels)) {
      if (!knownLabels.includes(key)) return error(`labels 中有未知标签键 "${key}"`, `unknown label key "${key}" in labels`);
      if (!Array.isArray(list) || !list.every((s) => typeof s === "string")) return error(`labels.${key} 应为文字列表`, `labels.${key} must be a list of strings`);
      profile.labels[key] = [...(profile.labels[key] ?? []), ...(list as string[])];
    }
  }
  return { profile };
}
