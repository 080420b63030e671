// Office.js ranges → the engine's grid model, in two syncs whatever the workbook size:
//   sync 1: the sheet list (and the notes/comments collections where the host has them);
//   sync 2: every sheet's used range, protection and merged areas, and the cell of every note.
// Only when Excel refuses that second request for its size (Excel on the web: 5 MB) does the
// read fall back to sizes first, then the cells in chunks (PLATFORM.md: chunk only when needed).
import { toA1 } from "../engine/grid";
import type { Area, Cell, CellRef, CellValue, SheetGrid, WorkbookGrid } from "../engine/grid";
import { NOTE_PREFIX } from "../engine/plan";
import { cellKey, parseArea, parseQualified, splitAddressList } from "./address";
import type { CommentLike, ContextLike, NoteLike, RangeAreasLike, RangeFillLike, RangeLike, WorksheetLike } from "./api";
import { officeErrorCode, PAYLOAD_CODES } from "./errors";
import type { Features } from "./features";

/** Excel on the web may return null for reads past 5 million cells (PLATFORM.md, Performance). */
export const MAX_SHEET_CELLS = 5_000_000;
/** Cells per request in the chunked fallback: values, formulas and formats stay well under 5 MB. */
export const CHUNK_CELLS = 50_000;

// --- fills -------------------------------------------------------------------------------------

/** A cell's fill as read before we changed it. `color: null` is "no fill". */
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
 * (OfficeDev/office-js#6218); on ExcelApi 1.9 `tintAndShade` is null only for "no fill", so the
 * two are told apart there. On older hosts "#FFFFFF" is taken as "no fill": restoring it clears
 * the fill, which looks the same on the default white sheet.
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

export function sameFill(a: FillState, b: FillState): boolean {
  return a.color === b.color && a.tintAndShade === b.tintAndShade && a.pattern === b.pattern && a.patternColor === b.patternColor;
}

// --- what the read returns -----------------------------------------------------------------------

export interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
  /** Above MAX_SHEET_CELLS: left out of the grid and reported. */
  tooLarge: boolean;
  merges: Area[];
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

export interface WorkbookRead {
  grid: WorkbookGrid;
  sheets: Map<string, SheetInfo>;
  /** By cellKey. */
  notes: Map<string, ExistingNote>;
  /** Fills of the cells the caller asked to probe, by cellKey. */
  fills: Map<string, FillState>;
  /** Sheet order as in the workbook. */
  order: string[];
}

export interface ReadOptions {
  /** Cells whose current fill the caller needs (SelfEval's marks from an earlier run). */
  probeFills?: ReadonlyArray<{ sheet: string; at: CellRef }>;
  /** false: sheets, protection, merges and notes only (the clear/undo recovery needs no cells). */
  cells?: boolean;
  chunkCells?: number;
  maxSheetCells?: number;
}

const USED_PROPS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
const CELL_PROPS = ["values", "formulas", "numberFormat"];

// --- the read ------------------------------------------------------------------------------------

export async function readWorkbook(ctx: ContextLike, features: Features, options: ReadOptions = {}): Promise<WorkbookRead> {
  const withCells = options.cells !== false;
  const maxCells = options.maxSheetCells ?? MAX_SHEET_CELLS;

  // sync 1/2: the sheets, and the notes/comments collections (their cells come in sync 2).
  const worksheets = ctx.workbook.worksheets;
  worksheets.load(["items/name", "items/visibility"]);
  const notes = features.notes ? ctx.workbook.notes : undefined;
  const comments = features.comments ? ctx.workbook.comments : undefined;
  notes?.load("items/content");
  comments?.load("items/content");
  await ctx.sync();

  const proxies = worksheets.items;
  const queueSheets = (cells: "all" | "sizes" | "none") =>
    proxies.map((ws) => {
      // valuesOnly: formatted but empty cells add nothing the rules read.
      const used = cells === "none" ? undefined : ws.getUsedRangeOrNullObject(true);
      used?.load(cells === "all" ? [...USED_PROPS, ...CELL_PROPS] : USED_PROPS);
      ws.protection.load("protected");
      // Merged-area APIs only return areas whose top-left cell lies inside the range, so ask the
      // whole sheet rather than the used range (PLATFORM.md, merged cells). ExcelApi 1.13.
      let merged: RangeAreasLike | undefined;
      if (features.mergedAreas) {
        merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load("address");
      }
      return { ws, used, merged };
    });
  const queueExtras = () => {
    const locations: Array<{ item: NoteLike | CommentLike; kind: NoteKind; location: RangeLike }> = [];
    for (const [kind, collection] of [["note", notes], ["comment", comments]] as const) {
      for (const item of collection?.items ?? []) {
        const location = item.getLocation();
        location.load("address");
        locations.push({ item, kind, location });
      }
    }
    const names = new Set(proxies.map((ws) => ws.name));
    const fillReaders = new Map<string, () => FillState>();
    for (const cell of options.probeFills ?? []) {
      if (!names.has(cell.sheet)) continue; // renamed or deleted since
      const ws = proxies.find((p) => p.name === cell.sheet) as WorksheetLike;
      fillReaders.set(cellKey(cell.sheet, cell.at), probeFill(ws.getRange(toA1(cell.at)).format.fill, features.rangeAreas));
    }
    return { locations, fillReaders };
  };

  // sync 2/2: everything else, in one request.
  let sheetJobs = queueSheets(withCells ? "all" : "none");
  let extras = queueExtras();
  let chunked = false;
  try {
    await ctx.sync();
  } catch (err) {
    if (!withCells || !PAYLOAD_CODES.includes(officeErrorCode(err) ?? "")) throw err;
    // Too much for one request: sizes first, then the cells in chunks.
    chunked = true;
    sheetJobs = queueSheets("sizes");
    extras = queueExtras();
    await ctx.sync();
  }

  const sheets = new Map<string, SheetInfo>();
  const grids: SheetGrid[] = [];
  const chunkJobs: ChunkJob[] = [];
  for (const { ws, used, merged } of sheetJobs) {
    const merges = merged && !merged.isNullObject ? parseMerges(merged.address, ws.name) : [];
    const info: SheetInfo = {
      name: ws.name,
      visible: ws.visibility === "Visible",
      protected: ws.protection.protected === true,
      tooLarge: false,
      merges,
      proxy: ws,
    };
    sheets.set(ws.name, info);
    if (!used) continue;
    const grid: SheetGrid = { name: ws.name, cells: [], merges };
    if (info.protected) grid.protected = true;
    if (!used.isNullObject) {
      const cells = used.rowCount * used.columnCount;
      if (cells > maxCells || (!chunked && !Array.isArray(used.values))) {
        info.tooLarge = true;
        continue;
      }
      if (chunked) {
        chunkJobs.push({ grid, info, ws, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount });
      } else {
        fillCells(grid, used.rowIndex, used.columnIndex, used.values, used.formulas, used.numberFormat);
      }
    }
    grids.push(grid);
  }
  if (chunkJobs.length > 0) await readChunks(ctx, chunkJobs, options.chunkCells ?? CHUNK_CELLS);
  const kept = grids.filter((grid) => !sheets.get(grid.name)?.tooLarge);
  for (const grid of kept) finishGrid(grid);

  const noteIndex = new Map<string, ExistingNote>();
  for (const { item, kind, location } of extras.locations) {
    const parsed = parseQualified(location.address);
    if (!parsed) continue;
    const at = { row: parsed.area.top, col: parsed.area.left };
    const content = typeof item.content === "string" ? item.content : "";
    noteIndex.set(cellKey(parsed.sheet, at), { sheet: parsed.sheet, at, kind, content, own: content.startsWith(NOTE_PREFIX), proxy: item });
  }
  const fills = new Map<string, FillState>();
  for (const [key, read] of extras.fillReaders) fills.set(key, read());

  return { grid: { sheets: kept }, sheets, notes: noteIndex, fills, order: proxies.map((ws) => ws.name) };
}

/** The chunked fallback: row bands of at most `chunkCells` cells, packed into requests of about
 *  that many cells each. */
interface ChunkJob {
  grid: SheetGrid;
  info: SheetInfo;
  ws: WorksheetLike;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

async function readChunks(ctx: ContextLike, jobs: ChunkJob[], chunkCells: number): Promise<void> {
  const bands: ChunkJob[] = [];
  for (const job of jobs) {
    const rowsPerBand = Math.max(1, Math.floor(chunkCells / Math.max(1, job.cols)));
    for (let r = 0; r < job.rows; r += rowsPerBand) {
      bands.push({ ...job, top: job.top + r, rows: Math.min(rowsPerBand, job.rows - r) });
    }
  }
  let pending: Array<{ band: ChunkJob; range: RangeLike }> = [];
  let cells = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await ctx.sync();
    for (const { band, range } of pending) {
      if (Array.isArray(range.values)) fillCells(band.grid, band.top, band.left, range.values, range.formulas, range.numberFormat);
      else band.info.tooLarge = true;
    }
    pending = [];
    cells = 0;
  };
  for (const band of bands) {
    const size = band.rows * band.cols;
    if (cells > 0 && cells + size > chunkCells) await flush();
    const range = band.ws.getRangeByIndexes(band.top, band.left, band.rows, band.cols);
    range.load(CELL_PROPS);
    pending.push({ band, range });
    cells += size;
  }
  await flush();
}

// --- Office values → grid cells ------------------------------------------------------------------

/** Error values as Office.js returns them: strings. */
const ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
  "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "string") return ERROR_VALUES.has(raw) ? { error: raw } : raw;
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
): void {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = toCellValue(row[c]);
      const rawFormula = formulas?.[r]?.[c];
      const formula = typeof rawFormula === "string" && rawFormula.startsWith("=") ? rawFormula.slice(1) : undefined;
      if (!formula && (value === null || value === "")) continue;
      const cell: Cell = { value };
      if (formula) cell.formula = formula;
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
