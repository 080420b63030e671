// 导出提交版 on a file (CLI and browser mode): the official layout with correct figures, without
// SelfEval's marks, every other part of the package untouched (SPEC §7).
import { REPORT_SHEET_NAME, reportSheet, submissionFileName } from "../engine/export";
import { planWrites } from "../engine/plan";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";
import { checkWorkbook } from "../template";
import type { CheckedFile } from "./check";
import { copyExtension } from "./check";
import { gridFromWorkbook } from "./read";
import { addReportSheet } from "./report-sheet";
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
  /** `<单位或项目名称>_<年度>_绩效自评表.xlsx` (`.xlsm` for a workbook with macros). */
  fileName: string;
  /** Sheets with recalculated fields that are protected: left exactly as they were. */
  protectedSheets: string[];
  write(): Promise<Uint8Array>;
}

/**
 * Prepares the submission copy in memory: our marks removed, the arithmetic fields recalculated,
 * and the result checked again, so that what the user is told ("N errors remain") and the 校验报告
 * sheet describe the file they submit. Nothing is written until write(). Changes `file.workbook`.
 */
export function prepareSubmission(file: CheckedFile, options: ExportOptions): Submission {
  const pkg = file.workbook;
  clearOwnMarks(pkg);
  // Only the arithmetic fields: an empty score stays empty until the accountant accepts one.
  const plan = planWrites(file.report, { mode: "values", locale: options.locale });
  const { protectedSheets } = applyPlan(pkg, { values: plan.values.filter((v) => v.kind === "recalculated"), marks: [] });
  const report = checkWorkbook(gridFromWorkbook(pkg), options.profile);
  const extension = copyExtension(pkg);
  return {
    report,
    fileName: submissionFileName(report).replace(/\.xlsx$/, extension),
    protectedSheets,
    async write() {
      if (options.reportSheet) {
        const sheet = reportSheet(report, options.profile, options.checkedAt, options.locale);
        const templatesHead = 4;
        const layout = {
          heads: [templatesHead, sheet.findingsHeader],
          tables: [[templatesHead, templatesHead + report.templates.length], [sheet.findingsHeader, sheet.rows.length - 1]] as [number, number][],
          repeat: sheet.findingsHeader,
        };
        addReportSheet(pkg, REPORT_SHEET_NAME, sheet.rows, sheet.widths, layout);
      }
      return writeWorkbook(pkg);
    },
  };
}

export async function exportSubmission(file: CheckedFile, options: ExportOptions): Promise<Uint8Array> {
  return prepareSubmission(file, options).write();
}
