// What a finding says to the accountant beyond the engine's message: a title by indicator or row
// label (never an address), what to do in one sentence, and the entered and expected values with
// honest labels. Pure; the strings come from strings.ts.
import type { Finding } from "../../engine/report";
import type { Strings } from "../strings";

export { replacedValue } from "../hooks/paneState";

/** Rules whose `actual` is a ratio SelfEval computed, not a figure typed in the sheet. */
const COMPUTED_ACTUAL = new Set(["over-target", "procurement-anomaly", "spending-control", "over-budget"]);

/** Good news is not a problem: a fall in 三公 spending (spending-control "fell", change below 0). */
export function isGoodNews(f: Finding): boolean {
  return f.rule === "spending-control" && (f.messageId === "fell" || (f.actual ?? "").startsWith("-"));
}

function fill(template: string, data: Record<string, string>, f: Finding): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? (key === "expected" ? f.expected : undefined) ?? "");
}

/** The indicator or row label the finding is about; the rule's own title when it names none. */
export function findingTitle(f: Finding, t: Strings): string {
  const d = f.data;
  return d.name || d.group || d.label || t.ruleTitles[f.rule] || f.rule;
}

/** One sentence: what the accountant should do about it. */
export function findingTodo(f: Finding, t: Strings): string {
  if (f.messageId === "rounding") return t.todoBySeverity.info;
  const template = t.todo[`${f.rule}|${f.messageId}`] ?? t.todo[f.rule] ?? t.todoBySeverity[f.severity];
  return fill(template, f.data, f);
}

/** "表中 19 · 应为 16.84": entered first, like the 校验报告 sheet; a computed ratio says so. */
export function findingValues(f: Finding, t: Strings): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (f.actual !== undefined && f.actual !== "") out.push({ label: COMPUTED_ACTUAL.has(f.rule) ? t.computed : t.entered, value: f.actual });
  if (f.expected !== undefined && f.expected !== "") out.push({ label: /[–<>≤≥]/.test(f.expected) ? t.range : t.expected, value: f.expected });
  return out;
}
