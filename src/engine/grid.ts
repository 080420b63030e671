// The grid model every adapter (ExcelJS files, Office.js ranges) fills and the engine reads.
// Addresses are 0-based {row, col} inside the engine; A1 appears only at the edges.

export interface CellError {
  error: string; // "#DIV/0!", "#REF!", …
}

/** A literal value or the cached result of a formula. Dates arrive as numbers or text. */
export type CellValue = string | number | boolean | CellError | null;

export interface Cell {
  value: CellValue;
  /** Formula text without the leading "=", when the cell holds one. */
  formula?: string;
  /** Excel number format code, e.g. "0.00%". Absent or "General" when none. */
  numFmt?: string;
}

export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells, inclusive, 0-based. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Row-major; rows and cells may be missing (sparse). */
  cells: (Cell | undefined)[][];
  merges: Area[];
  /** Sheet protection as read from the host; the engine only reports it. */
  protected?: boolean;
  /**
   * Set when the adapter could not read this sheet (e.g. overlapping merged ranges): the sheet
   * then has no cells and no merges, binds no template and is listed as skipped; the reason is
   * one line in each language.
   */
  unreadable?: { zh: string; en: string };
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function getCell(sheet: SheetGrid, ref: CellRef): Cell | undefined {
  return sheet.cells[ref.row]?.[ref.col];
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.cells.length;
}

export function colCount(sheet: SheetGrid): number {
  let max = 0;
  for (const row of sheet.cells) if (row && row.length > max) max = row.length;
  return max;
}

export function columnName(col: number): string {
  let name = "";
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function toA1(ref: CellRef): string {
  return `${columnName(ref.col)}${ref.row + 1}`;
}

export function fromA1(a1: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) throw new Error(`Not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Address helper for tests and fixtures, in the HyperFormula style: adr("C2"). */
export const adr = fromA1;

export function areaToA1(area: Area): string {
  const a = toA1({ row: area.top, col: area.left });
  const b = toA1({ row: area.bottom, col: area.right });
  return a === b ? a : `${a}:${b}`;
}

/** Builds a sheet from a 2-D array of plain values (tests and generated samples). */
export function sheetFromRows(name: string, rows: CellValue[][], merges: Area[] = []): SheetGrid {
  return {
    name,
    cells: rows.map((row) => row.map((value) => (value === null || value === "" ? undefined : { value }))),
    merges,
  };
}
