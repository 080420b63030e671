// Options as data, validated by one generic reader (eslint's rule `meta.schema` is the model): the
// scoring options a profile sets (src/engine/profile.ts) and the options each rule declares in its
// meta. A profile file is read against these declarations only, so an option a rule adds is
// accepted, documented and refused when malformed without anyone writing a parser for it.
import type { Bilingual } from "./report";

/** How an option's JSON value is read. Numbers are kept as their decimal text (decimal.js reads them). */
export type OptionType =
  /** A non-negative decimal, e.g. "0.9" or 1.2. */
  | { kind: "decimal"; nullable?: boolean; positive?: boolean; atMostOne?: boolean }
  /** One of the listed words. */
  | { kind: "enum"; values: readonly string[] }
  /** A list of the listed words (replaces the base's list). */
  | { kind: "enumList"; values: readonly string[] }
  /** Non-empty strings, added to the base's (a profile extends lists, never empties them). */
  | { kind: "words" }
  /** Word lists by key: { "1": [...], "2": [...] }, each added to the base's. */
  | { kind: "wordsByKey"; keys: readonly string[] }
  /** Objects with the listed fields; `decimal` fields hold numbers, the others text. */
  | { kind: "records"; fields: Record<string, "decimal" | "text">; nonEmpty?: boolean; nullable?: boolean; sortBy?: string }
  /** A fixed number of decimals, in the order the check wants. */
  | { kind: "decimals"; length: number; check?: (values: string[]) => boolean; rule: Bilingual };

export interface OptionSpec {
  type: OptionType;
  /** What the option sets, for the profile docs and for error messages. */
  description: Bilingual;
}

export type OptionSchema = Record<string, OptionSpec>;

export type OptionError = Bilingual;

/** An option's value as read: decimal text, a word, lists, records, or null where allowed. */
export type OptionValue = string | null | string[] | Record<string, string>[] | Record<string, string[]>;

const DECIMAL = /^\d+(\.\d+)?$/;

function decimalText(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return String(value);
  if (typeof value === "string" && DECIMAL.test(value.trim())) return value.trim();
  return null;
}

const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string" && x.trim().length > 0);

/**
 * Reads one option's JSON value against its spec, starting from the base's value (lists are added
 * to). Returns the value, or a bilingual error naming the option by `name`.
 */
export function readOption(name: string, spec: OptionSpec, input: unknown, base: OptionValue | undefined): { value: OptionValue } | { error: OptionError } {
  const fail = (zh: string, en: string) => ({ error: { "zh-CN": `${name} ${zh}`, en: `${name} ${en}` } });
  const t = spec.type;
  switch (t.kind) {
    case "decimal": {
      if (input === null && t.nullable) return { value: null };
      const text = decimalText(input);
      const what = t.nullable ? ["应为数字或 null", "must be a number or null"] : ["应为数字", "must be a number"];
      if (text === null) return fail(what[0], what[1]);
      if (t.positive && Number(text) === 0) return fail("应大于 0", "must be above 0");
      if (t.atMostOne && Number(text) > 1) return fail("应为不超过 1 的小数（如 0.9 表示 90%）", "must be a fraction at most 1 (0.9 is 90%)");
      return { value: text };
    }
    case "enum":
      if (typeof input !== "string" || !t.values.includes(input)) return fail(`应为 ${t.values.map((v) => `"${v}"`).join("、")} 之一`, `must be one of ${t.values.map((v) => `"${v}"`).join(", ")}`);
      return { value: input };
    case "enumList":
      if (!Array.isArray(input) || !input.every((v) => typeof v === "string" && t.values.includes(v))) {
        return fail(`应为由 ${t.values.map((v) => `"${v}"`).join("、")} 组成的列表`, `must be a list of ${t.values.map((v) => `"${v}"`).join(", ")}`);
      }
      return { value: [...new Set(input as string[])] };
    case "words":
      if (!isWords(input)) return fail("应为由非空文字组成的列表", "must be a list of words");
      return { value: [...((base as string[] | undefined) ?? []), ...input.map((w) => w.trim())] };
    case "wordsByKey": {
      if (typeof input !== "object" || input === null || Array.isArray(input)) return fail(`应为以 ${t.keys.join("、")} 为键的对象`, `must be an object with keys ${t.keys.join(", ")}`);
      const out: Record<string, string[]> = { ...((base as Record<string, string[]> | undefined) ?? {}) };
      for (const [key, list] of Object.entries(input)) {
        if (!t.keys.includes(key)) return fail(`没有键 "${key}"（可用 ${t.keys.join("、")}）`, `has no key "${key}" (${t.keys.join(", ")})`);
        if (!isWords(list)) return fail(`.${key} 应为由非空文字组成的列表`, `.${key} must be a list of words`);
        out[key] = [...(out[key] ?? []), ...list.map((w) => w.trim())];
      }
      return { value: out };
    }
    case "records": {
      if (input === null && t.nullable) return { value: null };
      const fields = Object.entries(t.fields);
      const shape = fields.map(([f, k]) => (k === "decimal" ? `数字 "${f}"` : `"${f}"`)).join("、");
      const shapeEn = fields.map(([f, k]) => (k === "decimal" ? `a numeric "${f}"` : `a "${f}"`)).join(" and ");
      if (!Array.isArray(input) || (t.nonEmpty && input.length === 0)) return fail(t.nonEmpty ? "应为非空列表" : "应为列表", t.nonEmpty ? "must be a non-empty list" : "must be a list");
      const records: Record<string, string>[] = [];
      for (const item of input) {
        if (typeof item !== "object" || item === null || Array.isArray(item)) return fail(`的每一项应有 ${shape}`, `: each item needs ${shapeEn}`);
        const record: Record<string, string> = {};
        for (const [field, kind] of fields) {
          const raw = (item as Record<string, unknown>)[field];
          const value = kind === "decimal" ? decimalText(raw) : typeof raw === "string" && raw.trim() ? raw.trim() : null;
          if (value === null) return fail(`的每一项应有 ${shape}`, `: each item needs ${shapeEn}`);
          record[field] = value;
        }
        for (const key of Object.keys(item)) if (!(key in t.fields)) return fail(`的项中没有键 "${key}"`, `: an item has an unknown key "${key}"`);
        records.push(record);
      }
      if (t.sortBy) {
        const key = t.sortBy;
        records.sort((a, b) => Number(b[key]) - Number(a[key]));
      }
      return { value: records };
    }
    case "decimals": {
      const values = Array.isArray(input) ? input.map(decimalText) : [];
      if (values.length !== t.length || values.some((v) => v === null) || (t.check && !t.check(values as string[]))) return fail(t.rule["zh-CN"], t.rule.en);
      return { value: values as string[] };
    }
  }
}

/**
 * Reads the options an object sets against a schema, each from its base value; an option the
 * schema does not declare is refused (a typo never falls back to a default in silence).
 */
export function readOptions(
  name: (key: string) => string,
  schema: OptionSchema,
  input: Record<string, unknown>,
  base: Record<string, OptionValue | undefined>,
): { values: Record<string, OptionValue> } | { error: OptionError } {
  const values: Record<string, OptionValue> = {};
  for (const [key, value] of Object.entries(input)) {
    const spec = schema[key];
    if (!spec) return { error: { "zh-CN": `未知选项 "${name(key)}"`, en: `unknown option "${name(key)}"` } };
    const read = readOption(name(key), spec, value, base[key]);
    if ("error" in read) return read;
    values[key] = read.value;
  }
  return { values };
}
