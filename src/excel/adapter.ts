// The Excel adapter: read once, validate in plain JS, write once (STYLE.md, "The Excel edge").
//
// Syncs per operation, on every ExcelApi version from 1.7:
//   validate   sync 1 sheets (+ notes/comments) · sync 2 sizes, protection, merges, our marks,
//              note cells · sync 3 cells (chunked only when big) · validate in plain JS ·
//              sync 4 every write (the old marks removed, the new ones drawn)
//   accept     1 sync (prior values read in the same request, before the write)
//   clearMarks, undo   sync 1–3 find our marks and notes in the workbook · 1 write sync
//   select     1 sync
// Extra requests only where needed: on ExcelApi 1.10–1.17 comments are added in a request of
// their own after the write (the user's notes are invisible to the API there, and a comment on
// a noted cell would make Excel refuse the whole request); a sheet over 512 merged areas has them
// read in parts; a read too large for one request is chunked.
//
// Nothing the adapter needs later lives only in its memory: the marks are found in the workbook
// (their formula, their note prefix), and the run's result and 撤销's snapshot go to the RunStore
// (the workbook's settings), because a function-command runtime ends when its command completes and
// a pane's runtime when the pane closes (https://learn.microsoft.com/office/dev/add-ins/develop/runtimes).
import { toA1 } from "../engine/grid";
import type { Area, CellRef } from "../engine/grid";
import { planWrites } from "../engine/plan";
import type { WriteMode } from "../engine/plan";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";
import type { RunResult } from "../host/contract";
import { checkWorkbook } from "../template";
import { cellKey, qualify } from "./address";
import type { ContextLike, OfficeEnv } from "./api";
import { ExcelAdapterError, isCellEdit, ITEM_NOT_FOUND_CODE, officeErrorCode } from "./errors";
import { detectFeatures, noteSupport } from "./features";
import type { Features } from "./features";
import { officeCell, readWorkbook } from "./read";
import type { WorkbookRead } from "./read";
import { checkPlan, emptySnapshot, isValidRef, literalText, masterOf, queueClear, queueRunWrites, queueUndo } from "./write";
import type { PriorValue, QueuedRestore, UndoSnapshot, ValueChange } from "./write";

export interface ExcelAdapterOptions {
  /** Waits between retries while the user is editing a cell, ms; their sum bounds the wait.
   *  Default 250, 500, 1000, 2000, 3000, 3000 (under 10 s). */
  retryDelaysMs?: readonly number[];
  /** Excel.run({ delayForCellEdit: true }): Excel holds the batch until the user leaves the cell
   *  (hosts with the DelayForCellEdit set). Default true; the ribbon passes false so that it can
   *  complete its event within seconds. */
  delayForCellEdit?: boolean;
  /** Replaces setTimeout in tests. */
  delay?: (ms: number) => Promise<void>;
  /** Cells per request when a read must be chunked. */
  chunkCells?: number;
  /** Sheets above this many cells are reported, not read. Default 5 000 000. */
  maxSheetCells?: number;
  /** Where the last run's result and 撤销's snapshot are kept for any later runtime. */
  store?: RunStore;
  /** Stamps stored runs; tests pass a fixed clock. */
  now?: () => Date;
}

/** What the pane's RunResult holds, plus what only Excel can report. */
export interface ValidateResult extends RunResult {
  report: Report;
  /** Sheets above the 5-million-cell guard: not read, not validated. */
  tooLargeSheets: string[];
  /** Sheets with more merged areas than Excel returns in parts: validated without their merges. */
  mergesLost: string[];
  /** Marked cells that got no comment (ExcelApi 1.10–1.17: the cell holds a note we cannot see). */
  notesSkipped: number;
}

/** The last run as the workbook keeps it: what the pane shows, and what 撤销 restores. */
export interface RunRecord {
  version: 1;
  savedAt: string;
  /** null when the result was too large to keep; 撤销 still works. */
  result: ValidateResult | null;
  undo: UndoSnapshot | null;
}

export interface RunStore {
  load(): Promise<RunRecord | null>;
  save(record: RunRecord | null): Promise<void>;
}

export interface AcceptSuggestion {
  sheet: string;
  at: CellRef;
  value: string;
}

export interface AcceptResult {
  written: number;
  /** Suggestions on protected sheets are not written. */
  protectedSheets: string[];
}

export interface RestoreResult {
  /** Cells, marks and notes removed or put back. */
  restored: number;
  /** Sheets gone or protected since the run: nothing restored there. */
  skippedSheets: string[];
  /** Cells the user changed after the run, which 撤销 leaves as they are. */
  keptCells: number;
}

interface SheetState {
  visible: boolean;
  protected: boolean;
  merges: Area[];
}

type DeferredComment = { sheet: string; at: CellRef; text: string };

/** Refused comments tolerated before the rest are given up (each costs a request and a read). */
const MAX_COMMENT_ROUNDS = 10;
const DEFAULT_RETRY_DELAYS = [250, 500, 1000, 2000, 3000, 3000];

export class ExcelAdapter {
  readonly features: Features;
  /** 撤销's snapshot; `undefined` until looked up in the store. */
  private last: UndoSnapshot | null | undefined;
  private record: RunRecord | null = null;
  private sheets = new Map<string, SheetState>();
  private readonly retryDelays: readonly number[];
  private readonly delay: (ms: number) => Promise<void>;
  /** Operations run one at a time: each reads the state the previous one left. */
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly env: OfficeEnv,
    private readonly options: ExcelAdapterOptions = {},
  ) {
    this.features = detectFeatures(env);
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
    this.delay = options.delay ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    if (!options.store) this.last = null;
  }

  get noteSupport(): "notes" | "comments" | "none" {
    return noteSupport(this.features);
  }

  /** True when a run (this runtime's or one the workbook keeps) can be undone. */
  async canUndo(): Promise<boolean> {
    return (await this.snapshot()) !== null;
  }

  /** The last run the workbook keeps (another runtime's, or this one's), or null. */
  lastRun(): Promise<ValidateResult | null> {
    return this.exclusive(async () => {
      await this.snapshot();
      return this.record?.result ?? null;
    });
  }

  /** 校验并评分: read, validate, write back. Protected sheets are skipped and reported; the others
   *  are written in one request. */
  validate(profile: Profile, options: { mode: WriteMode; locale: Locale }): Promise<ValidateResult> {
    return this.exclusive(() => this.validateNow(profile, options));
  }

  /** 采用建议 / 全部采用: writes recommended scores, in one request; recorded for 撤销. */
  accept(suggestions: readonly AcceptSuggestion[]): Promise<AcceptResult> {
    return this.exclusive(() => this.acceptNow(suggestions));
  }

  /** Shows a finding's cell: activates its sheet and selects it. */
  select(sheet: string, at: CellRef): Promise<void> {
    return this.exclusive(() => this.selectNow(sheet, at));
  }

  /** 清除标记: every mark and note of SelfEval's in the workbook goes, whichever runtime drew it. */
  clearMarks(): Promise<RestoreResult> {
    return this.exclusive(() => this.clearMarksNow());
  }

  /** 撤销: every value the last run and the 采用 clicks since changed, and the marks, as before. */
  undo(): Promise<RestoreResult> {
    return this.exclusive(() => this.undoNow());
  }

  private exclusive<T>(op: () => Promise<T>): Promise<T> {
    const next = this.busy.then(op, op);
    this.busy = next.catch(() => undefined);
    return next;
  }

  private async snapshot(): Promise<UndoSnapshot | null> {
    if (this.last === undefined) {
      let record: RunRecord | null = null;
      try {
        record = (await this.options.store?.load()) ?? null;
      } catch {
        record = null; // unreadable: as if there were none
      }
      this.record = record;
      this.last = record?.undo ?? null;
    }
    return this.last;
  }

  /** Keeps the run for later runtimes. Best effort: the run itself stands if the save fails. */
  private async persist(): Promise<void> {
    const store = this.options.store;
    if (!store) return;
    try {
      if (!this.record) await store.save(null);
      else await store.save({ ...this.record, undo: this.last ?? null });
    } catch {
      // Settings that cannot be saved (a read-only document): memory still serves this runtime.
    }
  }

  private async validateNow(profile: Profile, options: { mode: WriteMode; locale: Locale }): Promise<ValidateResult> {
    await this.snapshot();
    const outcome = await this.run(async (ctx) => {
      let read: WorkbookRead;
      try {
        read = await readWorkbook(ctx, this.features, { chunkCells: this.options.chunkCells, maxSheetCells: this.options.maxSheetCells });
      } catch (err) {
        throw passCellEdit(err, () => new ExcelAdapterError("read-failed", "无法读取工作簿", "Could not read the workbook", err));
      }
      const report = checkWorkbook(read.grid, profile);
      const plan = planWrites(report, options);
      checkPlan(plan, read.sheets); // throws before anything is queued
      const queued = queueRunWrites(read, plan, this.features);
      try {
        await ctx.sync(); // the one write request
      } catch (err) {
        if (isCellEdit(err)) throw err; // refused whole: retry the run
        return { ok: false as const, failed: err, read, values: queued.snapshot.values };
      }
      return { ok: true as const, read, report, plan, queued };
    });

    this.remember(outcome.read);
    if (!outcome.ok) {
      // Office batches are not transactional: part of the request may have been applied. The
      // prior values were known before the request, so 撤销 can still put them back.
      this.last = emptySnapshot(outcome.values);
      this.record = { version: 1, savedAt: (this.options.now?.() ?? new Date()).toISOString(), result: null, undo: this.last };
      await this.persist();
      throw new ExcelAdapterError(
        "write-failed",
        "Excel 拒绝了写入，可能已写入一部分：可用「撤销」恢复数值，或用 Excel 的撤销 (Ctrl+Z)",
        "Excel refused the write and may have applied part of it: use Undo here for the values, or Excel's Undo (Ctrl+Z)",
        outcome.failed,
      );
    }
    const { read, report, plan, queued } = outcome;
    let notesSkipped = 0;
    if (queued.deferredComments.length > 0) notesSkipped = (await this.addComments(queued.deferredComments)).skipped.length;
    const touched = new Set<string>([...report.templates.map((t) => t.sheet), ...plan.values.map((v) => v.sheet), ...plan.marks.map((m) => m.sheet)]);
    const result: ValidateResult = {
      report,
      written: queued.written,
      marked: queued.marked,
      protectedSheets: read.order.filter((name) => read.sheets.get(name)?.protected && touched.has(name)),
      noteSupport: this.noteSupport,
      tooLargeSheets: read.order.filter((name) => read.sheets.get(name)?.tooLarge),
      mergesLost: read.order.filter((name) => read.sheets.get(name)?.mergesLost),
      notesSkipped,
    };
    // 撤销 after a second run goes back to the state after the first.
    this.last = queued.snapshot;
    this.record = { version: 1, savedAt: (this.options.now?.() ?? new Date()).toISOString(), result, undo: this.last };
    await this.persist();
    return result;
  }

  private async acceptNow(suggestions: readonly AcceptSuggestion[]): Promise<AcceptResult> {
    const protectedSheets = new Set<string>();
    const writes = new Map<string, { sheet: string; at: CellRef; value: number | string }>();
    for (const s of suggestions) {
      if (!isValidRef(s.at)) throw new ExcelAdapterError("invalid-value", `单元格地址无效：${JSON.stringify(s.at)}`, `Invalid cell address ${JSON.stringify(s.at)}`);
      const state = this.sheets.get(s.sheet);
      if (state?.protected) {
        protectedSheets.add(s.sheet);
        continue;
      }
      const at = masterOf(state?.merges ?? [], s.at);
      writes.set(cellKey(s.sheet, at), { sheet: s.sheet, at, value: suggestionValue(s.value) });
    }
    if (writes.size === 0) return { written: 0, protectedSheets: [...protectedSheets] };

    let changes: ValueChange[];
    try {
      changes = await this.run(async (ctx) => {
        const sheets = sheetCache(ctx);
        const before = [...writes.values()].map((w) => {
          const ws = sheets(w.sheet);
          // Two proxies: the load runs before the write in the request, so it sees the old value.
          const old = ws.getRange(toA1(w.at));
          old.load(["values", "formulas", "valueTypes"]);
          ws.getRange(toA1(w.at)).values = [[w.value]];
          return { w, old };
        });
        await ctx.sync();
        return before.map(({ w, old }) => ({
          sheet: w.sheet,
          at: w.at,
          prior: priorFromOffice(old.values?.[0]?.[0], old.formulas?.[0]?.[0], old.valueTypes?.[0]?.[0]),
          wrote: { value: typeof w.value === "string" ? w.value.replace(/^'/, "") : w.value },
        }));
      });
    } catch (err) {
      throw asWriteError(err);
    }
    const last = (await this.snapshot()) ?? emptySnapshot();
    // The earliest prior wins: 撤销 goes back to before the run, not to before the last click.
    this.last = { ...last, values: mergeValues(last.values, changes) };
    await this.persist();
    return { written: changes.length, protectedSheets: [...protectedSheets] };
  }

  private async selectNow(sheet: string, at: CellRef): Promise<void> {
    if (this.sheets.get(sheet)?.visible === false) {
      throw new ExcelAdapterError("hidden-sheet", `工作表「${sheet}」已隐藏，请先取消隐藏`, `Sheet "${sheet}" is hidden; unhide it first`);
    }
    try {
      await this.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(toA1(at)).select();
        await ctx.sync();
      });
    } catch (err) {
      if (err instanceof ExcelAdapterError) throw err;
      if (officeErrorCode(err) === ITEM_NOT_FOUND_CODE) throw missingSheet(sheet, err);
      throw new ExcelAdapterError("read-failed", "无法定位到该单元格", "Could not show the cell", err);
    }
  }

  private async clearMarksNow(): Promise<RestoreResult> {
    const result = await this.restore((read) => queueClear(read), []);
    // The marks are gone; a later 撤销 restores the values only.
    const last = await this.snapshot();
    if (last) {
      this.last = emptySnapshot(last.values);
      await this.persist();
    }
    return result;
  }

  private async undoNow(): Promise<RestoreResult> {
    const last = await this.snapshot();
    if (!last) return { restored: 0, skippedSheets: [], keptCells: 0 };
    const result = await this.restore((read) => queueUndo(read, last, this.features), last.values);
    this.last = null;
    this.record = null;
    await this.persist();
    return result;
  }

  // --- internals -----------------------------------------------------------------------------------

  /** Reads what the workbook holds of ours (no cells), queues the restore, sends it. */
  private async restore(queue: (read: WorkbookRead) => QueuedRestore, probe: readonly ValueChange[]): Promise<RestoreResult> {
    let queued: QueuedRestore;
    try {
      queued = await this.run(async (ctx) => {
        const read = await readWorkbook(ctx, this.features, { cells: false, probe });
        const q = queue(read);
        await ctx.sync();
        this.remember(read);
        return q;
      });
    } catch (err) {
      throw asWriteError(err);
    }
    if (queued.deferredComments.length > 0) await this.addComments(queued.deferredComments);
    return { restored: queued.restored, skippedSheets: queued.skippedSheets, keptCells: queued.keptCells };
  }

  /**
   * Adds comments (ExcelApi 1.10–1.17) in their own request. Excel runs a request in order and
   * stops at the first refused command, so after a refusal the comments that exist now are the
   * ones before it: the refused one is skipped and the rest sent again.
   */
  private async addComments(adds: DeferredComment[]): Promise<{ added: DeferredComment[]; skipped: DeferredComment[] }> {
    const added: DeferredComment[] = [];
    const skipped: DeferredComment[] = [];
    let remaining = adds;
    for (let round = 0; remaining.length > 0 && round < MAX_COMMENT_ROUNDS; round++) {
      const batch = remaining;
      try {
        await this.run(async (ctx) => {
          // workbook.comments.add takes the full address, sheet included (CommentCollection.add).
          for (const c of batch) ctx.workbook.comments.add(qualify(c.sheet, toA1(c.at)), c.text);
          await ctx.sync();
        });
        added.push(...batch);
        remaining = [];
      } catch (err) {
        if (err instanceof ExcelAdapterError) break; // the user kept editing: give up on comments
        let present: Set<string>;
        try {
          present = await this.run(async (ctx) => {
            const read = await readWorkbook(ctx, this.features, { cells: false });
            return new Set([...read.notes].filter(([, n]) => n.kind === "comment" && n.own).map(([key]) => key));
          });
        } catch {
          break;
        }
        const refused = batch.findIndex((c) => !present.has(cellKey(c.sheet, c.at)));
        if (refused < 0) {
          added.push(...batch);
          remaining = [];
          break;
        }
        added.push(...batch.slice(0, refused));
        skipped.push(batch[refused]);
        remaining = batch.slice(refused + 1);
      }
    }
    skipped.push(...remaining);
    return { added, skipped };
  }

  /**
   * Excel.run, with `delayForCellEdit` where the host has it, and retried with a bounded wait
   * while the user is editing a cell (PLATFORM.md, Performance; OfficeDev/office-js#3388).
   */
  private async run<T>(batch: (ctx: ContextLike) => Promise<T>): Promise<T> {
    const runOptions = this.options.delayForCellEdit === false ? undefined : { delayForCellEdit: true };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.env.run(batch, runOptions);
      } catch (err) {
        if (!isCellEdit(err)) throw err;
        if (attempt >= this.retryDelays.length) {
          throw new ExcelAdapterError(
            "cell-edit",
            "Excel 正在编辑单元格：请按 Enter 或 Esc 结束编辑后重试",
            "Excel is editing a cell: press Enter or Esc, then try again",
            err,
          );
        }
        await this.delay(this.retryDelays[attempt]);
      }
    }
  }

  private remember(read: WorkbookRead): void {
    this.sheets = new Map([...read.sheets].map(([name, s]) => [name, { visible: s.visible, protected: s.protected, merges: s.merges }]));
  }
}

// --- helpers -----------------------------------------------------------------------------------------

/** Keeps the earliest prior of each cell (and its latest written value). */
function mergeValues(earlier: readonly ValueChange[], later: readonly ValueChange[]): ValueChange[] {
  const out = new Map(earlier.map((v) => [cellKey(v.sheet, v.at), v]));
  for (const v of later) {
    const key = cellKey(v.sheet, v.at);
    const first = out.get(key);
    out.set(key, first ? { ...first, wrote: v.wrote } : v);
  }
  return [...out.values()];
}

function sheetCache(ctx: ContextLike) {
  const cache = new Map<string, ReturnType<ContextLike["workbook"]["worksheets"]["getItem"]>>();
  return (name: string) => {
    let ws = cache.get(name);
    if (!ws) {
      ws = ctx.workbook.worksheets.getItem(name);
      cache.set(name, ws);
    }
    return ws;
  };
}

/** Scores are decimal strings; anything else is written as literal text, never as a formula. */
export function suggestionValue(value: string): number | string {
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return literalText(value);
}

export function priorFromOffice(value: unknown, formula: unknown, type?: unknown): PriorValue {
  const cell = officeCell(value, formula, type);
  if (cell?.formula) return { formula: cell.formula };
  const v = cell?.value ?? null;
  return { value: v === "" ? null : v };
}

function passCellEdit(err: unknown, wrap: () => Error): unknown {
  return isCellEdit(err) || err instanceof ExcelAdapterError ? err : wrap();
}

function missingSheet(sheet: string, cause: unknown): ExcelAdapterError {
  return new ExcelAdapterError("missing-sheet", `找不到工作表「${sheet}」（可能已重命名或删除）`, `No sheet named "${sheet}" (renamed or deleted?)`, cause);
}

function asWriteError(err: unknown): Error {
  if (err instanceof ExcelAdapterError) return err;
  return new ExcelAdapterError("write-failed", "Excel 拒绝了写入", "Excel refused the write", err);
}
