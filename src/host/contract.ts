// The host contract: what the task pane and the ribbon need from where they run — Excel
// (src/excel) or a plain browser (browser mode, src/taskpane/browser). Types only, so that the pane
// and every adapter import it from here and no adapter imports upward from the pane.
// Components receive a Host as a prop; they never call Office.js or read files themselves.
import type { CellRef } from "../engine/grid";
import type { WriteMode } from "../engine/plan";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";

export interface Settings {
  /** A built-in profile's id, or the loaded file's profile id. */
  profile: string;
  mode: WriteMode;
  locale: Locale;
  /** The text of the profile JSON file loaded in the pane (src/host/profiles.ts reads it), kept
   *  as text so the settings stay plain JSON and it is validated again each time it is read. */
  customProfile?: string;
}

export interface RunResult {
  report: Report;
  /** Cells written by the run: recalculated fields and filled-in empty scores. */
  written: number;
  /** Cells marked with a fill (and a note where the host supports notes). */
  marked: number;
  /** Sheets that are protected: reported, never unprotected, nothing written to them. */
  protectedSheets: string[];
  /** How messages reach the sheet: notes (ExcelApi 1.18), comments (1.10) or only the pane. */
  noteSupport: "notes" | "comments" | "none";
}

export interface Suggestion {
  sheet: string;
  at: CellRef;
  value: string;
}

export interface Host {
  kind: "excel" | "browser";
  /** 校验并评分: read, validate, write back (SPEC §6). */
  validate(profile: Profile, options: { mode: WriteMode; locale: Locale }): Promise<RunResult>;
  /** Shows a finding's cell. */
  select(sheet: string, at: CellRef): Promise<void>;
  /** 采用建议 / 全部采用: writes recommended scores, only on the user's click. */
  accept(suggestions: Suggestion[]): Promise<void>;
  /** 清除标记: restores the fills and notes the last run replaced, exactly. */
  clearMarks(): Promise<void>;
  /** 撤销: restores every value the last run (and accepts since) changed, and the marks. */
  undo(): Promise<void>;
  /** The last run the document itself keeps (Excel: the workbook's settings), for a pane that
   *  opens after a run in another runtime. Hosts without such memory leave it out. */
  lastRun?(): Promise<RunResult | null>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
}
