// The whole job on one workbook file, shared by the CLI and the browser mode: read, bind, validate,
// and write the checked copy (SPEC §6) or the submission copy (SPEC §7).
import type { WorkbookGrid } from "../engine/grid";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";
import type { WriteMode } from "../engine/plan";
import { planWrites } from "../engine/plan";
import { checkWorkbook } from "../template";
import type { Converter, LegacyOptions, SourceFormat } from "./legacy";
import { LEGACY_LOSS } from "./legacy";
import type { XlsxPackage } from "./package";
import type { ReadOptions } from "./read";
import { readWorkbook } from "./read";
import type { ApplyResult } from "./write";
import { applyPlan, clearOwnMarks, writeWorkbook } from "./write";

export interface CheckedFile {
  /** The package the copies are edited from (a legacy file's is its .xlsx conversion). */
  workbook: XlsxPackage;
  grid: WorkbookGrid;
  report: Report;
  /** What the input was; absent means "xlsx". */
  format?: SourceFormat;
  /** How a legacy input was converted to .xlsx. */
  converter?: Converter;
}

export type CheckOptions = ReadOptions & LegacyOptions;

export async function checkXlsx(data: ArrayBuffer | Uint8Array, profile: Profile, options: CheckOptions = {}): Promise<CheckedFile> {
  const { workbook, grid, format, converter } = await readWorkbook(data, options);
  return { workbook, grid, report: checkWorkbook(grid, profile), format, converter };
}

export interface CheckedCopy extends ApplyResult {
  bytes: Uint8Array;
  /** ".xlsx", or ".xlsm" for a workbook with macros (they are kept). */
  extension: ".xlsx" | ".xlsm";
}

/**
 * The checked copy: recalculated fields, filled-in empty scores, and marks (conditional formats
 * tagged as SelfEval's, and notes) by severity — without marks when `marks` is false (the pane's
 * 清除标记 in browser mode). Marks of an earlier run are replaced. Protected sheets come out
 * exactly as they went in (listed in `protectedSheets`). Changes `file.workbook`.
 */
export async function writeCheckedCopy(file: CheckedFile, options: { mode: WriteMode; locale: Locale; marks?: boolean }): Promise<CheckedCopy> {
  const plan = planWrites(file.report, options);
  clearOwnMarks(file.workbook);
  const result = applyPlan(file.workbook, options.marks === false ? { values: plan.values, marks: [] } : plan);
  return { ...result, bytes: await writeWorkbook(file.workbook), extension: copyExtension(file.workbook) };
}

export async function checkedCopy(file: CheckedFile, options: { mode: WriteMode; locale: Locale; marks?: boolean }): Promise<Uint8Array> {
  return (await writeCheckedCopy(file, options)).bytes;
}

/** ".xlsm" when the package holds a VBA project (the copy keeps it, so must its name). */
export function copyExtension(pkg: XlsxPackage): ".xlsx" | ".xlsm" {
  const types = pkg.textOrUndefined("[Content_Types].xml") ?? "";
  // The workbook part's own content type says it (ECMA-376 Part 2 + MS-OFFMACRO2); some writers
  // list every content type they know as a Default, so the list as a whole says nothing.
  const override = [...types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`PartName="/${pkg.workbookPath}"`));
  return /macroEnabled/i.test(override ?? "") || pkg.partNames().some((n) => /(^|\/)vbaProject\.bin$/i.test(n)) ? ".xlsm" : ".xlsx";
}

export { checkedCopyName } from "./names";

/**
 * What the copy of a legacy file cannot keep, in both languages, or undefined when nothing is
 * lost (an .xlsx input, or a legacy one converted by LibreOffice).
 */
export function conversionLoss(file: Pick<CheckedFile, "format" | "converter">): { zh: string; en: string } | undefined {
  return file.format && file.format !== "xlsx" && file.converter === "sheetjs" ? LEGACY_LOSS : undefined;
}
