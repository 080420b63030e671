// The reader SelfEval had before its own package reader: the grid as ExcelJS 4.4 models a file.
// Kept for one purpose, the equality test (test/xlsx/equality.test.ts): the new reader must give
// the same grid on every fixture and sample. Copied verbatim from src/xlsx/read.ts at ae37d17.
import ExcelJS from "exceljs";
import type { Area, Cell, CellValue, SheetGrid, WorkbookGrid } from "../../src/engine/grid";

export async function exceljsGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return gridFromWorkbook(workbook);
}

export function gridFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrid {
  // `worksheets` is in tab order and includes hidden and very hidden sheets.
  return { sheets: wb.worksheets.map(sheetFromWorksheet) };
}

function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: (Cell | undefined)[][] = [];
  ws.eachRow((row, rowNumber) => {
    row.eachCell((xc, colNumber) => {
      const cell = cellFromExcel(xc);
      if (!cell) return;
      (cells[rowNumber - 1] ??= [])[colNumber - 1] = cell;
    });
  });
  // Rows are never holes, so `for (const row of sheet.cells)` in the engine needs no guard.
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];

  const sheet: SheetGrid = { name: ws.name, cells, merges: readMerges(ws) };
  if ((ws as WorksheetInternals).sheetProtection?.sheet === true) sheet.protected = true;
  return sheet;
}

function cellFromExcel(xc: ExcelJS.Cell): Cell | undefined {
  // A merged slave reports its master's value through `cell.value`; the grid model keeps the
  // value in the master only, so slaves stay empty.
  if (xc.type === ExcelJS.ValueType.Merge) return undefined;

  let cell: Cell;
  if (xc.type === ExcelJS.ValueType.Formula) {
    // `cell.value` drops falsy cached results (0, false, "") when it copies the formula model;
    // `cell.result` does not. `cell.formula` also translates shared-formula clones
    // (`{ sharedFormula: "C2" }`) into their own formula text, e.g. "A3/B3".
    cell = { value: toCellValue(xc.result), formula: stripEquals(xc.formula) };
    if (!cell.formula) delete cell.formula;
  } else {
    const value = toCellValue(xc.value);
    if (value === null || value === "") return undefined;
    cell = { value };
  }

  const numFmt = xc.numFmt;
  if (numFmt && numFmt !== "General") cell.numFmt = numFmt;
  return cell;
}

/** Maps a raw ExcelJS value (or cached formula result) onto the grid's value union. */
function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  // ExcelJS turns numbers in a date-formatted cell into Dates (UTC). The grid has no date type;
  // the rules never compute on dates, so the ISO day is the most readable, lossless-enough text.
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw === "object") {
    if ("error" in raw && typeof raw.error === "string") return { error: raw.error };
    if ("richText" in raw && Array.isArray(raw.richText)) return richTextToString(raw.richText);
    // Hyperlink: `text` is a string or, when the link text is formatted, a rich-text object.
    if ("text" in raw) return toCellValue(raw.text);
  }
  return null;
}

function richTextToString(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === "object" && "text" in run ? String(run.text ?? "") : "")).join("");
}

function stripEquals(formula: string | undefined): string | undefined {
  return formula?.startsWith("=") ? formula.slice(1) : formula;
}

/** ExcelJS internals this adapter relies on; neither is in its type declarations. */
interface WorksheetInternals {
  /** Set from <sheetProtection sheet="1">; `protect()` sets the same shape. */
  sheetProtection?: { sheet?: boolean } | null;
  /** Merged areas keyed by master address, 1-based, as ExcelJS 4.4 indexes them. */
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

function readMerges(ws: ExcelJS.Worksheet): Area[] {
  // `ws.model.merges` lists the same areas as A1 strings, but the `model` getter serialises every
  // row of the sheet to produce it; `_merges` is the index that getter reads from.
  const index = (ws as WorksheetInternals)._merges ?? {};
  const merges: Area[] = [];
  for (const m of Object.values(index)) {
    // A 1×1 "merge" (some generators write them) spans nothing; keep it out of the model.
    if (m.top === m.bottom && m.left === m.right) continue;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

