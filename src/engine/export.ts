// The submission copy (SPEC §7): its file name and its optional 校验报告 sheet, as plain data.
import { toA1 } from "./grid";
import { renderDetails, renderMessage, SEVERITY_LABELS, TEMPLATE_NAMES } from "./messages";
import type { Profile } from "./profile";
import type { Locale, Report } from "./report";
import { findRule } from "./rules";
import { plainText } from "./text";

export const REPORT_SHEET_NAME = "校验报告";

/**
 * `<单位或项目名称>_<年度>_绩效自评表.xlsx`, safe on Windows and Mac file systems: the cell text made
 * plain first (whole escape sequences, bidi and zero-width characters go, not just C0 controls).
 */
export function submissionFileName(report: Report, fallbackName = "未命名单位"): string {
  const named = report.templates.find((t) => t.name) ?? report.templates[0];
  const name = clean(named?.name ?? "") || fallbackName;
  const year = clean(report.templates.map((t) => t.year).find((y) => y) ?? "");
  return `${name}_${year || "年度未知"}_绩效自评表.xlsx`;
}

function clean(text: string): string {
  return plainText(text).replace(/[\\/:*?"<>|]/g, "").replace(/\s+/g, "").slice(0, 80);
}

/** The 校验报告 sheet as data: its rows, where the findings table's header row is, and column widths. */
export interface ReportSheet {
  rows: (string | number)[][];
  /** 0-based index of the findings table's header row (printed again on every page). */
  findingsHeader: number;
  /** Column widths in Excel character units, A → H, chosen to fit A4 landscape. */
  widths: number[];
}

/**
 * The 校验报告 sheet: what was checked, by which profile and when, and what remains, one row per
 * finding with the rule's Chinese name (its id in a narrow last column) and 表中 before 应为, as
 * the pane shows them.
 */
export function reportSheet(report: Report, profile: Profile, checkedAt: Date, locale: Locale = "zh-CN"): ReportSheet {
  const zh = locale === "zh-CN";
  const rows: (string | number)[][] = [];
  rows.push([zh ? "SelfEval 绩效自评助手 校验报告" : "SelfEval validation report"]);
  rows.push([zh ? "规则配置" : "Profile", zh ? `${profile.name[locale]}（${profile.id}）` : `${profile.name[locale]} (${profile.id})`]);
  rows.push([zh ? "校验时间" : "Checked at", formatTime(checkedAt)]);
  rows.push([]);
  // Laid out in the findings table's columns (A–H), so one set of column widths fits both on A4.
  rows.push(zh ? ["序号", "工作表", "", "模板", "名称", "填报总分", "建议总分", "等级"] : ["No.", "Sheet", "", "Template", "Name", "Entered total", "Recommended total", "Grade"]);
  for (const [i, t] of report.templates.entries()) {
    rows.push([i + 1, t.sheet, "", TEMPLATE_NAMES[locale][t.kind], t.name ?? "", t.score?.entered ?? "", t.score?.recommended ?? "", t.score?.grade ?? ""]);
  }
  rows.push([]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  rows.push([
    zh ? "剩余问题" : "Remaining findings",
    zh ? `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 条提示` : `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")}`,
  ]);
  const findingsHeader = rows.length;
  rows.push(zh ? ["级别", "工作表", "单元格", "规则", "说明", "表中", "应为", "规则编号"] : ["Severity", "Sheet", "Cell", "Rule", "Message", "Actual", "Expected", "Rule id"]);
  for (const f of report.findings) {
    const title = findRule(f.rule)?.meta.title[locale] ?? f.rule;
    const message = [renderMessage(f, locale), ...renderDetails(f, locale).map((d) => `· ${d}`)].join("\n");
    rows.push([SEVERITY_LABELS[locale][f.severity], f.sheet, toA1(f.at), title, message, f.actual ?? "", f.expected ?? "", f.rule]);
  }
  return { rows, findingsHeader, widths: [8, 20, 8, 16, 58, 12, 12, 14] };
}

/** The rows of reportSheet, for callers that need only them. */
export function reportSheetRows(report: Report, profile: Profile, checkedAt: Date, locale: Locale = "zh-CN"): (string | number)[][] {
  return reportSheet(report, profile, checkedAt, locale).rows;
}

function formatTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
