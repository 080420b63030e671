// What useTaskpane hands the components: the pane's state and the actions they may call.
import type { Finding } from "../../engine/report";
import type { Profile } from "../../engine/profile";
import type { RunResult, Settings, Suggestion } from "../../host/contract";
import type { ProfileError } from "../../host/profiles";
import type { BrowserHost, BrowserSnapshot, FileLike } from "../browser/BrowserHost";
import type { Busy, ExportPrompt, Notice } from "./paneState";

export interface BrowserPane {
  host: BrowserHost;
  snapshot: BrowserSnapshot;
  openFiles(files: readonly FileLike[]): Promise<void>;
  setActive(id: string): Promise<void>;
  removeFile(id: string): void;
  download(): Promise<void>;
}

export interface Pane {
  settings: Settings;
  settingsReady: boolean;
  updateSettings(patch: Partial<Settings>): void;
  profile: Profile;
  /** The profile file loaded in 设置, while one is loaded (selected or not). */
  customProfile: Profile | null;
  /** Why the profile file chosen last was refused (or why the kept one no longer reads). */
  profileError: ProfileError | null;
  /** 载入规则配置文件…: a valid file replaces the loaded one and is selected; a bad one changes nothing. */
  loadProfileFile(file: Blob): Promise<void>;
  /** Forgets the loaded file (its profile, if selected, gives way to the default). */
  removeCustomProfile(): void;
  dismissProfileError(): void;
  busy: Busy | null;
  error: unknown;
  dismissError(): void;
  notice: Notice | null;
  dismissNotice(): void;
  run: RunResult | null;
  /** The profile or write mode changed since the shown run: its results are out of date. */
  stale: boolean;
  accepted: ReadonlySet<string>;
  marksCleared: boolean;
  selected: string | null;
  /** Suggestions 全部采用 would write. */
  pending: Suggestion[];
  canUndo: boolean;
  validate(): Promise<void>;
  select(f: Finding): Promise<void>;
  accept(findings: readonly Finding[]): Promise<void>;
  acceptAll(): Promise<void>;
  clearMarks(): Promise<void>;
  undo(): Promise<void>;
  /** 导出提交版 is offered: browser mode, or an Excel host that can export. */
  canExport: boolean;
  /** 导出提交版: validate (unless the run is current), ask when errors remain, export. */
  exportSubmission(): Promise<void>;
  /** Set while the confirmation is open. */
  exportPrompt: ExportPrompt | null;
  confirmExport(): void;
  cancelExport(): void;
  /** 附加校验报告工作表: browser mode only (null in Excel, where the file comes from Excel). */
  reportSheet: boolean | null;
  setReportSheet(on: boolean): void;
  /** 恢复标记 after an export in Excel; null where it does not apply. */
  restoreMarks: (() => Promise<void>) | null;
  browser: BrowserPane | null;
}
