// The Office adapter: the only code that touches Excel.
export { ExcelAdapter } from "./adapter";
export type { AcceptResult, AcceptSuggestion, ExcelAdapterOptions, RestoreResult, ValidateResult } from "./adapter";
export type { ExcelEnv, OfficeEnv, RunFn } from "./api";
export { ExcelAdapterError } from "./errors";
export type { ExcelAdapterErrorCode } from "./errors";
export { exportFile, SAVE_AS_GUIDANCE } from "./export";
export type { ExportFailure, ExportFormat, ExportResult } from "./export";
export { detectFeatures } from "./features";
export type { Features } from "./features";
export { createExcelHost } from "./host";
export type { ExcelHost } from "./host";
export { createOfficeEnv } from "./office";
export { loadSettings, saveSettings, SETTINGS_KEY } from "./settings";
