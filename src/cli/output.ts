// Text and JSON renderings of a run (SPEC §8). Text passes every piece of workbook text through
// plainText (nothing raw reaches a terminal); JSON keeps it all, escaped.
import path from "node:path";
import { toA1 } from "../engine/grid";
import { renderDetails, renderMessage, SEVERITY_LABELS, TEMPLATE_NAMES } from "../engine/messages";
import type { Finding, Locale, Report, Severity, TemplateReport } from "../engine/report";
import { fileStatus } from "./common";
import { commonRoot } from "./files";
import type { Reason } from "./reasons";
import { say, sayShort } from "./reasons";
import { displayWidth, escapeJsonText, padEnd, padStart, plainText, truncate } from "./text";

export interface FileResult {
  file: string;
  report?: Report;
  /** Template sheets that are protected: reported, never written into. */
  protectedSheets?: string[];
  /** Why the file could not be used, or why its copy could not be written (the report is kept). */
  error?: Reason;
  /** Where the checked copy was written. */
  output?: string;
}

export function toJsonFinding(f: Finding, locale: Locale) {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: toA1(f.at),
    message: renderMessage(f, locale),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    /** Other rules' findings of the same cause, folded into this one. */
    details: renderDetails(f, locale),
  };
}

/** `extra.error`: a problem of the whole run (bad profile, summary not written); `extra.summary`: the review workbook written. */
export function toJson(results: FileResult[], locale: Locale, extra: { error?: Reason; summary?: string } = {}): string {
  const doc = {
    version: 1,
    results: results.map((r) => ({
      file: r.file,
      status: fileStatus(r),
      profile: r.report?.profile ?? null,
      sheets: (r.report?.templates ?? []).map((t) => ({
        name: t.sheet,
        template: t.kind,
        ...(t.name ? { unit: t.name } : {}),
        ...(t.score ? { score: { entered: t.score.entered ?? null, recommended: t.score.recommended ?? null, grade: t.score.grade ?? null } } : {}),
      })),
      skippedSheets: r.report?.skippedSheets ?? [],
      protectedSheets: r.protectedSheets ?? [],
      findings: (r.report?.findings ?? []).map((f) => toJsonFinding(f, locale)),
      recalculated: (r.report?.recalculations ?? []).filter((c) => !c.unchanged).map((c) => ({ sheet: c.sheet, cell: toA1(c.at), field: c.field, value: c.value })),
      output: r.output ?? null,
      error: r.error ? say(r.error, locale) : null,
    })),
    ...(extra.summary ? { summary: extra.summary } : {}),
    ...(extra.error ? { error: say(extra.error, locale) } : {}),
  };
  return escapeJsonText(JSON.stringify(doc, null, 2));
}

const SHORT_KIND: Record<Locale, Record<TemplateReport["kind"], string>> = {
  "zh-CN": { "dept-eval": "整体自评", "dept-base": "基础数据", "project-eval": "项目自评" },
  en: { "dept-eval": "dept-eval", "dept-base": "dept-base", "project-eval": "project-eval" },
};

export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function toText(results: FileResult[], locale: Locale): string {
  const zh = locale === "zh-CN";
  const t = plainText;
  const lines: string[] = [];
  const severityWidth = Math.max(...Object.values(SEVERITY_LABELS[locale]).map(displayWidth));
  for (const r of results) {
    lines.push(t(r.file));
    if (!r.report) {
      lines.push(`  ${zh ? "无法校验：" : "cannot check: "}${t(r.error ? say(r.error, locale) : "")}`);
      lines.push("");
      continue;
    }
    const report = r.report;
    for (const tpl of report.templates) {
      const parts = [`  ${t(tpl.sheet)} · ${TEMPLATE_NAMES[locale][tpl.kind]}`];
      if (tpl.name) parts.push(t(tpl.name));
      if (tpl.score) {
        parts.push(
          zh
            ? `总分 填报 ${tpl.score.entered ?? "—"} / 建议 ${tpl.score.recommended ?? "—（未给出，原因见下）"} · 等级 ${tpl.score.grade ?? "—"}`
            : `total entered ${tpl.score.entered ?? "—"} / recommended ${tpl.score.recommended ?? "— (withheld: see below)"} · grade ${tpl.score.grade ?? "—"}`,
        );
      }
      lines.push(parts.join(" · "));
    }
    if (report.skippedSheets.length > 0) lines.push(`  ${zh ? "已跳过（不是模板）：" : "skipped (not a template): "}${report.skippedSheets.map(t).join(", ")}`);
    if (r.protectedSheets?.length) lines.push(`  ${zh ? "受保护的工作表（不写入）：" : "protected sheets (never written): "}${r.protectedSheets.map(t).join(", ")}`);
    for (const f of report.findings) {
      lines.push(`  ${padEnd(SEVERITY_LABELS[locale][f.severity], severityWidth)}  ${t(f.sheet)}!${toA1(f.at)}  ${f.rule}  ${t(renderMessage(f, locale))}`);
      for (const detail of renderDetails(f, locale)) lines.push(`  ${" ".repeat(severityWidth)}    · ${t(detail)}`);
    }
    const changed = report.recalculations.filter((c) => !c.unchanged);
    if (changed.length > 0) {
      lines.push(`  ${zh ? "重新计算：" : "recalculated: "}${changed.map((c) => `${t(c.sheet)}!${toA1(c.at)}`).join(", ")}`);
    }
    if (r.output) lines.push(`  ${zh ? "校验副本：" : "checked copy: "}${t(r.output)}`);
    if (r.error) lines.push(`  ${zh ? "校验副本未写入：" : "checked copy not written: "}${t(say(r.error, locale))}`);
    lines.push("");
  }
  lines.push(...fileTable(results, locale), "");
  lines.push(summaryLine(results, locale));
  return lines.join("\n");
}

export function summaryLine(results: FileResult[], locale: Locale): string {
  const totals = countFindings(results.flatMap((r) => r.report?.findings ?? []));
  const unusable = results.filter((r) => !r.report).length;
  const unwritten = results.filter((r) => r.report && r.error).length;
  if (locale === "zh-CN") {
    const notes = [unusable ? `${unusable} 个文件无法使用` : "", unwritten ? `${unwritten} 个副本未写入` : ""].filter(Boolean);
    return `汇总：${results.length} 个文件${notes.length ? `（${notes.join("，")}）` : ""}，${totals.error} 个错误，${totals.warning} 个警告，${totals.info} 条提示`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const notes = [unusable ? `${unusable} unusable` : "", unwritten ? `${unwritten} ${unwritten === 1 ? "copy" : "copies"} not written` : ""].filter(Boolean);
  return `Summary: ${plural(results.length, "file")}${notes.length ? ` (${notes.join(", ")})` : ""}, ${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${plural(totals.info, "info")}`;
}

/** One row per file of the text table; the --summary workbook has one per table instead. */
interface TableRow {
  file: string;
  unit: string;
  template: string;
  entered: string;
  recommended: string;
  grade: string;
  counts?: Record<Severity, number>;
  note?: string;
}

function fileRow(r: FileResult, locale: Locale, base: string): TableRow {
  const zh = locale === "zh-CN";
  const file = plainText(path.relative(base, path.resolve(r.file)) || path.basename(r.file));
  if (!r.report) return { file, unit: "", template: "", entered: "", recommended: "", grade: "", note: `${zh ? "无法使用：" : "unusable: "}${plainText(r.error ? sayShort(r.error, locale) : "")}` };
  const templates = r.report.templates;
  const names = [...new Set(templates.map((tpl) => tpl.name).filter((n): n is string => !!n))];
  const kinds = new Map<string, number>();
  for (const tpl of templates) kinds.set(SHORT_KIND[locale][tpl.kind], (kinds.get(SHORT_KIND[locale][tpl.kind]) ?? 0) + 1);
  const scored = templates.filter((tpl) => tpl.score);
  const one = scored.length === 1 ? scored[0].score : undefined;
  return {
    file,
    unit: names.length === 0 ? "—" : plainText(names[0]) + (names.length > 1 ? (zh ? ` 等 ${names.length} 个` : ` +${names.length - 1}`) : ""),
    template: [...kinds].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join("+"),
    entered: one ? (one.entered ?? "—") : scored.length > 1 ? (zh ? `${scored.length} 张表` : `${scored.length} tables`) : "—",
    recommended: one?.recommended ?? "—",
    grade: one?.grade ?? "—",
    counts: countFindings(r.report.findings),
    note: r.error ? `${zh ? "副本未写入：" : "copy not written: "}${plainText(sayShort(r.error, locale))}` : undefined,
  };
}

/** The shared folder as the user would type it: relative below the working folder, else absolute. */
function shownFolder(base: string): string {
  const rel = path.relative(process.cwd(), base);
  return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? base : rel;
}

/** Widest a column may grow before its text is cut with "…". */
const MAX = { file: 48, unit: 24, template: 24, score: 10, note: 90 };

export function fileTable(results: FileResult[], locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const head = zh
    ? { file: "文件", unit: "单位或项目", template: "模板", entered: "填报总分", recommended: "建议总分", grade: "等级", error: "错误", warning: "警告", info: "提示" }
    : { file: "file", unit: "unit or project", template: "template", entered: "entered", recommended: "recommended", grade: "grade", error: "errors", warning: "warnings", info: "infos" };
  // Files are shown relative to the folder they all share, named once above the table.
  const base = results.length > 0 ? commonRoot(results.map((r) => path.dirname(path.resolve(r.file)))) : process.cwd();
  const rows = results.map((r) => fileRow(r, locale, base));
  for (const row of rows) {
    row.file = truncate(row.file, MAX.file, "start");
    row.unit = truncate(row.unit, MAX.unit);
    row.template = truncate(row.template, MAX.template);
    row.entered = truncate(row.entered, MAX.score);
    if (row.note) row.note = truncate(row.note, MAX.note);
  }
  const width = (key: "file" | "unit" | "template" | "entered" | "recommended" | "grade") => Math.max(displayWidth(head[key]), ...rows.filter((r) => r.counts).map((r) => displayWidth(r[key])));
  const w = {
    file: Math.max(displayWidth(head.file), ...rows.map((r) => displayWidth(r.file))),
    unit: width("unit"),
    template: width("template"),
    entered: width("entered"),
    recommended: width("recommended"),
    grade: width("grade"),
    error: displayWidth(head.error),
    warning: displayWidth(head.warning),
    info: displayWidth(head.info),
  };
  const line = (cells: string[]) => cells.join("  ").trimEnd();
  const out = [
    `${zh ? "文件夹：" : "folder: "}${plainText(shownFolder(base))}`,
    line([padEnd(head.file, w.file), padEnd(head.unit, w.unit), padEnd(head.template, w.template), padStart(head.entered, w.entered), padStart(head.recommended, w.recommended), padEnd(head.grade, w.grade), padStart(head.error, w.error), padStart(head.warning, w.warning), padStart(head.info, w.info)]),
  ];
  out.push("-".repeat(displayWidth(out[1])));
  for (const row of rows) {
    if (!row.counts) {
      out.push(line([padEnd(row.file, w.file), row.note ?? ""]));
      continue;
    }
    const cells = [
      padEnd(row.file, w.file),
      padEnd(row.unit, w.unit),
      padEnd(row.template, w.template),
      padStart(row.entered, w.entered),
      padStart(row.recommended, w.recommended),
      padEnd(row.grade, w.grade),
      padStart(String(row.counts.error), w.error),
      padStart(String(row.counts.warning), w.warning),
      padStart(String(row.counts.info), w.info),
    ];
    if (row.note) cells.push(row.note);
    out.push(line(cells));
  }
  return out;
}
