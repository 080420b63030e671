// WritePlan → queued Office.js writes, and the snapshot 撤销 restores from. Nothing here syncs:
// the caller sends everything queued in one request.
//
// A mark is a conditional format on the marked cell (or its merged area) whose rule is the
// always-true tagged formula of src/engine/plan.ts, with the mark's fill (ExcelApi 1.6:
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).
// The cell's own fill is never changed, and every later run, pane, ribbon command or PC finds our
// marks by their formula and our notes by their prefix: nothing has to be remembered to remove
// them. Fill marks of older versions (our note on a cell in a mark colour) are removed too.
import { areaToA1, getCell, toA1 } from "../engine/grid";
import type { Area, CellRef, CellValue, SheetGrid } from "../engine/grid";
import { MARK_FILLS, markRuleFormula, moreSevereMark, NOTE_PREFIX } from "../engine/plan";
import type { Mark, MarkKind, ValueWrite, WritePlan } from "../engine/plan";
import { addressLists, cellKey, officeColor, rectangles } from "./address";
import type { RangeLike, WorksheetLike } from "./api";
import { ExcelAdapterError } from "./errors";
import type { Features } from "./features";
import type { FillState, NoteKind, SheetInfo, WorkbookRead } from "./read";

// --- snapshot types (plain data: kept in the workbook's settings for any later runtime) --------

/** A cell's content: its formula, or its literal value (null when empty). */
export type PriorValue = { formula: string } | { value: CellValue };

export interface ValueChange {
  sheet: string;
  at: CellRef;
  prior: PriorValue;
  /** What SelfEval wrote: 撤销 leaves a cell that no longer holds it (the user changed it since). */
  wrote: PriorValue;
}

/** One of our marks as it was: its kind and the areas its conditional format covered. */
export interface MarkState {
  sheet: string;
  kind: MarkKind;
  areas: string[];
}

export interface NoteState {
  sheet: string;
  at: CellRef;
  kind: NoteKind;
  content: string;
}

export interface FillRecord {
  sheet: string;
  at: CellRef;
  fill: FillState;
}

/** Everything one run (and the 采用 clicks after it) changed, for 撤销: what was there before. */
export interface UndoSnapshot {
  values: ValueChange[];
  /** Our marks, notes and legacy fills before the run: 撤销 puts them back after removing the run's. */
  marksBefore: MarkState[];
  notesBefore: NoteState[];
  fillsBefore: FillRecord[];
}

export function emptySnapshot(values: ValueChange[] = []): UndoSnapshot {
  return { values, marksBefore: [], notesBefore: [], fillsBefore: [] };
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

/** The merged area a cell lies in, if any. */
export function mergeOf(merges: readonly Area[], at: CellRef): Area | undefined {
  return merges.find((m) => at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right);
}

/** A merged slave redirects to its master, where Excel keeps the value of the area. */
export function masterOf(merges: readonly Area[], at: CellRef): CellRef {
  const m = mergeOf(merges, at);
  return m ? { row: m.top, col: m.left } : at;
}

// --- writing cells ---------------------------------------------------------------------------------

/**
 * Text for a cell that must stay text. The leading apostrophe is Excel's own "this is text"
 * prefix: it is not part of the value, and without it Excel would turn "=…", "+…", "-…", "@…"
 * into formulas, "#N/A" into an error and "98.99%" into a number (SPEC §6).
 */
export function literalText(text: string): string {
  return `'${text}`;
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
  else range.values = [[value.error]]; // a typed error literal ("#N/A") is entered as that error
}

export function priorOf(grid: SheetGrid | undefined, at: CellRef): PriorValue {
  const cell = grid ? getCell(grid, at) : undefined;
  if (cell?.formula) return { formula: cell.formula };
  return { value: cell?.value ?? null };
}

/** True when a cell still holds what SelfEval wrote there. */
export function stillHolds(current: { value: CellValue; formula?: string } | undefined, wrote: PriorValue): boolean {
  if (!current) return false;
  if ("formula" in wrote) return current.formula === wrote.formula.replace(/^=/, "");
  if (current.formula) return false;
  return JSON.stringify(current.value) === JSON.stringify(wrote.value);
}

export function fillColor(kind: MarkKind): string {
  return officeColor(MARK_FILLS[kind]);
}

/** The mark kind an old-style fill mark's colour stood for. */
export function kindOfFill(fill: FillState): MarkKind | undefined {
  return (Object.keys(MARK_FILLS) as MarkKind[]).find((kind) => fillColor(kind) === fill.color);
}

function noteText(mark: Mark): string {
  const text = NOTE_PREFIX + mark.note;
  return text.length > MAX_NOTE_LENGTH ? `${text.slice(0, MAX_NOTE_LENGTH - 1)}…` : text;
}

// --- marks as conditional formats ----------------------------------------------------------------

/**
 * Queues one conditional format per kind and area list: `getRanges` (ExcelApi 1.9) takes many
 * areas at once, older hosts get one format per rectangle. Excel on the web hangs on many small
 * writes (PLATFORM.md, Performance), so marks are grouped, never one request per cell.
 */
export function queueMarks(ws: WorksheetLike, marks: ReadonlyArray<{ kind: MarkKind; areas: Area[] }>, features: Features): number {
  let formats = 0;
  for (const { kind, areas } of marks) {
    const single = areas.filter((a) => a.top === a.bottom && a.left === a.right).map((a) => ({ row: a.top, col: a.left }));
    const spans = areas.filter((a) => a.top !== a.bottom || a.left !== a.right);
    const all = [...rectangles(single), ...spans];
    const targets = features.rangeAreas ? addressLists(all).map((list) => ws.getRanges(list).conditionalFormats) : all.map((a) => ws.getRange(areaToA1(a)).conditionalFormats);
    for (const collection of targets) {
      // Office.js wants the rule formula with its leading "=".
      const cf = collection.add("Custom");
      cf.custom.rule.formula = `=${markRuleFormula(kind)}`;
      cf.custom.format.fill.color = fillColor(kind);
      formats++;
    }
  }
  return formats;
}

function marksByKind(areas: ReadonlyArray<{ kind: MarkKind; area: Area }>): Array<{ kind: MarkKind; areas: Area[] }> {
  const groups = new Map<MarkKind, Area[]>();
  for (const { kind, area } of areas) groups.set(kind, [...(groups.get(kind) ?? []), area]);
  return [...groups].map(([kind, list]) => ({ kind, areas: list }));
}

// --- the validate run's writes ---------------------------------------------------------------------

export interface QueuedRun {
  /** Cells written and cells (or merged areas) marked, protected sheets left out. */
  written: number;
  marked: number;
  /** What 撤销 needs, known before the write request is sent. */
  snapshot: UndoSnapshot;
  /** Comments to add in a request of their own (ExcelApi 1.10–1.17; see below). */
  deferredComments: Array<{ sheet: string; at: CellRef; text: string }>;
}

/**
 * Queues the run's writes: values; the removal of every mark and note of ours already there
 * (and of legacy fill marks); the new marks and notes. Protected sheets get nothing. Call
 * `checkPlan` first.
 */
export function queueRunWrites(read: WorkbookRead, plan: WritePlan, features: Features): QueuedRun {
  const writable = (sheet: string) => {
    const info = read.sheets.get(sheet);
    return info !== undefined && !info.protected && !info.tooLarge;
  };
  const gridOf = new Map(read.grid.sheets.map((s) => [s.name, s]));
  const info = (sheet: string) => read.sheets.get(sheet) as SheetInfo;

  // 1. Values, redirected to merged masters, one write per cell.
  const values: ValueChange[] = [];
  const seen = new Set<string>();
  for (const write of plan.values) {
    if (!writable(write.sheet)) continue;
    const at = masterOf(info(write.sheet).merges, write.at);
    const key = cellKey(write.sheet, at);
    if (seen.has(key)) continue;
    seen.add(key);
    const wrote = valueOf(write);
    values.push({ sheet: write.sheet, at, prior: priorOf(gridOf.get(write.sheet), at), wrote });
    const range = info(write.sheet).proxy.getRange(toA1(at));
    // The plan decides: a formula in "formulas" mode, or the cell's own formula kept in either mode.
    if ("formula" in wrote) writeFormula(range, wrote.formula);
    else range.values = [[write.value]];
  }

  // 2. What SelfEval drew before goes, whoever drew it: our conditional formats, our notes, and
  //    fill marks of older versions (only while the cell still has the mark colour we wrote).
  const snapshot = emptySnapshot(values);
  removeOwnMarks(read, writable, snapshot);

  // 3. The new marks, one per cell or merged area: two marks on one area keep the more severe.
  const marks = new Map<string, { sheet: string; at: CellRef; area: Area; mark: Mark }>();
  for (const mark of plan.marks) {
    if (!writable(mark.sheet)) continue;
    const merge = mergeOf(info(mark.sheet).merges, mark.at);
    const at = merge ? { row: merge.top, col: merge.left } : mark.at;
    const area = merge ?? { top: at.row, left: at.col, bottom: at.row, right: at.col };
    const key = cellKey(mark.sheet, at);
    const prev = marks.get(key);
    if (!prev) marks.set(key, { sheet: mark.sheet, at, area, mark });
    else marks.set(key, { ...prev, mark: { ...prev.mark, kind: moreSevereMark(prev.mark.kind, mark.kind), note: `${prev.mark.note}\n${mark.note}` } });
  }
  const bySheet = new Map<string, Array<{ kind: MarkKind; area: Area }>>();
  for (const { sheet, area, mark } of marks.values()) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { kind: mark.kind, area }]);
  if (features.conditionalFormats) for (const [sheet, list] of bySheet) queueMarks(info(sheet).proxy, marksByKind(list), features);

  // 4. Notes: ours were deleted above; the user's are never touched (the mark still shows and the
  //    finding is in the pane). Below ExcelApi 1.18 the user's notes are invisible to the API, and
  //    a cell holds a note or a comment, not both: one comment on a noted cell would make Excel
  //    refuse the whole request, so comments are added after the write, in a request of their own.
  const deferredComments: QueuedRun["deferredComments"] = [];
  for (const [key, { sheet, at, mark }] of marks) {
    const existing = read.notes.get(key);
    if (existing && !existing.own) continue;
    const text = noteText(mark);
    if (features.notes) info(sheet).proxy.notes.add(toA1(at), text);
    else if (features.comments) deferredComments.push({ sheet, at, text });
  }

  return { written: values.length, marked: marks.size, snapshot, deferredComments };
}

function valueOf(write: ValueWrite): PriorValue {
  return write.formula ? { formula: write.formula.replace(/^=/, "") } : { value: write.value };
}

/** Queues the deletion of our marks and notes and the clearing of legacy fill marks on the
 *  sheets `writable` allows, recording in `snapshot` what was there. */
function removeOwnMarks(read: WorkbookRead, writable: (sheet: string) => boolean, snapshot: UndoSnapshot): { marks: number; notes: number; fills: number } {
  let marks = 0;
  let notes = 0;
  let fills = 0;
  for (const mark of read.marks) {
    if (!writable(mark.sheet)) continue;
    mark.proxy.delete();
    snapshot.marksBefore.push({ sheet: mark.sheet, kind: mark.kind, areas: mark.areas });
    marks++;
  }
  for (const legacy of read.legacy) {
    if (!writable(legacy.sheet)) continue;
    (read.sheets.get(legacy.sheet) as SheetInfo).proxy.getRange(toA1(legacy.at)).format.fill.clear();
    snapshot.fillsBefore.push({ sheet: legacy.sheet, at: legacy.at, fill: legacy.fill });
    fills++;
  }
  for (const note of read.notes.values()) {
    if (!note.own || !writable(note.sheet)) continue;
    note.proxy.delete();
    snapshot.notesBefore.push({ sheet: note.sheet, at: note.at, kind: note.kind, content: note.content });
    notes++;
  }
  return { marks, notes, fills };
}

// --- 清除标记 and 撤销 -------------------------------------------------------------------------------

export interface QueuedRestore {
  /** Marks, notes, fills and values removed or put back. */
  restored: number;
  /** Protected sheets that hold something of ours: left as they are. */
  skippedSheets: string[];
  /** Cells the user changed after the run: 撤销 leaves them. */
  keptCells: number;
  /** Comments to put back in a request of their own (ExcelApi 1.10–1.17). */
  deferredComments: Array<{ sheet: string; at: CellRef; text: string }>;
}

function writableOf(read: WorkbookRead) {
  return (sheet: string) => {
    const info = read.sheets.get(sheet);
    return info !== undefined && !info.protected;
  };
}

function skippedOf(read: WorkbookRead, sheets: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const sheet of sheets) if (!writableOf(read)(sheet)) out.add(sheet);
  return [...out];
}

/** 清除标记: every mark and note of ours goes, found in the workbook itself. */
export function queueClear(read: WorkbookRead): QueuedRestore {
  const removed = removeOwnMarks(read, writableOf(read), emptySnapshot());
  const ours = [...read.marks.map((m) => m.sheet), ...read.legacy.map((l) => l.sheet), ...[...read.notes.values()].filter((n) => n.own).map((n) => n.sheet)];
  return { restored: removed.marks + removed.notes + removed.fills, skippedSheets: skippedOf(read, ours), keptCells: 0, deferredComments: [] };
}

/** 撤销: values back (unless changed since), the run's marks and notes gone, the earlier ones back. */
export function queueUndo(read: WorkbookRead, snapshot: UndoSnapshot, features: Features): QueuedRestore {
  const writable = writableOf(read);
  let restored = 0;
  let keptCells = 0;
  for (const v of snapshot.values) {
    if (!writable(v.sheet)) continue;
    if (!stillHolds(read.probed.get(cellKey(v.sheet, v.at)), v.wrote)) {
      keptCells++;
      continue;
    }
    writePrior((read.sheets.get(v.sheet) as SheetInfo).proxy.getRange(toA1(v.at)), v.prior);
    restored++;
  }
  const removed = removeOwnMarks(read, writable, emptySnapshot());
  restored += removed.marks + removed.notes + removed.fills;
  const proxy = (sheet: string) => (read.sheets.get(sheet) as SheetInfo).proxy;
  const before = new Map<string, Array<{ kind: MarkKind; area: Area }>>();
  for (const m of snapshot.marksBefore) {
    if (!writable(m.sheet)) continue;
    for (const a1 of m.areas) {
      const [from, to = from] = a1.split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      if (a && b) before.set(m.sheet, [...(before.get(m.sheet) ?? []), { kind: m.kind, area: { top: a.row, left: a.col, bottom: b.row, right: b.col } }]);
    }
  }
  // An old-style fill mark the run removed comes back as the mark it was, drawn the current way:
  // the cell's own fill is never set, so a fill the user chose since stays.
  for (const f of snapshot.fillsBefore) {
    const kind = kindOfFill(f.fill);
    if (!writable(f.sheet) || !kind) continue;
    before.set(f.sheet, [...(before.get(f.sheet) ?? []), { kind, area: { top: f.at.row, left: f.at.col, bottom: f.at.row, right: f.at.col } }]);
  }
  if (features.conditionalFormats) for (const [sheet, list] of before) restored += queueMarks(proxy(sheet), marksByKind(list), features) > 0 ? list.length : 0;
  const deferredComments: QueuedRestore["deferredComments"] = [];
  for (const n of snapshot.notesBefore) {
    if (!writable(n.sheet)) continue;
    const existing = read.notes.get(cellKey(n.sheet, n.at));
    if (existing && !existing.own) continue; // the user has a note there now
    if (n.kind === "note" && features.notes) {
      proxy(n.sheet).notes.add(toA1(n.at), n.content);
      restored++;
    } else if (n.kind === "comment" && features.comments) {
      deferredComments.push({ sheet: n.sheet, at: n.at, text: n.content });
    }
  }
  const touched = [...snapshot.values.map((v) => v.sheet), ...snapshot.marksBefore.map((m) => m.sheet), ...read.marks.map((m) => m.sheet)];
  return { restored, skippedSheets: skippedOf(read, touched), keptCells, deferredComments };
}

function parseA1(a1: string): CellRef | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
