// createExcelHost: the pane's Host in Excel, settings in the workbook.
import { adr } from "../../src/engine/grid";
import { createExcelHost } from "../../src/excel/host";
import { loadSettings, MAX_RUN_CHARS, RUN_KEY, saveSettings, SETTINGS_KEY, settingsRunStore } from "../../src/excel/settings";
import type { Host } from "../../src/host/contract";
import { FAKE_CONSTANTS, FakeSettings } from "./fake";
import { FakeExcel } from "./fake";
import { EVAL_SHEET, hunan, sampleFake } from "./helpers";
import { BUREAU_PROFILE } from "../taskpane/fixtures";

describe("createExcelHost", () => {
  test("implements the pane's Host with kind excel", async () => {
    const fake = await sampleFake();
    const host: Host = createExcelHost(fake.env());
    expect(host.kind).toBe("excel");

    const before = fake.snapshot();
    const result = await host.validate(hunan, { mode: "values", locale: "en" });
    expect(result.noteSupport).toBe("notes");
    expect(result.written).toBeGreaterThan(0);
    expect(fake.noteAt(EVAL_SHEET, "H5")).toMatch(/^SelfEval: \[warning\] Budget score/i);

    await host.select(EVAL_SHEET, adr("H20"));
    expect(fake.active).toBe(EVAL_SHEET);
    await host.accept([{ sheet: EVAL_SHEET, at: adr("H20"), value: "16.84" }]);
    expect(fake.cell(EVAL_SHEET, "H20")?.value).toBe(16.84);
    await host.clearMarks();
    expect(fake.notes.size).toBe(0);
    await host.undo();
    expect(fake.snapshot()).toEqual(before);
  });

  test("validate keeps its run in the settings only after its write request, and the pane's choices stay", async () => {
    const fake = await sampleFake();
    const host = createExcelHost(fake.env());
    await host.saveSettings({ profile: "hunan-dept", mode: "formulas", locale: "zh-CN" });
    expect(fake.settings.saves).toBe(1);
    // saveAsync clears Excel's undo stack (OfficeDev/office-js#3141): never between the read and the write.
    let savesAtWrite = -1;
    fake.onSync = () => {
      if (fake.writes.length === 0) savesAtWrite = fake.settings.saves;
    };
    await host.validate(hunan, { mode: "values", locale: "zh-CN" });
    fake.onSync = undefined;
    expect(savesAtWrite).toBe(1);
    expect(fake.settings.saves).toBe(2);
    expect(fake.savedSettings.get(RUN_KEY)).toMatchObject({ version: 1, result: { written: 3 } });
    await host.undo();
    expect(fake.savedSettings.has(RUN_KEY)).toBe(false);
    expect(await host.loadSettings()).toEqual({ profile: "hunan-dept", mode: "formulas", locale: "zh-CN" });
  });

  test("exportFile is offered by the Excel host", async () => {
    const fake = await sampleFake();
    fake.document.files.compressed = { bytes: Uint8Array.from([80, 75, 5, 6]) };
    const host = createExcelHost(fake.env());
    expect(await host.exportFile()).toMatchObject({ kind: "file", format: "xlsx" });
  });
});

describe("workbook settings", () => {
  test("only values this version understands are loaded", () => {
    const settings = new FakeSettings();
    expect(loadSettings(settings)).toEqual({});
    settings.set(SETTINGS_KEY, { profile: "no-such-profile", mode: "sideways", locale: "en" });
    expect(loadSettings(settings)).toEqual({ locale: "en" });
    settings.set(SETTINGS_KEY, "garbage");
    expect(loadSettings(settings)).toEqual({});
  });

  test("a failed save is reported", async () => {
    const settings = new FakeSettings();
    settings.failSave = true;
    await expect(saveSettings(settings, FAKE_CONSTANTS, { profile: "default", mode: "values", locale: "zh-CN" })).rejects.toMatchObject({ code: "settings" });
  });
});

describe("the run store", () => {
  test("a profile file loaded in the pane is kept in the workbook's settings and read back after the file is opened again", async () => {
    const fake = await sampleFake();
    const pane = createExcelHost(fake.runtime());
    const chosen = { profile: "test-bureau", mode: "values", locale: "zh-CN", customProfile: BUREAU_PROFILE } as const;
    await pane.saveSettings(chosen);
    expect(fake.savedSettings.get(SETTINGS_KEY)).toEqual(chosen);
    // Saved, closed, opened again (on this PC or another): a new document and a new runtime.
    const reopened = FakeExcel.restore(fake.serialise());
    expect(await createExcelHost(reopened.runtime()).loadSettings()).toEqual(chosen);
    // A built-in profile chosen while the file stays loaded; then the file removed: no key left.
    await pane.saveSettings({ ...chosen, profile: "guangxi" });
    expect(await createExcelHost(fake.runtime()).loadSettings()).toEqual({ ...chosen, profile: "guangxi" });
    await pane.saveSettings({ profile: "default", mode: "values", locale: "zh-CN" });
    expect(fake.savedSettings.get(SETTINGS_KEY)).toEqual({ profile: "default", mode: "values", locale: "zh-CN" });
  });

  test("a custom profile id is kept only with its file, and only while that file still reads", () => {
    const settings = new FakeSettings();
    settings.set(SETTINGS_KEY, { profile: "test-bureau", mode: "values", locale: "zh-CN" });
    expect(loadSettings(settings)).toEqual({ mode: "values", locale: "zh-CN" });
    settings.set(SETTINGS_KEY, { profile: "other-bureau", mode: "values", customProfile: BUREAU_PROFILE });
    expect(loadSettings(settings)).toEqual({ mode: "values", customProfile: BUREAU_PROFILE });
    // A file this version cannot read: its id goes; the text is handed on so that the pane can
    // say why it is not used (resolveSettings drops it).
    const broken = '{"id": "test-bureau", "name": "某财政局",';
    settings.set(SETTINGS_KEY, { profile: "test-bureau", mode: "values", customProfile: broken });
    expect(loadSettings(settings)).toEqual({ mode: "values", customProfile: broken });
    settings.set(SETTINGS_KEY, { profile: "test-bureau", customProfile: { id: "test-bureau" } });
    expect(loadSettings(settings)).toEqual({});
  });

  test("a record too large for the settings keeps 撤销's snapshot only", async () => {
    const fake = await sampleFake();
    const result = await createExcelHost(fake.env()).validate(hunan, { mode: "values", locale: "zh-CN" });
    const store = settingsRunStore(fake.settings, FAKE_CONSTANTS);
    const big = { ...result, report: { ...result.report, findings: Array.from({ length: 8000 }, () => result.report.findings[0]) } };
    const undo = { values: [], marksBefore: [], notesBefore: [], fillsBefore: [] };
    await store.save({ version: 1, savedAt: "2026-01-01T00:00:00.000Z", result: big, undo });
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_RUN_CHARS);
    expect(await store.load()).toEqual({ version: 1, savedAt: "2026-01-01T00:00:00.000Z", result: null, undo });
    await store.save(null);
    expect(await store.load()).toBeNull();
  });
});
