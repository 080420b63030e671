// The .xlsx adapter: file bytes ↔ the engine's grid model (CLI and browser mode).
export { gridFromWorkbook, readWorkbook, WorkbookReadError } from "./read";
export type { WorkbookReadErrorCode } from "./read";
export { applyPlan, clearOwnMarks, WorkbookWriteError, writeWorkbook } from "./write";
export type { WorkbookWriteErrorCode } from "./write";
export { checkXlsx, checkedCopy } from "./check";
export type { CheckedFile } from "./check";
export { exportSubmission, prepareSubmission } from "./export";
export type { ExportOptions, Submission } from "./export";
