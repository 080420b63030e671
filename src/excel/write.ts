// WritePlan → queued Office.js writes, and the snapshot that 清除标记 and 撤销 restore from.
// Nothing here syncs: the caller sends everything queued in one request.
//
// The prior fill of a marked cell is read in the write request itself, queued before the fills
// change: Office runs a batch in order, so the load sees the cell as it was. That keeps the run
// at two read syncs and one write sync on every ExcelApi version, where reading every cell's
// fill up front (`getCellProperties`, 1.9) would mean a second copy of the used range in the
// read request, and a third sync on older Excel.
import { areaToA1, getCell, toA1 } from "../engine/grid";
import type { Area, CellRef, CellValue, SheetGrid } from "../engine/grid";
import { MARK_FILLS, NOTE_PREFIX } from "../engine/plan";
import type { Mark, MarkKind, ValueWrite, WritePlan } from "../engine/plan";
import { addressLists, cellKey, officeColor, qualify, rectangles } from "./address";
import type { ContextLike, RangeFillLike, RangeLike, WorksheetLike } from "./api";
import { ExcelAdapterError } from "./errors";
import type { Features } from "./features";
import { probeFill } from "./read";
import type { FillState, NoteKind, SheetInfo, WorkbookRead } from "./read";

// --- snapshot types ------------------------------------------------------------------------------

/** A cell's content before we wrote it: its formula, or its literal value (null when empty). */
export type PriorValue = { formula: string } | { value: CellValue };

export interface ValueChange {
  sheet: string;
  at: CellRef;
  prior: PriorValue;
}

export interface FillChange {
  sheet: string;
  at: CellRef;
  prior: FillState;
}

export interface NoteChange {
  sheet: string;
  at: CellRef;
  kind: NoteKind;
  action: "added" | "replaced" | "deleted";
  /** The text before a replace or delete. */
  prior?: string;
}

/** A cell SelfEval has filled: what it looked like before our first mark, and what we wrote. */
export interface MarkRecord {
  sheet: string;
  at: CellRef;
  original: FillState;
  wrote: string;
}

export interface OwnNote {
  sheet: string;
  at: CellRef;
  kind: NoteKind;
}

/** Everything one run (and the 采用 clicks after it) changed, for 撤销. */
export interface RunSnapshot {
  values: ValueChange[];
  fills: FillChange[];
  notes: NoteChange[];
  /** The session's marks and notes before the run, restored by 撤销 together with the cells. */
  markedBefore: Map<string, MarkRecord>;
  ownNotesBefore: Map<string, OwnNote>;
}

// --- checks ----------------------------------------------------------------------------------------

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
/** Excel's limit on a note or comment is far above this; a longer message is cut. */
const MAX_NOTE_LENGTH = 4000;

export function isValidRef(at: CellRef): boolean {
  return Number.isInteger(at.row) && Number.isInteger(at.col) && at.row >= 0 && at.col >= 0 && at.row < MAX_ROWS && at.col < MAX_COLS;
}

/** The whole plan is checked before the first write is queued, so a refused plan writes nothing. */
export function checkPlan(plan: WritePlan, sheets: Map<string, SheetInfo>): void {
  for (const target of [...plan.values, ...plan.marks]) {
    if (!sheets.has(target.sheet)) {
      throw new ExcelAdapterError("missing-sheet", `找不到工作表「${target.sheet}」，未写入任何内容`, `No sheet named "${target.sheet}"; nothing was written`);
    }
    if (!isValidRef(target.at)) {
      throw new ExcelAdapterError("invalid-value", `单元格地址无效：${JSON.stringify(target.at)}，未写入任何内容`, `Invalid cell address ${JSON.stringify(target.at)}; nothing was written`);
    }
  }
  for (const write of plan.values) {
    const where = `${write.sheet}!${toA1(write.at)}`;
    if (typeof write.value !== "number" || !Number.isFinite(write.value)) {
      throw new ExcelAdapterError("invalid-value", `${where} 的写入值不是有限数字，未写入任何内容`, `The value for ${where} is not a finite number; nothing was written`);
    }
    if (write.formula !== undefined && (typeof write.formula !== "string" || write.formula.replace(/^=/, "").trim() === "")) {
      throw new ExcelAdapterError("invalid-value", `${where} 的公式无效，未写入任何内容`, `The formula for ${where} is invalid; nothing was written`);
    }
  }
}

/** A merged slave redirects to its master, where Excel keeps the value and the fill of the area. */
export function masterOf(merges: readonly Area[], at: CellRef): CellRef {
  for (const m of merges) {
    if (at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right) return { row: m.top, col: m.left };
  }
  return at;
}

// --- writing cells ---------------------------------------------------------------------------------

/**
 * Text for a cell that must stay text. The leading apostrophe is Excel's own "this is text"
 * prefix: it is not part of the value, and without it Excel would turn "=…", "+…", "-…", "@…"
 * into formulas and "98.99%" into a number (SPEC §6).
 */
export function literalText(text: string): string {
  return `'${text}`;
}

function writeNumber(range: RangeLike, value: number): void {
  range.values = [[value]];
}

function writeFormula(range: RangeLike, formula: string): void {
  range.formulas = [[formula.startsWith("=") ? formula : `=${formula}`]];
}

/** Puts a cell back as it was: its formula, or its literal value; an empty cell is cleared of
 *  content only ("" keeps the number format and the fill). */
export function writePrior(range: RangeLike, prior: PriorValue): void {
  if ("formula" in prior) return writeFormula(range, prior.formula);
  const value = prior.value;
  if (value === null) range.values = [[""]];
  else if (typeof value === "number" || typeof value === "boolean") range.values = [[value]];
  else if (typeof value === "string") range.values = [[literalText(value)]];
  else range.values = [[value.error]]; // typed error literals ("#N/A") are read back as errors
}

export function priorOf(grid: SheetGrid | undefined, at: CellRef): PriorValue {
  const cell = grid ? getCell(grid, at) : undefined;
  if (cell?.formula) return { formula: cell.formula };
  return { value: cell?.value ?? null };
}

export function fillColor(kind: MarkKind): string {
  return officeColor(MARK_FILLS[kind]);
}

function applyFill(fill: RangeFillLike, state: FillState): void {
  if (state.color === null) return fill.clear();
  fill.color = state.color;
  if (state.tintAndShade !== undefined) fill.tintAndShade = state.tintAndShade;
  if (state.pattern !== undefined) fill.pattern = state.pattern as Excel.FillPattern;
  if (state.patternColor !== undefined) fill.patternColor = state.patternColor;
}

/** Sets fills in few requests: one area list per fill on ExcelApi 1.9, else one range per rectangle. */
export function queueFills(ws: WorksheetLike, cells: ReadonlyArray<{ at: CellRef; fill: FillState }>, features: Features): void {
  const groups = new Map<string, { fill: FillState; cells: CellRef[] }>();
  for (const { at, fill } of cells) {
    const key = JSON.stringify(fill);
    const group = groups.get(key) ?? { fill, cells: [] };
    group.cells.push(at);
    groups.set(key, group);
  }
  for (const { fill, cells: group } of groups.values()) {
    const areas = rectangles(group);
    if (features.rangeAreas) {
      for (const list of addressLists(areas)) applyFill(ws.getRanges(list).format.fill, fill);
    } else {
      for (const area of areas) applyFill(ws.getRange(areaToA1(area)).format.fill, fill);
    }
  }
}

function noteText(mark: Mark): string {
  const text = NOTE_PREFIX + mark.note;
  return text.length > MAX_NOTE_LENGTH ? `${text.slice(0, MAX_NOTE_LENGTH - 1)}…` : text;
}

const MARK_RANK: Record<MarkKind, number> = { error: 0, reason: 1, warning: 2, info: 3 };

// --- the validate run's writes ---------------------------------------------------------------------

export interface Session {
  marked: Map<string, MarkRecord>;
  ownNotes: Map<string, OwnNote>;
}

export interface QueuedRun {
  /** Cells written and cells marked (protected sheets left out). */
  written: number;
  marked: number;
  /** Call after the sync: the snapshot and the session state that follows the run. */
  collect(): { snapshot: RunSnapshot; session: Session };
  /** Prior values, known before the write request: what 撤销 can restore even if it failed. */
  valueChanges: ValueChange[];
  /** Comments to add in a request of their own (ExcelApi 1.10–1.17; see below). */
  deferredComments: Array<{ sheet: string; at: CellRef; text: string }>;
}

/**
 * Queues the run's writes: values, marks, notes, and the removal of our own marks that no
 * longer apply. Protected sheets get nothing. Call `checkPlan` first.
 */
export function queueRunWrites(
  ctx: ContextLike,
  read: WorkbookRead,
  plan: WritePlan,
  options: { features: Features; session: Session },
): QueuedRun {
  const { features, session } = options;
  const writable = (sheet: string) => {
    const info = read.sheets.get(sheet);
    return info !== undefined && !info.protected && !info.tooLarge;
  };
  const gridOf = new Map(read.grid.sheets.map((s) => [s.name, s]));
  const proxy = (sheet: string) => (read.sheets.get(sheet) as SheetInfo).proxy;

  // Values, redirected to merged masters, one write per cell.
  const values = new Map<string, { sheet: string; at: CellRef; write: ValueWrite }>();
  for (const write of plan.values) {
    if (!writable(write.sheet)) continue;
    const at = masterOf((read.sheets.get(write.sheet) as SheetInfo).merges, write.at);
    values.set(cellKey(write.sheet, at), { sheet: write.sheet, at, write });
  }
  // Marks, redirected and merged when two land on one master.
  const marks = new Map<string, { sheet: string; at: CellRef; mark: Mark }>();
  for (const mark of plan.marks) {
    if (!writable(mark.sheet)) continue;
    const at = masterOf((read.sheets.get(mark.sheet) as SheetInfo).merges, mark.at);
    const key = cellKey(mark.sheet, at);
    const prev = marks.get(key);
    if (!prev) {
      marks.set(key, { sheet: mark.sheet, at, mark });
    } else {
      const kind = MARK_RANK[mark.kind] < MARK_RANK[prev.mark.kind] ? mark.kind : prev.mark.kind;
      marks.set(key, { sheet: mark.sheet, at, mark: { ...prev.mark, kind, note: `${prev.mark.note}\n${mark.note}` } });
    }
  }

  // 1. Prior fills of every cell we are about to fill, read before any fill changes.
  const probes = new Map<string, () => FillState>();
  for (const [key, { sheet, at }] of marks) probes.set(key, probeFill(proxy(sheet).getRange(toA1(at)).format.fill, features.rangeAreas));

  // 2. Values (prior values come from the read: the grid holds each cell's formula or value).
  const valueChanges: ValueChange[] = [];
  for (const { sheet, at, write } of values.values()) {
    valueChanges.push({ sheet, at, prior: priorOf(gridOf.get(sheet), at) });
    const range = proxy(sheet).getRange(toA1(at));
    // The plan decides: a formula in "formulas" mode, or the cell's own formula kept in either mode.
    if (write.formula) writeFormula(range, write.formula);
    else writeNumber(range, write.value);
  }

  // 3. Our marks from an earlier run that no longer apply go back to their original fill, unless
  //    the user has refilled the cell since (then it is theirs).
  const nextMarked = new Map<string, MarkRecord>();
  const fillChanges: FillChange[] = [];
  const restores = new Map<string, Array<{ at: CellRef; fill: FillState }>>();
  for (const [key, rec] of session.marked) {
    if (marks.has(key)) continue;
    const info = read.sheets.get(rec.sheet);
    if (!info) continue; // the sheet is gone
    if (!writable(rec.sheet)) {
      nextMarked.set(key, rec);
      continue;
    }
    const current = read.fills.get(key);
    if (!current || current.color !== rec.wrote) continue;
    fillChanges.push({ sheet: rec.sheet, at: rec.at, prior: current });
    const list = restores.get(rec.sheet) ?? [];
    list.push({ at: rec.at, fill: rec.original });
    restores.set(rec.sheet, list);
  }
  for (const [sheet, list] of restores) queueFills(proxy(sheet), list, features);

  // 4. The new marks, grouped by colour.
  const bySheet = new Map<string, Array<{ at: CellRef; fill: FillState }>>();
  for (const { sheet, at, mark } of marks.values()) {
    const list = bySheet.get(sheet) ?? [];
    list.push({ at, fill: { color: fillColor(mark.kind) } });
    bySheet.set(sheet, list);
  }
  for (const [sheet, list] of bySheet) queueFills(proxy(sheet), list, features);

  // 5. Notes: ours are replaced or removed; the user's are never touched (the fill still marks
  //    the cell and the finding is in the pane).
  const noteChanges: NoteChange[] = [];
  const nextOwnNotes = new Map<string, OwnNote>();
  const addKind: NoteKind | undefined = features.notes ? "note" : features.comments ? "comment" : undefined;
  // Below ExcelApi 1.18 the user's notes are invisible to the API, and a cell holds a note or a
  // comment, not both: one comment on a noted cell would make Excel refuse the whole request.
  // So comments are added after the write, in a request of their own that may fail alone.
  const deferredComments: QueuedRun["deferredComments"] = [];
  for (const [key, existing] of read.notes) {
    if (!existing.own || marks.has(key) || !writable(existing.sheet)) continue;
    existing.proxy.delete();
    noteChanges.push({ sheet: existing.sheet, at: existing.at, kind: existing.kind, action: "deleted", prior: existing.content });
  }
  for (const [key, { sheet, at, mark }] of marks) {
    const text = noteText(mark);
    const existing = read.notes.get(key);
    if (existing) {
      if (!existing.own) continue;
      if (existing.content !== text) {
        existing.proxy.content = text;
        noteChanges.push({ sheet, at, kind: existing.kind, action: "replaced", prior: existing.content });
      }
      nextOwnNotes.set(key, { sheet, at, kind: existing.kind });
    } else if (addKind === "note") {
      ctx.workbook.notes.add(qualify(sheet, toA1(at)), text);
      noteChanges.push({ sheet, at, kind: addKind, action: "added" });
      nextOwnNotes.set(key, { sheet, at, kind: addKind });
    } else if (addKind === "comment") {
      deferredComments.push({ sheet, at, text });
    }
  }
  // Own notes on protected sheets stay, and stay ours.
  for (const [key, existing] of read.notes) {
    if (existing.own && !writable(existing.sheet) && read.sheets.has(existing.sheet)) nextOwnNotes.set(key, { sheet: existing.sheet, at: existing.at, kind: existing.kind });
  }

  return {
    written: values.size,
    marked: marks.size,
    valueChanges,
    deferredComments,
    collect() {
      for (const [key, { sheet, at, mark }] of marks) {
        const prior = (probes.get(key) as () => FillState)();
        fillChanges.push({ sheet, at, prior });
        const rec = session.marked.get(key);
        // Marked again: the original is still the fill before our first mark, unless the user
        // refilled the cell in between.
        const original = rec && prior.color === rec.wrote ? rec.original : prior;
        nextMarked.set(key, { sheet, at, original, wrote: fillColor(mark.kind) });
      }
      return {
        snapshot: {
          values: valueChanges,
          fills: fillChanges,
          notes: noteChanges,
          markedBefore: new Map(session.marked),
          ownNotesBefore: new Map(session.ownNotes),
        },
        session: { marked: nextMarked, ownNotes: nextOwnNotes },
      };
    },
  };
}

// --- restoring (撤销, 清除标记) ----------------------------------------------------------------------

export type RestoreOp =
  | { type: "value"; sheet: string; at: CellRef; prior: PriorValue }
  | { type: "fill"; sheet: string; at: CellRef; fill: FillState }
  | { type: "note-delete"; sheet: string; at: CellRef; kind: NoteKind }
  | { type: "note-set"; sheet: string; at: CellRef; kind: NoteKind; content: string }
  | { type: "note-add"; sheet: string; at: CellRef; kind: NoteKind; content: string };

/** Queues restore operations: values cell by cell, fills grouped, notes through the collections. */
export function queueRestore(ctx: ContextLike, ops: readonly RestoreOp[], features: Features): void {
  const sheets = new Map<string, WorksheetLike>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = ctx.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
  for (const op of ops) if (op.type === "value") writePrior(sheet(op.sheet).getRange(toA1(op.at)), op.prior);
  const fills = new Map<string, Array<{ at: CellRef; fill: FillState }>>();
  for (const op of ops) {
    if (op.type !== "fill") continue;
    const list = fills.get(op.sheet) ?? [];
    list.push({ at: op.at, fill: op.fill });
    fills.set(op.sheet, list);
  }
  for (const [name, list] of fills) queueFills(sheet(name), list, features);
  for (const op of ops) {
    if (op.type !== "note-delete" && op.type !== "note-set" && op.type !== "note-add") continue;
    const address = qualify(op.sheet, toA1(op.at));
    if (op.kind === "note" && !features.notes) continue;
    if (op.kind === "comment" && !features.comments) continue;
    if (op.type === "note-add") {
      if (op.kind === "note") ctx.workbook.notes.add(address, op.content);
      else ctx.workbook.comments.add(address, op.content);
      continue;
    }
    const item = op.kind === "note" ? ctx.workbook.notes.getItem(address) : ctx.workbook.comments.getItemByCell(address);
    if (op.type === "note-delete") item.delete();
    else item.content = op.content;
  }
}

/** The operations that undo a run: every value, fill and note back as it was. */
export function undoOps(snapshot: RunSnapshot): RestoreOp[] {
  const ops: RestoreOp[] = [];
  for (const v of snapshot.values) ops.push({ type: "value", sheet: v.sheet, at: v.at, prior: v.prior });
  for (const f of snapshot.fills) ops.push({ type: "fill", sheet: f.sheet, at: f.at, fill: f.prior });
  for (const n of snapshot.notes) {
    if (n.action === "added") ops.push({ type: "note-delete", sheet: n.sheet, at: n.at, kind: n.kind });
    else if (n.action === "replaced") ops.push({ type: "note-set", sheet: n.sheet, at: n.at, kind: n.kind, content: n.prior ?? "" });
    else ops.push({ type: "note-add", sheet: n.sheet, at: n.at, kind: n.kind, content: n.prior ?? "" });
  }
  return ops;
}

/** The operations that remove our marks: original fills back, our notes deleted. */
export function clearOps(session: Session): RestoreOp[] {
  const ops: RestoreOp[] = [];
  for (const rec of session.marked.values()) ops.push({ type: "fill", sheet: rec.sheet, at: rec.at, fill: rec.original });
  for (const note of session.ownNotes.values()) ops.push({ type: "note-delete", sheet: note.sheet, at: note.at, kind: note.kind });
  return ops;
}

/**
 * Keeps the operations that still apply to the workbook as it is now (the recovery path, after
 * a one-sync restore failed because a sheet or a note was gone): sheets that exist and are not
 * protected; deletes and edits of notes that exist and are still ours; adds where the cell has none.
 */
export function applicableOps(ops: readonly RestoreOp[], read: WorkbookRead): { ops: RestoreOp[]; skippedSheets: string[] } {
  const kept: RestoreOp[] = [];
  const skipped = new Set<string>();
  for (const op of ops) {
    const info = read.sheets.get(op.sheet);
    if (!info || info.protected) {
      skipped.add(op.sheet);
      continue;
    }
    if (op.type === "note-delete" || op.type === "note-set") {
      const existing = read.notes.get(cellKey(op.sheet, op.at));
      if (!existing || existing.kind !== op.kind || (op.type === "note-delete" && !existing.own)) continue;
    }
    if (op.type === "note-add" && read.notes.has(cellKey(op.sheet, op.at))) continue;
    kept.push(op);
  }
  return { ops: kept, skippedSheets: [...skipped] };
}
