// The Host of browser mode: the user's .xlsx files, read and checked in the page (nothing leaves
// the browser). Each file keeps its original grid and an in-memory copy that accepted suggestions
// change; the checked copy to download is built from the original bytes and those changes, the
// same way as the CLI's --out file; so is the submission copy (导出提交版).
import type { CellRef, SheetGrid, WorkbookGrid } from "../../engine/grid";
import { isCellError } from "../../engine/grid";
import type { ValueWrite, WriteMode } from "../../engine/plan";
import { planWrites } from "../../engine/plan";
import type { Profile } from "../../engine/profile";
import { defaultProfile } from "../../engine/profile";
import type { Locale, Report } from "../../engine/report";
import { checkWorkbook } from "../../template";
import type { Submission, XlsxPackage } from "../../xlsx";
import { checkedCopyName as copyName } from "../../xlsx/names";
import type { FileResult } from "../../review/summary";
import { REVIEW_WORKBOOK_NAME, reviewWorkbookBytes } from "../../review/workbook";
import { PaneError } from "../errors";
import type { Host, RunResult, Settings, Suggestion } from "../../host/contract";
import { recalculateDependents } from "./formulas";
import { loadXlsx } from "./parser";

export interface BrowserFileView {
  id: string;
  name: string;
  size: number;
  status: "reading" | "ready" | "error";
  /** Why the file cannot be used (WorkbookReadError, no template …), when status is "error". */
  error?: unknown;
  /** Suggestions accepted into the in-memory copy since the file was opened (or undone). */
  acceptedCount: number;
  /** 清除标记: the checked copy and the preview carry no marks until the next validation. */
  marksCleared: boolean;
  /** The file's last check (on open, then each 校验并评分), for the review table. */
  report?: Report;
}

export interface BrowserSelection {
  fileId: string;
  sheet: string;
  at: CellRef;
}

export interface BrowserSnapshot {
  files: readonly BrowserFileView[];
  activeId: string | null;
  selection: BrowserSelection | null;
}

/** What openFiles needs of a File: the DOM File and test doubles both have it. */
export interface FileLike {
  name: string;
  size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

interface FileState {
  view: BrowserFileView;
  bytes?: Uint8Array;
  /** The grid as read; never changed. */
  original?: WorkbookGrid;
  /** The original plus accepted suggestions and the formulas that depend on them. */
  working?: WorkbookGrid;
  accepted: ValueWrite[];
  /** Formula cells whose cached result changed in `working`. */
  recalculated: Map<string, { sheet: string; at: CellRef }>;
  profile?: Profile;
}

export const SETTINGS_KEY = "selfeval.settings";

/** The file name of the checked copy, as the CLI names it: `<original>.checked.xlsx` (an .xls,
 *  .et or .ods gets an .xlsx copy; an .xlsm stays .xlsm). */
export function checkedCopyName(name: string, extension: ".xlsx" | ".xlsm" = ".xlsx"): string {
  return copyName(name, extension);
}

export function noTemplateError(): PaneError {
  return new PaneError("未识别到绩效自评表模板", "No template recognised");
}

export class BrowserHost implements Host {
  readonly kind = "browser" as const;
  private files: FileState[] = [];
  private activeId: string | null = null;
  private selection: BrowserSelection | null = null;
  private snapshot: BrowserSnapshot = { files: [], activeId: null, selection: null };
  private readonly listeners = new Set<() => void>();
  private counter = 0;

  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem"> | null = defaultStorage()) {}

  // --- store (useSyncExternalStore) ------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): BrowserSnapshot => this.snapshot;

  private emit(): void {
    this.snapshot = {
      files: this.files.map((f) => ({ ...f.view })),
      activeId: this.activeId,
      selection: this.selection,
    };
    for (const listener of this.listeners) listener();
  }

  // --- files -----------------------------------------------------------------------------------

  /**
   * Reads and checks each file in the page. An unusable file (not .xlsx, truncated, legacy .xls,
   * no template) stays in the list with its error; the first usable new file becomes active.
   * Opening a file with the name of an open one replaces it.
   */
  async openFiles(files: readonly FileLike[], profile: Profile): Promise<string | null> {
    if (files.length === 0) return null;
    const opened: FileState[] = [];
    for (const file of files) {
      const state: FileState = {
        view: { id: `f${++this.counter}`, name: file.name, size: file.size ?? 0, status: "reading", acceptedCount: 0, marksCleared: false },
        accepted: [],
        recalculated: new Map(),
      };
      const existing = this.files.findIndex((f) => f.view.name === file.name);
      if (existing >= 0) {
        if (this.activeId === this.files[existing].view.id) this.activeId = null;
        this.files.splice(existing, 1, state);
      } else this.files.push(state);
      opened.push(state);
    }
    this.emit();

    let firstReady: string | null = null;
    for (const [i, state] of opened.entries()) {
      try {
        const bytes = new Uint8Array(await files[i].arrayBuffer());
        state.view.size = bytes.length;
        const { checkXlsx } = await loadXlsx();
        const checked = await checkXlsx(bytes, profile, { libreoffice: false });
        if (checked.report.templates.length === 0) throw noTemplateError();
        state.bytes = bytes;
        state.original = checked.grid;
        state.working = cloneGrid(checked.grid);
        state.profile = profile;
        state.view.report = checked.report;
        state.view.status = "ready";
        firstReady ??= state.view.id;
      } catch (error) {
        state.view.status = "error";
        state.view.error = error;
      }
      this.emit();
    }
    if (firstReady) this.setActive(firstReady);
    else if (this.activeId === null) {
      const ready = this.files.find((f) => f.view.status === "ready");
      if (ready) this.setActive(ready.view.id);
    }
    return firstReady;
  }

  setActive(id: string): void {
    const file = this.files.find((f) => f.view.id === id && f.view.status === "ready");
    if (!file) return;
    this.activeId = id;
    if (this.selection?.fileId !== id) this.selection = null;
    this.emit();
  }

  /** Forgets a file (e.g. an unusable one the user dismissed). */
  removeFile(id: string): void {
    this.files = this.files.filter((f) => f.view.id !== id);
    if (this.activeId === id) this.activeId = this.files.find((f) => f.view.status === "ready")?.view.id ?? null;
    if (this.selection?.fileId === id) this.selection = null;
    this.emit();
  }

  /** A sheet of the in-memory copy, for the preview. */
  sheet(fileId: string, name: string): SheetGrid | undefined {
    return this.files.find((f) => f.view.id === fileId)?.working?.sheets.find((s) => s.name === name);
  }

  private active(): FileState & { bytes: Uint8Array; original: WorkbookGrid; working: WorkbookGrid } {
    const file = this.files.find((f) => f.view.id === this.activeId);
    if (!file || file.view.status !== "ready" || !file.bytes || !file.original || !file.working) {
      throw new PaneError("请先打开一个可用的 .xlsx 工作簿", "Open a usable .xlsx workbook first");
    }
    return file as FileState & { bytes: Uint8Array; original: WorkbookGrid; working: WorkbookGrid };
  }

  // --- Host --------------------------------------------------------------------------------------

  async validate(profile: Profile, options: { mode: WriteMode; locale: Locale }): Promise<RunResult> {
    const file = this.active();
    file.profile = profile;
    file.view.marksCleared = false;
    const report = checkWorkbook(file.working, profile);
    file.view.report = report;
    const plan = planWrites(report, options);
    const protectedSheets = [...new Set([...plan.values, ...plan.marks].map((t) => t.sheet))].filter(
      (name) => file.working.sheets.find((s) => s.name === name)?.protected,
    );
    this.emit();
    return {
      report,
      // The checked copy leaves a protected sheet exactly as it is and writes the others.
      written: plan.values.filter((v) => !protectedSheets.includes(v.sheet)).length,
      marked: plan.marks.filter((m) => !protectedSheets.includes(m.sheet)).length,
      protectedSheets,
      noteSupport: "notes",
    };
  }

  async select(sheet: string, at: CellRef): Promise<void> {
    const file = this.active();
    this.selection = { fileId: file.view.id, sheet, at };
    this.emit();
  }

  async accept(suggestions: Suggestion[]): Promise<void> {
    const file = this.active();
    const writes: ValueWrite[] = [];
    // Check everything first, so that a refused suggestion changes nothing.
    for (const s of suggestions) {
      const sheet = file.working.sheets.find((g) => g.name === s.sheet);
      if (!sheet) throw new PaneError(`找不到工作表「${s.sheet}」`, `No sheet named "${s.sheet}"`);
      if (sheet.protected) {
        throw new PaneError(`工作表「${s.sheet}」受保护，未写入任何内容`, `Sheet "${s.sheet}" is protected; nothing was written`);
      }
      const value = Number(s.value);
      if (!Number.isFinite(value)) throw new PaneError(`建议值不是数字：${s.value}`, `The suggested value is not a number: ${s.value}`);
      writes.push({ sheet: s.sheet, at: s.at, value, kind: "recommended-score" });
    }
    for (const w of writes) {
      const sheet = file.working.sheets.find((g) => g.name === w.sheet) as SheetGrid;
      const row = (sheet.cells[w.at.row] ??= []);
      const before = row[w.at.col];
      // The number format stays (a score shown with 2 decimals keeps showing 2); a formula the
      // cell held is replaced by the value, as typing it into Excel would.
      row[w.at.col] = before?.numFmt ? { value: w.value, numFmt: before.numFmt } : { value: w.value };
      file.accepted = file.accepted.filter((a) => !(a.sheet === w.sheet && a.at.row === w.at.row && a.at.col === w.at.col));
      file.accepted.push(w);
    }
    for (const cell of recalculateDependents(file.working, writes)) {
      file.recalculated.set(`${cell.sheet}\u0000${cell.at.row}\u0000${cell.at.col}`, cell);
    }
    file.view.acceptedCount = file.accepted.length;
    this.emit();
  }

  async clearMarks(): Promise<void> {
    this.active().view.marksCleared = true;
    this.emit();
  }

  /** Back to the file as opened: accepted suggestions and cleared marks are forgotten. */
  async undo(): Promise<void> {
    const file = this.active();
    file.working = cloneGrid(file.original);
    file.accepted = [];
    file.recalculated.clear();
    file.view.acceptedCount = 0;
    file.view.marksCleared = false;
    this.emit();
  }

  async loadSettings(): Promise<Partial<Settings>> {
    try {
      const raw = this.storage?.getItem(SETTINGS_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return typeof parsed === "object" && parsed !== null ? (parsed as Partial<Settings>) : {};
    } catch {
      return {};
    }
  }

  async saveSettings(settings: Settings): Promise<void> {
    const stored: Settings = { profile: settings.profile, mode: settings.mode, locale: settings.locale };
    // The loaded profile file's text: at most MAX_PROFILE_CHARS (src/host/profiles.ts), well within
    // what localStorage holds per origin.
    if (settings.customProfile) stored.customProfile = settings.customProfile;
    this.storage?.setItem(SETTINGS_KEY, JSON.stringify(stored));
  }

  // --- download ----------------------------------------------------------------------------------

  /**
   * The checked copy of the active file: the original bytes with the accepted suggestions, then
   * the recalculated fields and (unless cleared) the marks of a fresh check — what `selfeval
   * check --out` writes for the same file and the same accepts.
   */
  async checkedCopy(options: { mode: WriteMode; locale: Locale }): Promise<{ name: string; bytes: Uint8Array }> {
    return this.checkedCopyOf(this.active(), options);
  }

  private async checkedCopyOf(
    file: FileState & { bytes: Uint8Array; working: WorkbookGrid },
    options: { mode: WriteMode; locale: Locale },
  ): Promise<{ name: string; bytes: Uint8Array }> {
    const profile = file.profile ?? defaultProfile;
    const xlsx = await loadXlsx();
    const { workbook } = await xlsx.readWorkbook(file.bytes, { libreoffice: false });
    applyAccepted(xlsx, workbook, file);
    const report: Report = checkWorkbook(file.working, profile);
    const copy = await xlsx.writeCheckedCopy({ workbook, grid: file.working, report }, { ...options, marks: !file.view.marksCleared });
    return { name: checkedCopyName(file.view.name, copy.extension), bytes: copy.bytes };
  }

  /**
   * 下载全部校验副本: the checked copy of every usable file, as one .zip (the folder structure of
   * an opened folder kept). Files that cannot be used are left out: the review table lists them.
   */
  async checkedCopiesZip(options: { mode: WriteMode; locale: Locale }): Promise<{ name: string; bytes: Uint8Array; count: number }> {
    const ready = this.files.filter((f) => f.view.status === "ready" && f.bytes && f.working) as (FileState & { bytes: Uint8Array; working: WorkbookGrid })[];
    if (ready.length === 0) throw new PaneError("请先打开一个可用的 .xlsx 工作簿", "Open a usable .xlsx workbook first");
    const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ "jszip");
    const zip = new JSZip();
    for (const file of ready) {
      const copy = await this.checkedCopyOf(file, options);
      zip.file(copy.name, copy.bytes, { date: new Date() });
    }
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    return { name: options.locale === "zh-CN" ? "校验副本.zip" : "checked-copies.zip", bytes, count: ready.length };
  }

  /** 下载汇总表: the review workbook of the given results (the review table's rows and findings). */
  async reviewWorkbook(results: readonly FileResult[], locale: Locale): Promise<{ name: string; bytes: Uint8Array }> {
    const { default: excel } = await import(/* webpackChunkName: "xlsx" */ "exceljs");
    return { name: REVIEW_WORKBOOK_NAME[locale], bytes: await reviewWorkbookBytes(excel, results, locale) };
  }

  /**
   * 导出提交版 (SPEC §7): prepareSubmission on a fresh read of the original bytes with the accepted
   * suggestions (prepareSubmission changes the workbook it is given: never the file's own state).
   * The submission's report is that of the copy itself — marks removed, arithmetic fields
   * recalculated, checked again — so "N errors remain" counts what is submitted. Nothing is
   * written until write().
   */
  async submission(profile: Profile, options: { reportSheet: boolean; locale: Locale; checkedAt: Date }): Promise<Submission> {
    const file = this.active();
    const xlsx = await loadXlsx();
    const { workbook } = await xlsx.readWorkbook(file.bytes, { libreoffice: false });
    applyAccepted(xlsx, workbook, file);
    const report = checkWorkbook(file.working, profile);
    return xlsx.prepareSubmission({ workbook, grid: file.working, report }, { ...options, profile });
  }
}

/** The accepted suggestions, and the formula results that follow them, in a fresh copy. */
function applyAccepted(
  xlsx: Pick<typeof import("../../xlsx"), "applyPlan" | "setFullCalcOnLoad">,
  workbook: XlsxPackage,
  file: Pick<FileState, "accepted" | "recalculated" | "original"> & { working: WorkbookGrid },
): void {
  if (file.accepted.length === 0) return;
  xlsx.applyPlan(workbook, { values: file.accepted, marks: [] });
  // A re-evaluated formula keeps its formula; only its cached result changes.
  const results: ValueWrite[] = [];
  for (const cell of file.recalculated.values()) {
    const before = file.original?.sheets.find((s) => s.name === cell.sheet)?.cells[cell.at.row]?.[cell.at.col];
    const value = file.working.sheets.find((s) => s.name === cell.sheet)?.cells[cell.at.row]?.[cell.at.col]?.value;
    if (!before?.formula || typeof value !== "number" || !Number.isFinite(value)) continue;
    results.push({ sheet: cell.sheet, at: cell.at, value, formula: before.formula, kind: "recalculated" });
  }
  if (results.length) xlsx.applyPlan(workbook, { values: results, marks: [] });
  // Formulas outside the subset browser mode evaluates keep their old results: let Excel
  // recalculate everything when the copy is opened.
  xlsx.setFullCalcOnLoad(workbook);
}

export function cloneGrid(grid: WorkbookGrid): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((row) => (row ? row.map((c) => (c ? { ...c, value: isCellError(c.value) ? { ...c.value } : c.value } : c)) : row)),
      merges: s.merges.map((m) => ({ ...m })),
    })),
  };
}

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed frames): settings then last a session.
    return null;
  }
}
