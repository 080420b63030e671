// Rule profiles (SPEC §4): the choices a finance bureau makes on top of the rules.
import type { Severity } from "./report";

export type ReverseFormula = "ratio" | "deviation";

export interface GradeBand {
  label: string; // 优, 良, 中, 差
  min: string; // inclusive lower bound of the total score
}

export interface Profile {
  id: string;
  name: { "zh-CN": string; en: string };
  /** over-target: B ÷ A at or above this flags a target that may have been set too low. */
  overTargetRatio: string;
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
  overTargetRatio: "1.2",
  reverseFormula: "ratio",
  grades: DEFAULT_GRADES,
  executionThreshold: "0.9",
  severities: {},
  labels: {},
};

/**
 * The seed's practice (株洲市芦淞区, Hunan 部门整体支出): the same scoring as the default, with
 * 成本指标 as a fourth 一级 and the 基础数据表 checks that Hunan's 整体支出 review relies on
 * raised: spending above budget is an error there, not a warning.
 */
export const hunanDeptProfile: Profile = {
  ...defaultProfile,
  id: "hunan-dept",
  name: { "zh-CN": "湖南部门整体支出", en: "Hunan department overall spending" },
  severities: { "spending-control": "error" },
};

export const PROFILES: readonly Profile[] = [defaultProfile, hunanDeptProfile];

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
  const allowed = new Set(["id", "extends", "name", "overTargetRatio", "reverseFormula", "grades", "executionThreshold", "severities", "labels"]);
  for (const key of Object.keys(input)) if (!allowed.has(key)) return { error: `unknown profile key "${key}"` };
  const baseId = typeof input.extends === "string" ? input.extends : "default";
  const base = findProfile(baseId);
  if (!base) return { error: `unknown base profile "${baseId}"` };
  const profile: Profile = { ...base, severities: { ...base.severities }, labels: { ...base.labels } };
  if (typeof input.id === "string") profile.id = input.id;
  else profile.id = "custom";
  if (typeof input.name === "string") profile.name = { "zh-CN": input.name, en: input.name };
  const decimalText = /^\d+(\.\d+)?$/;
  for (const key of ["overTargetRatio", "executionThreshold"] as const) {
    if (input[key] === undefined) continue;
    const text = String(input[key]);
    if (!decimalText.test(text)) return { error: `${key} must be a number` };
    profile[key] = text;
  }
  if (input.reverseFormula !== undefined) {
    if (input.reverseFormula !== "ratio" && input.reverseFormula !== "deviation") return { error: `reverseFormula must be "ratio" or "deviation"` };
    profile.reverseFormula = input.reverseFormula;
  }
  if (input.grades !== undefined) {
    if (!Array.isArray(input.grades) || input.grades.length === 0) return { error: "grades must be a non-empty array" };
    const grades: GradeBand[] = [];
    for (const g of input.grades) {
      if (typeof g !== "object" || g === null || typeof g.label !== "string" || !decimalText.test(String(g.min))) {
        return { error: 'each grade needs a "label" and a numeric "min"' };
      }
      grades.push({ label: g.label, min: String(g.min) });
    }
    profile.grades = grades.sort((a, b) => Number(b.min) - Number(a.min));
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
