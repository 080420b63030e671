// Renders findings in the user's language at the edge (CLI, pane, notes).
import { toA1 } from "./grid";
import type { Finding, Locale } from "./report";
import { findRule } from "./rules";

/** A finding's message, or a detail's (another rule's finding of the same cause). */
export function renderMessage(finding: Pick<Finding, "rule" | "messageId" | "data">, locale: Locale): string {
  const template = findRule(finding.rule)?.meta.messages[finding.messageId]?.[locale];
  if (!template) return `${finding.rule}: ${finding.messageId}`;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => finding.data[key] ?? "");
}

export function findingCell(finding: Finding): string {
  return toA1(finding.at);
}

export const SEVERITY_LABELS: Record<Locale, Record<Finding["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/**
 * What other rules said of the finding's cause (its details), each led by that rule's title and
 * cell: "达成却扣分（H9）：…". Empty when the finding stands alone.
 */
export function renderDetails(finding: Finding, locale: Locale): string[] {
  return (finding.details ?? []).map((d) => {
    const title = findRule(d.rule)?.meta.title[locale] ?? d.rule;
    const cell = toA1(d.at);
    return locale === "zh-CN" ? `${title}（${cell}）：${renderMessage(d, locale)}` : `${title} (${cell}): ${renderMessage(d, locale)}`;
  });
}
