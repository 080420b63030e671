// The pane's state as a pure reducer: what the findings list, the notices and the buttons show,
// per document (Excel: the workbook; browser mode: each open file). No React, no host: the hooks
// in this folder dispatch these actions after they call the Host, and test/taskpane/paneState.test.ts
// checks every transition on its own.
import type { Finding, Locale, Report } from "../../engine/report";
import type { RunResult, Suggestion } from "../../host/contract";

export type Busy = "validate" | "accept" | "clear" | "undo" | "download" | "open" | "export" | "restore";

export type Notice =
  | { id: "ran"; written: number; marked: number; noteSupport: RunResult["noteSupport"]; browser: boolean }
  | { id: "accepted"; count: number }
  | { id: "marksCleared" }
  | { id: "undone"; browser: boolean }
  | { id: "downloaded"; name: string }
  /** 导出提交版 handed over a file (browser mode: built in the page; Excel: from getFileAsync). */
  | { id: "exported"; name: string; browser: boolean; reportSheet: boolean; pdf: boolean }
  /** 导出提交版 in Excel where no download can reach the user: guide to 文件 › 另存为. `guidance`
   *  is the adapter's own text (host gave no file); null when the file came but a Blob download
   *  cannot work here (Mac; PDF in WebView2). */
  | { id: "saveAs"; name: string; guidance: Record<Locale, string> | null };

/** The confirmation 导出提交版 waits for when errors remain. */
export interface ExportPrompt {
  errors: number;
}

export interface DocState {
  run: RunResult | null;
  /** Findings whose suggestion was accepted since the run (Excel mode: the pane does not re-run). */
  accepted: ReadonlySet<string>;
  marksCleared: boolean;
  selected: string | null;
}

export const EMPTY_DOC: DocState = { run: null, accepted: new Set(), marksCleared: false, selected: null };

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
  | { type: "ran"; doc: string; result: RunResult; browser: boolean; notice?: boolean }
  /** Browser mode checks its in-memory copy again after an accept or an undo. */
  | { type: "rechecked"; doc: string; result: RunResult }
  | { type: "accepted"; doc: string; findings: readonly Finding[]; count: number }
  | { type: "selected"; doc: string; finding: Finding }
  | { type: "marksCleared"; doc: string; notice: boolean }
  | { type: "undone"; doc: string; browser: boolean; result?: RunResult }
  | { type: "exportAsk"; errors: number }
  | { type: "exportClosed" };

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.at.row}|${f.at.col}|${f.messageId}`;
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
      const next = withDoc(state, action.doc, () => ({ run: result, accepted: new Set(), marksCleared: false, selected: null }));
      if (action.notice === false) return next;
      return { ...next, notice: { id: "ran", written: result.written, marked: result.marked, noteSupport: result.noteSupport, browser: action.browser } };
    }
    case "rechecked":
      return withDoc(state, action.doc, (d) => ({ ...d, run: action.result, accepted: new Set(), marksCleared: false }));
    case "accepted":
      return {
        ...withDoc(state, action.doc, (d) => ({ ...d, accepted: new Set([...d.accepted, ...action.findings.map(findingKey)]) })),
        notice: { id: "accepted", count: action.count },
      };
    case "selected":
      return withDoc(state, action.doc, (d) => ({ ...d, selected: findingKey(action.finding) }));
    case "marksCleared": {
      const next = withDoc(state, action.doc, (d) => ({ ...d, marksCleared: true }));
      return action.notice ? { ...next, notice: { id: "marksCleared" } } : next;
    }
    case "undone": {
      const result = action.result;
      const doc: DocState = result ? { run: result, accepted: new Set(), marksCleared: false, selected: null } : EMPTY_DOC;
      return { ...withDoc(state, action.doc, () => doc), notice: { id: "undone", browser: action.browser } };
    }
    case "exportAsk":
      return { ...state, exportPrompt: { errors: action.errors } };
    case "exportClosed":
      return { ...state, exportPrompt: null };
  }
}

// --- derived values (pure) ---------------------------------------------------------------------------

export function errorCount(report: Report): number {
  return report.findings.filter((f) => f.severity === "error").length;
}

/**
 * The errors an Excel run leaves in the workbook: the run rewrote its recalculated fields (on
 * sheets that are not protected), so an error on one of those cells is gone from the file.
 */
export function remainingErrors(run: RunResult): number {
  const cell = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
  const locked = new Set(run.protectedSheets);
  const rewritten = new Set(run.report.recalculations.filter((r) => !r.unchanged && !locked.has(r.sheet)).map((r) => cell(r.sheet, r.at.row, r.at.col)));
  return run.report.findings.filter((f) => f.severity === "error" && !rewritten.has(cell(f.sheet, f.at.row, f.at.col))).length;
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

/** The findings whose suggestion 全部采用 would still write. */
export function pendingFindings(doc: DocState): Finding[] {
  return (doc.run?.report.findings ?? []).filter((f) => f.suggestion && !doc.accepted.has(findingKey(f)));
}
