// The Excel adapter against a typed fake of Excel, built from the real sample workbook.
import { adr, toA1 } from "../../src/engine/grid";
import { MARK_FILLS, markKindOfFormula, markRuleFormula, NOTE_PREFIX, planWrites } from "../../src/engine/plan";
import type { MarkKind } from "../../src/engine/plan";
import { officeColor } from "../../src/excel/address";
import { ExcelAdapter } from "../../src/excel/adapter";
import { ExcelAdapterError } from "../../src/excel/errors";
import { readWorkbook } from "../../src/excel/read";
import { queueRunWrites } from "../../src/excel/write";
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

describe("validate: read in three syncs, write in one", () => {
  test("the sample workbook: same report as the file reader, 3 read syncs + 1 write sync", async () => {
    const grid = await sampleGrid();
    const fake = FakeExcel.fromGrid(grid);
    const adapter = new ExcelAdapter(fake.env());
    const { result, syncs, writeSyncs } = await measure(fake, () => adapter.validate(hunan, values));

    expect(syncs).toBe(4);
    expect(writeSyncs).toEqual([4]); // nothing written during the three reads
    // The grid read through Office.js validates exactly like the grid read from the file.
    const report = checkWorkbook(grid, hunan);
    expect(result.report).toEqual(report);
    expect(result.report.templates.map((t) => t.sheet)).toEqual([BASE_SHEET, EVAL_SHEET]);
    const plan = planWrites(report, values);
    expect(plan.values.length).toBeGreaterThan(0);
    expect(plan.marks.length).toBeGreaterThan(0);
    expect(result).toMatchObject({ written: plan.values.length, marked: plan.marks.length, protectedSheets: [], noteSupport: "notes", tooLargeSheets: [], mergesLost: [] });

    // Every planned value is in its cell: a number, or the formula the plan asks for.
    for (const w of plan.values) {
      const cell = fake.cell(w.sheet, toA1(w.at));
      if (w.formula) expect(cell?.formula).toBe(w.formula);
      else expect(cell).toMatchObject({ value: w.value });
    }
    // The number format is not touched.
    expect(fake.cell(EVAL_SHEET, "G5")).toMatchObject({ value: 0.9898785892346044, numberFormat: "0.00%" });
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.9);
    // Every mark: a conditional format of its kind (tagged formula, the kind's fill) and a note
    // with our prefix; the cell's own fill is never touched.
    for (const m of plan.marks) {
      expect(fake.markAt(m.sheet, toA1(m.at))).toBe(m.kind);
      expect(fake.cell(m.sheet, toA1(m.at))?.fill ?? { color: null }).toEqual({ color: null });
      expect(fake.noteAt(m.sheet, toA1(m.at))).toBe(NOTE_PREFIX + m.note);
    }
    for (const f of fake.ownFormats()) {
      expect(f.formula).toBe(`=${markRuleFormula(markKindOfFormula(f.formula) as MarkKind)}`);
      expect(f.fill).toBe(officeColor(MARK_FILLS[markKindOfFormula(f.formula) as MarkKind]));
    }
    expect(fake.notes.size).toBe(plan.marks.length);
    // Grouped by kind: one conditional format per kind and sheet, not one per cell.
    expect(fake.ownFormats().length).toBeLessThanOrEqual(2 * 4);
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

  test("a generated 300-sheet workbook takes the same four syncs", async () => {
    const fake = FakeExcel.fromGrid(await bigGrid(300));
    const { result, syncs, writeSyncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    expect(syncs).toBe(4);
    expect(writeSyncs).toEqual([4]);
    expect(result.report.templates).toHaveLength(301);
    const perSheet = planWrites(checkWorkbook(await sampleGrid(), hunan), values).values.filter((w) => w.sheet === EVAL_SHEET).length;
    expect(result.written).toBe(300 * perSheet);
    expect(fake.cell("项目300", "H5")?.value).toBe(9.9);
    // Marks are grouped by kind into few conditional formats, not one per cell.
    expect(fake.writes.filter((w) => w.op === "cfAdd").length).toBeLessThanOrEqual(301 * 4);
    expect(fake.writes.filter((w) => w.op === "fill")).toEqual([]);
  });

  test.each<[ApiVersion, "notes" | "comments" | "none"]>([
    ["1.7", "none"],
    ["1.9", "none"],
    ["1.10", "comments"],
    ["1.13", "comments"],
    ["1.18", "notes"],
  ])("ExcelApi %s: four syncs, messages as %s", async (version, support) => {
    const fake = await sampleFake({ version });
    const { result, syncs, writeSyncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    // Below 1.18 comments follow in a request of their own (the user's notes are invisible there).
    expect(syncs).toBe(support === "comments" ? 5 : 4);
    expect(writeSyncs).toEqual(support === "comments" ? [4, 5] : [4]);
    expect(result.notesSkipped).toBe(0);
    expect(result.noteSupport).toBe(support);
    expect(fake.notes.size).toBe(support === "notes" ? result.marked : 0);
    expect(fake.comments.size).toBe(support === "comments" ? result.marked : 0);
    expect(fake.markAt(EVAL_SHEET, "H20")).toBe("warning");
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
    expect(fake.markAt(EVAL_SHEET, "H20")).toBe("warning"); // the mark still shows
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
    expect(fake.markAt(BASE_SHEET, "F6")).toBe("info");
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
      if (n === 4) fake.sheet(EVAL_SHEET).protected = true;
    };
    await expect(adapter.validate(hunan, values)).rejects.toMatchObject({ code: "write-failed", officeCode: "AccessDenied" });
    fake.onSync = undefined;
    fake.sheet(EVAL_SHEET).protected = false;
    expect(await adapter.canUndo()).toBe(true);
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

    await adapter.undo();
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("清除标记 and 撤销", () => {
  /** The sample with decorations of the user's: fills (one on a cell we mark), a note, and a
   *  conditional format of their own on a marked cell. */
  async function decorated(version: ApiVersion = "1.18"): Promise<FakeExcel> {
    const fake = await sampleFake({ version });
    fake.setFill(EVAL_SHEET, "H20", { color: "#FFFF00" });
    fake.setFill(EVAL_SHEET, "I16", version === "1.7" ? { color: "#92D050" } : { color: "#92D050", pattern: "Gray50", patternColor: "#FF0000" });
    fake.setFill(EVAL_SHEET, "B2", { color: "#D9D9D9" });
    fake.addNote(EVAL_SHEET, "H19", "用户的批注");
    fake.addConditionalFormat(EVAL_SHEET, "H14:H20", { type: "Custom", formula: "=H14<0", fill: "#FF0000" });
    return fake;
  }

  test.each<ApiVersion>(["1.18", "1.10", "1.9", "1.7"])("ExcelApi %s: the user's fills never change; clearMarks leaves the workbook as before, values aside", async (version) => {
    const fake = await decorated(version);
    const before = fake.snapshot() as { sheets: Array<{ cells: unknown; conditionalFormats: unknown }> };
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    expect(fake.ownFormats().length).toBeGreaterThan(0);
    expect(fake.cell(EVAL_SHEET, "H20")?.fill).toEqual({ color: "#FFFF00" });
    await adapter.clearMarks();
    const after = fake.snapshot() as typeof before;
    expect(fake.ownFormats()).toEqual([]);
    expect(after.sheets.map((x) => x.conditionalFormats)).toEqual(before.sheets.map((x) => x.conditionalFormats));
    expect((after as unknown as { notes: unknown }).notes).toEqual((before as unknown as { notes: unknown }).notes);
    // The values the run wrote stay: clearing marks is not undo.
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.9);
  });

  test.each<ApiVersion>(["1.18", "1.10", "1.7"])("ExcelApi %s: undo restores every value, formula, fill, mark and note exactly", async (version) => {
    const fake = await decorated(version);
    const before = fake.snapshot();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, formulas);
    expect(fake.snapshot()).not.toEqual(before);
    await adapter.undo();
    expect(fake.snapshot()).toEqual(before);
    expect(fake.cell(EVAL_SHEET, "H21")).toMatchObject({ formula: "SUM(H5,H14:H20)", value: 95.8 });
    expect(await adapter.canUndo()).toBe(false);
  });

  test("ExcelApi 1.10: a comment refused on a cell holding a note (invisible below 1.18) is skipped; the rest are added", async () => {
    const fake = await sampleFake({ version: "1.10" });
    fake.addNote(EVAL_SHEET, "H20", "用户的批注");
    const result = await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(result.notesSkipped).toBe(1);
    expect(fake.comments.size).toBe(6);
    expect(fake.noteAt(EVAL_SHEET, "H20")).toBe("用户的批注");
    expect(fake.markAt(EVAL_SHEET, "H20")).toBe("warning");
  });

  test("a second run replaces the first run's marks, and undo goes back to them", async () => {
    const fake = await decorated();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    const afterFirst = fake.snapshot();
    await adapter.validate(hunan, formulas);
    // Replaced, not piled up: every marked cell is covered by exactly one format of ours.
    for (const sheet of fake.sheets) {
      const cover = new Map<string, number>();
      for (const f of sheet.conditionalFormats.filter((x) => markKindOfFormula(x.formula)))
        for (const a of f.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cover.set(`${r},${c}`, (cover.get(`${r},${c}`) ?? 0) + 1);
      expect([...cover.values()].every((n) => n === 1)).toBe(true);
    }
    await adapter.undo();
    expect(fake.snapshot()).toEqual(afterFirst);
  });

  test("a mark that no longer applies is removed by the next run", async () => {
    const fake = await decorated();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    expect(fake.markAt(EVAL_SHEET, "I19")).toBe("reason");
    // The user writes the missing reason.
    fake.sheet(EVAL_SHEET).cells.set("18,8", { value: "受疫情影响，调查样本不足", fill: { color: null } });
    await adapter.validate(hunan, values);
    expect(fake.markAt(EVAL_SHEET, "I19")).toBeUndefined();
    expect(fake.noteAt(EVAL_SHEET, "I19")).toBeUndefined();
  });

  test("two marks on one merged area keep the more severe, on the whole area", async () => {
    const fake = new FakeExcel();
    const adapter = new ExcelAdapter(fake.env());
    // A plan is what the engine gives; here two findings land on B2 and C2 of the merged B2:C2.
    fake.addSheet("S", [[null]], [{ top: 1, left: 1, bottom: 1, right: 2 }]);
    const queued = await fake.run(async (ctx) => {
      const read = await readWorkbook(ctx, adapter.features);
      const q = queueRunWrites(read, { values: [], marks: [
        { sheet: "S", at: adr("C2"), kind: "info", note: "a" },
        { sheet: "S", at: adr("B2"), kind: "error", note: "b" },
      ] }, adapter.features);
      await ctx.sync();
      return q;
    });
    expect(queued.marked).toBe(1);
    expect(fake.ownFormats().map((f) => ({ formula: f.formula, areas: f.areas }))).toEqual([{ formula: `=${markRuleFormula("error")}`, areas: [{ top: 1, left: 1, bottom: 1, right: 2 }] }]);
    expect(fake.noteAt("S", "B2")).toBe(`${NOTE_PREFIX}a\nb`);
  });

  test("a note the user rewrote without our prefix is theirs: clearMarks leaves it", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    fake.notes.get(`${EVAL_SHEET}!4,7`)!.content = "我已核实，预算得分按 9.8 填报"; // our note on H5, rewritten
    await adapter.clearMarks();
    expect(fake.noteAt(EVAL_SHEET, "H5")).toBe("我已核实，预算得分按 9.8 填报");
    expect(fake.notes.size).toBe(1);
  });

  test("undo leaves a cell the user changed after the run, and restores the rest", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    fake.cell(EVAL_SHEET, "H5")!.value = 9.85; // the user's own correction
    const result = await adapter.undo();
    expect(result.keptCells).toBe(1);
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.85);
    expect(fake.ownFormats()).toEqual([]);
  });

  test("text typed as '=… or '#N/A stays text through undo", async () => {
    const fake = await sampleFake();
    // The recalculated 执行率 cell G5 first holds text that looks like a formula.
    fake.cell(EVAL_SHEET, "G5")!.value = "=E5/D5";
    delete fake.cell(EVAL_SHEET, "G5")!.formula;
    fake.cell(EVAL_SHEET, "H5")!.value = "#N/A"; // text, not an error
    const before = fake.snapshot();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    await adapter.undo();
    expect(fake.snapshot()).toEqual(before);
    expect(fake.cell(EVAL_SHEET, "G5")).toMatchObject({ value: "=E5/D5" });
    expect(fake.cell(EVAL_SHEET, "G5")?.formula).toBeUndefined();
    expect(fake.cell(EVAL_SHEET, "H5")?.error).toBeUndefined();
  });

  test("a sheet renamed meanwhile is skipped and reported; the others are restored", async () => {
    const fake = await decorated();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    fake.renameSheet(BASE_SHEET, "基础数据");
    const result = await adapter.undo();
    expect(fake.cell(EVAL_SHEET, "H5")?.value).toBe(9.8);
    // Marks are found by their formula, so the renamed sheet's are removed too.
    expect(fake.ownFormats()).toEqual([]);
    expect(result.skippedSheets).toEqual([]);
  });

  test("operations started together run one after the other", async () => {
    const fake = await decorated();
    const before = fake.snapshot() as { sheets: Array<{ conditionalFormats: unknown }> };
    const adapter = new ExcelAdapter(fake.env());
    await Promise.all([adapter.validate(hunan, values), adapter.validate(hunan, formulas), adapter.clearMarks()]);
    expect(fake.ownFormats()).toEqual([]);
    expect((fake.snapshot() as typeof before).sheets.map((x) => x.conditionalFormats)).toEqual(before.sheets.map((x) => x.conditionalFormats));
  });

  test("nothing to clear or undo: nothing is written", async () => {
    const fake = await sampleFake();
    const adapter = new ExcelAdapter(fake.env());
    await adapter.clearMarks();
    expect((await measure(fake, () => adapter.undo())).syncs).toBe(0);
    expect(fake.writes).toEqual([]);
  });
});

describe("legacy fill marks (versions before conditional-format marks)", () => {
  test("a cell with our note and a mark-colour fill loses both; the user's fills and notes stay", async () => {
    const fake = await sampleFake();
    fake.setFill(EVAL_SHEET, "C3", { color: officeColor(MARK_FILLS.error) });
    fake.addNote(EVAL_SHEET, "C3", `${NOTE_PREFIX}[错误] 旧版本的标记`);
    fake.setFill(EVAL_SHEET, "C4", { color: officeColor(MARK_FILLS.error) }); // the user's red, no note of ours
    fake.setFill(EVAL_SHEET, "C6", { color: "#00B050" });
    fake.addNote(EVAL_SHEET, "C6", `${NOTE_PREFIX}旧说明`); // ours, but the user refilled the cell since
    const adapter = new ExcelAdapter(fake.env());
    await adapter.clearMarks();
    expect(fake.cell(EVAL_SHEET, "C3")?.fill).toEqual({ color: null });
    expect(fake.noteAt(EVAL_SHEET, "C3")).toBeUndefined();
    expect(fake.cell(EVAL_SHEET, "C4")?.fill).toEqual({ color: officeColor(MARK_FILLS.error) });
    expect(fake.cell(EVAL_SHEET, "C6")?.fill).toEqual({ color: "#00B050" });
    expect(fake.noteAt(EVAL_SHEET, "C6")).toBeUndefined();
  });
});

describe("legacy fill marks and 撤销", () => {
  test("a run replaces an old fill mark; 撤销 brings the mark back as a conditional format, never over the user's new fill", async () => {
    const fake = await sampleFake();
    fake.setFill(EVAL_SHEET, "C3", { color: officeColor(MARK_FILLS.error) });
    fake.addNote(EVAL_SHEET, "C3", `${NOTE_PREFIX}[错误] 旧版本的标记`);
    const adapter = new ExcelAdapter(fake.env());
    await adapter.validate(hunan, values);
    expect(fake.cell(EVAL_SHEET, "C3")?.fill).toEqual({ color: null });
    fake.setFill(EVAL_SHEET, "C3", { color: "#00B050" }); // the user fills the cell after the run
    await adapter.undo();
    expect(fake.cell(EVAL_SHEET, "C3")?.fill).toEqual({ color: "#00B050" });
    expect(fake.markAt(EVAL_SHEET, "C3")).toBe("error");
    expect(fake.noteAt(EVAL_SHEET, "C3")).toBe(`${NOTE_PREFIX}[错误] 旧版本的标记`);
  });
});

describe("cell edit mode", () => {
  test("Excel.run asks Excel to wait for the cell edit (delayForCellEdit)", async () => {
    const fake = await sampleFake();
    await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(fake.runOptions.every((o) => o?.delayForCellEdit === true)).toBe(true);
    const ribbon = await sampleFake();
    await new ExcelAdapter(ribbon.env(), { delayForCellEdit: false }).validate(hunan, values);
    expect(ribbon.runOptions.every((o) => o === undefined)).toBe(true);
  });

  test("where the host still refuses, the run is retried with growing waits", async () => {
    const fake = await sampleFake();
    const delays: number[] = [];
    const adapter = new ExcelAdapter(fake.env(), { delay: async (ms) => void delays.push(ms) });
    fake.cellEditFailures = 2;
    const result = await adapter.validate(hunan, values);
    expect(result.written).toBe(3);
    expect(fake.runs).toBe(3);
    expect(delays).toEqual([250, 500]);
  });

  test("the wait is bounded (under 10 s): then the user is told to finish editing; nothing was written", async () => {
    const fake = await sampleFake();
    const delays: number[] = [];
    const adapter = new ExcelAdapter(fake.env(), { delay: async (ms) => void delays.push(ms) });
    fake.cellEditFailures = 100;
    const error = await adapter.validate(hunan, values).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ code: "cell-edit", officeCode: "InvalidOperationInCellEditMode" });
    expect((error as ExcelAdapterError).messageZh).toContain("Enter");
    expect(delays.reduce((a, b) => a + b, 0)).toBeLessThan(10_000);
    expect(fake.runs).toBe(delays.length + 1);
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

describe("limits", () => {
  test.each(["null", "throw"] as const)("a sheet above 5 million cells (Excel returns %s) is reported, not read; the rest is validated", async (overLimitRead) => {
    const fake = await sampleFake({ overLimitRead });
    fake.addSheet("明细").usedSize = { rows: 1048576, cols: 10 };
    const { result, syncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    expect(syncs).toBe(4);
    expect(result.tooLargeSheets).toEqual(["明细"]);
    expect(result.report.templates).toHaveLength(2);
    expect(result.report.skippedSheets).not.toContain("明细");
  });

  test("a read too large for one request is chunked; still one write request, the last", async () => {
    const grid = await sampleGrid();
    // Each request may return 2400 cell properties (4 per cell): the first 1000-cell bands are
    // refused for their size and read again in quarters.
    const fake = FakeExcel.fromGrid(grid, { responseCellLimit: 2400 });
    fake.addSheet("明细").usedSize = { rows: 300, cols: 20 };
    const adapter = new ExcelAdapter(fake.env(), { chunkCells: 1000 });
    const { result, writeSyncs, syncs } = await measure(fake, () => adapter.validate(hunan, values));
    expect(result.tooLargeSheets).toEqual([]);
    expect(result.report.findings).toEqual(checkWorkbook(grid, hunan).findings);
    expect(syncs).toBeGreaterThan(4);
    expect(writeSyncs).toEqual([syncs]);
  });

  test("a sheet with 600 merged areas validates; its merges are read in parts", async () => {
    const grid = await sampleGrid();
    const fake = FakeExcel.fromGrid(grid);
    fake.addSheet("台账", [], Array.from({ length: 600 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 })));
    const result = await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(result.report.findings).toEqual(checkWorkbook(grid, hunan).findings);
    expect(result.mergesLost).toEqual([]);
  });

  test("an office.js without the Notes API on a host that reports ExcelApi 1.18: messages go to comments", async () => {
    const grid = await sampleGrid();
    const fake = FakeExcel.fromGrid(grid, { version: "1.18", officeJs: { notes: false } });
    const result = await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(result.report.findings).toEqual(checkWorkbook(grid, hunan).findings);
    expect(result.noteSupport).toBe("comments");
    expect(fake.notes.size).toBe(0);
    expect(fake.comments.size).toBe(result.marked);
  });

  test("…and without comments either: the pane only, the marks still drawn", async () => {
    const fake = await sampleFake({ version: "1.18", officeJs: { notes: false, comments: false } });
    const result = await new ExcelAdapter(fake.env()).validate(hunan, values);
    expect(result.noteSupport).toBe("none");
    expect(fake.notes.size + fake.comments.size).toBe(0);
    expect(fake.ownFormats().length).toBeGreaterThan(0);
  });
});

describe("the plan is checked before anything is queued", () => {
  test("a workbook with no template: nothing written, nothing marked", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1", [["hello", 1]]);
    const { result, syncs } = await measure(fake, () => new ExcelAdapter(fake.env()).validate(hunan, values));
    expect(syncs).toBe(4);
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
