// 导出提交版 on a file (CLI and browser mode): the official layout with correct figures, without
// the add-in's fills and notes, everything else of the workbook untouched (SPEC §7).
import type ExcelJS from "exceljs";
import { REPORT_SHEET_NAME, reportSheetRows, submissionFileName } from "../engine/export";
import { planWrites } from "../engine/plan";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";
import { checkWorkbook } from "../template";
import type { CheckedFile } from "./check";
import { gridFromWorkbook } from "./read";
import { applyPlan, clearOwnMarks, writeWorkbook } from "./write";

export interface ExportOptions {
  reportSheet: boolean;
  profile: Profile;
  locale: Locale;
  checkedAt: Date;
}

export interface Submission {
  /** The findings that remain in the submission copy, checked again after recalculation. */
  report: Report;
  /** `<单位或项目名称>_<年度>_绩效自评表.xlsx` */
  fileName: string;
  write(): Promise<Uint8Array>;
}

/**
 * Prepares the submission copy in memory: our marks removed, the arithmetic fields recalculated,
 * and the result checked again, so that what the user is told ("N errors remain") and the 校验报告
 * sheet describe the file they submit. Nothing is written until write().
 */
export function prepareSubmission(file: CheckedFile, options: ExportOptions): Submission {
  const wb = file.workbook;
  clearOwnMarks(wb);
  // Only the arithmetic fields: an empty score stays empty until the accountant accepts one.
  const plan = planWrites(file.report, { mode: "values", locale: options.locale });
  applyPlan(wb, { values: plan.values.filter((v) => v.kind === "recalculated"), marks: [] });
  const report = checkWorkbook(gridFromWorkbook(wb), options.profile);
  return {
    report,
    fileName: submissionFileName(report),
    async write() {
      if (options.reportSheet) addReportSheet(wb, report, options);
      return writeWorkbook(wb);
    },
  };
}

export async function exportSubmission(file: CheckedFile, options: ExportOptions): Promise<Uint8Array> {
  return prepareSubmission(file, options).write();
}

function addReportSheet(wb: ExcelJS.Workbook, report: Report, options: ExportOptions): void {
  const existing = wb.getWorksheet(REPORT_SHEET_NAME);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(REPORT_SHEET_NAME);
  for (const row of reportSheetRows(report, options.profile, options.checkedAt, options.locale)) ws.addRow(row);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.columns.forEach((column, i) => {
    column.width = [10, 26, 10, 18, 60, 14, 14][i] ?? 14;
  });
}
