// `selfeval check DIR --summary 汇总.xlsx`: a review workbook a finance-bureau reviewer can sort,
// filter and file — a summary sheet (one row per table, or per unusable file) and a findings sheet
// (one row per finding), each with a frozen header row and an autofilter. A new workbook, written
// with ExcelJS, which is loaded only here.
import type ExcelJS from "exceljs";
import { toA1 } from "../engine/grid";
import { renderMessage, SEVERITY_LABELS } from "../engine/messages";
import type { Locale } from "../engine/report";
import type { FileResult } from "./output";
import { countFindings, KIND_NAMES } from "./output";
import { sayShort } from "./reasons";
import { plainText } from "./text";

const HEADERS = {
  "zh-CN": {
    summarySheet: "汇总",
    findingsSheet: "问题清单",
    summary: ["文件", "工作表", "单位或项目名称", "模板", "填报总分", "建议总分", "等级", "错误", "警告", "提示", "说明"],
    findings: ["文件", "工作表", "单元格", "规则", "级别", "说明", "应为", "表中"],
    unusable: "无法使用：",
    unwritten: "校验副本未写入：",
    protected: "工作表受保护，未写入",
  },
  en: {
    summarySheet: "Summary",
    findingsSheet: "Findings",
    summary: ["File", "Sheet", "Unit or project", "Template", "Entered total", "Recommended total", "Grade", "Errors", "Warnings", "Infos", "Note"],
    findings: ["File", "Sheet", "Cell", "Rule", "Severity", "Message", "Expected", "Actual"],
    unusable: "Unusable: ",
    unwritten: "Checked copy not written: ",
    protected: "Sheet is protected; not written",
  },
} as const;

const SUMMARY_WIDTHS = [40, 28, 30, 26, 12, 12, 8, 8, 8, 8, 50];
const FINDINGS_WIDTHS = [40, 28, 10, 20, 8, 80, 16, 16];

/** A row of cells; null is an empty cell (not an empty string). */
type Row = (string | number | null)[];

/** A decimal string as a number cell (so that it sorts as a number); anything else as text. */
function numberOrText(value: string | undefined): number | string | null {
  if (value === undefined || value === "") return null;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : plainText(value);
}

export function summaryRows(results: FileResult[], locale: Locale): Row[] {
  const h = HEADERS[locale];
  const rows: Row[] = [];
  for (const r of results) {
    const file = plainText(r.file);
    if (!r.report) {
      rows.push([file, null, null, null, null, null, null, null, null, null, h.unusable + plainText(r.error ? sayShort(r.error, locale) : "")]);
      continue;
    }
    for (const t of r.report.templates) {
      const counts = countFindings(r.report.findings.filter((f) => f.sheet === t.sheet));
      const notes = [r.protectedSheets?.includes(t.sheet) ? h.protected : "", r.error ? h.unwritten + plainText(sayShort(r.error, locale)) : ""].filter(Boolean);
      rows.push([
        file,
        plainText(t.sheet),
        t.name ? plainText(t.name) : null,
        KIND_NAMES[locale][t.kind],
        numberOrText(t.score?.entered),
        numberOrText(t.score?.recommended),
        t.score?.grade ?? null,
        counts.error,
        counts.warning,
        counts.info,
        notes.length ? notes.join(locale === "en" ? "; " : "；") : null,
      ]);
    }
  }
  return rows;
}

export function findingRows(results: FileResult[], locale: Locale): Row[] {
  return results.flatMap((r) =>
    (r.report?.findings ?? []).map((f) => [
      plainText(r.file),
      plainText(f.sheet),
      toA1(f.at),
      f.rule,
      SEVERITY_LABELS[locale][f.severity],
      plainText(renderMessage(f, locale)),
      numberOrText(f.expected),
      numberOrText(f.actual),
    ]),
  );
}

function addTable(wb: ExcelJS.Workbook, name: string, header: readonly string[], rows: Row[], widths: number[]): void {
  // The header row stays in view while the reviewer scrolls (a frozen pane below row 1).
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }] });
  ws.addRow([...header]).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.columns.forEach((column, i) => {
    column.width = widths[i] ?? 14;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
}

export async function summaryWorkbook(results: FileResult[], locale: Locale): Promise<Uint8Array> {
  // Loaded here, on first use, as src/cli/common.ts loads the file layer (require, for the same
  // reasons: a lazy initialiser in the bundle, and tsx's CommonJS hook in development).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading, see above
  const Excel = require("exceljs") as typeof ExcelJS;
  const wb = new Excel.Workbook();
  wb.creator = "SelfEval";
  wb.created = new Date();
  const h = HEADERS[locale];
  addTable(wb, h.summarySheet, h.summary, summaryRows(results, locale), SUMMARY_WIDTHS);
  addTable(wb, h.findingsSheet, h.findings, findingRows(results, locale), FINDINGS_WIDTHS);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
