// The Excel adapter against a typed fake of Excel, built from the real sample workbook.
import { adr, toA1 } from "../../src/engine/grid";
import { MARK_FILLS, NOTE_PREFIX, planWrites } from "../../src/engine/plan";
import { officeColor } from "../../src/excel/address";
import { ExcelAdapter } from "../../src/excel/adapter";
import { ExcelAdapterError } from "../../src/excel/errors";
import { checkWorkbook } from "../../src/template";
import { FakeExcel } from "./fake";
import type { ApiVersion } from "./fake";
import { BASE_SHEET, bigGrid, EVAL_SHEET, hunan, sampleFake, sampleGrid } from "./helpers";

const values = { mode: "values", locale: "zh-CN" } as const;
const formulas = { mode: "formulas", locale: "zh-CN" } as const;

/** Syncs that carried a write, and syncs in total, for one operation. */
async function measure<T>(fake: FakeExcel, op: () => Promise<T>): Promise<{ result: T; syncs: number; writeSyncs: number[] }> {
  const syncs = fake.syncs;
  const writes = fake.writes.length;
  const result = await op();
  const writeSyncs = [...new Set(fake.writes.slice(writes).map((w) => (w.sync as number) - syncs))];
  return { result, syncs: fake.syncs - syncs, writeSyncs };
}

describe("validate: read in two syncs, write in one", () => {
  test("the sample workbook: same report as the file reader, 2 read syncs + 1 write sync", async () => {
    const grid = await sampleGrid();
    const fake = FakeExcel.fromGrid(grid);
    const adapter = new ExcelAdapter(fake.env());
    const { result, syncs, writeSyncs } = await measure(fake, () => adapter.validate(hunan, values));

    expect(syncs).toBe(3);
    expect(writeSyncs).toEqual([3]); // nothing written during the two reads
    // The grid read through Office.js validates exactly like the grid read from the file.
    const report = checkWorkbook(grid, hunan);
    expect(result.report).toEqual(report);
    expect(result.report.templates.map((t) => t.sheet)).toEqual([BASE_SHEET, EVAL_SHEET]);
    const plan = planWrites(report, values);
    expect(plan.values.length).toBeGreaterThan(0);
    expect(plan.marks.length).toBeGreaterThan(0);
    expect(result).toMatchObject({ written: plan.values.length, marked: plan.marks.length, protectedSheets: [], noteSupport: "notes", tooLargeSheets: [] });

    // Every planned value is in its cell: a number, or the formula the plan asks for.
    for (const w of plan.values) {
      const cell = fake.cell(w.sheet, toA1(w.at));
      if (w.formula) expect(cell?.formula).toBe(w.formula);
      else expect(cell).toMatchObject({ value: w.value });
    }
    // The number format is not touched.
    expect(fake.cell(EVAL_SHEET, "G5")).toMatchObject({ value: 0.9898785892346044, numberFormat: "0.00%" });
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.9);
    // Every mark: the fill of its kind and a note with our prefix.
    for (const m of plan.marks) {
      expect(fake.cell(m.sheet, toA1(m.at))?.fill).toEqual({ color: officeColor(MARK_FILLS[m.kind]) });
      expect(fake.noteAt(m.sheet, toA1(m.at))).toBe(NOTE_PREFIX + m.note);
    }
    expect(fake.notes.size).toBe(plan.marks.length);
  });

  test("formulas mode writes live formulas", async () => {
    const grid = await sampleGrid();
    const fake = FakeExcel.fromGrid(grid);
    await new ExcelAdapter(fake.env()).validate(hunan, formulas);
    expect(fake.cell(EVAL_SHEET, "G5")).toMatchObject({ formula: "E5/D5", numberFormat: "0.00%" });
    for (const w of planWrites(checkWorkbook(grid, hunan), formulas).values) {
      if (w.formula) expect(fake.cell(w.sheet, toA1(w.at))?.formula).toBe(w.formula);
    }
  });

  test("a generated 300-sheet workbook takes the same three syncs", async () => {
    const fake = FakeExcel.fromGrid(await bigGrid(300));
    const { result, syncs, writeSyncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    expect(syncs).toBe(3);
    expect(writeSyncs).toEqual([3]);
    expect(result.report.templates).toHaveLength(301);
    const perSheet = planWrites(checkWorkbook(await sampleGrid(), hunan), values).values.filter((w) => w.sheet === EVAL_SHEET).length;
    expect(result.written).toBe(300 * perSheet);
    expect(fake.cell("项目300", "H5")?.value).toBe(9.9);
    // Fills are grouped by colour into few requests, not one per cell.
    const fillWrites = fake.writes.filter((w) => w.op === "fill").length;
    expect(fillWrites).toBeLessThanOrEqual(301 * 3);
  });

  test.each<[ApiVersion, "notes" | "comments" | "none"]>([
    ["1.7", "none"],
    ["1.9", "none"],
    ["1.10", "comments"],
    ["1.13", "comments"],
    ["1.18", "notes"],
  ])("ExcelApi %s: three syncs, messages as %s", async (version, support) => {
    const fake = await sampleFake({ version });
    const { result, syncs, writeSyncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    // Below 1.18 comments follow in a request of their own (the user's notes are invisible there).
    expect(syncs).toBe(support === "comments" ? 4 : 3);
    expect(writeSyncs).toEqual(support === "comments" ? [3, 4] : [3]);
    expect(result.notesSkipped).toBe(0);
    expect(result.noteSupport).toBe(support);
    expect(fake.notes.size).toBe(support === "notes" ? result.marked : 0);
    expect(fake.comments.size).toBe(support === "comments" ? result.marked : 0);
    expect(fake.cell(EVAL_SHEET, "H20")?.fill).toEqual({ color: "#FFEB9C" });
  });

  test("on ExcelApi 1.7 the report is the same although merged areas cannot be read", async () => {
    const grid = await sampleGrid();
    const fake = FakeExcel.fromGrid(grid, { version: "1.7" });
    const result = await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(result.report.findings).toEqual(checkWorkbook(grid, hunan).findings);
  });

  test("the user's notes stay; our earlier notes are replaced or removed", async () => {
    const fake = await sampleFake();
    fake.addNote(EVAL_SHEET, "H20", "请核对基本支出预算成本");
    fake.addNote(EVAL_SHEET, "H5", `${NOTE_PREFIX}旧的说明`);
    fake.addNote(EVAL_SHEET, "C3", `${NOTE_PREFIX}已经不适用`);
    await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(fake.noteAt(EVAL_SHEET, "H20")).toBe("请核对基本支出预算成本");
    expect(fake.cell(EVAL_SHEET, "H20")?.fill).toEqual({ color: "#FFEB9C" }); // the fill still marks it
    expect(fake.noteAt(EVAL_SHEET, "H5")).toMatch(/^SelfEval: \[警告\] 预算执行得分应为 9.90/);
    expect(fake.noteAt(EVAL_SHEET, "C3")).toBeUndefined();
  });

  test("text written never starts with = + - @ unless it is a formula", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, formulas);
    await adapter.accept([{ sheet: EVAL_SHEET, at: adr("I20"), value: "=HYPERLINK(\"x\")" }]);
    expect(fake.cell(EVAL_SHEET, "I20")).toMatchObject({ value: '=HYPERLINK("x")' });
    expect(fake.cell(EVAL_SHEET, "I20")?.formula).toBeUndefined();
    for (const w of fake.writes.filter((x) => x.op === "values")) {
      if (typeof w.detail === "string") expect(w.detail).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe("protected sheets", () => {
  test("a protected sheet is reported and gets nothing; the others are written", async () => {
    const fake = await sampleFake();
    fake.sheet(EVAL_SHEET).protected = true;
    const before = fake.sheetSnapshot(EVAL_SHEET);
    const result = await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(result.protectedSheets).toEqual([EVAL_SHEET]);
    expect(result.written).toBe(0);
    expect(result.marked).toBe(2);
    expect(fake.writes.filter((w) => w.sheet === EVAL_SHEET)).toEqual([]);
    expect(fake.sheetSnapshot(EVAL_SHEET)).toEqual(before);
    expect([...fake.notes.values()].every((n) => n.sheet === BASE_SHEET)).toBe(true);
    expect(fake.cell(BASE_SHEET, "F6")?.fill).toEqual({ color: "#DDEBF7" });
    // The findings on the protected sheet are still reported in the pane.
    expect(result.report.findings.some((f) => f.sheet === EVAL_SHEET)).toBe(true);
  });

  test("accepting a score on a protected sheet writes nothing there", async () => {
    const fake = await sampleFake();
    fake.sheet(EVAL_SHEET).protected = true;
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    const { result, syncs } = await measure(fake, () => adapter.accept([{ sheet: EVAL_SHEET, at: adr("H20"), value: "16.84" }]));
    expect(result).toEqual({ written: 0, protectedSheets: [EVAL_SHEET] });
    expect(syncs).toBe(0);
  });

  test("a sheet protected between the read and the write: write-failed, and 撤销 can restore the values", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    const before = fake.snapshot();
    fake.onSync = (n) => {
      if (n === 3) fake.sheet(EVAL_SHEET).protected = true;
    };
    await expect(adapter.validate(hunan, values)).rejects.toMatchObject({ code: "write-failed", officeCode: "AccessDenied" });
    fake.onSync = undefined;
    fake.sheet(EVAL_SHEET).protected = false;
    expect(adapter.canUndo()).toBe(true);
    await adapter.undo();
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("scores are written only on the user's click", () => {
  test("validate leaves an entered score alone; accept writes it in one sync; undo restores it", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    const before = fake.snapshot();
    const result = await adapter.validate(hunan, values);
    const suggestion = result.report.findings.find((f) => f.rule === "indicator-score" && f.suggestion)?.suggestion;
    expect(suggestion).toEqual({ at: adr("H20"), value: "16.84" });
    expect(fake.cell(EVAL_SHEET, "H20")?.value).toBe(19);
    expect(fake.writes.some((w) => w.address === "H20" && (w.op === "values" || w.op === "formulas"))).toBe(false);

    const { syncs, writeSyncs } = await measure(fake, () => adapter.accept([{ sheet: EVAL_SHEET, at: adr("H20"), value: "16.84" }]));
    expect(syncs).toBe(1);
    expect(writeSyncs).toEqual([1]);
    expect(fake.cell(EVAL_SHEET, "H20")?.value).toBe(16.84);

    const undo = await measure(fake, () => adapter.undo());
    expect(undo.syncs).toBe(1);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("清除标记 and 撤销", () => {
  /** The sample with fills of its own: a user fill on a cell we mark, and one beside it. */
  async function decorated(version: ApiVersion = "1.18"): Promise<FakeExcel> {
    const fake = await sampleFake({ version });
    fake.setFill(EVAL_SHEET, "H20", { color: "#FFFF00" });
    // Pattern fills can only be read from ExcelApi 1.9.
    fake.setFill(EVAL_SHEET, "I16", version === "1.7" ? { color: "#92D050" } : { color: "#92D050", pattern: "Gray50", patternColor: "#FF0000" });
    fake.setFill(EVAL_SHEET, "B2", { color: "#D9D9D9" });
    fake.addNote(EVAL_SHEET, "H19", "用户的批注");
    return fake;
  }

  const fillsAndNotes = (fake: FakeExcel) => {
    const snap = fake.snapshot() as { sheets: Array<{ name: string; cells: Array<[string, { fill: unknown }]> }>; notes: unknown; comments: unknown };
    return {
      fills: snap.sheets.map((s) => ({ name: s.name, fills: s.cells.map(([k, c]) => [k, c.fill]) })),
      notes: snap.notes,
      comments: snap.comments,
    };
  };

  test.each<ApiVersion>(["1.18", "1.10", "1.9", "1.7"])("ExcelApi %s: clearMarks restores every fill exactly in one sync", async (version) => {
    const fake = await decorated(version);
    const before = fillsAndNotes(fake);
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    expect(fillsAndNotes(fake)).not.toEqual(before);
    const { syncs } = await measure(fake, () => adapter.clearMarks());
    expect(syncs).toBe(1);
    expect(fillsAndNotes(fake)).toEqual(before);
    // The values the run wrote stay: clearing marks is not undo.
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.9);
  });

  test.each<ApiVersion>(["1.18", "1.10", "1.7"])("ExcelApi %s: undo restores every value, formula, fill and note exactly in one sync", async (version) => {
    const fake = await decorated(version);
    const before = fake.snapshot();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, formulas);
    expect(fake.snapshot()).not.toEqual(before);
    const { syncs } = await measure(fake, () => adapter.undo());
    expect(syncs).toBe(1);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.cell(EVAL_SHEET, "H21")).toMatchObject({ formula: "SUM(H5,H14:H20)", value: 95.8 });
    expect(adapter.canUndo()).toBe(false);
  });

  test("ExcelApi 1.10: a comment refused on a cell holding a note (invisible below 1.18) is skipped; the rest are added", async () => {
    const fake = await sampleFake({ version: "1.10" });
    fake.addNote(EVAL_SHEET, "H20", "用户的批注");
    const result = await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(result.notesSkipped).toBe(1);
    expect(fake.comments.size).toBe(6);
    expect(fake.noteAt(EVAL_SHEET, "H20")).toBe("用户的批注");
    expect(fake.cell(EVAL_SHEET, "H20")?.fill).toEqual({ color: "#FFEB9C" });
  });

  test("ExcelApi 1.7 cannot tell a white fill from no fill: a white fill comes back as no fill", async () => {
    const fake = await sampleFake({ version: "1.7" });
    fake.setFill(EVAL_SHEET, "H20", { color: "#FFFFFF" });
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    await adapter.clearMarks();
    expect(fake.cell(EVAL_SHEET, "H20")?.fill).toEqual({ color: null });
  });

  test("ExcelApi 1.9 tells them apart", async () => {
    const fake = await sampleFake({ version: "1.9" });
    fake.setFill(EVAL_SHEET, "H20", { color: "#FFFFFF" });
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    await adapter.clearMarks();
    expect(fake.cell(EVAL_SHEET, "H20")?.fill).toEqual({ color: "#FFFFFF" });
  });

  test("a second run keeps the original fills: clearMarks after two runs still restores the first state", async () => {
    const fake = await decorated();
    const before = fillsAndNotes(fake);
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    const { syncs } = await measure(fake, () => adapter.validate(hunan, values));
    expect(syncs).toBe(3);
    await adapter.clearMarks();
    expect(fillsAndNotes(fake)).toEqual(before);
  });

  test("undo after a second run goes back to the first run's marks", async () => {
    const fake = await decorated();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    const afterFirst = fake.snapshot();
    await adapter.validate(hunan, formulas);
    await adapter.undo();
    expect(fake.snapshot()).toEqual(afterFirst);
  });

  test("a mark that no longer applies is removed by the next run", async () => {
    const fake = await decorated();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    expect(fake.cell(EVAL_SHEET, "I19")?.fill).toEqual({ color: "#FCE4D6" });
    // The user writes the missing reason.
    fake.cell(EVAL_SHEET, "I19")!.value = "受疫情影响，调查样本不足";
    await adapter.validate(hunan, values);
    expect(fake.cell(EVAL_SHEET, "I19")?.fill).toEqual({ color: null });
    expect(fake.noteAt(EVAL_SHEET, "I19")).toBeUndefined();
  });

  test("a note the user deleted meanwhile: clearMarks recovers with a fresh read and still restores", async () => {
    const fake = await decorated();
    const before = fillsAndNotes(fake);
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    fake.notes.delete(`${EVAL_SHEET}!4,7`); // our note on H5
    const { result, syncs } = await measure(fake, () => adapter.clearMarks());
    expect(syncs).toBe(1 + 2 + 1); // the refused request, a fresh read, the restore
    expect(result.skippedSheets).toEqual([]);
    expect(fillsAndNotes(fake)).toEqual(before);
  });

  test("a sheet renamed meanwhile is skipped and reported; the others are restored", async () => {
    const fake = await decorated();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    fake.renameSheet(BASE_SHEET, "基础数据");
    const result = await adapter.undo();
    expect(result.skippedSheets).toEqual([BASE_SHEET]);
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.8);
    expect(fake.cell(EVAL_SHEET, "H20")?.fill).toEqual({ color: "#FFFF00" });
  });

  test("operations started together run one after the other", async () => {
    const fake = await decorated();
    const before = fillsAndNotes(fake);
    const adapter = new ExcelAdapter(fake.env());
    const runs = [adapter.validate(hunan, values), adapter.validate(hunan, formulas), adapter.clearMarks()];
    await Promise.all(runs);
    expect(fake.syncs).toBe(3 + 3 + 1);
    expect(fillsAndNotes(fake)).toEqual(before);
  });

  test("nothing to clear or undo: no request at all", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    expect((await measure(fake, () => adapter.clearMarks())).syncs).toBe(0);
    expect((await measure(fake, () => adapter.undo())).syncs).toBe(0);
  });
});

describe("cell edit mode", () => {
  test("Excel.run failing with InvalidOperationInCellEditMode is retried, 500 ms apart", async () => {
    const fake = await sampleFake();
    const delays: number[] = [];
    const adapter = new ExcelAdapter(fake.env(), { delay: async (ms) => void delays.push(ms) });
    fake.cellEditFailures = 2;
    const result = await adapter.validate(hunan, values);
    expect(result.written).toBe(3);
    expect(fake.runs).toBe(3);
    expect(delays).toEqual([500, 500]);
  });

  test("after five retries the user is told to finish editing; nothing was written", async () => {
    const fake = await sampleFake();
    const delays: number[] = [];
    const adapter = new ExcelAdapter(fake.env(), { delay: async (ms) => void delays.push(ms) });
    fake.cellEditFailures = 100;
    const error = await adapter.validate(hunan, values).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ code: "cell-edit", officeCode: "InvalidOperationInCellEditMode" });
    expect((error as ExcelAdapterError).messageZh).toContain("Enter");
    expect(fake.runs).toBe(6);
    expect(delays).toHaveLength(5);
    expect(fake.writes).toEqual([]);
  });

  test("select, accept, clearMarks and undo retry too", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    fake.cellEditFailures = 1;
    await adapter.select(EVAL_SHEET, adr("H20"));
    fake.cellEditFailures = 1;
    await adapter.undo();
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.8);
  });
});

describe("select", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    const { syncs } = await measure(fake, () => adapter.select(EVAL_SHEET, adr("H20")));
    expect(syncs).toBe(1);
    expect(fake.active).toBe(EVAL_SHEET);
    expect(fake.selection).toBe(`'${EVAL_SHEET}'!H20`);
  });

  test("a hidden sheet is reported instead of failing in Excel", async () => {
    const fake = await sampleFake();
    fake.sheet(BASE_SHEET).visibility = "Hidden";
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    await expect(adapter.select(BASE_SHEET, adr("F6"))).rejects.toMatchObject({ code: "hidden-sheet" });
  });

  test("a sheet that no longer exists", async () => {
    const fake = await sampleFake();
    await expect(new ExcelAdapter(fake.env()).select("没有这个表", adr("A1"))).rejects.toMatchObject({ code: "missing-sheet" });
  });
});

describe("the 5-million-cell guard", () => {
  test("a sheet above the limit is reported, not read; the rest is validated in three syncs", async () => {
    const fake = await sampleFake();
    fake.addSheet("明细").usedSize = { rows: 1048576, cols: 10 };
    const { result, syncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    expect(syncs).toBe(3);
    expect(result.tooLargeSheets).toEqual(["明细"]);
    expect(result.report.templates).toHaveLength(2);
    expect(result.report.skippedSheets).not.toContain("明细");
  });

  test("a read too large for one request falls back to sizes first, then chunks", async () => {
    const grid = await sampleGrid();
    const fake = FakeExcel.fromGrid(grid, { responseCellLimit: 600 });
    fake.addSheet("明细").usedSize = { rows: 3000, cols: 2000 };
    const adapter = new ExcelAdapter(fake.env(), { chunkCells: 200 });
    const { result, writeSyncs, syncs } = await measure(fake, () => adapter.validate(hunan, values));
    expect(result.tooLargeSheets).toEqual(["明细"]);
    expect(result.report).toEqual(checkWorkbook(grid, hunan));
    expect(syncs).toBeGreaterThan(3);
    expect(writeSyncs).toEqual([syncs]); // still one write request, the last
  });
});

describe("the plan is checked before anything is queued", () => {
  test("a workbook with no template: nothing written, nothing marked", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1", [["hello", 1]]);
    const { result, syncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    expect(syncs).toBe(3);
    expect(result).toMatchObject({ written: 0, marked: 0 });
    expect(result.report.skippedSheets).toEqual(["Sheet1"]);
    expect(fake.writes).toEqual([]);
  });

  test("an invalid suggestion address is refused before any request", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    await expect(adapter.accept([{ sheet: EVAL_SHEET, at: { row: -1, col: 0 }, value: "1" }])).rejects.toMatchObject({ code: "invalid-value" });
    expect(fake.syncs).toBe(0);
  });
});
