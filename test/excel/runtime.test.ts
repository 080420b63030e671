// Marks and state that outlive the runtime: every runtime here is a fresh ExcelAdapter on
// `fake.runtime()`, remembering nothing of the last (a function command's runtime ends when it
// completes, a pane's when it closes: https://learn.microsoft.com/office/dev/add-ins/develop/runtimes).
import { NOTE_PREFIX } from "../../src/engine/plan";
import { markKindOfFormula } from "../../src/engine/plan";
import { createExcelHost } from "../../src/excel/host";
import { RUN_KEY } from "../../src/excel/settings";
import { exportForSubmission } from "../../src/excel/submission";
import { FakeExcel } from "./fake";
import type { ApiVersion } from "./fake";
import { EVAL_SHEET, hunan, sampleFake } from "./helpers";

const values = { mode: "values", locale: "zh-CN" } as const;

/** The sample with the user's own fills, note and conditional format. */
async function decorated(version: ApiVersion = "1.18"): Promise<FakeExcel> {
  const fake = await sampleFake({ version });
  fake.setFill(EVAL_SHEET, "H20", { color: "#FFFF00" });
  fake.setFill(EVAL_SHEET, "I19", { color: "#D9D9D9" });
  fake.addNote(EVAL_SHEET, "B2", "用户的批注");
  fake.addConditionalFormat(EVAL_SHEET, "H14:H20", { type: "Custom", formula: "=H14<0", fill: "#FF0000" });
  return fake;
}

/** Fills, conditional formats and notes: what marks touch (values are 撤销's business). */
function marksView(fake: FakeExcel) {
  const snap = fake.snapshot() as { sheets: Array<{ name: string; cells: Array<[string, { fill: unknown }]>; conditionalFormats: unknown }>; notes: unknown; comments: unknown };
  return {
    fills: snap.sheets.map((s) => ({ name: s.name, fills: s.cells.map(([k, c]) => [k, c.fill]) })),
    formats: snap.sheets.map((s) => s.conditionalFormats),
    notes: snap.notes,
    comments: snap.comments,
  };
}

function ownNotes(fake: FakeExcel): number {
  return [...fake.notes.values(), ...fake.comments.values()].filter((n) => n.content.startsWith(NOTE_PREFIX)).length;
}

describe.each<ApiVersion>(["1.18", "1.10", "1.7"])("ExcelApi %s", (version) => {
  test("validate in one runtime, 清除标记 in another runtime: every fill and note exactly as before", async () => {
    const fake = await decorated(version);
    const before = marksView(fake);
    await createExcelHost(fake.runtime()).validate(hunan, values);
    expect(fake.ownFormats().length).toBeGreaterThan(0);
    // That runtime has ended. A new one knows nothing of it.
    await createExcelHost(fake.runtime()).clearMarks();
    expect(marksView(fake)).toEqual(before);
    expect(fake.ownFormats()).toEqual([]);
  });

  test("the same in another runtime after the workbook is saved and reopened", async () => {
    const fake = await decorated(version);
    const before = marksView(fake);
    await createExcelHost(fake.runtime()).validate(hunan, values);
    const reopened = FakeExcel.restore(fake.serialise());
    expect(reopened.ownFormats().length).toBe(fake.ownFormats().length);
    await createExcelHost(reopened.runtime()).clearMarks();
    expect(marksView(reopened)).toEqual(before);
  });

  test("an export taken in another runtime carries no SelfEval mark", async () => {
    const fake = await decorated(version);
    const before = marksView(fake);
    const { report } = await createExcelHost(fake.runtime()).validate(hunan, values);
    fake.document.files.compressed = {}; // the file is the workbook as it is when taken
    const result = await exportForSubmission(createExcelHost(fake.runtime()), report);
    if (result.kind !== "file") throw new Error("expected a file");
    const exported = FakeExcel.restore(new TextDecoder().decode(result.bytes));
    expect(exported.ownFormats()).toEqual([]);
    expect(ownNotes(exported)).toBe(0);
    expect(marksView(exported)).toEqual(before);
    expect(exported.cell(EVAL_SHEET, "H5")?.value).toBe(9.9); // the recalculated values stay
  });

  test("撤销 in another runtime restores the run from what the workbook keeps, also after reopening", async () => {
    const fake = await decorated(version);
    const before = fake.snapshot();
    await createExcelHost(fake.runtime()).validate(hunan, { mode: "formulas", locale: "zh-CN" });
    const reopened = FakeExcel.restore(fake.serialise());
    const host = createExcelHost(reopened.runtime());
    expect(await host.adapter.canUndo()).toBe(true);
    await host.undo();
    expect(reopened.snapshot()).toEqual({ ...(before as object) });
    expect(await createExcelHost(reopened.runtime()).adapter.canUndo()).toBe(false);
  });
});

describe("the run kept in the workbook's settings", () => {
  test("a pane opened after the ribbon run sees that run's result", async () => {
    const fake = await sampleFake();
    const ribbon = await createExcelHost(fake.runtime(), { delayForCellEdit: false }).validate(hunan, values);
    const pane = createExcelHost(fake.runtime());
    expect(await pane.lastRun()).toEqual(JSON.parse(JSON.stringify(ribbon)));
  });

  test("a pane that started before the ribbon run still finds it (settings are refreshed), and its own save keeps it", async () => {
    const fake = await sampleFake();
    const pane = createExcelHost(fake.runtime()); // started first: its settings copy has no run
    await createExcelHost(fake.runtime()).validate(hunan, values);
    await pane.saveSettings({ profile: "hunan-dept", mode: "values", locale: "en" });
    expect(fake.savedSettings.get(RUN_KEY)).toBeTruthy();
    expect((await pane.lastRun())?.report.profile).toBe("hunan-dept");
    expect(await createExcelHost(fake.runtime()).loadSettings()).toEqual({ profile: "hunan-dept", mode: "values", locale: "en" });
  });

  test("撤销 forgets the run for every runtime", async () => {
    const fake = await sampleFake();
    await createExcelHost(fake.runtime()).validate(hunan, values);
    await createExcelHost(fake.runtime()).undo();
    expect(fake.savedSettings.has(RUN_KEY)).toBe(false);
    expect(await createExcelHost(fake.runtime()).lastRun()).toBeNull();
  });

  test("a damaged or foreign record is ignored", async () => {
    const fake = await sampleFake();
    fake.savedSettings.set(RUN_KEY, { version: 99, whatever: true });
    const host = createExcelHost(fake.runtime());
    expect(await host.lastRun()).toBeNull();
    expect(await host.adapter.canUndo()).toBe(false);
  });

  test("marks of the run are found by formula, whatever kept them", async () => {
    const fake = await sampleFake();
    await createExcelHost(fake.runtime()).validate(hunan, values);
    fake.savedSettings.clear(); // even with no record at all
    await createExcelHost(fake.runtime()).clearMarks();
    expect(fake.sheets.flatMap((s) => s.conditionalFormats).filter((f) => markKindOfFormula(f.formula))).toEqual([]);
    expect(ownNotes(fake)).toBe(0);
  });
});
