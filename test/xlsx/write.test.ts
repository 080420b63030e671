import type ExcelJS from "exceljs";
import { adr } from "../../src/engine/grid";
import { MARK_FILLS, markRuleFormula, NOTE_PREFIX } from "../../src/engine/plan";
import type { Mark, ValueWrite, WritePlan } from "../../src/engine/plan";
import { readNotes } from "../../src/xlsx/notes";
import { readWorkbook } from "../../src/xlsx/read";
import { applyPlan, clearOwnMarks, WorkbookWriteError, writeWorkbook } from "../../src/xlsx/write";
import { cellAt, conditionalRules, loadExcelJs, noteOf, ownMarksOf, packageDiff, sheet, xlsxBytes } from "./helpers";

const YELLOW = "FFFFFF00";

function value(a1: string, v: number, formula?: string): ValueWrite {
  return { sheet: "S", at: adr(a1), value: v, kind: "recalculated", ...(formula ? { formula } : {}) };
}

function mark(a1: string, kind: Mark["kind"], note: string, sheetName = "S"): Mark {
  return { sheet: sheetName, at: adr(a1), kind, note };
}

/** Apply a plan to a freshly read file and save it. */
async function applied(bytes: Uint8Array, plan: WritePlan): Promise<Uint8Array> {
  const { workbook } = await readWorkbook(bytes);
  applyPlan(workbook, plan);
  return writeWorkbook(workbook);
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
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
    const out = await applied(await xlsxBytes(budgetSheet), { values: [value("B2", 0.8)], marks: [] });
    const { grid } = await readWorkbook(out);
    expect(cellAt(sheet(grid, "S"), "B2")).toEqual({ value: 0.8, numFmt: "0.00%" });
    expect((await loadExcelJs(out)).getWorksheet("S")?.getCell("B2").value).toBe(0.8);
  });

  it("writes formulas with their result as the cached value and asks Excel to recalculate", async () => {
    const out = await applied(await xlsxBytes(budgetSheet), { values: [value("B2", 0.8, "D2/E2"), value("C2", 0, "=D2-D2")], marks: [] });
    const { workbook, grid } = await readWorkbook(out);
    expect(workbook.text(workbook.workbookPath)).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    expect(cellAt(sheet(grid, "S"), "B2")).toEqual({ value: 0.8, formula: "D2/E2", numFmt: "0.00%" });
    // A leading "=" is tolerated, and a zero result survives as the cached value.
    expect(cellAt(sheet(grid, "S"), "C2")).toEqual({ value: 0, formula: "D2-D2", numFmt: "0.00%" });
  });

  it("writes into cells and rows that do not exist yet, in row and column order", async () => {
    const out = await applied(await xlsxBytes(budgetSheet), { values: [value("A2", 1), value("F2", 2), value("C9", 3), value("A1", 4)], marks: [] });
    const s = sheet((await readWorkbook(out)).grid, "S");
    expect([cellAt(s, "A1"), cellAt(s, "A2"), cellAt(s, "F2"), cellAt(s, "C9")]).toEqual([{ value: 4 }, { value: 1 }, { value: 2 }, { value: 3 }]);
    const ws = (await loadExcelJs(out)).getWorksheet("S") as ExcelJS.Worksheet;
    expect([ws.getCell("A1").value, ws.getCell("A2").value, ws.getCell("F2").value, ws.getCell("C9").value, ws.getCell("D2").value]).toEqual([4, 1, 2, 3, 80]);
  });

  it("marks a cell with a tagged conditional format and a prefixed note; the cell's own fill never changes", async () => {
    const out = await applied(await xlsxBytes(budgetSheet), { values: [], marks: [mark("B2", "error", "执行率应为 80.00%，表中为 50.00%")] });
    expect(await ownMarksOf(out, "S")).toEqual({ B2: { kind: "error", fill: MARK_FILLS.error } });
    const rules = await conditionalRules(out, "S");
    expect(rules.map((r) => r.formula)).toEqual([markRuleFormula("error")]);
    const ws = (await loadExcelJs(out)).getWorksheet("S") as ExcelJS.Worksheet;
    expect(fillOf(ws.getCell("B2"))).toBe(YELLOW);
    expect(fillOf(ws.getCell("C2"))).toBe(YELLOW);
    expect(noteOf(ws.getCell("B2"))).toBe(`${NOTE_PREFIX}执行率应为 80.00%，表中为 50.00%`);
    expect(ws.getCell("B2").numFmt).toBe("0.00%");
    expect(noteOf(ws.getCell("C2"))).toBeUndefined();
  });

  it("marks an empty reason cell: the note is on the cell, the mark in the sheet's conditional formats", async () => {
    const out = await applied(await xlsxBytes(budgetSheet), { values: [], marks: [mark("F2", "reason", "请填写偏差原因")] });
    expect(await ownMarksOf(out, "S")).toEqual({ F2: { kind: "reason", fill: MARK_FILLS.reason } });
    // ExcelJS does not read back notes on empty cells, so read the comments part itself.
    const { workbook } = await readWorkbook(out);
    expect([...readNotes(workbook, "xl/worksheets/sheet1.xml")]).toEqual([["F2", `${NOTE_PREFIX}请填写偏差原因`]]);
    expect(workbook.text("xl/comments1.xml")).toContain(`<comment ref="F2"`);
    expect(workbook.text("xl/drawings/vmlDrawing1.vml")).toMatch(/<x:Row>1<\/x:Row><x:Column>5<\/x:Column>/);
  });

  it("keeps the text of a note the user wrote, adds ours below it, and replaces its own note from an earlier run", async () => {
    const bytes = await xlsxBytes((wb) => {
      budgetSheet(wb);
      const ws = wb.getWorksheet("S") as ExcelJS.Worksheet;
      ws.getCell("B2").note = "王会计：已与财政局核对";
      ws.getCell("C2").note = `${NOTE_PREFIX}上次的提示`;
    });
    const out = await applied(bytes, { values: [], marks: [mark("B2", "warning", "新提示"), mark("C2", "warning", "新提示")] });
    const ws = (await loadExcelJs(out)).getWorksheet("S") as ExcelJS.Worksheet;
    expect(noteOf(ws.getCell("B2"))).toBe(`王会计：已与财政局核对\n${NOTE_PREFIX}新提示`);
    expect(noteOf(ws.getCell("C2"))).toBe(`${NOTE_PREFIX}新提示`);
    expect(await ownMarksOf(out, "S")).toEqual({ "B2 C2": { kind: "warning", fill: MARK_FILLS.warning } });
  });

  it("writes into the master when a plan points at a merged slave, and marks the merged area", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.mergeCells("B2:C3");
      ws.getCell("B2").value = 1;
    });
    const out = await applied(bytes, { values: [value("C3", 2)], marks: [mark("C3", "info", "合并单元格")] });
    const s = sheet((await readWorkbook(out)).grid, "S");
    expect(cellAt(s, "B2")).toEqual({ value: 2 });
    expect(cellAt(s, "C3")).toBeUndefined();
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(noteOf(((await loadExcelJs(out)).getWorksheet("S") as ExcelJS.Worksheet).getCell("B2"))).toBe(`${NOTE_PREFIX}合并单元格`);
    expect(await ownMarksOf(out, "S")).toEqual({ "B2:C3": { kind: "info", fill: MARK_FILLS.info } });
  });

  it("two marks on one merged area keep the more severe, whichever comes last", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.mergeCells("B2:C3");
      ws.getCell("B2").value = 1;
    });
    for (const marks of [
      [mark("B2", "error", "a"), mark("C3", "info", "b")],
      [mark("C3", "info", "b"), mark("B2", "error", "a")],
    ]) {
      expect(await ownMarksOf(await applied(bytes, { values: [], marks }), "S")).toEqual({ "B2:C3": { kind: "error", fill: MARK_FILLS.error } });
    }
  });

  it("our rules come after the user's conditional formats (a higher priority number) and reuse one dxf per kind", async () => {
    const bytes = await xlsxBytes((wb) => {
      budgetSheet(wb);
      (wb.getWorksheet("S") as ExcelJS.Worksheet).addConditionalFormatting({
        ref: "D2:E2",
        rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["90"], priority: 7, style: { font: { bold: true } } }],
      });
    });
    const once = await applied(bytes, { values: [], marks: [mark("B2", "error", "a"), mark("C2", "error", "b")] });
    const twice = await applied(once, { values: [], marks: [mark("B2", "error", "a")] });
    const rules = await conditionalRules(twice, "S");
    expect(rules.map((r) => [r.sqref, r.kind ?? "user", r.priority])).toEqual([
      ["D2:E2", "user", 7],
      ["B2", "error", 8],
    ]);
    const styles = (await readWorkbook(twice)).workbook;
    const stylesXml = styles.text("xl/styles.xml");
    expect(stylesXml.match(/<dxf>/g)?.length).toBe(2);
  });
});

describe("shared (filled-down) and array formulas", () => {
  const filledDown = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet("S");
    ws.getColumn(1).values = [null, 10, 20, 30] as never;
    ws.getColumn(2).values = [null, 20, 40, 60] as never;
    ws.fillFormula("C2:C4", "A2/B2", [0.5, 0.5, 0.5]);
  };

  it("overwriting the master keeps every clone's own formula", async () => {
    const s = sheet((await readWorkbook(await applied(await xlsxBytes(filledDown), { values: [value("C2", 0.6)], marks: [] }))).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 0.6 });
    expect(cellAt(s, "C3")).toEqual({ value: 0.5, formula: "A3/B3" });
    expect(cellAt(s, "C4")).toEqual({ value: 0.5, formula: "A4/B4" });
  });

  it("a new formula in the master does not leak into the clones", async () => {
    const s = sheet((await readWorkbook(await applied(await xlsxBytes(filledDown), { values: [value("C2", 2, "B2/A2")], marks: [] }))).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 2, formula: "B2/A2" });
    expect(cellAt(s, "C3")).toEqual({ value: 0.5, formula: "A3/B3" });
  });

  it("overwriting a clone leaves the others shared", async () => {
    const out = await applied(await xlsxBytes(filledDown), { values: [value("C3", 0.7)], marks: [] });
    const s = sheet((await readWorkbook(out)).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 0.5, formula: "A2/B2" });
    expect(cellAt(s, "C3")).toEqual({ value: 0.7 });
    expect(cellAt(s, "C4")).toEqual({ value: 0.5, formula: "A4/B4" });
    expect((await readWorkbook(out)).workbook.text("xl/worksheets/sheet1.xml")).toMatch(/<c r="C4"[^>]*><f t="shared" si="0"\/>/);
  });

  it("the same formula again keeps the <f> element exactly (shared master, array): only the cached value changes", async () => {
    const bytes = await xlsxBytes((wb) => {
      filledDown(wb);
      const ws = wb.getWorksheet("S") as ExcelJS.Worksheet;
      ws.getCell("E2").value = { formula: "SUM(A2:A4*B2:B4)", result: 1, shareType: "array", ref: "E2" } as never;
    });
    const before = (await readWorkbook(bytes)).workbook.text("xl/worksheets/sheet1.xml");
    const fOf = (xml: string, a1: string) => new RegExp(`<c r="${a1}"[^>]*>(<f\\b[^>]*(?:/>|>[^<]*</f>))`).exec(xml)?.[1];
    expect(fOf(before, "E2")).toMatch(/t="array"/);
    const out = await applied(bytes, { values: [value("C2", 0.25, "A2/B2"), value("E2", 2800, "SUM(A2:A4*B2:B4)")], marks: [] });
    const after = (await readWorkbook(out)).workbook.text("xl/worksheets/sheet1.xml");
    expect(fOf(after, "C2")).toBe(fOf(before, "C2"));
    expect(fOf(after, "E2")).toBe(fOf(before, "E2"));
    const s = sheet((await readWorkbook(out)).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 0.25, formula: "A2/B2" });
    expect(cellAt(s, "C3")).toEqual({ value: 0.5, formula: "A3/B3" });
    expect(cellAt(s, "E2")).toEqual({ value: 2800, formula: "SUM(A2:A4*B2:B4)" });
  });
});

describe("protected sheets and refused plans", () => {
  async function attempt(plan: WritePlan, build: (wb: ExcelJS.Workbook) => void = budgetSheet) {
    const bytes = await xlsxBytes(build);
    const { workbook } = await readWorkbook(bytes);
    let error: unknown;
    let result: ReturnType<typeof applyPlan> | undefined;
    try {
      result = applyPlan(workbook, plan);
    } catch (err) {
      error = err;
    }
    return { bytes, workbook, error, result };
  }

  it("a protected sheet is left exactly as it was and reported; the other sheets are written", async () => {
    const { bytes, workbook, error, result } = await attempt(
      { values: [value("B2", 0.8)], marks: [mark("A1", "error", "x", "锁定")] },
      (wb) => {
        budgetSheet(wb);
        const locked = wb.addWorksheet("锁定");
        locked.getCell("A1").value = 1;
        void locked.protect("", {});
      },
    );
    expect(error).toBeUndefined();
    expect(result).toEqual({ written: 1, marked: 0, protectedSheets: ["锁定"] });
    const out = await writeWorkbook(workbook);
    const diff = await packageDiff(bytes, out);
    expect(diff).toEqual({ changed: ["xl/worksheets/sheet1.xml"], added: [], removed: [] });
    expect(sheet((await readWorkbook(out)).grid, "锁定").protected).toBe(true);
  });

  it("a missing sheet", async () => {
    const { error } = await attempt({ values: [], marks: [mark("A1", "error", "x", "没有")] });
    expect((error as WorkbookWriteError).code).toBe("missing-sheet");
  });

  it("a value that is not a finite number: nothing is written", async () => {
    const { bytes, workbook, error } = await attempt({ values: [value("B2", 0.8), value("C2", Number.NaN)], marks: [] });
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).code).toBe("invalid-value");
    expect(await packageDiff(bytes, await writeWorkbook(workbook))).toEqual({ changed: [], added: [], removed: [] });
  });
});

describe("clearOwnMarks", () => {
  it("removes exactly ours: our rules, our notes, our part of a user's note; the user's note, rules and fills stay", async () => {
    const bytes = await xlsxBytes((wb) => {
      budgetSheet(wb);
      const ws = wb.getWorksheet("S") as ExcelJS.Worksheet;
      ws.getCell("D2").note = "用户批注";
      ws.getCell("E2").note = { texts: [{ text: "粗体", font: { bold: true } }, { text: "说明" }] } as never;
    });
    const marked = await applied(bytes, { values: [], marks: [mark("B2", "error", "a"), mark("G9", "reason", "b"), mark("E2", "warning", "c")] });
    const withNotes = (await loadExcelJs(marked)).getWorksheet("S") as ExcelJS.Worksheet;
    expect(noteOf(withNotes.getCell("E2"))).toBe(`粗体说明\n${NOTE_PREFIX}c`);

    const { workbook } = await readWorkbook(marked);
    expect(clearOwnMarks(workbook)).toBe(3 + 3);
    const cleared = await writeWorkbook(workbook);
    const ws = (await loadExcelJs(cleared)).getWorksheet("S") as ExcelJS.Worksheet;
    expect(noteOf(ws.getCell("B2"))).toBeUndefined();
    expect(noteOf(ws.getCell("G9"))).toBeUndefined();
    expect(noteOf(ws.getCell("D2"))).toBe("用户批注");
    expect(noteOf(ws.getCell("E2"))).toBe("粗体说明");
    expect((ws.getCell("E2").note as ExcelJS.Comment).texts?.[0].font?.bold).toBe(true);
    expect(fillOf(ws.getCell("B2"))).toBe(YELLOW);
    expect(await conditionalRules(cleared, "S")).toEqual([]);
  });

  it("marking then clearing gives the original package back, part for part, except the unused dxfs kept in styles.xml", async () => {
    const bytes = await xlsxBytes(budgetSheet);
    const marked = await applied(bytes, { values: [], marks: [mark("B2", "error", "a"), mark("G9", "reason", "b")] });
    const { workbook } = await readWorkbook(marked);
    clearOwnMarks(workbook);
    expect(await packageDiff(bytes, await writeWorkbook(workbook))).toEqual({ changed: ["xl/styles.xml"], added: [], removed: [] });
  });

  it("removes the fill marks of older versions: a cell with our note and one of our fill colours", async () => {
    const bytes = await xlsxBytes((wb) => {
      budgetSheet(wb);
      const ws = wb.getWorksheet("S") as ExcelJS.Worksheet;
      // What SelfEval up to this version wrote: our fill on the cell itself, and our note.
      ws.getCell("D2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILLS.warning } };
      ws.getCell("D2").note = `${NOTE_PREFIX}旧版提示`;
      // Our colour without our note is the user's own fill: it stays.
      ws.getCell("E2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILLS.warning } };
    });
    const { workbook } = await readWorkbook(bytes);
    expect(clearOwnMarks(workbook)).toBe(1);
    const ws = (await loadExcelJs(await writeWorkbook(workbook))).getWorksheet("S") as ExcelJS.Worksheet;
    expect(fillOf(ws.getCell("D2"))).toBeUndefined();
    expect(ws.getCell("D2").value).toBe(80);
    expect(noteOf(ws.getCell("D2"))).toBeUndefined();
    expect(fillOf(ws.getCell("E2"))).toBe(MARK_FILLS.warning);
    expect(fillOf(ws.getCell("B2"))).toBe(YELLOW);
  });
});
