// The review of many files (issue 11): one row per table found, one row per finding. Plain data
// from a list of file results, shared by browser mode (its table and the downloadable review
// workbook) and the CLI's `--summary`: one layout for both; writing the .xlsx is src/review/workbook.ts.
import { findingCell, renderDetails, renderMessage, SEVERITY_LABELS, TEMPLATE_NAMES } from "../engine/messages";
import { plainText } from "../engine/text";
import type { TemplateKind } from "../engine/model";
import type { Finding, Locale, Report, Severity } from "../engine/report";

/** One checked file: its report, or why it could not be used (already in the reader's language). */
export interface FileResult {
  /** The file's name (a folder's files: the path inside the folder). */
  file: string;
  report?: Report;
  /** Why the file is unusable (not .xlsx, damaged, no template …); set instead of report. */
  unusable?: string;
  /** Sheets that are protected: checked, never written (the CLI's copies). */
  protectedSheets?: readonly string[];
  /** Why the checked copy could not be written, when it could not (the CLI's --out). */
  unwritten?: string;
}

/** One row of the review table: a table (template) of a file, or an unusable file. */
export interface ReviewRow {
  /** Index of the file in the list given. */
  fileIndex: number;
  file: string;
  /** The sheet of the table; undefined for an unusable file. */
  sheet?: string;
  /** 单位名称 or 项目名称 as the table names it. */
  unit?: string;
  kind?: TemplateKind;
  template?: string;
  entered?: string;
  recommended?: string;
  grade?: string;
  errors: number;
  warnings: number;
  infos: number;
  unusable?: string;
  /** What else a reviewer should know of the row: a protected sheet, a copy not written. */
  notes: string[];
}

export interface FindingRow {
  file: string;
  sheet: string;
  cell: string;
  rule: string;
  severity: Severity;
  message: string;
  /** Other rules' findings of the same cause, folded into this one. */
  details: string[];
  expected?: string;
  actual?: string;
}

export type ReviewColumn = "file" | "unit" | "template" | "entered" | "recommended" | "grade" | "errors" | "warnings" | "infos" | "unusable";

export const REVIEW_COLUMNS: readonly ReviewColumn[] = ["file", "unit", "template", "entered", "recommended", "grade", "errors", "warnings", "infos", "unusable"];

export const REVIEW_HEADERS: Record<Locale, Record<ReviewColumn, string>> = {
  "zh-CN": {
    file: "文件",
    unit: "单位/项目",
    template: "模板",
    entered: "填报总分",
    recommended: "建议总分",
    grade: "等级",
    errors: "错误",
    warnings: "警告",
    infos: "提示",
    unusable: "无法使用的原因",
  },
  en: {
    file: "File",
    unit: "Unit or project",
    template: "Template",
    entered: "Entered total",
    recommended: "Recommended total",
    grade: "Grade",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Infos",
    unusable: "Unusable: reason",
  },
};

function count(findings: readonly Finding[]): Pick<ReviewRow, "errors" | "warnings" | "infos"> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/**
 * One row per table of each file, in file order; an unusable file (or one with no table) is one
 * row with its reason. A finding counts on the row of the table on its sheet; findings on other
 * sheets of the file (none today) count on the file's first row, so every finding is counted once.
 */
export function reviewRows(results: readonly FileResult[], locale: Locale): ReviewRow[] {
  const rows: ReviewRow[] = [];
  results.forEach((result, fileIndex) => {
    const report = result.report;
    if (!report || report.templates.length === 0) {
      const unusable = result.unusable ?? (locale === "zh-CN" ? "未识别到绩效自评表模板" : "No template recognised");
      rows.push({ fileIndex, file: result.file, errors: 0, warnings: 0, infos: 0, unusable, notes: [] });
      return;
    }
    const sheets = new Set(report.templates.map((t) => t.sheet));
    // A base-data table names no unit: it belongs to the unit its file's evaluation table names.
    const fileName = report.templates.find((t) => t.name)?.name;
    report.templates.forEach((tpl, i) => {
      const own = report.findings.filter((f) => f.sheet === tpl.sheet || (i === 0 && !sheets.has(f.sheet)));
      rows.push({
        fileIndex,
        file: result.file,
        sheet: tpl.sheet,
        unit: tpl.name ?? fileName,
        kind: tpl.kind,
        template: TEMPLATE_NAMES[locale][tpl.kind],
        entered: tpl.score?.entered,
        recommended: tpl.score?.recommended,
        grade: tpl.score?.grade,
        ...count(own),
        notes: [
          ...(result.protectedSheets?.includes(tpl.sheet) ? [NOTES[locale].protected] : []),
          ...(result.unwritten ? [NOTES[locale].unwritten + result.unwritten] : []),
        ],
      });
    });
  });
  return rows;
}

/** Every finding of every usable file, in the report's order (errors first within a file). */
export function findingRows(results: readonly FileResult[], locale: Locale): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const result of results) {
    for (const f of result.report?.findings ?? []) {
      rows.push({
        file: result.file,
        sheet: f.sheet,
        cell: findingCell(f),
        rule: f.rule,
        severity: f.severity,
        message: renderMessage(f, locale),
        details: renderDetails(f, locale),
        expected: f.expected,
        actual: f.actual,
      });
    }
  }
  return rows;
}

/** Totals for a one-line summary: files, unusable files, findings by severity. */
export function reviewTotals(rows: readonly ReviewRow[]): { files: number; unusable: number; errors: number; warnings: number; infos: number } {
  const files = new Set(rows.map((r) => r.fileIndex)).size;
  const unusable = rows.filter((r) => r.unusable !== undefined).length;
  return {
    files,
    unusable,
    errors: rows.reduce((n, r) => n + r.errors, 0),
    warnings: rows.reduce((n, r) => n + r.warnings, 0),
    infos: rows.reduce((n, r) => n + r.infos, 0),
  };
}

export type SortDirection = "ascending" | "descending";

/** The value a column sorts by: totals as numbers (decimal strings compare as numbers), text by locale. */
export function sortRows(rows: readonly ReviewRow[], column: ReviewColumn, direction: SortDirection, locale: Locale): ReviewRow[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === "ascending" ? 1 : -1;
  const key = (row: ReviewRow): string | number | undefined => {
    switch (column) {
      case "entered":
      case "recommended":
        return row[column] === undefined ? undefined : Number(row[column]);
      case "errors":
      case "warnings":
      case "infos":
        return row[column];
      default:
        return row[column];
    }
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = key(a.row);
      const y = key(b.row);
      // Rows without a value go last whichever way the column is sorted.
      if (x === undefined || y === undefined) return x === y ? a.i - b.i : x === undefined ? 1 : -1;
      const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map(({ row }) => row);
}

/** The two sheets of the review workbook as header + rows of cell values (numbers stay numbers). */
export interface SheetRows {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

export const SHEET_NAMES: Record<Locale, { summary: string; findings: string }> = {
  "zh-CN": { summary: "汇总", findings: "问题清单" },
  en: { summary: "Summary", findings: "Findings" },
};

const NOTES: Record<Locale, { unusable: string; protected: string; unwritten: string }> = {
  "zh-CN": { unusable: "无法使用：", protected: "工作表受保护，未写入", unwritten: "校验副本未写入：" },
  en: { unusable: "Unusable: ", protected: "Sheet is protected; not written", unwritten: "Checked copy not written: " },
};

/** The review workbook's columns: the table's, plus the sheet and a note; the findings' plus 应为 and 表中. */
export const SHEET_HEADERS: Record<Locale, { summary: string[]; findings: string[] }> = {
  "zh-CN": {
    summary: ["文件", "工作表", "单位或项目名称", "模板", "填报总分", "建议总分", "等级", "错误", "警告", "提示", "说明"],
    findings: ["文件", "工作表", "单元格", "规则", "级别", "说明", "应为", "表中"],
  },
  en: {
    summary: ["File", "Sheet", "Unit or project", "Template", "Entered total", "Recommended total", "Grade", "Errors", "Warnings", "Infos", "Note"],
    findings: ["File", "Sheet", "Cell", "Rule", "Severity", "Message", "Expected", "Actual"],
  },
};

/** Columns (1-based) that hold totals, shown with two decimals as the tables show them. */
export const TOTAL_COLUMNS = [5, 6];

/** A decimal string as a number cell so the column sorts; anything else (≥ 100, 0–10) as text. */
function numberCell(value: string | undefined): number | string | null {
  if (value === undefined || value === "") return null;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : plainText(value);
}

/** Text from a workbook or a file name, made plain: no control or format characters reach the sheet. */
const text = (value: string | undefined): string | null => (value === undefined || value === "" ? null : plainText(value));

export function summarySheets(results: readonly FileResult[], locale: Locale): { summary: SheetRows; findings: SheetRows } {
  const notes = NOTES[locale];
  const summary: SheetRows = {
    name: SHEET_NAMES[locale].summary,
    header: SHEET_HEADERS[locale].summary,
    rows: reviewRows(results, locale).map((r) => [
      text(r.file),
      text(r.sheet),
      text(r.unit),
      r.template ?? null,
      numberCell(r.entered),
      numberCell(r.recommended),
      r.grade ?? null,
      r.unusable !== undefined ? null : r.errors,
      r.unusable !== undefined ? null : r.warnings,
      r.unusable !== undefined ? null : r.infos,
      r.unusable !== undefined ? notes.unusable + plainText(r.unusable) : r.notes.length > 0 ? r.notes.join(locale === "en" ? "; " : "；") : null,
    ]),
  };
  const labels = SEVERITY_LABELS[locale];
  const findings: SheetRows = {
    name: SHEET_NAMES[locale].findings,
    header: SHEET_HEADERS[locale].findings,
    rows: findingRows(results, locale).map((f) => [
      text(f.file),
      text(f.sheet),
      f.cell,
      f.rule,
      labels[f.severity],
      [f.message, ...f.details.map((d) => `· ${d}`)].map(plainText).join("\n"),
      numberCell(f.expected),
      numberCell(f.actual),
    ]),
  };
  return { summary, findings };
}
