// Browser mode's host, on real files: open, check, accept into the in-memory copy, undo, and
// the checked copy to download.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { getCell } from "../../src/engine/grid";
import { MARK_FILLS } from "../../src/engine/plan";
import { defaultProfile, hunanDeptProfile } from "../../src/engine/profile";
import type { BrowserFileView, FileLike } from "../../src/taskpane/browser/BrowserHost";
import { BrowserHost, checkedCopyName, SETTINGS_KEY } from "../../src/taskpane/browser/BrowserHost";
import { checkedCopy, checkXlsx } from "../../src/xlsx";
import { isBilingual } from "../../src/taskpane/errors";
import { markAt } from "../xlsx/helpers";
import { resolveProfile } from "../../src/host/profiles";
import { resolveSettings } from "../../src/taskpane/boot";
import { at, BUREAU_PROFILE, EVAL_SHEET, sampleBytes } from "./fixtures";

jest.setTimeout(30_000);

const SAMPLE_NAME = "芦淞区商务局_2023_整体支出绩效自评.xlsx";
const options = { mode: "values" as const, locale: "zh-CN" as const };

function fileOf(name: string, bytes: Uint8Array): FileLike {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

async function openSample(host = new BrowserHost(memoryStorage())) {
  const id = await host.openFiles([fileOf(SAMPLE_NAME, sampleBytes())], defaultProfile);
  return { host, id };
}

function fileView(host: BrowserHost, name: string): BrowserFileView {
  const view = host.getSnapshot().files.find((f) => f.name === name);
  if (!view) throw new Error(`no file ${name}`);
  return view;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

test("opens and checks a file in the page; validate reports the seed's findings", async () => {
  const { host, id } = await openSample();
  expect(id).not.toBeNull();
  expect(host.getSnapshot().activeId).toBe(id);
  expect(fileView(host, SAMPLE_NAME).status).toBe("ready");
  const run = await host.validate(defaultProfile, options);
  const errors = run.report.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => [f.rule, f.sheet, f.at])).toEqual([["reason-required", EVAL_SHEET, at("I19")]]);
  expect(run.report.templates.find((t) => t.sheet === EVAL_SHEET)?.score).toEqual({ entered: "95.8", recommended: "94.99", grade: "优" });
  expect(run.written).toBe(3);
  expect(run.marked).toBeGreaterThan(0);
  expect(run.protectedSheets).toEqual([]);
  expect(run.noteSupport).toBe("notes");
  // Idempotent: nothing is written to the opened file, so a second run says the same.
  expect((await host.validate(defaultProfile, options)).report).toEqual(run.report);
});

test("select records the cell for the preview", async () => {
  const { host, id } = await openSample();
  await host.select(EVAL_SHEET, at("I19"));
  expect(host.getSnapshot().selection).toEqual({ fileId: id, sheet: EVAL_SHEET, at: at("I19") });
  expect(host.sheet(id as string, EVAL_SHEET)?.name).toBe(EVAL_SHEET);
});

test("accept writes into the in-memory copy and the dependent 总分 formula follows", async () => {
  const { host, id } = await openSample();
  await host.validate(defaultProfile, options);
  await host.accept([{ sheet: EVAL_SHEET, at: at("H20"), value: "16.84" }]);
  const sheet = host.sheet(id as string, EVAL_SHEET);
  if (!sheet) throw new Error("no sheet");
  expect(getCell(sheet, at("H20"))?.value).toBe(16.84);
  // H21 is =SUM(H5,H14:H20): recalculated as Excel would, 95.8 − 19 + 16.84.
  expect(getCell(sheet, at("H21"))).toMatchObject({ value: 93.64, formula: "SUM(H5,H14:H20)" });
  const run = await host.validate(defaultProfile, options);
  // 16.84 is ŝ 16.8414 at two decimals, the value 采用建议 writes: accepting it raises nothing.
  const h20 = run.report.findings.filter((f) => f.sheet === EVAL_SHEET && f.at.row === 19 && f.at.col === 7);
  expect(h20.map((f) => [f.rule, f.severity])).toEqual([]);
  expect(run.report.findings.some((f) => f.rule === "total-score")).toBe(false);
  expect(run.report.templates.find((t) => t.sheet === EVAL_SHEET)?.score?.entered).toBe("93.64");
  expect(fileView(host, SAMPLE_NAME).acceptedCount).toBe(1);
});

test("undo goes back to the file as opened", async () => {
  const { host, id } = await openSample();
  const before = await host.validate(defaultProfile, options);
  await host.accept([{ sheet: EVAL_SHEET, at: at("H19"), value: "10" }]);
  await host.clearMarks();
  expect(fileView(host, SAMPLE_NAME).marksCleared).toBe(true);
  await host.undo();
  expect(getCell(host.sheet(id as string, EVAL_SHEET)!, at("H19"))?.value).toBe(9);
  expect(fileView(host, SAMPLE_NAME)).toMatchObject({ acceptedCount: 0, marksCleared: false });
  expect((await host.validate(defaultProfile, options)).report).toEqual(before.report);
});

test("a refused suggestion changes nothing", async () => {
  const { host, id } = await openSample();
  await expect(
    host.accept([
      { sheet: EVAL_SHEET, at: at("H20"), value: "16.84" },
      { sheet: "没有这个表", at: at("A1"), value: "1" },
    ]),
  ).rejects.toMatchObject({ messageZh: "找不到工作表「没有这个表」" });
  expect(getCell(host.sheet(id as string, EVAL_SHEET)!, at("H20"))?.value).toBe(19);
  await expect(host.accept([{ sheet: EVAL_SHEET, at: at("H20"), value: "=1+1" }])).rejects.toMatchObject({ messageEn: expect.stringContaining("not a number") });
});

test("the checked copy is the CLI's --out file: recalculated fields, fills and notes", async () => {
  const { host } = await openSample();
  await host.validate(defaultProfile, options);
  const { name, bytes } = await host.checkedCopy(options);
  expect(name).toBe("芦淞区商务局_2023_整体支出绩效自评.checked.xlsx");
  const ws = (await readBack(bytes)).getWorksheet(EVAL_SHEET)!;
  expect(ws.getCell("H5").value).toBe(9.9);
  // I19 is a reason cell that needs text: it gets the reason mark (a conditional format).
  expect(await markAt(bytes, EVAL_SHEET, "I19")).toEqual({ kind: "reason", fill: MARK_FILLS.reason });
  expect(await markAt(bytes, EVAL_SHEET, "H20")).toEqual({ kind: "warning", fill: MARK_FILLS.warning });
  expect(JSON.stringify(ws.getCell("I19").note)).toContain("SelfEval");
});

test("without accepts the checked copy has the same cells as the CLI's --out file", async () => {
  const { host } = await openSample();
  await host.validate(defaultProfile, options);
  const ours = await readBack((await host.checkedCopy(options)).bytes);
  const cli = await readBack(await checkedCopy(await checkXlsx(sampleBytes(), defaultProfile), options));
  for (const ws of cli.worksheets) {
    const mine = ours.getWorksheet(ws.name)!;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const other = mine.getCell(r, c);
        expect([cell.address, other.value, other.fill, other.note]).toEqual([cell.address, cell.value, cell.fill, cell.note]);
      }),
    );
  }
});

test("the checked copy carries accepted suggestions; after 清除标记 it carries no marks", async () => {
  const { host } = await openSample();
  await host.validate(defaultProfile, options);
  await host.accept([{ sheet: EVAL_SHEET, at: at("H20"), value: "16.84" }]);
  await host.validate(defaultProfile, options);
  await host.clearMarks();
  const copy = (await host.checkedCopy(options)).bytes;
  const wb = await readBack(copy);
  const ws = wb.getWorksheet(EVAL_SHEET)!;
  expect(ws.getCell("H20").value).toBe(16.84);
  // 总分 recalculated with the budget score 9.90 (a cell that holds a formula keeps it).
  const total = ws.getCell("H21").value;
  expect(typeof total === "number" ? total : (total as ExcelJS.CellFormulaValue).result).toBe(93.74);
  expect(await markAt(copy, EVAL_SHEET, "I19")).toBeUndefined();
  expect(ws.getCell("I19").note).toBeUndefined();
});

test("formulas mode writes live formulas into the checked copy", async () => {
  const { host } = await openSample();
  await host.validate(hunanDeptProfile, { mode: "formulas", locale: "en" });
  const ws = (await readBack((await host.checkedCopy({ mode: "formulas", locale: "en" })).bytes)).getWorksheet(EVAL_SHEET)!;
  expect((ws.getCell("H5").value as ExcelJS.CellFormulaValue).formula).toBe("MIN(G5,1)*F5");
});

describe("unusable files show a clear reason and leave the rest usable", () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ["not_template.xlsx", () => new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/not_template.xlsx"))), /未识别到绩效自评表模板/],
    ["truncated.xlsx", () => sampleBytes().slice(0, 4000), /文件不完整/],
    ["legacy.xls", () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4, 5, 6, 7, 8]), /不是可读取的 \.xls 工作簿/],
    ["empty.xlsx", () => new Uint8Array(0), /0 字节/],
  ];
  test.each(cases)("%s", async (name, bytes, message) => {
    const { host, id } = await openSample();
    const opened = await host.openFiles([fileOf(name, bytes())], defaultProfile);
    expect(opened).toBeNull();
    const view = fileView(host, name);
    expect(view.status).toBe("error");
    expect(isBilingual(view.error)).toBe(true);
    expect((view.error as { messageZh: string }).messageZh).toMatch(message);
    // The sample stays active and checkable.
    expect(host.getSnapshot().activeId).toBe(id);
    await expect(host.validate(defaultProfile, options)).resolves.toBeTruthy();
    host.removeFile(view.id);
    expect(host.getSnapshot().files.map((f) => f.name)).toEqual([SAMPLE_NAME]);
  });
});

test("several files: the first usable one becomes active, and the user can switch", async () => {
  const host = new BrowserHost(memoryStorage());
  const other = new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/clean_project.xlsx")));
  const first = await host.openFiles([fileOf("bad.xlsx", new Uint8Array([1, 2, 3])), fileOf(SAMPLE_NAME, sampleBytes()), fileOf("clean_project.xlsx", other)], defaultProfile);
  expect(host.getSnapshot().files.map((f) => f.status)).toEqual(["error", "ready", "ready"]);
  expect(host.getSnapshot().activeId).toBe(first);
  const second = fileView(host, "clean_project.xlsx").id;
  host.setActive(second);
  const run = await host.validate(defaultProfile, options);
  expect(run.report.templates[0].kind).toBe("project-eval");
  // Re-opening a file of the same name replaces it.
  await host.openFiles([fileOf("clean_project.xlsx", other)], defaultProfile);
  expect(host.getSnapshot().files.filter((f) => f.name === "clean_project.xlsx")).toHaveLength(1);
});

test("no usable file: the host says so in both languages", async () => {
  const host = new BrowserHost(memoryStorage());
  await expect(host.validate(defaultProfile, options)).rejects.toMatchObject({ messageEn: "Open a usable .xlsx workbook first" });
});

test("settings are kept in localStorage", async () => {
  const storage = memoryStorage();
  const host = new BrowserHost(storage);
  expect(await host.loadSettings()).toEqual({});
  await host.saveSettings({ profile: "hunan-dept", mode: "formulas", locale: "en" });
  expect(JSON.parse(storage.data.get(SETTINGS_KEY) as string)).toEqual({ profile: "hunan-dept", mode: "formulas", locale: "en" });
  expect(await new BrowserHost(storage).loadSettings()).toEqual({ profile: "hunan-dept", mode: "formulas", locale: "en" });
  storage.setItem(SETTINGS_KEY, "{not json");
  expect(await host.loadSettings()).toEqual({});
});

test("a loaded profile file is kept in localStorage with the settings, as its text", async () => {
  const storage = memoryStorage();
  const host = new BrowserHost(storage);
  await host.saveSettings({ profile: "test-bureau", mode: "values", locale: "zh-CN", customProfile: BUREAU_PROFILE });
  expect(JSON.parse(storage.data.get(SETTINGS_KEY) as string)).toEqual({ profile: "test-bureau", mode: "values", locale: "zh-CN", customProfile: BUREAU_PROFILE });
  // The page opened again: the pane resolves the same settings, and its profile is the file's.
  const saved = await new BrowserHost(storage).loadSettings();
  const settings = resolveSettings(saved, "en");
  expect(settings).toEqual({ profile: "test-bureau", mode: "values", locale: "zh-CN", customProfile: BUREAU_PROFILE });
  expect(resolveProfile(settings.profile, settings.customProfile)).toMatchObject({ id: "test-bureau", name: { "zh-CN": "某财政局" }, severities: { "over-target": "error" } });
  // Removed: no trace of it is written.
  await host.saveSettings({ profile: "default", mode: "values", locale: "zh-CN" });
  expect(JSON.parse(storage.data.get(SETTINGS_KEY) as string)).toEqual({ profile: "default", mode: "values", locale: "zh-CN" });
});

test("the store notifies subscribers with a new snapshot", async () => {
  const host = new BrowserHost(memoryStorage());
  const listener = jest.fn();
  const unsubscribe = host.subscribe(listener);
  const before = host.getSnapshot();
  await host.openFiles([fileOf(SAMPLE_NAME, sampleBytes())], defaultProfile);
  expect(listener).toHaveBeenCalled();
  expect(host.getSnapshot()).not.toBe(before);
  unsubscribe();
});

test("checked copy names", () => {
  expect(checkedCopyName("a.xlsx")).toBe("a.checked.xlsx");
  expect(checkedCopyName("B.XLSX")).toBe("B.checked.xlsx");
  expect(checkedCopyName("noext")).toBe("noext.checked.xlsx");
  // Legacy formats get an .xlsx copy; a workbook with macros keeps .xlsm.
  expect(checkedCopyName("旧表.xls")).toBe("旧表.checked.xlsx");
  expect(checkedCopyName("表.et")).toBe("表.checked.xlsx");
  expect(checkedCopyName("表.ods")).toBe("表.checked.xlsx");
  expect(checkedCopyName("宏.xlsm", ".xlsm")).toBe("宏.checked.xlsm");
});

test("submission: a fresh copy each time — the file's state and its checked copy keep their marks", async () => {
  const { host } = await openSample();
  const checkedAt = new Date(2024, 0, 2, 3, 4);
  const first = await host.submission(defaultProfile, { reportSheet: true, locale: "zh-CN", checkedAt });
  expect(first.fileName).toBe("株洲市芦淞区商务局_2023_绩效自评表.xlsx");
  expect(first.report.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["reason-required"]);
  const exported = await first.write();
  const wb = await readBack(exported);
  expect(wb.worksheets.map((w) => w.name).at(-1)).toBe("校验报告");
  expect(await markAt(exported, EVAL_SHEET, "H20")).toBeUndefined();
  // Preparing the submission changed nothing of the file: the same again, and the checked copy still marks.
  const second = await host.submission(defaultProfile, { reportSheet: false, locale: "zh-CN", checkedAt });
  expect(second.report).toEqual(first.report);
  expect((await readBack(await second.write())).getWorksheet("校验报告")).toBeUndefined();
  expect(await markAt((await host.checkedCopy(options)).bytes, EVAL_SHEET, "H20")).toEqual({ kind: "warning", fill: MARK_FILLS.warning });
});

describe("several files (issue 11)", () => {
  test("every checked copy in one zip, each the same as the single download", async () => {
    const host = new BrowserHost(memoryStorage());
    await host.openFiles(
      [fileOf(SAMPLE_NAME, sampleBytes()), fileOf("乡镇/副本.xlsx", sampleBytes()), fileOf("坏.xlsx", sampleBytes().slice(0, 6000))],
      defaultProfile,
    );
    const { default: JSZip } = await import("jszip");
    const zip = await host.checkedCopiesZip(options);
    expect(zip).toMatchObject({ name: "校验副本.zip", count: 2 });
    const archive = await JSZip.loadAsync(zip.bytes);
    const names = Object.keys(archive.files).filter((n) => !archive.files[n].dir).sort();
    expect(names).toEqual([checkedCopyName(SAMPLE_NAME), "乡镇/副本.checked.xlsx"].sort());
    const fromZip = await readBack(await archive.file(checkedCopyName(SAMPLE_NAME))!.async("uint8array"));
    const single = await readBack((await host.checkedCopy(options)).bytes);
    expect(fromZip.getWorksheet(EVAL_SHEET)?.getCell("H5").value).toEqual(single.getWorksheet(EVAL_SHEET)?.getCell("H5").value);
    // Each file keeps the report of its last check, for the review table.
    expect(host.getSnapshot().files.map((f) => [f.name, f.status, f.report?.templates.length])).toEqual([
      [SAMPLE_NAME, "ready", 2],
      ["乡镇/副本.xlsx", "ready", 2],
      ["坏.xlsx", "error", undefined],
    ]);
  });

  test("the review workbook of the open files", async () => {
    const { host } = await openSample();
    const report = host.getSnapshot().files[0].report!;
    const book = await host.reviewWorkbook([{ file: SAMPLE_NAME, report }, { file: "坏.xlsx", unusable: "文件不完整" }], "zh-CN");
    expect(book.name).toBe("汇总.xlsx");
    const wb = await readBack(book.bytes);
    // The review workbook's layout (src/review, shared with the CLI's --summary): 建议总分 in F, the note in K.
    expect(wb.getWorksheet("汇总")?.getCell("F3").value).toBe(94.99);
    expect(wb.getWorksheet("汇总")?.getCell("K4").value).toBe("无法使用：文件不完整");
  });

  test("no usable file: the zip is refused with a clear message", async () => {
    const host = new BrowserHost(memoryStorage());
    await expect(host.checkedCopiesZip(options)).rejects.toThrow("请先打开一个可用的 .xlsx 工作簿");
  });
});
