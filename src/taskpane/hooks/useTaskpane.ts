// The pane's state and every call it makes to its Host. Components only render what this hook
// returns and call its functions; no component talks to Excel or reads a file itself. The state
// lives in a pure reducer (paneState.ts); settings and the run the workbook keeps have hooks of
// their own (useSettings, useWorkbookRun), so a second host means a new adapter, not pane edits.
import { useCallback, useReducer, useRef, useSyncExternalStore } from "react";
import type { Finding, Locale } from "../../engine/report";
import { defaultProfile, findProfile } from "../../engine/profile";
import type { Host, RunResult } from "../../host/contract";
import { customProfileOf, resolveProfile } from "../../host/profiles";
import type { BrowserHost, BrowserSnapshot } from "../browser/BrowserHost";
import { saveFile } from "../browser/download";
import type { BrowserPane, Pane } from "./pane";
import type { Busy, Notice } from "./paneState";
import { changesOf, EMPTY_DOC, INITIAL_PANE, isStale, paneReducer, pendingFindings, suggestionsOf } from "./paneState";
import { useSettings } from "./useSettings";
import { useSubmission } from "./useSubmission";
import { useWorkbookRun } from "./useWorkbookRun";

export type { Busy, ExportPrompt, Notice } from "./paneState";
export type { BrowserPane, Pane } from "./pane";
export { errorCount, findingKey, remainingErrors, suggestionsOf } from "./paneState";
export type { CellChange } from "./paneState";
export type { ExportingExcelHost } from "./useSubmission";
export { isExportingExcelHost } from "./useSubmission";

const EXCEL_DOC = "excel";
const NO_SNAPSHOT: BrowserSnapshot = { files: [], activeId: null, selection: null };
const noSubscribe = () => () => undefined;
const noSnapshot = () => NO_SNAPSHOT;

export function isBrowserHost(host: Host): host is BrowserHost {
  return host.kind === "browser" && typeof (host as Partial<BrowserHost>).openFiles === "function";
}

export function useTaskpane(host: Host, initialLocale: Locale): Pane {
  const browserHost = isBrowserHost(host) ? host : null;
  const snapshot = useSyncExternalStore(browserHost?.subscribe ?? noSubscribe, browserHost?.getSnapshot ?? noSnapshot, browserHost?.getSnapshot ?? noSnapshot);
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE);
  const fail = useCallback((error: unknown) => dispatch({ type: "failed", error }), []);
  const prefs = useSettings(host, initialLocale, fail);
  const settings = prefs.settings;
  const busyRef = useRef(false);
  const browser = host.kind === "browser";

  const docKey = browserHost ? snapshot.activeId : EXCEL_DOC;
  const doc = (docKey && state.docs[docKey]) || EMPTY_DOC;
  const profile = prefs.customProfile?.id === settings.profile ? prefs.customProfile : (findProfile(settings.profile) ?? defaultProfile);

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
  const currentProfile = () => resolveProfile(prefs.ref.current.profile, prefs.ref.current.customProfile);
  /** What a run records of the loaded file it used (so another file with the same id makes it stale). */
  const ranWith = () => {
    const s = prefs.ref.current;
    return { mode: s.mode, profileText: customProfileOf(s)?.id === s.profile ? s.customProfile : undefined };
  };
  const notice = (n: Notice | null) => dispatch({ type: "notice", notice: n });

  const showRun = (key: string | null, result: RunResult) => {
    if (key) dispatch({ type: "ran", doc: key, result, browser, ...ranWith() });
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
      const changes = changesOf(findings);
      if (suggestions.length === 0 || !key) return;
      notice(null);
      await host.accept(suggestions);
      if (browser) {
        // Browser mode: the in-memory copy changed; checking it again is free of side effects.
        dispatch({ type: "rechecked", doc: key, result: await host.validate(currentProfile(), options()), ...ranWith() });
        notice({ id: "accepted", count: suggestions.length, changes });
      } else {
        // Excel: running again would write again and restart 撤销's snapshot; mark the findings instead.
        dispatch({ type: "accepted", doc: key, findings, count: suggestions.length, changes });
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
      if (browser) dispatch({ type: "undone", doc: key, browser, result: await host.validate(currentProfile(), options()), ...ranWith() });
      else dispatch({ type: "undone", doc: key, browser });
    });

  const submission = useSubmission({ host, browserHost, doc, otherFile: () => doc.ranWith?.profileText !== undefined && doc.ranWith.profileText !== prefs.ref.current.customProfile, dispatch, guarded, notice, currentKey, showRun, profile: currentProfile, options, locale: () => prefs.ref.current.locale });

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
    customProfile: prefs.customProfile,
    profileError: prefs.profileError,
    loadProfileFile: prefs.loadProfileFile,
    removeCustomProfile: prefs.removeCustomProfile,
    dismissProfileError: prefs.dismissProfileError,
    busy: state.busy,
    error: state.error,
    dismissError: () => dispatch({ type: "dismissError" }),
    notice: state.notice,
    dismissNotice: () => notice(null),
    run: doc.run,
    stale: isStale(doc, settings),
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
    canExport: submission.canExport,
    exportSubmission: submission.exportSubmission,
    exportPrompt: state.exportPrompt,
    confirmExport: submission.confirmExport,
    cancelExport: submission.cancelExport,
    reportSheet: submission.reportSheet,
    setReportSheet: submission.setReportSheet,
    restoreMarks: submission.restoreMarks,
    browser: browserPane,
  };
}
