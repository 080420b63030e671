// A sheet seen as text for the binder. Work follows the cells that hold something: each row's
// filled cells are listed once (never a walk to the row's last column), and merges are looked up
// in the list of merged areas, never expanded into cells.
import type { Area, Cell, SheetGrid } from "../engine/grid";
import { isCellError } from "../engine/grid";
import type { Field } from "../engine/model";
import type { Glossary, LabelKey } from "./glossary";

export interface TextCell {
  col: number;
  text: string;
}

const BLANK = /^[\s\u3000\u00a0]*$/;

export class SheetView {
  readonly rows: number;
  private readonly filled = new Map<number, { col: number; cell: Cell }[]>();
  private readonly textRows = new Map<number, TextCell[]>();
  private readonly mergeByTopLeft = new Map<string, Area>();

  constructor(
    readonly sheet: SheetGrid,
    readonly glossary: Glossary,
  ) {
    this.rows = sheet.cells.length;
    for (const m of sheet.merges) this.mergeByTopLeft.set(`${m.top}:${m.left}`, m);
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.cells[row]?.[col];
  }

  /** The filled cells of a row, left to right (empty strings left out). */
  entries(row: number): { col: number; cell: Cell }[] {
    let list = this.filled.get(row);
    if (list) return list;
    list = [];
    const cells = this.sheet.cells[row];
    if (cells) {
      // Object.keys lists only the indices that exist: a sparse row reaching column XFD costs its
      // filled cells, not 16 384 steps.
      for (const key of Object.keys(cells)) {
        const col = Number(key);
        const cell = cells[col];
        if (!Number.isInteger(col) || !cell || cell.value === null) continue;
        if (typeof cell.value === "string" && BLANK.test(cell.value)) continue;
        list.push({ col, cell });
      }
      list.sort((a, b) => a.col - b.col);
    }
    this.filled.set(row, list);
    return list;
  }

  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (!cell || cell.value === null || isCellError(cell.value)) return "";
    return typeof cell.value === "string" ? cell.value : "";
  }

  /** Text cells of a row, left to right. */
  texts(row: number): TextCell[] {
    let list = this.textRows.get(row);
    if (list) return list;
    list = [];
    for (const { col, cell } of this.entries(row)) {
      if (typeof cell.value === "string") list.push({ col, text: cell.value });
    }
    this.textRows.set(row, list);
    return list;
  }

  field(row: number, col: number | undefined): Field | undefined {
    if (col === undefined) return undefined;
    return { at: { row, col }, cell: this.cell(row, col) };
  }

  isEmpty(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell || cell.value === null) return true;
    return typeof cell.value === "string" && BLANK.test(cell.value);
  }

  /** The merged area whose top-left cell this is, if any. */
  mergeAt(row: number, col: number): Area | undefined {
    return this.mergeByTopLeft.get(`${row}:${col}`);
  }

  /** The last column a cell's text covers (its merged area's right edge, or itself). */
  rightOf(row: number, col: number): number {
    return this.mergeAt(row, col)?.right ?? col;
  }

  /** The last row a cell covers (its merged area's bottom edge, or itself). */
  bottomOf(row: number, col: number): number {
    return this.mergeAt(row, col)?.bottom ?? row;
  }

  // ---- labels (through the bind's glossary, so each text is normalised once)

  norm(text: string): string {
    return this.glossary.normalised(text).norm;
  }

  core(text: string): string {
    return this.glossary.normalised(text).core;
  }

  is(text: string, key: LabelKey): boolean {
    return this.glossary.matches(text, key);
  }

  /** The first text cell of the row that matches the key. */
  find(row: number, key: LabelKey, filter: (t: TextCell) => boolean = () => true): TextCell | undefined {
    return this.texts(row).find((t) => filter(t) && this.glossary.matches(t.text, key));
  }

  firstTextCol(row: number): number {
    return this.texts(row)[0]?.col ?? this.entries(row)[0]?.col ?? 0;
  }
}
