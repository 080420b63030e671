// The Host contract (src/host/contract.ts) in Excel: a thin layer over ExcelAdapter, the workbook
// settings and the export.
import type { Host, RunResult, Settings, Suggestion } from "../host/contract";
import { ExcelAdapter } from "./adapter";
import type { ExcelAdapterOptions, ValidateResult } from "./adapter";
import type { ExcelEnv } from "./api";
import { exportFile } from "./export";
import type { ExportFormat, ExportResult } from "./export";
import { loadSettings, refresh, saveSettings, settingsRunStore } from "./settings";

export interface ExcelHost extends Host {
  kind: "excel";
  validate(...args: Parameters<Host["validate"]>): Promise<RunResult & ValidateResult>;
  /** The last run the workbook keeps, whichever runtime ran it (the ribbon, an earlier pane). */
  lastRun(): Promise<(RunResult & ValidateResult) | null>;
  /** 导出提交版: the file's bytes, or the Save As guidance. Clear the marks first. */
  exportFile(formats?: readonly ExportFormat[]): Promise<ExportResult>;
  readonly adapter: ExcelAdapter;
}

export function createExcelHost(env: ExcelEnv, options: ExcelAdapterOptions = {}): ExcelHost {
  const adapter = new ExcelAdapter(env, { delay: env.delay, store: settingsRunStore(env.settings, env.constants), ...options });
  return {
    kind: "excel",
    adapter,
    validate: (profile, opts) => adapter.validate(profile, opts),
    lastRun: () => adapter.lastRun(),
    select: (sheet, at) => adapter.select(sheet, at),
    accept: async (suggestions: Suggestion[]) => {
      await adapter.accept(suggestions);
    },
    clearMarks: async () => {
      await adapter.clearMarks();
    },
    undo: async () => {
      await adapter.undo();
    },
    loadSettings: async () => {
      await refresh(env.settings); // the ribbon's runtime may have saved since this one started
      return loadSettings(env.settings);
    },
    saveSettings: (settings: Settings) => saveSettings(env.settings, env.constants, settings),
    exportFile: (formats) => exportFile(env, { formats }),
  };
}
