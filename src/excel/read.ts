// Office.js ranges → the engine's grid model, and SelfEval's marks as the workbook holds them.
//   sync 1: the sheet list (and the notes/comments collections where the host has them);
//   sync 2: every sheet's used-range address and size, protection, merged areas, conditional
//           formats, and the cell of every note — sizes only, no values yet;
//   sync 3: the cells of every sheet under the size limit, in one request unless they exceed
//           CHUNK_CELLS (then row bands); with it the formulas of the conditional formats and the
//           fills of cells that carry our notes (legacy fill marks).
// The size is checked before any value is loaded: Excel may return null or fail the request for
// reads past 5 million cells, so a range's address is checked first (resource
// limits: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
import { toA1 } from "../engine/grid";
import type { Area, Cell, CellRef, CellValue, SheetGrid, WorkbookGrid } from "../engine/grid";
import { MARK_FILLS, markKindOfFormula, NOTE_PREFIX } from "../engine/plan";
import type { MarkKind } from "../engine/plan";
import { cellKey, officeColor, parseArea, parseQualified, splitAddressList } from "./address";
import type { CommentLike, ConditionalFormatLike, ContextLike, NoteLike, RangeAreasLike, RangeFillLike, RangeLike, WorksheetLike } from "./api";
import { officeErrorCode, PAYLOAD_CODES } from "./errors";
import type { Features } from "./features";

/** Reads past 5 million cells may return null or throw (see above): such a sheet is reported, not read. */
export const MAX_SHEET_CELLS = 5_000_000;
/** Cells per request: values, formulas, formats and value types stay well under Excel on the web's 5 MB. */
export const CHUNK_CELLS = 200_000;
/** The smallest band the payload fallback splits down to. */
const MIN_CHUNK_CELLS = 100;
/** Requests one sheet's merged areas may take when the whole-sheet read fails (over 512 areas). */
const MAX_MERGE_REQUESTS = 32;

// --- fills -------------------------------------------------------------------------------------

/** A cell's fill. `color: null` is "no fill". */
export interface FillState {
  color: string | null;
  /** ExcelApi 1.9 and only when not 0. */
  tintAndShade?: number;
  /** ExcelApi 1.9 and only for pattern fills (not "Solid"). */
  pattern?: Excel.FillPattern | string;
  patternColor?: string;
}

export const NO_FILL: FillState = { color: null };

/**
 * Queues a load of a range's fill and returns a reader for after the sync.
 * `format.fill.color` reads "#FFFFFF" both for "no fill" and for a white fill
 * (OfficeDev/office-js#6218); on ExcelApi 1.9 `tintAndShade` is null only for "no fill".
 */
export function probeFill(fill: RangeFillLike, detailed: boolean): () => FillState {
  fill.load(detailed ? ["color", "tintAndShade", "pattern", "patternColor"] : ["color"]);
  return () => {
    const color = normalizeColor(fill.color);
    if (!detailed) return color === null || color === "#FFFFFF" ? NO_FILL : { color };
    if (fill.tintAndShade === null || fill.pattern === "None" || color === null) return NO_FILL;
    const state: FillState = { color };
    if (typeof fill.tintAndShade === "number" && fill.tintAndShade !== 0) state.tintAndShade = fill.tintAndShade;
    if (fill.pattern && fill.pattern !== "Solid") {
      state.pattern = fill.pattern;
      if (fill.patternColor) state.patternColor = normalizeColor(fill.patternColor) ?? undefined;
    }
    return state;
  };
}

export function normalizeColor(color: string | null | undefined): string | null {
  if (typeof color !== "string" || color === "") return null;
  return color.startsWith("#") ? color.toUpperCase() : color;
}

const MARK_COLORS = new Set(Object.values(MARK_FILLS).map(officeColor));

/** A solid fill in one of SelfEval's mark colours: what versions before conditional-format marks wrote. */
export function isLegacyMarkFill(fill: FillState): boolean {
  return fill.color !== null && MARK_COLORS.has(fill.color) && fill.pattern === undefined && fill.tintAndShade === undefined;
}

// --- what the read returns -----------------------------------------------------------------------

export interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
  /** Above MAX_SHEET_CELLS: left out of the grid and reported. */
  tooLarge: boolean;
  merges: Area[];
  /** Over 512 merged areas and they could not be read in parts: validated without its merges. */
  mergesLost: boolean;
  proxy: WorksheetLike;
}

export type NoteKind = "note" | "comment";

/** A note or comment found in the workbook. */
export interface ExistingNote {
  sheet: string;
  at: CellRef;
  kind: NoteKind;
  content: string;
  /** Written by SelfEval (starts with NOTE_PREFIX). */
  own: boolean;
  proxy: NoteLike | CommentLike;
}

/** One of SelfEval's marks: a conditional format whose rule is our tagged formula. */
export interface ExistingMark {
  sheet: string;
  kind: MarkKind;
  /** The areas it applies to, A1 ("H5", "B3:C4"); empty when Excel did not say. */
  areas: string[];
  proxy: ConditionalFormatLike;
}

/** A fill mark from a version before conditional-format marks: our note on a cell in a mark colour. */
export interface LegacyMark {
  sheet: string;
  at: CellRef;
  fill: FillState;
}

export interface WorkbookRead {
  grid: WorkbookGrid;
  sheets: Map<string, SheetInfo>;
  /** By cellKey. */
  notes: Map<string, ExistingNote>;
  marks: ExistingMark[];
  legacy: LegacyMark[];
  /** The current content of the cells the caller asked about, by cellKey. */
  probed: Map<string, { value: CellValue; formula?: string }>;
  /** Sheet order as in the workbook. */
  order: string[];
}

export interface ReadOptions {
  /** false: sheets, protection, merges, marks and notes only (清除标记, 撤销). */
  cells?: boolean;
  /** Cells whose current content the caller needs (撤销 leaves a cell the user changed since). */
  probe?: ReadonlyArray<{ sheet: string; at: CellRef }>;
  chunkCells?: number;
  maxSheetCells?: number;
}

const USED_PROPS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
const CELL_PROPS = ["values", "formulas", "numberFormat", "valueTypes"];

interface SheetJob {
  ws: WorksheetLike;
  info: SheetInfo;
  used: RangeLike;
  merged?: RangeAreasLike;
  formats?: { items: ConditionalFormatLike[]; load(names: string): unknown };
}

// --- the read ------------------------------------------------------------------------------------

export async function readWorkbook(ctx: ContextLike, features: Features, options: ReadOptions = {}): Promise<WorkbookRead> {
  const withCells = options.cells !== false;
  const maxCells = options.maxSheetCells ?? MAX_SHEET_CELLS;

  // sync 1/3: the sheets, and the notes/comments collections (their cells come in sync 2).
  const worksheets = ctx.workbook.worksheets;
  worksheets.load(["items/name", "items/visibility"]);
  const notes = features.notes ? ctx.workbook.notes : undefined;
  const comments = features.comments ? ctx.workbook.comments : undefined;
  notes?.load("items/content");
  comments?.load("items/content");
  await ctx.sync();

  // sync 2/3: sizes, protection, merged areas, conditional formats, note cells.
  const proxies = worksheets.items;
  const queueSheets = (withMerges: boolean): SheetJob[] =>
    proxies.map((ws) => {
      // valuesOnly: formatted but empty cells add nothing the rules read.
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(USED_PROPS);
      ws.protection.load("protected");
      let merged: RangeAreasLike | undefined;
      if (withMerges) {
        // Merged-area APIs only return areas whose top-left cell lies inside the range, so ask
        // the whole sheet rather than the used range (PLATFORM.md, merged cells). ExcelApi 1.13.
        merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load("address");
      }
      let formats: SheetJob["formats"];
      if (features.conditionalFormats) {
        formats = ws.getRange().conditionalFormats;
        formats.load("items/type,items/id");
      }
      const info: SheetInfo = { name: ws.name, visible: ws.visibility === "Visible", protected: false, tooLarge: false, merges: [], mergesLost: false, proxy: ws };
      return { ws, info, used, merged, formats };
    });
  const queueLocations = () => {
    const locations: Array<{ item: NoteLike | CommentLike; kind: NoteKind; location: RangeLike }> = [];
    for (const [kind, collection] of [["note", notes], ["comment", comments]] as const) {
      for (const item of collection?.items ?? []) {
        const location = item.getLocation();
        location.load("address");
        locations.push({ item, kind, location });
      }
    }
    return locations;
  };

  let jobs = queueSheets(features.mergedAreas);
  let locations = queueLocations();
  let mergesApart = false;
  try {
    await ctx.sync();
  } catch (err) {
    // getMergedAreasOrNullObject fails above 512 merged areas, and one sheet's failure fails the
    // whole request (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
    // Without the merges the request is small; they are then read sheet by sheet.
    if (!features.mergedAreas) throw err;
    jobs = queueSheets(false);
    locations = queueLocations();
    await ctx.sync();
    mergesApart = true;
  }

  const sheets = new Map<string, SheetInfo>();
  for (const job of jobs) {
    job.info.protected = job.ws.protection.protected === true;
    if (job.merged && !job.merged.isNullObject) job.info.merges = parseMerges(job.merged.address, job.ws.name);
    sheets.set(job.info.name, job.info);
  }
  if (mergesApart) for (const job of jobs) await readMergesApart(ctx, job);

  // sync 3/3: cells (sheets under the limit only), rule formulas and ranges, legacy fills, probes.
  const noteIndex = new Map<string, ExistingNote>();
  for (const { item, kind, location } of locations) {
    const parsed = parseQualified(location.address);
    if (!parsed) continue;
    const at = { row: parsed.area.top, col: parsed.area.left };
    const content = typeof item.content === "string" ? item.content : "";
    noteIndex.set(cellKey(parsed.sheet, at), { sheet: parsed.sheet, at, kind, content, own: content.startsWith(NOTE_PREFIX), proxy: item });
  }
  const rules: Array<{ sheet: string; cf: ConditionalFormatLike; rule: { formula: string }; ranges: { address: string; isNullObject: boolean } }> = [];
  for (const job of jobs) {
    for (const cf of job.formats?.items ?? []) {
      if (cf.type !== "Custom") continue;
      const rule = cf.custom.rule;
      rule.load("formula");
      const ranges = features.rangeAreas ? cf.getRanges() : cf.getRangeOrNullObject();
      ranges.load("address");
      rules.push({ sheet: job.info.name, cf, rule, ranges });
    }
  }
  const legacyProbes: Array<{ sheet: string; at: CellRef; read: () => FillState }> = [];
  for (const note of noteIndex.values()) {
    const info = sheets.get(note.sheet);
    if (!note.own || !info) continue;
    legacyProbes.push({ sheet: note.sheet, at: note.at, read: probeFill(info.proxy.getRange(toA1(note.at)).format.fill, features.rangeAreas) });
  }
  const probes: Array<{ key: string; range: RangeLike }> = [];
  for (const cell of options.probe ?? []) {
    const info = sheets.get(cell.sheet);
    if (!info) continue;
    const range = info.proxy.getRange(toA1(cell.at));
    range.load(["values", "formulas", "valueTypes"]);
    probes.push({ key: cellKey(cell.sheet, cell.at), range });
  }

  const grids: SheetGrid[] = [];
  const cellJobs: CellJob[] = [];
  for (const job of jobs) {
    const { info, used } = job;
    if (!withCells) continue;
    const grid: SheetGrid = { name: info.name, cells: [], merges: info.merges };
    if (info.protected) grid.protected = true;
    if (!used.isNullObject) {
      // The address and the size, not the values, decide whether a sheet is read at all.
      if (used.rowCount * used.columnCount > maxCells) {
        info.tooLarge = true;
        continue;
      }
      cellJobs.push({ grid, info, ws: job.ws, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount });
    }
    grids.push(grid);
  }
  // Nothing at all to ask (no cells, no rules, no notes, no probes): no request.
  if (cellJobs.length > 0 || rules.length > 0 || legacyProbes.length > 0 || probes.length > 0) await readCells(ctx, cellJobs, options.chunkCells ?? CHUNK_CELLS);

  const kept = grids.filter((grid) => !sheets.get(grid.name)?.tooLarge);
  for (const grid of kept) finishGrid(grid);

  const marks: ExistingMark[] = [];
  for (const { sheet, cf, rule, ranges } of rules) {
    const kind = markKindOfFormula(rule.formula);
    if (!kind) continue;
    const areas = ranges.isNullObject ? [] : splitAddressList(ranges.address).map((a) => parseQualified(a)?.area ?? parseArea(a)).filter((a): a is Area => !!a).map(areaA1);
    marks.push({ sheet, kind, areas, proxy: cf });
  }
  const legacy: LegacyMark[] = [];
  for (const probe of legacyProbes) {
    const fill = probe.read();
    if (isLegacyMarkFill(fill)) legacy.push({ sheet: probe.sheet, at: probe.at, fill });
  }
  const probed = new Map<string, { value: CellValue; formula?: string }>();
  for (const { key, range } of probes) {
    const cell = officeCell(range.values?.[0]?.[0], range.formulas?.[0]?.[0], range.valueTypes?.[0]?.[0]);
    probed.set(key, cell ?? { value: null });
  }

  return { grid: { sheets: kept }, sheets, notes: noteIndex, marks, legacy, probed, order: proxies.map((ws) => ws.name) };
}

function areaA1(area: Area): string {
  const a = toA1({ row: area.top, col: area.left });
  const b = toA1({ row: area.bottom, col: area.right });
  return a === b ? a : `${a}:${b}`;
}

/**
 * One sheet's merged areas when the whole-sheet read failed (over 512 areas): the sheet's used
 * rows split in halves until each part answers, since only areas whose top-left cell lies in the
 * range are returned. A part that still fails at the request budget loses its merges; the
 * values still bind (they sit in the top-left cells), as on ExcelApi 1.7.
 */
async function readMergesApart(ctx: ContextLike, job: SheetJob): Promise<void> {
  const { ws, info, used } = job;
  if (used.isNullObject) return;
  const bottom = used.rowIndex + used.rowCount; // rows 0 … bottom-1: merges below hold no value
  const found = new Map<string, Area>();
  const pending: Array<{ top: number; rows: number }> = [{ top: 0, rows: bottom }];
  let requests = 0;
  while (pending.length > 0) {
    const part = pending.shift() as { top: number; rows: number };
    if (requests >= MAX_MERGE_REQUESTS) {
      info.mergesLost = true;
      break;
    }
    requests++;
    const merged = ws.getRangeByIndexes(part.top, 0, part.rows, 16384).getMergedAreasOrNullObject();
    merged.load("address");
    try {
      await ctx.sync();
    } catch {
      if (part.rows <= 1) {
        info.mergesLost = true;
        continue;
      }
      const half = Math.ceil(part.rows / 2);
      pending.unshift({ top: part.top, rows: half }, { top: part.top + half, rows: part.rows - half });
      continue;
    }
    if (!merged.isNullObject) for (const area of parseMerges(merged.address, ws.name)) found.set(areaA1(area), area);
  }
  info.merges = [...found.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

interface CellJob {
  grid: SheetGrid;
  info: SheetInfo;
  ws: WorksheetLike;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** The cells in requests of at most `chunkCells` cells: one request for an ordinary workbook;
 *  row bands for big sheets; smaller bands when Excel still refuses a request for its size. */
async function readCells(ctx: ContextLike, jobs: CellJob[], chunkCells: number): Promise<void> {
  let pending: Array<{ band: CellJob; range: RangeLike }> = [];
  let cells = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) {
      await ctx.sync(); // what the caller queued (rules, fills, probes) still needs its request
      return;
    }
    const batch = pending;
    pending = [];
    cells = 0;
    try {
      await ctx.sync();
    } catch (err) {
      const limit = Math.floor(chunkCells / 4);
      if (!PAYLOAD_CODES.includes(officeErrorCode(err) ?? "") || limit < MIN_CHUNK_CELLS) throw err;
      // Too much for one request after all: the same bands in smaller pieces.
      await readCells(ctx, batch.map((b) => b.band), limit);
      return;
    }
    for (const { band, range } of batch) {
      if (Array.isArray(range.values)) fillCells(band.grid, band.top, band.left, range.values, range.formulas, range.numberFormat, range.valueTypes);
      else band.info.tooLarge = true; // Excel returned null: reported, never guessed
    }
  };
  let flushed = false;
  for (const job of jobs) {
    const rowsPerBand = Math.max(1, Math.floor(chunkCells / Math.max(1, job.cols)));
    for (let r = 0; r < job.rows; r += rowsPerBand) {
      const band = { ...job, top: job.top + r, rows: Math.min(rowsPerBand, job.rows - r) };
      const size = band.rows * band.cols;
      if (cells > 0 && cells + size > chunkCells) {
        await flush();
        flushed = true;
      }
      const range = band.ws.getRangeByIndexes(band.top, band.left, band.rows, band.cols);
      range.load(CELL_PROPS);
      pending.push({ band, range });
      cells += size;
    }
  }
  if (pending.length > 0 || !flushed) await flush();
}

// --- Office values → grid cells ------------------------------------------------------------------

/** Error values as Office.js returns them in `values`: strings. */
const ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
  "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/**
 * One cell as Office returns it. `valueTypes` says what the value is: text typed as '=… or '#N/A
 * is a "String" whose `formulas` entry is the same text (`formulas` returns the value of a cell
 * that has no formula: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member),
 * so without it such text would be read as a formula or an error, and 撤销 could write back a live
 * formula. Without value types (not loaded), strings are taken at face value as before.
 */
export function officeCell(raw: unknown, rawFormula: unknown, type: unknown): { value: CellValue; formula?: string } | undefined {
  const value = toCellValue(raw, type);
  const isText = type === "String" && typeof raw === "string" && raw === rawFormula;
  const formula = !isText && typeof rawFormula === "string" && rawFormula.startsWith("=") ? rawFormula.slice(1) : undefined;
  if (!formula && (value === null || value === "")) return undefined;
  return formula ? { value, formula } : { value };
}

export function toCellValue(raw: unknown, type?: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (type === "Empty") return null;
  if (type === "Error") return { error: String(raw) };
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "string") {
    if (type === "String") return raw;
    return ERROR_VALUES.has(raw) ? { error: raw } : raw;
  }
  return null;
}

/** Writes a block of Office values into the grid at absolute sheet coordinates. */
export function fillCells(
  grid: SheetGrid,
  top: number,
  left: number,
  values: unknown[][],
  formulas: unknown[][] | undefined,
  numberFormat: unknown[][] | undefined,
  valueTypes?: unknown[][],
): void {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const office = officeCell(row[c], formulas?.[r]?.[c], valueTypes?.[r]?.[c]);
      if (!office) continue;
      const cell: Cell = { value: office.value };
      if (office.formula) cell.formula = office.formula;
      const fmt = numberFormat?.[r]?.[c];
      if (typeof fmt === "string" && fmt !== "" && fmt !== "General") cell.numFmt = fmt;
      (grid.cells[top + r] ??= [])[left + c] = cell;
    }
  }
}

/** Merged slaves hold nothing (Excel returns "" for them; the value lives in the top-left
 *  cell), and rows are never holes, so the engine's `for (const row of sheet.cells)` needs no guard. */
function finishGrid(grid: SheetGrid): void {
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = grid.cells[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row[c] = undefined;
    }
  }
  for (let r = 0; r < grid.cells.length; r++) grid.cells[r] ??= [];
}

/** "Sheet1!A1:B3, Sheet1!D4:E4" → areas; 1×1 "merges" span nothing and are dropped. */
export function parseMerges(address: string | undefined, sheet: string): Area[] {
  if (!address) return [];
  const areas: Area[] = [];
  for (const part of splitAddressList(address)) {
    const parsed = parseQualified(part);
    const area = parsed ? (parsed.sheet === sheet ? parsed.area : undefined) : parseArea(part);
    if (!area || (area.top === area.bottom && area.left === area.right)) continue;
    areas.push(area);
  }
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}
