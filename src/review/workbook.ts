// The review workbook (汇总表): the summary sheet and the findings sheet of src/review/summary.ts,
// each with a frozen header row and an autofilter so a reviewer can sort and filter it in Excel.
// ExcelJS is passed in, so browser mode can load it only when the workbook is asked for.
import type ExcelJS from "exceljs";
import type { Locale } from "../engine/report";
import type { FileResult, SheetRows } from "./summary";
import { summarySheets, TOTAL_COLUMNS } from "./summary";

type ExcelJSModule = Pick<typeof ExcelJS, "Workbook">;

/** Column widths in characters; CJK text counts double, as Excel shows it. */
function displayWidth(value: unknown): number {
  let width = 0;
  for (const ch of String(value ?? "")) width += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return width;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetRows, numberColumns: readonly number[]): void {
  // The header row stays in view while the reviewer scrolls (a frozen pane below row 1).
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }] });
  ws.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row);
  const columns = sheet.header.length;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: columns } };
  for (let c = 1; c <= columns; c++) {
    // A cell of several lines (a finding and its details) is as wide as its longest line.
    const widest = Math.max(displayWidth(sheet.header[c - 1]) + 3, ...sheet.rows.flatMap((r) => String(r[c - 1] ?? "").split("\n").map(displayWidth)));
    const column = ws.getColumn(c);
    column.width = Math.min(60, Math.max(8, widest + 1));
    if (numberColumns.includes(c)) column.numFmt = "0.00";
  }
}

export function buildReviewWorkbook(excel: ExcelJSModule, results: readonly FileResult[], locale: Locale): ExcelJS.Workbook {
  const { summary, findings } = summarySheets(results, locale);
  const workbook = new excel.Workbook();
  workbook.creator = "SelfEval";
  // Entered and recommended totals show two decimals, as the tables do.
  addSheet(workbook, summary, TOTAL_COLUMNS);
  addSheet(workbook, findings, []);
  return workbook;
}

export async function reviewWorkbookBytes(excel: ExcelJSModule, results: readonly FileResult[], locale: Locale): Promise<Uint8Array> {
  const buffer = await buildReviewWorkbook(excel, results, locale).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const REVIEW_WORKBOOK_NAME: Record<Locale, string> = { "zh-CN": "汇总.xlsx", en: "review.xlsx" };
