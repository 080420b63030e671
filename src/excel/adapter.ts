// The Excel adapter: read once, validate in plain JS, write once (STYLE.md, "The Excel edge").
//
// Syncs per operation, on every ExcelApi version from 1.7:
//   validate   sync 1 sheets (+ notes/comments) · sync 2 used ranges, protection, merges,
//              note cells · validate in plain JS · sync 3 every write, the prior fills read
//              first in the same request
//   accept     1 sync (prior values read in the same request, before the write)
//   clearMarks 1 sync · undo 1 sync · select 1 sync
// Extra requests only where needed: on ExcelApi 1.10–1.17 comments are added in a request of
// their own after the write (the user's notes are invisible to the API there, and a comment on
// a noted cell would make Excel refuse the whole request); a read too large for one request
// (Excel on the web, 5 MB) is chunked; a restore that hits a renamed sheet or a note the user
// deleted is retried after a fresh read.
import { toA1 } from "../engine/grid";
import type { Area, CellRef } from "../engine/grid";
import { planWrites } from "../engine/plan";
import type { WriteMode } from "../engine/plan";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";
import { checkWorkbook } from "../template";
import { cellKey, qualify } from "./address";
import type { ContextLike, OfficeEnv } from "./api";
import { CELL_EDIT_CODE, ExcelAdapterError, ITEM_NOT_FOUND_CODE, officeErrorCode } from "./errors";
import { detectFeatures, noteSupport } from "./features";
import type { Features } from "./features";
import { readWorkbook, toCellValue } from "./read";
import type { WorkbookRead } from "./read";
import { applicableOps, checkPlan, clearOps, isValidRef, literalText, masterOf, queueRestore, queueRunWrites, undoOps } from "./write";
import type { PriorValue, QueuedRun, RestoreOp, RunSnapshot, Session, ValueChange } from "./write";

export interface ExcelAdapterOptions {
  /** Retries while the user is editing a cell (InvalidOperationInCellEditMode). Default 5. */
  retries?: number;
  /** Wait between retries, ms. Default 500. */
  retryDelayMs?: number;
  /** Replaces setTimeout in tests. */
  delay?: (ms: number) => Promise<void>;
  /** Cells per request when a read must be chunked. */
  chunkCells?: number;
  /** Sheets above this many cells are reported, not read. Default 5 000 000. */
  maxSheetCells?: number;
}

/** What the pane's RunResult holds, plus what only Excel can report. */
export interface ValidateResult {
  report: Report;
  written: number;
  marked: number;
  protectedSheets: string[];
  noteSupport: "notes" | "comments" | "none";
  /** Sheets above the 5-million-cell guard: not read, not validated. */
  tooLargeSheets: string[];
  /** Marked cells that got no comment (ExcelApi 1.10–1.17: the cell holds a note we cannot see). */
  notesSkipped: number;
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
  /** Cells and notes put back. */
  restored: number;
  /** Sheets gone or protected since the run: nothing restored there. */
  skippedSheets: string[];
}

interface SheetState {
  visible: boolean;
  protected: boolean;
  merges: Area[];
}

const EMPTY_SESSION = (): Session => ({ marked: new Map(), ownNotes: new Map() });

type DeferredComment = QueuedRun["deferredComments"][number];

/** Refused comments tolerated before the rest are given up (each costs a request and a read). */
const MAX_COMMENT_ROUNDS = 10;

export class ExcelAdapter {
  readonly features: Features;
  private session: Session = EMPTY_SESSION();
  private last: RunSnapshot | undefined;
  private sheets = new Map<string, SheetState>();
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly delay: (ms: number) => Promise<void>;
  /** Operations run one at a time: each reads the state the previous one left. */
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly env: OfficeEnv,
    private readonly options: ExcelAdapterOptions = {},
  ) {
    this.features = detectFeatures(env);
    this.retries = options.retries ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.delay = options.delay ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get noteSupport(): "notes" | "comments" | "none" {
    return noteSupport(this.features);
  }

  canUndo(): boolean {
    return this.last !== undefined;
  }

  hasMarks(): boolean {
    return this.session.marked.size > 0 || this.session.ownNotes.size > 0;
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

  /** 清除标记: the fills before our marks come back exactly, our notes go. One request. */
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

  private async validateNow(profile: Profile, options: { mode: WriteMode; locale: Locale }): Promise<ValidateResult> {
    const outcome = await this.run(async (ctx) => {
      let read: WorkbookRead;
      try {
        read = await readWorkbook(ctx, this.features, {
          probeFills: [...this.session.marked.values()],
          chunkCells: this.options.chunkCells,
          maxSheetCells: this.options.maxSheetCells,
        });
      } catch (err) {
        throw passCellEdit(err, () => new ExcelAdapterError("read-failed", "无法读取工作簿", "Could not read the workbook", err));
      }
      const report = checkWorkbook(read.grid, profile);
      const plan = planWrites(report, options);
      checkPlan(plan, read.sheets); // throws before anything is queued
      const queued = queueRunWrites(ctx, read, plan, { features: this.features, session: this.session });
      try {
        await ctx.sync(); // the one write request
      } catch (err) {
        if (officeErrorCode(err) === CELL_EDIT_CODE) throw err; // refused whole: retry the run
        return { ok: false as const, failed: err, read, valueChanges: queued.valueChanges };
      }
      return { ok: true as const, read, report, plan, queued, collected: queued.collect() };
    });

    this.remember(outcome.read);
    if (!outcome.ok) {
      // Office batches are not transactional: part of the request may have been applied. The
      // prior values were known before the request, so 撤销 can still put them back.
      this.last = emptySnapshot(this.session, outcome.valueChanges);
      throw new ExcelAdapterError(
        "write-failed",
        "Excel 拒绝了写入，可能已写入一部分：可用「撤销」恢复数值，或用 Excel 的撤销 (Ctrl+Z)",
        "Excel refused the write and may have applied part of it: use Undo here for the values, or Excel's Undo (Ctrl+Z)",
        outcome.failed,
      );
    }
    const { read, report, plan, queued, collected } = outcome;
    this.last = collected.snapshot;
    this.session = collected.session;
    let notesSkipped = 0;
    if (queued.deferredComments.length > 0) {
      const { added, skipped } = await this.addComments(queued.deferredComments);
      for (const c of added) {
        this.last.notes.push({ sheet: c.sheet, at: c.at, kind: "comment", action: "added" });
        this.session.ownNotes.set(cellKey(c.sheet, c.at), { sheet: c.sheet, at: c.at, kind: "comment" });
      }
      notesSkipped = skipped.length;
    }
    const touched = new Set<string>([...report.templates.map((t) => t.sheet), ...plan.values.map((v) => v.sheet), ...plan.marks.map((m) => m.sheet)]);
    return {
      report,
      written: queued.written,
      marked: queued.marked,
      protectedSheets: read.order.filter((name) => read.sheets.get(name)?.protected && touched.has(name)),
      noteSupport: this.noteSupport,
      tooLargeSheets: read.order.filter((name) => read.sheets.get(name)?.tooLarge),
      notesSkipped,
    };
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
          old.load(["values", "formulas"]);
          ws.getRange(toA1(w.at)).values = [[w.value]];
          return { w, old };
        });
        await ctx.sync();
        return before.map(({ w, old }) => ({ sheet: w.sheet, at: w.at, prior: priorFromOffice(old.values?.[0]?.[0], old.formulas?.[0]?.[0]) }));
      });
    } catch (err) {
      throw asWriteError(err);
    }
    const last = this.last ?? emptySnapshot(this.session, []);
    const known = new Set(last.values.map((v) => cellKey(v.sheet, v.at)));
    // The earliest prior wins: 撤销 goes back to before the run, not to before the last click.
    this.last = { ...last, values: [...last.values, ...changes.filter((c) => !known.has(cellKey(c.sheet, c.at)))] };
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
    const ops = clearOps(this.session);
    if (ops.length === 0) return { restored: 0, skippedSheets: [] };
    const result = await this.restore(ops);
    this.session = EMPTY_SESSION();
    // The marks are gone; a later 撤销 restores the values only.
    if (this.last) this.last = emptySnapshot(this.session, this.last.values);
    return result;
  }

  private async undoNow(): Promise<RestoreResult> {
    const last = this.last;
    if (!last) return { restored: 0, skippedSheets: [] };
    const result = await this.restore(undoOps(last));
    this.session = { marked: new Map(last.markedBefore), ownNotes: new Map(last.ownNotesBefore) };
    this.last = undefined;
    return result;
  }

  // --- internals -----------------------------------------------------------------------------------

  /**
   * Adds comments (ExcelApi 1.10–1.17) after the run's write, in their own request. Excel runs a
   * request in order and stops at the first refused command, so after a refusal the comments
   * that exist now are the ones before it: the refused one is skipped and the rest sent again.
   */
  private async addComments(adds: DeferredComment[]): Promise<{ added: DeferredComment[]; skipped: DeferredComment[] }> {
    const added: DeferredComment[] = [];
    const skipped: DeferredComment[] = [];
    let remaining = adds;
    for (let round = 0; remaining.length > 0 && round < MAX_COMMENT_ROUNDS; round++) {
      const batch = remaining;
      try {
        await this.run(async (ctx) => {
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

  /** One request; if Excel refuses it (a sheet renamed or protected since, a note the user
   *  deleted), read what is there now and restore what still applies. */
  private async restore(ops: RestoreOp[]): Promise<RestoreResult> {
    try {
      await this.run(async (ctx) => {
        queueRestore(ctx, ops, this.features);
        await ctx.sync();
      });
      return { restored: ops.length, skippedSheets: [] };
    } catch (err) {
      if (err instanceof ExcelAdapterError) throw err;
    }
    try {
      return await this.run(async (ctx) => {
        const read = await readWorkbook(ctx, this.features, { cells: false });
        const { ops: kept, skippedSheets } = applicableOps(ops, read);
        queueRestore(ctx, kept, this.features);
        await ctx.sync();
        return { restored: kept.length, skippedSheets };
      });
    } catch (err) {
      throw asWriteError(err);
    }
  }

  /** Excel.run, retried while the user is editing a cell (PLATFORM.md, Performance). */
  private async run<T>(batch: (ctx: ContextLike) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.env.run(batch);
      } catch (err) {
        if (officeErrorCode(err) !== CELL_EDIT_CODE) throw err;
        if (attempt >= this.retries) {
          throw new ExcelAdapterError(
            "cell-edit",
            "Excel 正在编辑单元格：请按 Enter 或 Esc 结束编辑后重试",
            "Excel is editing a cell: press Enter or Esc, then try again",
            err,
          );
        }
        await this.delay(this.retryDelayMs);
      }
    }
  }

  private remember(read: WorkbookRead): void {
    this.sheets = new Map([...read.sheets].map(([name, s]) => [name, { visible: s.visible, protected: s.protected, merges: s.merges }]));
  }
}

// --- helpers -----------------------------------------------------------------------------------------

function emptySnapshot(session: Session, values: ValueChange[]): RunSnapshot {
  return { values, fills: [], notes: [], markedBefore: new Map(session.marked), ownNotesBefore: new Map(session.ownNotes) };
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

export function priorFromOffice(value: unknown, formula: unknown): PriorValue {
  if (typeof formula === "string" && formula.startsWith("=")) return { formula: formula.slice(1) };
  const v = toCellValue(value);
  return { value: v === "" ? null : v };
}

function passCellEdit(err: unknown, wrap: () => Error): unknown {
  return officeErrorCode(err) === CELL_EDIT_CODE || err instanceof ExcelAdapterError ? err : wrap();
}

function missingSheet(sheet: string, cause: unknown): ExcelAdapterError {
  return new ExcelAdapterError("missing-sheet", `找不到工作表「${sheet}」（可能已重命名或删除）`, `No sheet named "${sheet}" (renamed or deleted?)`, cause);
}

function asWriteError(err: unknown): Error {
  if (err instanceof ExcelAdapterError) return err;
  return new ExcelAdapterError("write-failed", "Excel 拒绝了写入", "Excel refused the write", err);
}
