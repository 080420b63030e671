// Browser mode's re-evaluation of the formulas that depend on an accepted value.
import type { CellValue, WorkbookGrid } from "../../src/engine/grid";
import { adr, getCell, sheetFromRows } from "../../src/engine/grid";
import { parseFormula, recalculateDependents } from "../../src/taskpane/browser/formulas";

function workbook(rows: CellValue[][], formulas: Record<string, string>, extra: WorkbookGrid["sheets"] = []): WorkbookGrid {
  const sheet = sheetFromRows("表 1", rows);
  for (const [a1, formula] of Object.entries(formulas)) {
    const at = adr(a1);
    (sheet.cells[at.row] ??= [])[at.col] = { value: sheet.cells[at.row]?.[at.col]?.value ?? 0, formula };
  }
  return { sheets: [sheet, ...extra] };
}

function set(grid: WorkbookGrid, a1: string, value: CellValue, sheet = "表 1") {
  const s = grid.sheets.find((g) => g.name === sheet)!;
  const at = adr(a1);
  (s.cells[at.row] ??= [])[at.col] = { value };
  return recalculateDependents(grid, [{ sheet, at }]);
}

const value = (grid: WorkbookGrid, a1: string, sheet = "表 1") => getCell(grid.sheets.find((g) => g.name === sheet)!, adr(a1))?.value;

test("SUM over cells and ranges, with float noise kept to 15 digits", () => {
  const grid = workbook([[9.8], [8], [10], [10], [10], [9], [19], [95.8]], { A8: "SUM(A1,A2:A7)" });
  expect(set(grid, "A7", 16.84)).toEqual([{ sheet: "表 1", at: adr("A8") }]);
  expect(value(grid, "A8")).toBe(73.64);
  set(grid, "A1", 0.1);
  set(grid, "A2", 0.2);
  expect(value(grid, "A8")).toBe(56.14);
});

test("chains, arithmetic, percent and functions", () => {
  const grid = workbook([[100, 50, 0, 0, 0, 0]], { C1: "B1/A1", D1: "ROUND(C1*100,1)&\"%\"", E1: "IF(C1>=90%,1,0)", F1: "IFERROR(A1/0,-1)+MIN(A1:B1)-MAX(1,2)^2" });
  set(grid, "B1", 99);
  expect(value(grid, "C1")).toBe(0.99);
  expect(value(grid, "D1")).toBe("99%");
  expect(value(grid, "E1")).toBe(1);
  expect(value(grid, "F1")).toBe(-1 + 99 - 4);
});

test("cross-sheet references, quoted sheet names", () => {
  const other = sheetFromRows("附件3 整体支出绩效自评表", [[1, 2]]);
  const grid = workbook([[0]], { A1: "'附件3 整体支出绩效自评表'!A1+'附件3 整体支出绩效自评表'!B1" }, [other]);
  set(grid, "B1", 5, "附件3 整体支出绩效自评表");
  expect(value(grid, "A1")).toBe(6);
});

test("formulas outside the subset keep their cached result; unrelated formulas are not touched", () => {
  const grid = workbook([[1, 2, 3, 4]], { B1: "VLOOKUP(A1,X1:Y2,2,FALSE)", C1: "A1:A2", D1: "SUM(Z1:Z3)" });
  grid.sheets[0].cells[0][3] = { value: 42, formula: "SUM(Z1:Z3)" };
  expect(set(grid, "A1", 9)).toEqual([]);
  expect(value(grid, "B1")).toBe(2);
  expect(value(grid, "C1")).toBe(3);
  expect(value(grid, "D1")).toBe(42); // does not depend on A1: its cached value stays as Excel left it
});

test("errors: division by zero becomes #DIV/0!, text in arithmetic #VALUE!", () => {
  const grid = workbook([[1, 0, "abc", 0, 0]], { D1: "A1/B1", E1: "A1+C1" });
  set(grid, "A1", 2);
  expect(value(grid, "D1")).toEqual({ error: "#DIV/0!" });
  expect(value(grid, "E1")).toEqual({ error: "#VALUE!" });
});

test("the parser follows Excel's precedence", () => {
  const grid = workbook([[2, 0]], { B1: "-A1^2+3*4%" });
  set(grid, "A1", 3);
  expect(value(grid, "B1")).toBe(9 + 0.12); // Excel: unary minus binds tighter than ^
  expect(() => parseFormula("SUM(A1")).toThrow();
  expect(() => parseFormula("A1 B1")).toThrow();
});
