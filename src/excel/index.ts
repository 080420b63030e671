// The Office adapter: the only code that touches Excel.
export { ExcelAdapter } from "./adapter";
export type { AcceptResult, AcceptSuggestion, ExcelAdapterOptions, RestoreResult, RunRecord, RunStore, ValidateResult } from "./adapter";
export type { ExcelEnv, OfficeEnv, OfficeJsApis, RunFn } from "./api";
export { ExcelAdapterError } from "./errors";
export type { ExcelAdapterErrorCode } from "./errors";
export { exportFile, SAVE_AS_GUIDANCE } from "./export";
export type { ExportFailure, ExportFormat, ExportResult } from "./export";
export { detectFeatures } from "./features";
export type { Features } from "./features";
export { createExcelHost } from "./host";
export type { ExcelHost } from "./host";
export { createOfficeEnv, probeOfficeJs } from "./office";
export { loadSettings, RUN_KEY, saveSettings, SETTINGS_KEY, settingsRunStore } from "./settings";
