// Binding by label, not by address: the same table moved down and right, with an extra 序号 column
// inserted and an unknown column added, gives the same findings at the moved cells.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Cell, SheetGrid } from "../../src/engine/grid";
import { toA1 } from "../../src/engine/grid";
import { defaultProfile } from "../../src/engine/profile";
import { checkWorkbook } from "../../src/template";
import { readWorkbook } from "../../src/xlsx";

const FIXTURES = path.join(__dirname, "..", "fixtures");

/** Inserts `rows` empty rows on top and, at `col`, a 序号 column numbering every row. */
function shift(sheet: SheetGrid, rows: number, col: number): SheetGrid {
  const cells = sheet.cells.map((row, r) => {
    const copy = [...(row ?? [])];
    while (copy.length < col) copy.push(undefined);
    const inserted: Cell = r === 0 ? { value: "序号" } : { value: r };
    copy.splice(col, 0, inserted);
    return copy;
  });
  const moved = [...Array.from({ length: rows }, () => [] as (Cell | undefined)[]), ...cells];
  const merges = sheet.merges.map((m) => ({
    top: m.top + rows,
    bottom: m.bottom + rows,
    left: m.left >= col ? m.left + 1 : m.left,
    right: m.right >= col ? m.right + 1 : m.right,
  }));
  return { ...sheet, cells: moved, merges };
}

test.each(["02_yunnan_project.xlsx", "03_sichuan_project.xlsx", "01_anhui_project.xlsx", "multi_template.xlsx", "text_numbers.xlsx", "11_anhui_tianchang_2022.xlsx", "12_hunan_hengshan_2020.xlsx", "13_chongqing_dept_2021.xlsx", "../../assets/samples/芦淞区商务局_2023_整体支出绩效自评.xlsx"])("%s moved by 3 rows with a 序号 column: same findings, moved", async (file) => {
  const { grid } = await readWorkbook(readFileSync(path.join(FIXTURES, file)));
  const before = checkWorkbook(grid, defaultProfile);
  const moved = checkWorkbook({ sheets: grid.sheets.map((s) => shift(s, 3, 0)) }, defaultProfile);
  const describe = (r: typeof before, dr: number, dc: number) =>
    r.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${toA1({ row: f.at.row + dr, col: f.at.col + dc })}`).sort();
  expect(describe(moved, 0, 0)).toEqual(describe(before, 3, 1));
  expect(moved.templates.map((t) => t.score)).toEqual(before.templates.map((t) => t.score));
  expect(before.findings.length + before.templates.length).toBeGreaterThan(0);
});
