// Renders findings in the user's language at the edge (CLI, pane, notes).
import { toA1 } from "./grid";
import type { TemplateKind } from "./model";
import type { Finding, Locale } from "./report";
import { findRule } from "./rules";

/** A finding's message, or a detail's (another rule's finding of the same cause). */
export function renderMessage(finding: Pick<Finding, "rule" | "messageId" | "data">, locale: Locale): string {
  const template = findRule(finding.rule)?.meta.messages[finding.messageId]?.[locale];
  if (!template) return `${finding.rule}: ${finding.messageId}`;
  return template.replace(/(“?)\{\{(\w+)\}\}/g, (_, open: string, key: string) => {
    const value = finding.data[key] ?? "";
    // Quotes inside quotes take the single form: “‘三公’经费变动率”, not ““三公”经费变动率”.
    return open ? open + value.replace(/“/g, "‘").replace(/”/g, "’") : value;
  });
}

export function findingCell(finding: Finding): string {
  return toA1(finding.at);
}

/**
 * The templates' names, for people: the one wording the CLI, the pane, the 校验报告 sheet and the
 * review workbook all show. The Chinese names are the forms' titles without the year and the
 * （单位） some provinces insert (部门（单位）整体支出绩效评价基础数据表).
 */
export const TEMPLATE_NAMES: Record<Locale, Record<TemplateKind, string>> = {
  "zh-CN": { "dept-eval": "部门整体支出绩效自评表", "dept-base": "部门整体支出绩效评价基础数据表", "project-eval": "项目支出绩效自评表" },
  en: { "dept-eval": "Department self-evaluation", "dept-base": "Department base data", "project-eval": "Project self-evaluation" },
};

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
