import ExcelJS from "exceljs";
import { adr } from "../../src/engine/grid";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/engine/plan";
import type { Mark, ValueWrite, WritePlan } from "../../src/engine/plan";
import { readWorkbook } from "../../src/xlsx/read";
import { applyPlan, clearOwnMarks, WorkbookWriteError, writeWorkbook } from "../../src/xlsx/write";
import { cellAt, sheet, xlsxBytes } from "./helpers";

const YELLOW = "FFFFFF00";

function value(a1: string, v: number, formula?: string): ValueWrite {
  return { sheet: "S", at: adr(a1), value: v, kind: "recalculated", ...(formula ? { formula } : {}) };
}

function mark(a1: string, kind: Mark["kind"], note: string, sheetName = "S"): Mark {
  return { sheet: sheetName, at: adr(a1), kind, note };
}

/** Apply a plan to a freshly read file, save it, and read the saved bytes again. */
async function roundTrip(bytes: Uint8Array, plan: WritePlan): Promise<ExcelJS.Workbook> {
  const { workbook } = await readWorkbook(bytes);
  applyPlan(workbook, plan);
  return (await readWorkbook(await writeWorkbook(workbook))).workbook;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note;
  if (note === undefined || typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** Budget rows whose 执行率 cells (B2:C2) share one style: yellow fill, "0.00%". */
function budgetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("S");
  for (const a1 of ["B2", "C2"]) {
    ws.getCell(a1).value = 0.5;
    ws.getCell(a1).numFmt = "0.00%";
    ws.getCell(a1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: YELLOW } };
  }
  ws.getCell("D2").value = 80;
  ws.getCell("E2").value = 100;
}

describe("applyPlan + writeWorkbook", () => {
  it("writes values and keeps the number format", async () => {
    const wb = await roundTrip(await xlsxBytes(budgetSheet), { values: [value("B2", 0.8)], marks: [] });
    const { grid } = await readWorkbook(await writeWorkbook(wb));
    expect(cellAt(sheet(grid, "S"), "B2")).toEqual({ value: 0.8, numFmt: "0.00%" });
  });

  it("writes formulas with their result as the cached value and asks Excel to recalculate", async () => {
    const { workbook } = await readWorkbook(await xlsxBytes(budgetSheet));
    applyPlan(workbook, { values: [value("B2", 0.8, "D2/E2"), value("C2", 0, "=D2-D2")], marks: [] });
    // ExcelJS writes <calcPr fullCalcOnLoad="1"> but does not read the flag back, so check it here.
    expect(workbook.calcProperties.fullCalcOnLoad).toBe(true);

    const { grid } = await readWorkbook(await writeWorkbook(workbook));
    expect(cellAt(sheet(grid, "S"), "B2")).toEqual({ value: 0.8, formula: "D2/E2", numFmt: "0.00%" });
    // A leading "=" is tolerated, and a zero result survives as the cached value.
    expect(cellAt(sheet(grid, "S"), "C2")).toEqual({ value: 0, formula: "D2-D2", numFmt: "0.00%" });
  });

  it("marks a cell with its fill and a prefixed note, and leaves a cell sharing its style alone", async () => {
    const bytes = await xlsxBytes(budgetSheet);
    const { workbook } = await readWorkbook(bytes);
    const ws = workbook.getWorksheet("S") as ExcelJS.Worksheet;
    // The premise: ExcelJS gives both cells one style object after reading the file.
    expect(ws.getCell("B2").style).toBe(ws.getCell("C2").style);

    applyPlan(workbook, { values: [], marks: [mark("B2", "error", "执行率应为 80.00%，表中为 50.00%")] });
    expect(fillOf(ws.getCell("C2"))).toBe(YELLOW);

    const saved = (await readWorkbook(await writeWorkbook(workbook))).workbook.getWorksheet("S") as ExcelJS.Worksheet;
    expect(fillOf(saved.getCell("B2"))).toBe(MARK_FILLS.error);
    expect((saved.getCell("B2").fill as ExcelJS.FillPattern).pattern).toBe("solid");
    expect(noteOf(saved.getCell("B2"))).toBe(`${NOTE_PREFIX}执行率应为 80.00%，表中为 50.00%`);
    expect(saved.getCell("B2").numFmt).toBe("0.00%");
    expect(fillOf(saved.getCell("C2"))).toBe(YELLOW);
    expect(noteOf(saved.getCell("C2"))).toBeUndefined();
  });

  it("marks an empty reason cell so the mark survives saving", async () => {
    const wb = await roundTrip(await xlsxBytes(budgetSheet), { values: [], marks: [mark("F2", "reason", "请填写偏差原因")] });
    const f2 = (wb.getWorksheet("S") as ExcelJS.Worksheet).getCell("F2");
    expect(fillOf(f2)).toBe(MARK_FILLS.reason);
    expect(noteOf(f2)).toBe(`${NOTE_PREFIX}请填写偏差原因`);
  });

  it("keeps the text of a note the user wrote, adds ours below it, and replaces its own note from an earlier run", async () => {
    const bytes = await xlsxBytes((wb) => {
      budgetSheet(wb);
      const ws = wb.getWorksheet("S") as ExcelJS.Worksheet;
      ws.getCell("B2").note = "王会计：已与财政局核对";
      ws.getCell("C2").note = `${NOTE_PREFIX}上次的提示`;
    });
    const wb = await roundTrip(bytes, { values: [], marks: [mark("B2", "warning", "新提示"), mark("C2", "warning", "新提示")] });
    const ws = wb.getWorksheet("S") as ExcelJS.Worksheet;
    expect(noteOf(ws.getCell("B2"))).toBe(`王会计：已与财政局核对\n${NOTE_PREFIX}新提示`);
    expect(fillOf(ws.getCell("B2"))).toBe(MARK_FILLS.warning);
    expect(noteOf(ws.getCell("C2"))).toBe(`${NOTE_PREFIX}新提示`);
  });

  it("writes into the master when a plan points at a merged slave", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.mergeCells("B2:C3");
      ws.getCell("B2").value = 1;
    });
    const wb = await roundTrip(bytes, { values: [value("C3", 2)], marks: [mark("C3", "info", "合并单元格")] });
    const { grid } = await readWorkbook(await writeWorkbook(wb));
    const s = sheet(grid, "S");
    expect(cellAt(s, "B2")).toEqual({ value: 2 });
    expect(cellAt(s, "C3")).toBeUndefined();
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(noteOf((wb.getWorksheet("S") as ExcelJS.Worksheet).getCell("B2"))).toBe(`${NOTE_PREFIX}合并单元格`);
  });
});

describe("shared (filled-down) formulas", () => {
  const filledDown = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet("S");
    ws.getColumn(1).values = [null, 10, 20, 30] as never;
    ws.getColumn(2).values = [null, 20, 40, 60] as never;
    ws.fillFormula("C2:C4", "A2/B2", [0.5, 0.5, 0.5]);
  };

  it("overwriting the master keeps every clone's own formula (ExcelJS would refuse to save)", async () => {
    const wb = await roundTrip(await xlsxBytes(filledDown), { values: [value("C2", 0.6)], marks: [] });
    const s = sheet((await readWorkbook(await writeWorkbook(wb))).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 0.6 });
    expect(cellAt(s, "C3")).toEqual({ value: 0.5, formula: "A3/B3" });
    expect(cellAt(s, "C4")).toEqual({ value: 0.5, formula: "A4/B4" });
  });

  it("a new formula in the master does not leak into the clones", async () => {
    const wb = await roundTrip(await xlsxBytes(filledDown), { values: [value("C2", 2, "B2/A2")], marks: [] });
    const s = sheet((await readWorkbook(await writeWorkbook(wb))).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 2, formula: "B2/A2" });
    expect(cellAt(s, "C3")).toEqual({ value: 0.5, formula: "A3/B3" });
  });

  it("overwriting a clone leaves the others shared", async () => {
    const wb = await roundTrip(await xlsxBytes(filledDown), { values: [value("C3", 0.7)], marks: [] });
    const s = sheet((await readWorkbook(await writeWorkbook(wb))).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 0.5, formula: "A2/B2" });
    expect(cellAt(s, "C3")).toEqual({ value: 0.7 });
    expect(cellAt(s, "C4")).toEqual({ value: 0.5, formula: "A4/B4" });
  });
});

describe("refused plans write nothing", () => {
  async function attempt(plan: WritePlan, build: (wb: ExcelJS.Workbook) => void = budgetSheet) {
    const { workbook } = await readWorkbook(await xlsxBytes(build));
    let error: unknown;
    try {
      applyPlan(workbook, plan);
    } catch (err) {
      error = err;
    }
    return { workbook, error };
  }

  it("a protected sheet", async () => {
    const { workbook, error } = await attempt(
      { values: [value("B2", 0.8)], marks: [mark("A1", "error", "x", "锁定")] },
      (wb) => {
        budgetSheet(wb);
        void wb.addWorksheet("锁定").protect("", {});
      },
    );
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).code).toBe("protected-sheet");
    expect((workbook.getWorksheet("S") as ExcelJS.Worksheet).getCell("B2").value).toBe(0.5);
    expect(sheet((await readWorkbook(await writeWorkbook(workbook))).grid, "锁定").protected).toBe(true);
  });

  it("a missing sheet", async () => {
    const { error } = await attempt({ values: [], marks: [mark("A1", "error", "x", "没有")] });
    expect((error as WorkbookWriteError).code).toBe("missing-sheet");
  });

  it("a value that is not a finite number", async () => {
    const { workbook, error } = await attempt({ values: [value("B2", 0.8), value("C2", Number.NaN)], marks: [] });
    expect((error as WorkbookWriteError).code).toBe("invalid-value");
    expect((workbook.getWorksheet("S") as ExcelJS.Worksheet).getCell("B2").value).toBe(0.5);
  });
});

describe("clearOwnMarks", () => {
  it("removes only the add-in's notes, and the file still saves", async () => {
    const bytes = await xlsxBytes((wb) => {
      budgetSheet(wb);
      (wb.getWorksheet("S") as ExcelJS.Worksheet).getCell("D2").note = "用户批注";
    });
    const { workbook } = await readWorkbook(bytes);
    applyPlan(workbook, { values: [], marks: [mark("B2", "error", "a"), mark("G9", "reason", "b")] });
    expect(clearOwnMarks(workbook)).toBe(2);

    const ws = (await readWorkbook(await writeWorkbook(workbook))).workbook.getWorksheet("S") as ExcelJS.Worksheet;
    expect(noteOf(ws.getCell("B2"))).toBeUndefined();
    expect(noteOf(ws.getCell("G9"))).toBeUndefined();
    expect(noteOf(ws.getCell("D2"))).toBe("用户批注");
  });
});
