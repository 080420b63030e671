// Workbooks Excel and WPS open that a stricter reader would reject, and protected sheets in every
// form: one bad sheet never rejects the workbook, and a protected sheet comes out as it went in.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { defaultProfile } from "../../src/engine/profile";
import { checkXlsx, readWorkbook, writeCheckedCopy, prepareSubmission } from "../../src/xlsx";
import { buildXlsx, num, rows } from "./build";
import { ownMarksOf, packageDiff, partsOf } from "./helpers";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_DIR = path.join(ROOT, "assets", "samples");
const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
const OVERLAP = path.join(ROOT, "test", "fixtures", "overlapping_merges.xlsx");
const EVAL_SHEET = "附件3 整体支出绩效自评表";
const BASE_SHEET = "附件2 基础数据表";
const options = { mode: "values" as const, locale: "zh-CN" as const };
const exportOptions = { reportSheet: false, profile: defaultProfile, locale: "zh-CN" as const, checkedAt: new Date(2024, 0, 1) };

describe("overlapping merged ranges on one sheet (test/fixtures/overlapping_merges.xlsx)", () => {
  test("the bad sheet is skipped with its reason; the other sheets are checked with the sample's findings", async () => {
    const file = await checkXlsx(readFileSync(OVERLAP), defaultProfile);
    const bad = file.grid.sheets.find((s) => s.name === "附表");
    expect(bad?.unreadable).toEqual({
      zh: "工作表「附表」无法读取：合并单元格 A1:C3 与 B2:D4 重叠",
      en: 'Sheet "附表" cannot be read: the merged ranges A1:C3 and B2:D4 overlap',
    });
    expect(file.report.skippedSheets).toEqual(["附表"]);
    const sample = await checkXlsx(readFileSync(SAMPLE), defaultProfile);
    expect(file.report.findings).toEqual(sample.report.findings);
    expect(file.report.templates).toEqual(sample.report.templates);
  });

  test("both copies are written, and the bad sheet's part comes out byte for byte", async () => {
    const input = new Uint8Array(readFileSync(OVERLAP));
    const copy = await writeCheckedCopy(await checkXlsx(input, defaultProfile), options);
    const part = (await readWorkbook(input)).workbook.sheets.find((s) => s.name === "附表")?.path as string;
    const diff = await packageDiff(input, copy.bytes);
    expect(diff.changed).not.toContain(part);
    expect(Object.keys(await ownMarksOf(copy.bytes, EVAL_SHEET)).length).toBeGreaterThan(0);
    const submission = prepareSubmission(await checkXlsx(input, defaultProfile), exportOptions);
    expect((await packageDiff(input, await submission.write())).changed).not.toContain(part);
  });
});

/** The sample with a <sheetProtection> element on the evaluation sheet. */
async function protectedSample(element: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const part = (await readWorkbook(readFileSync(SAMPLE))).workbook.sheets.find((s) => s.name === EVAL_SHEET)?.path as string;
  const xml = (await zip.file(part)?.async("string")) as string;
  // CT_Worksheet: sheetProtection right after sheetData (and sheetCalcPr).
  zip.file(part, xml.replace("</sheetData>", `</sheetData>${element}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const PROTECTION_FORMS: [string, string][] = [
  ["Excel, no password", '<sheetProtection sheet="1" objects="1" scenarios="1"/>'],
  ["Excel 2007, legacy password hash", '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>'],
  [
    "Excel 2013+, SHA-512 password",
    '<sheetProtection algorithmName="SHA-512" hashValue="Wxa0Uc3KZ1tS9f7nC5vW2pYzLr1j8qH6nF0kX3aG4bE5dD2cC1bB0aA9zZ8yY7xX6wW5vV4uU3tT2sS1rR0qQ==" saltValue="aGVsbG8gd29ybGQhIQ==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
  ],
  ["LibreOffice, no password", '<sheetProtection sheet="true" objects="true" scenarios="true"/>'],
  ["LibreOffice, password", '<sheetProtection sheet="true" password="CC3D" objects="true" scenarios="true" formatCells="false"/>'],
];

describe.each(PROTECTION_FORMS)("a protected template sheet (%s)", (_label, element) => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await protectedSample(element);
  });

  test("is read as protected and checked like the unprotected sample", async () => {
    const file = await checkXlsx(input, defaultProfile);
    expect(file.grid.sheets.find((s) => s.name === EVAL_SHEET)?.protected).toBe(true);
    expect(file.grid.sheets.find((s) => s.name === BASE_SHEET)?.protected).toBeUndefined();
    expect(file.report.findings).toEqual((await checkXlsx(readFileSync(SAMPLE), defaultProfile)).report.findings);
  });

  test("the checked copy reports it and leaves its part, protection included, byte for byte; the other sheet is marked", async () => {
    const copy = await writeCheckedCopy(await checkXlsx(input, defaultProfile), options);
    expect(copy.protectedSheets).toEqual([EVAL_SHEET]);
    const part = (await readWorkbook(input)).workbook.sheets.find((s) => s.name === EVAL_SHEET)?.path as string;
    const [before, after] = [(await partsOf(input)).get(part), (await partsOf(copy.bytes)).get(part)];
    expect(Buffer.from(after as Uint8Array).equals(Buffer.from(before as Uint8Array))).toBe(true);
    expect(Buffer.from(after as Uint8Array).toString("utf8")).toContain(element);
    expect(Object.keys(await ownMarksOf(copy.bytes, BASE_SHEET)).length).toBeGreaterThan(0);
  });

  test("the submission copy too, and reports it", async () => {
    const submission = prepareSubmission(await checkXlsx(input, defaultProfile), exportOptions);
    expect(submission.protectedSheets).toEqual([EVAL_SHEET]);
    const part = (await readWorkbook(input)).workbook.sheets.find((s) => s.name === EVAL_SHEET)?.path as string;
    expect((await packageDiff(input, await submission.write())).changed).not.toContain(part);
  });
});

describe("what is not protection", () => {
  test.each([
    ['sheet="0"', '<sheetProtection sheet="0" objects="1"/>'],
    ['sheet="false"', '<sheetProtection sheet="false"/>'],
    ["no sheet attribute (only objects locked)", '<sheetProtection objects="1" scenarios="1"/>'],
  ])("%s", async (_label, element) => {
    const bytes = await buildXlsx({ sheets: [{ name: "S", body: `<sheetData>${rows([num("A1", 1)])}</sheetData>${element}` }] });
    expect((await readWorkbook(bytes)).grid.sheets[0].protected).toBeUndefined();
  });
});
