// The pane's state and every call it makes to its Host. Components only render what this hook
// returns and call its functions; no component talks to Excel or reads a file itself.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { submissionFileName } from "../../engine/export";
import type { Finding, Locale, Report } from "../../engine/report";
import type { Profile } from "../../engine/profile";
import { defaultProfile, findProfile } from "../../engine/profile";
import type { ExcelHost } from "../../excel/host";
import { exportForSubmission, restoreMarks as restoreExcelMarks } from "../../excel/submission";
import { resolveSettings } from "../boot";
import type { BrowserHost, BrowserSnapshot, FileLike } from "../browser/BrowserHost";
import { PDF_MIME, saveFile, XLSX_MIME } from "../browser/download";
import type { RibbonRun } from "../handoff";
import { onRibbonRun, takeRibbonRun } from "../handoff";
import type { Host, RunResult, Settings, Suggestion } from "../../host/contract";
import { blobDownloadBlocked } from "../platform";

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

interface DocState {
  run: RunResult | null;
  /** Findings whose suggestion was accepted since the run (Excel mode: the pane does not re-run). */
  accepted: ReadonlySet<string>;
  marksCleared: boolean;
  selected: string | null;
}

const EMPTY_DOC: DocState = { run: null, accepted: new Set(), marksCleared: false, selected: null };
const EXCEL_DOC = "excel";
const NO_SNAPSHOT: BrowserSnapshot = { files: [], activeId: null, selection: null };
const noSubscribe = () => () => undefined;
const noSnapshot = () => NO_SNAPSHOT;

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.at.row}|${f.at.col}|${f.messageId}`;
}

export function isBrowserHost(host: Host): host is BrowserHost {
  return host.kind === "browser" && typeof (host as Partial<BrowserHost>).openFiles === "function";
}

/** An Excel host that can hand over the workbook file (导出提交版). */
export type ExportingExcelHost = Pick<ExcelHost, "kind" | "validate" | "clearMarks" | "exportFile">;

export function isExportingExcelHost(host: Host): host is Host & ExportingExcelHost {
  return host.kind === "excel" && typeof (host as Partial<ExcelHost>).exportFile === "function";
}

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
  const [settings, setSettings] = useState<Settings>(() => resolveSettings(null, initialLocale));
  const [settingsReady, setSettingsReady] = useState(false);
  const [docs, setDocs] = useState<Record<string, DocState>>({});
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exportPrompt, setExportPrompt] = useState<ExportPrompt | null>(null);
  const [reportSheet, setReportSheet] = useState(false);
  /** What 继续导出 runs: the rest of the export the confirmation interrupted. */
  const exportRest = useRef<(() => Promise<void>) | null>(null);
  const busyRef = useRef(false);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const docKey = browserHost ? snapshot.activeId : EXCEL_DOC;
  const doc = (docKey && docs[docKey]) || EMPTY_DOC;
  const profile = findProfile(settings.profile) ?? defaultProfile;

  /** The document an action applies to, read when the action runs (not from a stale render). */
  const currentKey = useCallback(() => (browserHost ? browserHost.getSnapshot().activeId : EXCEL_DOC), [browserHost]);
  const updateDoc = useCallback((key: string | null, change: (d: DocState) => DocState) => {
    if (!key) return;
    setDocs((all) => ({ ...all, [key]: change(all[key] ?? EMPTY_DOC) }));
  }, []);

  /** Runs one host action at a time; its error lands in the MessageBar, never in the console. */
  const guarded = useCallback(async (kind: Busy, action: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, []);

  const options = () => ({ mode: settingsRef.current.mode, locale: settingsRef.current.locale });
  const currentProfile = () => findProfile(settingsRef.current.profile) ?? defaultProfile;

  const showRun = useCallback(
    (key: string | null, result: RunResult) => {
      updateDoc(key, () => ({ run: result, accepted: new Set(), marksCleared: false, selected: null }));
      setNotice({ id: "ran", written: result.written, marked: result.marked, noteSupport: result.noteSupport, browser: host.kind === "browser" });
    },
    [host.kind, updateDoc],
  );

  const runValidation = async () => {
    const key = currentKey();
    setNotice(null);
    const result = await host.validate(currentProfile(), options());
    showRun(key, result);
  };

  const validate = () => guarded("validate", runValidation);

  // Settings: loaded once from the host (workbook settings in Excel, localStorage in a browser).
  useEffect(() => {
    let alive = true;
    host
      .loadSettings()
      .then((saved) => alive && setSettings(resolveSettings(saved, initialLocale)))
      .catch(() => undefined) // unreadable settings: the defaults stand
      .finally(() => alive && setSettingsReady(true));
    return () => {
      alive = false;
    };
  }, [host, initialLocale]);

  // Excel: the ribbon's 校验并评分 ran (or asks the pane to run) — see handoff.ts.
  const latest = useRef({ validate, showRun });
  latest.current = { validate, showRun };
  useEffect(() => {
    if (host.kind !== "excel" || !settingsReady) return;
    const handle = (run: RibbonRun) => {
      if (run.result) latest.current.showRun(EXCEL_DOC, run.result);
      else void latest.current.validate();
    };
    const first = takeRibbonRun();
    if (first) handle(first);
    return onRibbonRun(handle);
  }, [host.kind, settingsReady]);

  const updateSettings = (patch: Partial<Settings>) => {
    const next = { ...settingsRef.current, ...patch };
    settingsRef.current = next;
    setSettings(next);
    host.saveSettings(next).catch((e: unknown) => setError(e));
  };

  const select = async (f: Finding) => {
    const key = currentKey();
    updateDoc(key, (d) => ({ ...d, selected: findingKey(f) }));
    try {
      await host.select(f.sheet, f.at);
    } catch (e) {
      setError(e);
    }
  };

  const accept = (findings: readonly Finding[]) =>
    guarded("accept", async () => {
      const key = currentKey();
      const suggestions = suggestionsOf(findings);
      if (suggestions.length === 0) return;
      setNotice(null);
      await host.accept(suggestions);
      if (host.kind === "browser") {
        // Browser mode: the in-memory copy changed; checking it again is free of side effects.
        const result = await host.validate(currentProfile(), options());
        updateDoc(key, (d) => ({ ...d, run: result, accepted: new Set(), marksCleared: false }));
      } else {
        // Excel: running again would write again and restart 撤销's snapshot; mark the findings instead.
        updateDoc(key, (d) => ({ ...d, accepted: new Set([...d.accepted, ...findings.map(findingKey)]) }));
      }
      setNotice({ id: "accepted", count: suggestions.length });
    });

  const pendingFindings = (doc.run?.report.findings ?? []).filter((f) => f.suggestion && !doc.accepted.has(findingKey(f)));
  const pending = suggestionsOf(pendingFindings);

  const acceptAll = () => accept(pendingFindings);

  const clearMarks = () =>
    guarded("clear", async () => {
      const key = currentKey();
      await host.clearMarks();
      updateDoc(key, (d) => ({ ...d, marksCleared: true }));
      setNotice({ id: "marksCleared" });
    });

  const undo = () =>
    guarded("undo", async () => {
      const key = currentKey();
      await host.undo();
      if (host.kind === "browser") {
        const result = await host.validate(currentProfile(), options());
        updateDoc(key, () => ({ run: result, accepted: new Set(), marksCleared: false, selected: null }));
        setNotice({ id: "undone", browser: true });
      } else {
        updateDoc(key, () => EMPTY_DOC);
        setNotice({ id: "undone", browser: false });
      }
    });

  const excelExport = isExportingExcelHost(host) ? host : null;

  /** Asks before going on when errors remain; the confirmation runs the rest as its own action. */
  const askIfErrors = async (errors: number, rest: () => Promise<void>) => {
    if (errors === 0) return rest();
    exportRest.current = rest;
    setExportPrompt({ errors });
  };

  const exportSubmission = () =>
    guarded("export", async () => {
      const key = currentKey();
      const locale = settingsRef.current.locale;
      setNotice(null);
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
          setNotice({ id: "exported", name: submission.fileName, browser: true, reportSheet: withReport, pdf: false });
        });
        return;
      }
      if (!excelExport) return;
      const report = run.report;
      await askIfErrors(remainingErrors(run), async () => {
        setNotice(null);
        const result = await exportForSubmission(excelExport, report);
        updateDoc(key, (d) => ({ ...d, marksCleared: true }));
        if (result.kind === "file" && !blobDownloadBlocked(result.format)) {
          saveFile(result.fileName, result.bytes, document, result.format === "pdf" ? PDF_MIME : XLSX_MIME);
          setNotice({ id: "exported", name: result.fileName, browser: false, reportSheet: false, pdf: result.format === "pdf" });
        } else {
          setNotice({ id: "saveAs", name: submissionFileName(report), guidance: result.kind === "save-as" ? result.guidance : null });
        }
      });
    });

  const confirmExport = () => {
    const rest = exportRest.current;
    exportRest.current = null;
    setExportPrompt(null);
    if (rest) void guarded("export", rest);
  };

  const cancelExport = () => {
    exportRest.current = null;
    setExportPrompt(null);
  };

  const restoreMarks = excelExport
    ? () =>
        guarded("restore", async () => {
          const key = currentKey();
          setNotice(null);
          showRun(key, await restoreExcelMarks(excelExport, currentProfile(), options()));
        })
    : null;

  const activeFile = snapshot.files.find((f) => f.id === snapshot.activeId);
  const canUndo = browserHost ? !!doc.run && !!activeFile && (activeFile.acceptedCount > 0 || activeFile.marksCleared) : !!doc.run;

  const browser: BrowserPane | null = browserHost
    ? {
        host: browserHost,
        snapshot,
        openFiles: (files) =>
          guarded("open", async () => {
            setNotice(null);
            const opened = await browserHost.openFiles(files, currentProfile());
            // Nothing is written in browser mode, so a newly opened file is checked at once.
            if (opened) await runValidation();
          }),
        setActive: async (id) => {
          browserHost.setActive(id);
          setNotice(null);
          setError(null);
          if (!docs[id]?.run) await guarded("validate", runValidation);
        },
        removeFile: (id) => browserHost.removeFile(id),
        download: () =>
          guarded("download", async () => {
            const { name, bytes } = await browserHost.checkedCopy(options());
            saveFile(name, bytes);
            setNotice({ id: "downloaded", name });
          }),
      }
    : null;

  return {
    settings,
    settingsReady,
    updateSettings,
    profile,
    busy,
    error,
    dismissError: () => setError(null),
    notice,
    dismissNotice: () => setNotice(null),
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
    exportPrompt,
    confirmExport,
    cancelExport,
    reportSheet: browserHost ? reportSheet : null,
    setReportSheet,
    restoreMarks,
    browser,
  };
}
