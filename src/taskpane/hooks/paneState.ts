// The pane's state as a pure reducer: what the findings list, the notices and the buttons show,
// per document (Excel: the workbook; browser mode: each open file). No React, no host: the hooks
// in this folder dispatch these actions after they call the Host, and test/taskpane/paneState.test.ts
// checks every transition on its own.
import type { CellRef } from "../../engine/grid";
import type { WriteMode } from "../../engine/plan";
import type { Finding, Locale, Report } from "../../engine/report";
import type { RunResult, Suggestion } from "../../host/contract";

export type Busy = "validate" | "accept" | "clear" | "undo" | "download" | "open" | "export" | "restore";

export type Notice =
  | { id: "ran"; written: number; marked: number; noteSupport: RunResult["noteSupport"]; browser: boolean }
  | { id: "accepted"; count: number; changes: readonly CellChange[] }
  | { id: "marksCleared" }
  | { id: "undone"; browser: boolean }
  | { id: "downloaded"; name: string }
  /** 导出提交版 handed over a file (browser mode: built in the page; Excel: from getFileAsync). */
  | { id: "exported"; name: string; browser: boolean; reportSheet: boolean; pdf: boolean }
  /** 导出提交版 in Excel where no download can reach the user: guide to 文件 › 另存为. `guidance`
   *  is the adapter's own text (host gave no file); null when the file came but a Blob download
   *  cannot work here (Mac; PDF in WebView2). */
  | { id: "saveAs"; name: string; guidance: Record<Locale, string> | null };

/** A cell 采用建议 wrote: old → new, shown in the pane. `from` is absent when the cell was empty. */
export interface CellChange {
  sheet: string;
  at: CellRef;
  from?: string;
  to: string;
}

/** The confirmation 导出提交版 waits for when errors remain: how many, and the first few. */
export interface ExportPrompt {
  errors: number;
  first: readonly Finding[];
}

/** What a run was made with: results are out of date when the settings move away from it. */
export interface RanWith {
  profile: string;
  /** Unknown for a run the workbook kept (the ribbon's): only the profile is compared. */
  mode?: WriteMode;
  /** The loaded profile file's text, for a run with the loaded profile: loading another file with
   *  the same id makes the run stale too. Absent for a built-in profile, or unknown. */
  profileText?: string;
}

export interface DocState {
  run: RunResult | null;
  /** Findings whose suggestion was accepted since the run (Excel mode: the pane does not re-run). */
  accepted: ReadonlySet<string>;
  marksCleared: boolean;
  selected: string | null;
  ranWith: RanWith | null;
}

export const EMPTY_DOC: DocState = { run: null, accepted: new Set(), marksCleared: false, selected: null, ranWith: null };

export interface PaneState {
  docs: Readonly<Record<string, DocState>>;
  busy: Busy | null;
  error: unknown;
  notice: Notice | null;
  exportPrompt: ExportPrompt | null;
}

export const INITIAL_PANE: PaneState = { docs: {}, busy: null, error: null, notice: null, exportPrompt: null };

export type PaneAction =
  | { type: "busy"; busy: Busy }
  | { type: "idle" }
  | { type: "failed"; error: unknown }
  | { type: "dismissError" }
  | { type: "notice"; notice: Notice | null }
  /** A run to show: this pane's, or the one the workbook keeps (`notice: false` shows it quietly). */
  | { type: "ran"; doc: string; result: RunResult; browser: boolean; notice?: boolean; mode?: WriteMode; profileText?: string }
  /** Browser mode checks its in-memory copy again after an accept or an undo. */
  | { type: "rechecked"; doc: string; result: RunResult; mode?: WriteMode; profileText?: string }
  | { type: "accepted"; doc: string; findings: readonly Finding[]; count: number; changes?: readonly CellChange[] }
  | { type: "selected"; doc: string; finding: Finding }
  | { type: "marksCleared"; doc: string; notice: boolean }
  | { type: "undone"; doc: string; browser: boolean; result?: RunResult; mode?: WriteMode; profileText?: string }
  | { type: "exportAsk"; errors: number; first?: readonly Finding[] }
  | { type: "exportClosed" };

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.at.row}|${f.at.col}|${f.messageId}`;
}

function ranWithOf(result: RunResult, made: { mode?: WriteMode; profileText?: string }): RanWith {
  const ranWith: RanWith = { profile: result.report.profile, mode: made.mode };
  if (made.profileText !== undefined) ranWith.profileText = made.profileText;
  return ranWith;
}

function withDoc(state: PaneState, doc: string, change: (d: DocState) => DocState): PaneState {
  return { ...state, docs: { ...state.docs, [doc]: change(state.docs[doc] ?? EMPTY_DOC) } };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "busy":
      return { ...state, busy: action.busy, error: null };
    case "idle":
      return { ...state, busy: null };
    case "failed":
      return { ...state, error: action.error };
    case "dismissError":
      return { ...state, error: null };
    case "notice":
      return { ...state, notice: action.notice };
    case "ran": {
      const { result } = action;
      const ranWith = ranWithOf(result, action);
      const next = withDoc(state, action.doc, () => ({ run: result, accepted: new Set(), marksCleared: false, selected: null, ranWith }));
      if (action.notice === false) return next;
      return { ...next, notice: { id: "ran", written: result.written, marked: result.marked, noteSupport: result.noteSupport, browser: action.browser } };
    }
    case "rechecked":
      return withDoc(state, action.doc, (d) => ({ ...d, run: action.result, accepted: new Set(), marksCleared: false, ranWith: ranWithOf(action.result, action) }));
    case "accepted":
      return {
        ...withDoc(state, action.doc, (d) => ({ ...d, accepted: new Set([...d.accepted, ...action.findings.map(findingKey)]) })),
        notice: { id: "accepted", count: action.count, changes: action.changes ?? [] },
      };
    case "selected":
      return withDoc(state, action.doc, (d) => ({ ...d, selected: findingKey(action.finding) }));
    case "marksCleared": {
      const next = withDoc(state, action.doc, (d) => ({ ...d, marksCleared: true }));
      return action.notice ? { ...next, notice: { id: "marksCleared" } } : next;
    }
    case "undone": {
      const result = action.result;
      const doc: DocState = result
        ? { run: result, accepted: new Set(), marksCleared: false, selected: null, ranWith: ranWithOf(result, action) }
        : EMPTY_DOC;
      return { ...withDoc(state, action.doc, () => doc), notice: { id: "undone", browser: action.browser } };
    }
    case "exportAsk":
      return { ...state, exportPrompt: { errors: action.errors, first: (action.first ?? []).slice(0, EXPORT_PROMPT_ERRORS) } };
    case "exportClosed":
      return { ...state, exportPrompt: null };
  }
}

// --- derived values (pure) ---------------------------------------------------------------------------

/** How many remaining errors the export confirmation names; the rest are a link to the list. */
export const EXPORT_PROMPT_ERRORS = 3;

/** True when the settings no longer match what the shown run was made with. */
export function isStale(doc: DocState, settings: { profile: string; mode: WriteMode; customProfile?: string }): boolean {
  if (!doc.run || !doc.ranWith) return false;
  const { profile, mode, profileText } = doc.ranWith;
  if (profile !== settings.profile || (mode !== undefined && mode !== settings.mode)) return true;
  // Same id, another file (or the file removed): the loaded profile the run used is gone.
  return profileText !== undefined && profileText !== settings.customProfile;
}

export function errorCount(report: Report): number {
  return errorFindings(report).length;
}

export function errorFindings(report: Report): Finding[] {
  return report.findings.filter((f) => f.severity === "error");
}

/**
 * The errors an Excel run leaves in the workbook: the run rewrote its recalculated fields (on
 * sheets that are not protected), so an error on one of those cells is gone from the file.
 */
export function remainingErrors(run: RunResult): number {
  return remainingErrorFindings(run).length;
}

/** The error findings remainingErrors counts. */
export function remainingErrorFindings(run: RunResult): Finding[] {
  const cell = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
  const locked = new Set(run.protectedSheets);
  const rewritten = new Set(run.report.recalculations.filter((r) => !r.unchanged && !locked.has(r.sheet)).map((r) => cell(r.sheet, r.at.row, r.at.col)));
  return run.report.findings.filter((f) => f.severity === "error" && !rewritten.has(cell(f.sheet, f.at.row, f.at.col)));
}

/** The suggestions of these findings, one per cell (the first finding on a cell wins). */
export function suggestionsOf(findings: readonly Finding[]): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const f of findings) {
    if (!f.suggestion) continue;
    const key = `${f.sheet}\u0000${f.suggestion.at.row}\u0000${f.suggestion.at.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: f.sheet, at: f.suggestion.at, value: f.suggestion.value });
  }
  return out;
}

/** The value a suggestion replaces, as the finding states it (the entered score); absent when empty. */
export function replacedValue(f: Finding): string | undefined {
  if (!f.suggestion) return undefined;
  const same = f.suggestion.at.row === f.at.row && f.suggestion.at.col === f.at.col;
  const value = same ? f.actual : (f.data.score ?? f.actual);
  return value === "" ? undefined : value;
}

/** What accepting these findings writes, old → new, one per cell (as suggestionsOf). */
export function changesOf(findings: readonly Finding[]): CellChange[] {
  const seen = new Set<string>();
  const out: CellChange[] = [];
  for (const f of findings) {
    if (!f.suggestion) continue;
    const key = `${f.sheet}\u0000${f.suggestion.at.row}\u0000${f.suggestion.at.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: f.sheet, at: f.suggestion.at, from: replacedValue(f), to: f.suggestion.value });
  }
  return out;
}

/** The findings whose suggestion 全部采用 would still write. */
export function pendingFindings(doc: DocState): Finding[] {
  return (doc.run?.report.findings ?? []).filter((f) => f.suggestion && !doc.accepted.has(findingKey(f)));
}
