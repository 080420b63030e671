// The whole job on one .xlsx file, shared by the CLI and the browser mode: read, bind, validate,
// and write the checked copy (SPEC §6) or the submission copy (SPEC §7).
import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../engine/grid";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";
import type { WriteMode } from "../engine/plan";
import { planWrites } from "../engine/plan";
import { checkWorkbook } from "../template";
import { readWorkbook } from "./read";
import { applyPlan, writeWorkbook } from "./write";

export interface CheckedFile {
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
  report: Report;
}

export async function checkXlsx(data: ArrayBuffer | Uint8Array, profile: Profile): Promise<CheckedFile> {
  const { workbook, grid } = await readWorkbook(data);
  return { workbook, grid, report: checkWorkbook(grid, profile) };
}

/**
 * The checked copy: recalculated fields, filled-in empty scores, and fills and notes by severity
 * (without them when `marks` is false: the pane's 清除标记 in browser mode).
 */
export async function checkedCopy(file: CheckedFile, options: { mode: WriteMode; locale: Locale; marks?: boolean }): Promise<Uint8Array> {
  const plan = planWrites(file.report, options);
  applyPlan(file.workbook, options.marks === false ? { values: plan.values, marks: [] } : plan);
  return writeWorkbook(file.workbook);
}
