// The pane's state and every call it makes to its Host. Components only render what this hook
// returns and call its functions; no component talks to Excel or reads a file itself. The state
// lives in a pure reducer (paneState.ts); settings and the run the workbook keeps have hooks of
// their own (useSettings, useWorkbookRun), so a second host means a new adapter, not pane edits.
import { useCallback, useReducer, useRef, useSyncExternalStore } from "react";
import { submissionFileName } from "../../engine/export";
import type { Finding, Locale } from "../../engine/report";
import type { Profile } from "../../engine/profile";
import { defaultProfile, findProfile } from "../../engine/profile";
import type { ExcelHost } from "../../excel/host";
import { exportForSubmission, restoreMarks as restoreExcelMarks } from "../../excel/submission";
import type { Host, RunResult, Settings, Suggestion } from "../../host/contract";
import type { BrowserHost, BrowserSnapshot, FileLike } from "../browser/BrowserHost";
import { PDF_MIME, saveFile, XLSX_MIME } from "../browser/download";
import { blobDownloadBlocked } from "../platform";
import type { Busy, ExportPrompt, Notice } from "./paneState";
import { EMPTY_DOC, errorCount, INITIAL_PANE, paneReducer, pendingFindings, remainingErrors, suggestionsOf } from "./paneState";
import { useSettings } from "./useSettings";
import { useWorkbookRun } from "./useWorkbookRun";

export type { Busy, ExportPrompt, Notice } from "./paneState";
export { errorCount, findingKey, remainingErrors, suggestionsOf } from "./paneState";

const EXCEL_DOC = "excel";
const NO_SNAPSHOT: BrowserSnapshot = { files: [], activeId: null, selection: null };
const noSubscribe = () => () => undefined;
const noSnapshot = () => NO_SNAPSHOT;

export function isBrowserHost(host: Host): host is BrowserHost {
  return host.kind === "browser" && typeof (host as Partial<BrowserHost>).openFiles === "function";
}

/** An Excel host that can hand over the workbook file (导出提交版). */
export type ExportingExcelHost = Pick<ExcelHost, "kind" | "validate" | "clearMarks" | "exportFile">;

export function isExportingExcelHost(host: Host): host is Host & ExportingExcelHost {
  return host.kind === "excel" && typeof (host as Partial<ExcelHost>).exportFile === "function";
}

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
  busy: Busy | null;
  error: unknown;
  dismissError(): void;
  notice: Notice | null;
  dismissNotice(): void;
  run: RunResult | null;
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

export function useTaskpane(host: Host, initialLocale: Locale): Pane {
  const browserHost = isBrowserHost(host) ? host : null;
  const snapshot = useSyncExternalStore(browserHost?.subscribe ?? noSubscribe, browserHost?.getSnapshot ?? noSnapshot, browserHost?.getSnapshot ?? noSnapshot);
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE);
  const fail = useCallback((error: unknown) => dispatch({ type: "failed", error }), []);
  const prefs = useSettings(host, initialLocale, fail);
  const settings = prefs.settings;
  const [reportSheet, setReportSheet] = useReducer((_: boolean, on: boolean) => on, false);
  /** What 继续导出 runs: the rest of the export the confirmation interrupted. */
  const exportRest = useRef<(() => Promise<void>) | null>(null);
  const busyRef = useRef(false);
  const browser = host.kind === "browser";

  const docKey = browserHost ? snapshot.activeId : EXCEL_DOC;
  const doc = (docKey && state.docs[docKey]) || EMPTY_DOC;
  const profile = findProfile(settings.profile) ?? defaultProfile;

  /** The document an action applies to, read when the action runs (not from a stale render). */
  const currentKey = () => (browserHost ? browserHost.getSnapshot().activeId : EXCEL_DOC);

  /** Runs one host action at a time; its error lands in the MessageBar, never in the console. */
  const guarded = async (kind: Busy, action: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    dispatch({ type: "busy", busy: kind });
    try {
      await action();
    } catch (e) {
      fail(e);
    } finally {
      busyRef.current = false;
      dispatch({ type: "idle" });
    }
  };

  const options = () => ({ mode: prefs.ref.current.mode, locale: prefs.ref.current.locale });
  const currentProfile = () => findProfile(prefs.ref.current.profile) ?? defaultProfile;
  const notice = (n: Notice | null) => dispatch({ type: "notice", notice: n });

  const showRun = (key: string | null, result: RunResult) => {
    if (key) dispatch({ type: "ran", doc: key, result, browser });
  };

  const runValidation = async () => {
    const key = currentKey();
    notice(null);
    const result = await host.validate(currentProfile(), options());
    showRun(key, result);
  };

  const validate = () => guarded("validate", runValidation);

  // Excel: the run the workbook keeps (the ribbon's, or this pane's before it was closed).
  useWorkbookRun(host, prefs.ready, (result) => {
    if (!busyRef.current) dispatch({ type: "ran", doc: EXCEL_DOC, result, browser: false, notice: false });
  });

  const select = async (f: Finding) => {
    const key = currentKey();
    if (key) dispatch({ type: "selected", doc: key, finding: f });
    try {
      await host.select(f.sheet, f.at);
    } catch (e) {
      fail(e);
    }
  };

  const accept = (findings: readonly Finding[]) =>
    guarded("accept", async () => {
      const key = currentKey();
      const suggestions = suggestionsOf(findings);
      if (suggestions.length === 0 || !key) return;
      notice(null);
      await host.accept(suggestions);
      if (browser) {
        // Browser mode: the in-memory copy changed; checking it again is free of side effects.
        dispatch({ type: "rechecked", doc: key, result: await host.validate(currentProfile(), options()) });
        notice({ id: "accepted", count: suggestions.length });
      } else {
        // Excel: running again would write again and restart 撤销's snapshot; mark the findings instead.
        dispatch({ type: "accepted", doc: key, findings, count: suggestions.length });
      }
    });

  const pendingList = pendingFindings(doc);
  const pending = suggestionsOf(pendingList);

  const acceptAll = () => accept(pendingList);

  const clearMarks = () =>
    guarded("clear", async () => {
      const key = currentKey();
      await host.clearMarks();
      if (key) dispatch({ type: "marksCleared", doc: key, notice: true });
    });

  const undo = () =>
    guarded("undo", async () => {
      const key = currentKey();
      await host.undo();
      if (!key) return;
      if (browser) dispatch({ type: "undone", doc: key, browser, result: await host.validate(currentProfile(), options()) });
      else dispatch({ type: "undone", doc: key, browser });
    });

  const excelExport = isExportingExcelHost(host) ? host : null;

  /** Asks before going on when errors remain; the confirmation runs the rest as its own action. */
  const askIfErrors = async (errors: number, rest: () => Promise<void>) => {
    if (errors === 0) return rest();
    exportRest.current = rest;
    dispatch({ type: "exportAsk", errors });
  };

  const exportSubmission = () =>
    guarded("export", async () => {
      const key = currentKey();
      const locale = prefs.ref.current.locale;
      notice(null);
      // Validate first: the last run stands while it is current (same profile, nothing accepted
      // since — browser mode re-checks after every accept itself).
      let run = doc.run;
      if (!run || run.report.profile !== currentProfile().id || doc.accepted.size > 0) {
        run = await host.validate(currentProfile(), options());
        showRun(key, run);
      }
      if (browserHost) {
        // The copy is built from the file's original bytes; the count is of the copy itself.
        const withReport = reportSheet;
        const submission = await browserHost.submission(currentProfile(), { reportSheet: withReport, locale, checkedAt: new Date() });
        await askIfErrors(errorCount(submission.report), async () => {
          const bytes = await submission.write();
          saveFile(submission.fileName, bytes);
          notice({ id: "exported", name: submission.fileName, browser: true, reportSheet: withReport, pdf: false });
        });
        return;
      }
      if (!excelExport) return;
      const report = run.report;
      await askIfErrors(remainingErrors(run), async () => {
        notice(null);
        const result = await exportForSubmission(excelExport, report);
        if (key) dispatch({ type: "marksCleared", doc: key, notice: false });
        if (result.kind === "file" && !blobDownloadBlocked(result.format)) {
          saveFile(result.fileName, result.bytes, document, result.format === "pdf" ? PDF_MIME : XLSX_MIME);
          notice({ id: "exported", name: result.fileName, browser: false, reportSheet: false, pdf: result.format === "pdf" });
        } else {
          notice({ id: "saveAs", name: submissionFileName(report), guidance: result.kind === "save-as" ? result.guidance : null });
        }
      });
    });

  const confirmExport = () => {
    const rest = exportRest.current;
    exportRest.current = null;
    dispatch({ type: "exportClosed" });
    if (rest) void guarded("export", rest);
  };

  const cancelExport = () => {
    exportRest.current = null;
    dispatch({ type: "exportClosed" });
  };

  const restoreMarks = excelExport
    ? () =>
        guarded("restore", async () => {
          const key = currentKey();
          notice(null);
          showRun(key, await restoreExcelMarks(excelExport, currentProfile(), options()));
        })
    : null;

  const activeFile = snapshot.files.find((f) => f.id === snapshot.activeId);
  const canUndo = browserHost ? !!doc.run && !!activeFile && (activeFile.acceptedCount > 0 || activeFile.marksCleared) : !!doc.run;

  const browserPane: BrowserPane | null = browserHost
    ? {
        host: browserHost,
        snapshot,
        openFiles: (files) =>
          guarded("open", async () => {
            notice(null);
            const opened = await browserHost.openFiles(files, currentProfile());
            // Nothing is written in browser mode, so a newly opened file is checked at once.
            if (opened) await runValidation();
          }),
        setActive: async (id) => {
          browserHost.setActive(id);
          notice(null);
          dispatch({ type: "dismissError" });
          if (!state.docs[id]?.run) await guarded("validate", runValidation);
        },
        removeFile: (id) => browserHost.removeFile(id),
        download: () =>
          guarded("download", async () => {
            const { name, bytes } = await browserHost.checkedCopy(options());
            saveFile(name, bytes);
            notice({ id: "downloaded", name });
          }),
      }
    : null;

  return {
    settings,
    settingsReady: prefs.ready,
    updateSettings: prefs.update,
    profile,
    busy: state.busy,
    error: state.error,
    dismissError: () => dispatch({ type: "dismissError" }),
    notice: state.notice,
    dismissNotice: () => notice(null),
    run: doc.run,
    accepted: doc.accepted,
    marksCleared: browserHost ? !!activeFile?.marksCleared : doc.marksCleared,
    selected: doc.selected,
    pending,
    canUndo,
    validate,
    select,
    accept,
    acceptAll,
    clearMarks,
    undo,
    canExport: !!browserHost || !!excelExport,
    exportSubmission,
    exportPrompt: state.exportPrompt,
    confirmExport,
    cancelExport,
    reportSheet: browserHost ? reportSheet : null,
    setReportSheet,
    restoreMarks,
    browser: browserPane,
  };
}
