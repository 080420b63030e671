// .xlsx bytes → the engine's grid model (CLI and browser mode), read straight from the package's
// XML. The cost follows the cells that hold something: a styled empty cell at XFD, a declared
// dimension or a merge over a million rows costs nothing beyond its own few bytes of XML, and a
// merge is kept as an area, never expanded into cells (issue 9, bounded work).
import type { Area, Cell, CellValue, SheetGrid, WorkbookGrid } from "../engine/grid";
import { WorkbookReadError } from "./errors";
import type { ReadLimits } from "./package";
import { DEFAULT_LIMITS, notXlsx, REL, tooLarge, unreadable, XlsxPackage } from "./package";
import { attr, scanXml, unescapeOoxml, unescapeXml, XmlError } from "./xml";
import { convertLegacy, formatOfBytes } from "./legacy";
import type { Converter, LegacyOptions, SourceFormat } from "./legacy";

export { WorkbookReadError } from "./errors";
export type { WorkbookReadErrorCode } from "./errors";

export interface ReadResult {
  /** The package, kept for writing the checked copy and the submission copy in place. */
  workbook: XlsxPackage;
  grid: WorkbookGrid;
  /** What the bytes were: "xlsx" (also .xlsm), or a legacy format read into an .xlsx package. */
  format: SourceFormat;
  /** How a legacy file became .xlsx: LibreOffice (formatting kept) or SheetJS (see LEGACY_LOSS). */
  converter?: Converter;
}

export interface ReadOptions extends LegacyOptions {
  limits?: Partial<ReadLimits>;
}

export async function readWorkbook(data: ArrayBuffer | Uint8Array | Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const format = formatOfBytes(bytes);
    if (format === "xlsx") {
      const workbook = await XlsxPackage.load(bytes, limits);
      return { workbook, grid: gridFromWorkbook(workbook), format };
    }
    const converted = await convertLegacy(bytes, format, options);
    const workbook = await XlsxPackage.load(converted.bytes, limits);
    return { workbook, grid: gridFromWorkbook(workbook), format, converter: converted.converter };
  } catch (err) {
    throw asReadError(err);
  }
}

/** Any failure below the guard becomes a WorkbookReadError; nothing else leaves readWorkbook. */
function asReadError(err: unknown): WorkbookReadError {
  if (err instanceof WorkbookReadError) return err;
  if (err instanceof RangeError && /allocation|memory|Invalid (string|array) length/i.test(err.message)) {
    return tooLarge("读取时内存不足", "it does not fit in memory");
  }
  return unreadable(err);
}

/** The grid of a package as it is now (after SelfEval's edits too). */
export function gridFromWorkbook(pkg: XlsxPackage): WorkbookGrid {
  const strings = readSharedStrings(pkg);
  const styles = readNumFmts(pkg);
  const budget = { cells: pkg.readLimits.cells, merges: pkg.readLimits.merges, limits: pkg.readLimits };
  const sheets: SheetGrid[] = [];
  for (const entry of pkg.sheets) {
    // Chart sheets and dialog sheets hold no cells; ExcelJS left them out as well.
    if (entry.kind !== "worksheet") continue;
    const xml = pkg.textOrUndefined(entry.path);
    if (xml === undefined) {
      sheets.push(unreadableSheet(entry.name, "工作表部件缺失", "the sheet's part is missing"));
      continue;
    }
    try {
      sheets.push(readSheet(entry.name, xml, { strings, styles, date1904: pkg.date1904, budget }));
    } catch (err) {
      if (err instanceof WorkbookReadError) throw err;
      if (err instanceof SheetDamage) sheets.push(unreadableSheet(entry.name, err.zh, err.en));
      else if (err instanceof XmlError) sheets.push(unreadableSheet(entry.name, `XML 无法解析（${err.message}）`, `its XML cannot be parsed (${err.message})`));
      else throw err;
    }
  }
  if (sheets.length === 0) throw notXlsx();
  return { sheets };
}

function unreadableSheet(name: string, zh: string, en: string): SheetGrid {
  return { name, cells: [], merges: [], unreadable: { zh: `工作表「${name}」无法读取：${zh}`, en: `Sheet "${name}" cannot be read: ${en}` } };
}

/** A damage that makes one sheet unreadable but leaves the rest of the workbook usable. */
class SheetDamage extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

// --- shared strings and styles -------------------------------------------------------------

function workbookPart(pkg: XlsxPackage, type: string): string | undefined {
  const rel = pkg.rels(pkg.workbookPath).find((r) => r.type.endsWith(type) && !r.external);
  return pkg.textOrUndefined(rel?.target);
}

/** <si> items: plain <t>, or rich-text runs <r><t>; phonetic runs (<rPh>) are not cell text. */
function readSharedStrings(pkg: XlsxPackage): string[] {
  const xml = workbookPart(pkg, REL.sharedStrings);
  if (!xml) return [];
  const out: string[] = [];
  let current: string[] | undefined;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "si") current = [];
      else if (tag.name === "rPh") phonetic++;
      else if (tag.name === "t" && !phonetic && !tag.selfClosing) inT = true;
    },
    close(name) {
      if (name === "si") {
        out.push(unescapeOoxml((current ?? []).join("")));
        current = undefined;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inT = false;
    },
    text(raw) {
      if (inT && current) current.push(unescapeXml(raw));
    },
    cdata(text) {
      if (inT && current) current.push(text);
    },
  });
  return out;
}

/**
 * The number format of each cell style (index = the cell's `s`): a custom <numFmt> or a built-in
 * id (ECMA-376 Part 1, §18.8.30). Ids 27–36 and 50–58 are locale-dependent; they are given as
 * Excel zh-CN shows them, since that is where these workbooks come from.
 */
function readNumFmts(pkg: XlsxPackage): (string | undefined)[] {
  const xml = workbookPart(pkg, REL.styles);
  if (!xml) return [];
  const custom = new Map<number, string>();
  const xfs: (string | undefined)[] = [];
  let inCellXfs = false;
  let xfIds: number[] = [];
  scanXml(xml, {
    open(tag) {
      if (tag.name === "numFmt") {
        const id = Number(attr(tag.attrs, "numFmtId"));
        const code = attr(tag.attrs, "formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (tag.name === "cellXfs" && !tag.selfClosing) inCellXfs = true;
      else if (tag.name === "xf" && inCellXfs) xfIds.push(Number(attr(tag.attrs, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  for (const id of xfIds) xfs.push(id ? (custom.get(id) ?? BUILTIN_NUMFMTS[id]) : undefined);
  xfIds = [];
  return xfs;
}

export const BUILTIN_NUMFMTS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** A format that shows a date or time: y m d h s outside quotes and brackets (as ExcelJS decides). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

// --- one sheet -----------------------------------------------------------------------------

interface SheetContext {
  strings: string[];
  styles: (string | undefined)[];
  date1904: boolean;
  budget: { cells: number; merges: number; limits: ReadLimits };
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

interface RawCell {
  row: number;
  col: number;
  s: number;
  t: string | undefined;
  v: string | undefined;
  f: string | undefined;
  fType: string | undefined;
  fRef: string | undefined;
  fSi: string | undefined;
  hasF: boolean;
  inline: string[] | undefined;
}

function readSheet(name: string, xml: string, ctx: SheetContext): SheetGrid {
  const cells: (Cell | undefined)[][] = [];
  const merges: Area[] = [];
  let isProtected = false;
  const shared = new Map<string, { formula: string; row: number; col: number }>();

  let inData = false;
  let row = 0; // 1-based current row
  let col = 0; // 1-based last column of the row
  let cell: RawCell | undefined;
  let into: "v" | "f" | "t" | undefined;
  let inIs = false;
  let phonetic = 0;

  const finish = (c: RawCell) => {
    const result = toCell(c, ctx, shared);
    if (!result) return;
    if (--ctx.budget.cells < 0) throw tooLarge(`有值的单元格超过 ${ctx.budget.limits.cells} 个`, `more than ${ctx.budget.limits.cells} cells hold something`);
    (cells[c.row - 1] ??= [])[c.col - 1] = result;
  };

  scanXml(xml, {
    open(tag) {
      const n = tag.name;
      if (cell) {
        if (n === "v") into = tag.selfClosing ? undefined : "v";
        else if (n === "f") {
          cell.hasF = true;
          cell.fType = attr(tag.attrs, "t");
          cell.fRef = attr(tag.attrs, "ref");
          cell.fSi = attr(tag.attrs, "si");
          into = tag.selfClosing ? undefined : "f";
        } else if (n === "is") {
          inIs = !tag.selfClosing;
          cell.inline = [];
        } else if (n === "rPh") phonetic++;
        else if (n === "t" && inIs && !phonetic) into = tag.selfClosing ? undefined : "t";
        return;
      }
      if (n === "sheetData") inData = !tag.selfClosing;
      else if (inData && n === "row") {
        const r = Number(attr(tag.attrs, "r"));
        row = Number.isInteger(r) && r >= 1 ? r : row + 1;
        col = 0;
      } else if (inData && n === "c") {
        const ref = attr(tag.attrs, "r");
        let r = row;
        let c = col + 1;
        if (ref) {
          const at = decodeRef(ref);
          if (at) [r, c] = [at.row, at.col];
        }
        col = c;
        if (r < 1 || r > MAX_ROW || c < 1 || c > MAX_COL) return;
        const s = Number(attr(tag.attrs, "s") ?? 0);
        cell = { row: r, col: c, s: Number.isInteger(s) ? s : 0, t: attr(tag.attrs, "t"), v: undefined, f: undefined, fType: undefined, fRef: undefined, fSi: undefined, hasF: false, inline: undefined };
        if (tag.selfClosing) cell = undefined; // no value, no formula: nothing to keep
      } else if (n === "mergeCell") {
        const area = decodeArea(attr(tag.attrs, "ref") ?? "");
        if (!area) return;
        // A 1×1 "merge" (some generators write them) spans nothing; keep it out of the model.
        if (area.top === area.bottom && area.left === area.right) return;
        if (--ctx.budget.merges < 0) throw tooLarge(`合并单元格超过 ${ctx.budget.limits.merges} 处`, `more than ${ctx.budget.limits.merges} merged areas`);
        merges.push(area);
      } else if (n === "sheetProtection") {
        isProtected = isTrue(attr(tag.attrs, "sheet"));
      }
    },
    close(n) {
      if (n === "sheetData") inData = false;
      if (!cell) return;
      if (n === "c") {
        finish(cell);
        cell = undefined;
        into = undefined;
        inIs = false;
        phonetic = 0;
      } else if (n === "v" || n === "f" || n === "t") into = undefined;
      else if (n === "is") inIs = false;
      else if (n === "rPh") phonetic = Math.max(0, phonetic - 1);
    },
    text(raw) {
      if (!cell || !into) return;
      const text = unescapeXml(raw);
      if (into === "v") cell.v = (cell.v ?? "") + text;
      else if (into === "f") cell.f = (cell.f ?? "") + text;
      else cell.inline?.push(text);
    },
    cdata(text) {
      if (!cell || !into) return;
      if (into === "v") cell.v = (cell.v ?? "") + text;
      else if (into === "f") cell.f = (cell.f ?? "") + text;
      else cell.inline?.push(text);
    },
  });

  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const overlap = findOverlap(merges);
  if (overlap) {
    throw new SheetDamage(
      `合并单元格 ${overlap[0]} 与 ${overlap[1]} 重叠`,
      `the merged ranges ${overlap[0]} and ${overlap[1]} overlap`,
    );
  }
  dropMergedSlaves(cells, merges);
  // Rows are never holes, so `for (const row of sheet.cells)` in the engine needs no guard.
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  const sheet: SheetGrid = { name, cells, merges };
  if (isProtected) sheet.protected = true;
  return sheet;
}

export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function toCell(c: RawCell, ctx: SheetContext, shared: Map<string, { formula: string; row: number; col: number }>): Cell | undefined {
  const numFmt = ctx.styles[c.s];
  const isFormula = (c.f !== undefined && c.f !== "") || c.fType === "shared";
  let cell: Cell;
  if (isFormula) {
    let formula = c.f || undefined;
    if (c.fType === "shared" && c.fSi !== undefined) {
      if (c.fRef && formula) shared.set(c.fSi, { formula, row: c.row, col: c.col });
      else if (!formula) {
        const master = shared.get(c.fSi);
        if (master) formula = slideFormula(master.formula, master.row, master.col, c.row, c.col);
      }
    }
    let value: CellValue = null;
    if (c.v !== undefined && c.v !== "") value = typedValue(c.t, c.v, ctx, numFmt);
    cell = { value };
    if (formula) cell.formula = formula.startsWith("=") ? formula.slice(1) : formula;
  } else {
    let value: CellValue;
    if (c.t === "inlineStr") {
      if (c.inline === undefined) return undefined;
      value = unescapeOoxml(c.inline.join(""));
    } else {
      if (c.v === undefined) return undefined;
      value = typedValue(c.t, c.v, ctx, numFmt);
    }
    if (value === null || value === "") return undefined;
    cell = { value };
  }
  if (numFmt && numFmt !== "General") cell.numFmt = numFmt;
  return cell;
}

function typedValue(t: string | undefined, v: string, ctx: SheetContext, numFmt: string | undefined): CellValue {
  switch (t) {
    case "s": {
      const i = Number(v);
      return Number.isInteger(i) ? (ctx.strings[i] ?? null) : null;
    }
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return { error: v.trim() };
    case "d": {
      // An ISO 8601 date (ECMA-376 Part 1, §18.18.11 ST_CellType "d"): the grid's date text.
      const day = /^\d{4}-\d{2}-\d{2}/.exec(v.trim());
      return day ? day[0] : v;
    }
    default: {
      const n = parseFloat(v);
      if (!Number.isFinite(n)) return null;
      // The grid has no date type; the rules never compute on dates, so the ISO day is the most
      // readable text (as the ExcelJS reader gave it).
      if (isDateFormat(numFmt)) return excelDay(n, ctx.date1904);
      return n;
    }
  }
}

function excelDay(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400 * 1000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

// --- addresses -----------------------------------------------------------------------------

export function decodeRef(ref: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  if (ref.charCodeAt(0) === 36) i++;
  const colStart = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = ref.slice(i);
  if (!/^\d{1,7}$/.test(digits)) return undefined;
  return { row: Number(digits), col };
}

/** "B2:D3" → a 0-based area; "B2" → a 1×1 area. */
export function decodeArea(ref: string): Area | undefined {
  const [a, b = a] = ref.split(":");
  const from = decodeRef(a ?? "");
  const to = decodeRef(b ?? "");
  if (!from || !to) return undefined;
  const area = {
    top: Math.min(from.row, to.row) - 1,
    left: Math.min(from.col, to.col) - 1,
    bottom: Math.max(from.row, to.row) - 1,
    right: Math.max(from.col, to.col) - 1,
  };
  if (area.top < 0 || area.left < 0 || area.bottom >= MAX_ROW || area.right >= MAX_COL) return undefined;
  return area;
}

function a1(row0: number, col0: number): string {
  return `${columnLetters(col0 + 1)}${row0 + 1}`;
}

function areaA1(m: Area): string {
  return `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
}

export function columnLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Two merged areas that share a cell, or undefined. Merges sorted by top; a sweep keeps the
 * areas still open at the current top, which (as long as none overlap) are disjoint in columns.
 */
function findOverlap(merges: readonly Area[]): [string, string] | undefined {
  let open: Area[] = [];
  for (const m of merges) {
    open = open.filter((o) => o.bottom >= m.top);
    for (const o of open) {
      if (o.left <= m.right && m.left <= o.right) return [areaA1(o), areaA1(m)];
    }
    open.push(m);
  }
  return undefined;
}

/**
 * Excel keeps a merged area's value in its top-left cell; the grid does too, so the other cells
 * of the area are emptied. Walks the cells that exist (never the area), with the areas open at
 * each row sorted by column for a binary search.
 */
function dropMergedSlaves(cells: (Cell | undefined)[][], merges: readonly Area[]): void {
  if (merges.length === 0) return;
  let next = 0;
  let open: Area[] = [];
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r];
    let changed = false;
    const before = open.length;
    open = open.filter((m) => m.bottom >= r);
    if (open.length !== before) changed = true;
    while (next < merges.length && merges[next].top <= r) {
      if (merges[next].bottom >= r) open.push(merges[next]);
      next++;
      changed = true;
    }
    if (changed) open.sort((a, b) => a.left - b.left);
    if (!row || open.length === 0) continue;
    for (const key in row) {
      const c = Number(key);
      const m = findArea(open, c);
      if (m && !(m.top === r && m.left === c)) row[c] = undefined;
    }
  }
}

function findArea(open: readonly Area[], col: number): Area | undefined {
  let lo = 0;
  let hi = open.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = open[mid];
    if (col < m.left) hi = mid - 1;
    else if (col > m.right) lo = mid + 1;
    else return m;
  }
  return undefined;
}

// --- shared formulas -----------------------------------------------------------------------

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula's text for one of its cells: the master's formula with every relative
 * reference moved by the offset between the two cells (ECMA-376 Part 1, §18.3.1.40). The same
 * translation as ExcelJS's slideFormula, so the grid is the one the ExcelJS reader produced.
 */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _s: string | undefined, address: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(address);
    if (!m) return match;
    const colText = m[2].toUpperCase();
    if (colText.length > 3 || (colText.length === 3 && colText > "XFD")) return match;
    let col = 0;
    for (const ch of colText) col = col * 26 + (ch.charCodeAt(0) - 64);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += toCol - fromCol;
    if (!m[3]) row += toRow - fromRow;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
  });
}

