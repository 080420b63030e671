// 导出提交版 on a file (CLI and browser mode): the official layout with correct figures, without
// the add-in's fills and notes, everything else of the workbook untouched (SPEC §7).
import type ExcelJS from "exceljs";
import { REPORT_SHEET_NAME, reportSheetRows } from "../engine/export";
import { MARK_FILLS, NOTE_PREFIX, planWrites } from "../engine/plan";
import type { Profile } from "../engine/profile";
import type { Locale } from "../engine/report";
import type { CheckedFile } from "./check";
import { applyPlan, writeWorkbook } from "./write";

const OWN_FILLS = new Set(Object.values(MARK_FILLS));

export interface ExportOptions {
  reportSheet: boolean;
  profile: Profile;
  locale: Locale;
  checkedAt: Date;
}

export async function exportSubmission(file: CheckedFile, options: ExportOptions): Promise<Uint8Array> {
  const wb = file.workbook;
  removeOwnMarks(wb);
  // Only the arithmetic fields: an empty score stays empty in the submission until the accountant
  // accepts a recommendation.
  const plan = planWrites(file.report, { mode: "values", locale: options.locale });
  applyPlan(wb, { values: plan.values.filter((v) => v.kind === "recalculated"), marks: [] });
  if (options.reportSheet) addReportSheet(wb, file, options);
  return writeWorkbook(wb);
}

/**
 * Removes what an earlier SelfEval run left in the file: our notes (they start with NOTE_PREFIX)
 * and, on those same cells, our fill colours. A fill on a cell without our note is the template's.
 */
export function removeOwnMarks(wb: ExcelJS.Workbook): number {
  let removed = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (!noteText(cell.note).startsWith(NOTE_PREFIX)) return;
        (cell as unknown as { _comment?: unknown })._comment = undefined;
        const fill = cell.style?.fill;
        const argb = fill && fill.type === "pattern" ? fill.fgColor?.argb : undefined;
        if (argb && OWN_FILLS.has(argb)) {
          const style = { ...cell.style };
          delete style.fill;
          cell.style = style;
        }
        removed++;
      });
    });
  }
  return removed;
}

function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text ?? "").join("");
}

function addReportSheet(wb: ExcelJS.Workbook, file: CheckedFile, options: ExportOptions): void {
  const existing = wb.getWorksheet(REPORT_SHEET_NAME);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(REPORT_SHEET_NAME);
  for (const row of reportSheetRows(file.report, options.profile, options.checkedAt, options.locale)) ws.addRow(row);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.columns.forEach((column, i) => {
    column.width = [10, 26, 10, 18, 60, 14, 14][i] ?? 14;
  });
}
