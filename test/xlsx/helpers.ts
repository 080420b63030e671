// Builds real .xlsx bytes with ExcelJS, so the adapter is tested on files, not on objects.
import ExcelJS from "exceljs";
import { adr, getCell } from "../../src/engine/grid";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/engine/grid";

export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

export function cellAt(s: SheetGrid, a1: string): Cell | undefined {
  return getCell(s, adr(a1));
}
