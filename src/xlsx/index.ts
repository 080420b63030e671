// The workbook-file adapter: file bytes ↔ the engine's grid model (CLI and browser mode).
// .xlsx/.xlsm are read and edited in place; .xls, .et and .ods are converted to .xlsx first.
export { gridFromWorkbook, readWorkbook, WorkbookReadError } from "./read";
export type { ReadOptions, ReadResult, WorkbookReadErrorCode } from "./read";
export { applyPlan, clearOwnMarks, setFullCalcOnLoad, WorkbookWriteError, writeWorkbook } from "./write";
export type { ApplyResult, WorkbookWriteErrorCode } from "./write";
export { checkedCopy, checkedCopyName, checkXlsx, conversionLoss, copyExtension, writeCheckedCopy } from "./check";
export type { CheckedCopy, CheckedFile, CheckOptions } from "./check";
export { exportSubmission, prepareSubmission } from "./export";
export type { ExportOptions, Submission } from "./export";
export { LEGACY_LOSS, libreOfficeAvailable } from "./legacy";
export type { Converter, SourceFormat } from "./legacy";
export { DEFAULT_LIMITS, XlsxPackage } from "./package";
export type { ReadLimits } from "./package";
export { readNotes } from "./notes";
