// The submission copy (SPEC §7): its file name and its optional 校验报告 sheet, as plain data.
import { toA1 } from "./grid";
import { renderMessage, SEVERITY_LABELS } from "./messages";
import type { Profile } from "./profile";
import type { Locale, Report } from "./report";

export const REPORT_SHEET_NAME = "校验报告";

/** `<单位或项目名称>_<年度>_绩效自评表.xlsx`, safe on Windows and Mac file systems. */
export function submissionFileName(report: Report, fallbackName = "未命名单位"): string {
  const named = report.templates.find((t) => t.name) ?? report.templates[0];
  const name = clean(named?.name ?? "") || fallbackName;
  const year = report.templates.map((t) => t.year).find((y) => y) ?? "";
  return `${name}_${year || "年度未知"}_绩效自评表.xlsx`;
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").replace(/\s+/g, "").slice(0, 80);
}

/** Rows of the 校验报告 sheet: what was checked, by which profile and when, and what remains. */
export function reportSheetRows(report: Report, profile: Profile, checkedAt: Date, locale: Locale = "zh-CN"): (string | number)[][] {
  const zh = locale === "zh-CN";
  const rows: (string | number)[][] = [];
  rows.push([zh ? "SelfEval 绩效自评助手 校验报告" : "SelfEval validation report"]);
  rows.push([zh ? "规则配置" : "Profile", `${profile.name[locale]} (${profile.id})`]);
  rows.push([zh ? "校验时间" : "Checked at", formatTime(checkedAt)]);
  rows.push([]);
  rows.push(zh ? ["工作表", "模板", "名称", "填报总分", "建议总分", "等级"] : ["Sheet", "Template", "Name", "Entered total", "Recommended total", "Grade"]);
  for (const t of report.templates) {
    rows.push([t.sheet, t.kind, t.name ?? "", t.score?.entered ?? "", t.score?.recommended ?? "", t.score?.grade ?? ""]);
  }
  rows.push([]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  rows.push([
    zh ? "剩余问题" : "Remaining findings",
    zh ? `错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}` : `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")}`,
  ]);
  rows.push(zh ? ["级别", "工作表", "单元格", "规则", "说明", "应为", "表中"] : ["Severity", "Sheet", "Cell", "Rule", "Message", "Expected", "Actual"]);
  for (const f of report.findings) {
    rows.push([SEVERITY_LABELS[locale][f.severity], f.sheet, toA1(f.at), f.rule, renderMessage(f, locale), f.expected ?? "", f.actual ?? ""]);
  }
  return rows;
}

function formatTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
