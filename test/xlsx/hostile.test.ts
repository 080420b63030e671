// The hostile shapes of issue 9, built as real .xlsx bytes: reading, checking and both copies
// cost what the cells that hold something cost, and every limit ends in a WorkbookReadError
// with a bilingual one-line reason (exit 2 in the CLI), never in a heap exhaustion.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { defaultProfile } from "../../src/engine/profile";
import { checkedCopy, checkXlsx, exportSubmission, readWorkbook, WorkbookReadError } from "../../src/xlsx";
import { buildXlsx, num, rows, str } from "./build";
import { ownMarksOf } from "./helpers";

const SAMPLE_DIR = path.join(__dirname, "..", "..", "assets", "samples");
const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
const EVAL_SHEET = "附件3 整体支出绩效自评表";

/** The sample with its evaluation sheet's XML changed by `edit`. */
async function sampleWith(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const { workbook } = await readWorkbook(readFileSync(SAMPLE));
  const part = workbook.sheets.find((s) => s.name === EVAL_SHEET)?.path as string;
  zip.file(part, edit((await zip.file(part)?.async("string")) as string));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function readError(bytes: Uint8Array, limits?: Parameters<typeof readWorkbook>[1]): Promise<WorkbookReadError> {
  try {
    await readWorkbook(bytes, limits);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error("expected a WorkbookReadError");
}

const options = { mode: "values" as const, locale: "zh-CN" as const };
const exportOptions = { reportSheet: true, profile: defaultProfile, locale: "zh-CN" as const, checkedAt: new Date(2024, 0, 1) };

describe("a merge over a million rows and sixteen thousand columns (K1:XFD1048576)", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await sampleWith((xml) => xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="K1:XFD1048576"/>`));
    expect(bytes.length).toBeLessThan(60_000);
  });

  test("is read as one area; the grid holds the sheet's own rows only", async () => {
    const { grid } = await readWorkbook(bytes);
    const sheet = grid.sheets.find((s) => s.name === EVAL_SHEET);
    expect(sheet?.merges).toContainEqual({ top: 0, left: 10, bottom: 1048575, right: 16383 });
    expect(sheet?.cells.length).toBeLessThan(40);
  });

  test("check, the checked copy and the submission copy all finish, with the sample's findings", async () => {
    const plain = await checkXlsx(readFileSync(SAMPLE), defaultProfile);
    const file = await checkXlsx(bytes, defaultProfile);
    expect(file.report.findings).toEqual(plain.report.findings);
    const copy = await checkedCopy(file, options);
    expect(Object.keys(await ownMarksOf(copy, EVAL_SHEET)).length).toBeGreaterThan(0);
    const exported = await exportSubmission(await checkXlsx(bytes, defaultProfile), exportOptions);
    expect((await readWorkbook(exported)).grid.sheets.map((s) => s.name).at(-1)).toBe("校验报告");
  });
});

describe("styled empty cells at column XFD", () => {
  test("cost nothing: they are not cells that hold something", async () => {
    const bytes = await sampleWith((xml) => xml.replace(/(<row [^>]*r="(\d+)"[^>]*>)([\s\S]*?)<\/row>/g, (_, open: string, r: string, body: string) => `${open}${body}<c r="XFD${r}" s="1"/></row>`));
    const { grid } = await readWorkbook(bytes);
    const sheet = grid.sheets.find((s) => s.name === EVAL_SHEET);
    for (const row of sheet?.cells ?? []) expect(row.length).toBeLessThanOrEqual(12);
    const file = await checkXlsx(bytes, defaultProfile);
    expect(file.report.findings).toEqual((await checkXlsx(readFileSync(SAMPLE), defaultProfile)).report.findings);
    await checkedCopy(file, options);
    await exportSubmission(await checkXlsx(bytes, defaultProfile), exportOptions);
  });
});

describe("20 000 rows reaching column XFD", () => {
  test("are read row by row, each row as long as its last cell that holds something", async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}" spans="1:16384">${num(`A${i + 1}`, i)}<c r="B${i + 1}" s="1"/><c r="XFD${i + 1}" s="1"/></row>`).join("");
    const bytes = await buildXlsx({ sheets: [{ name: "宽表", body: `<dimension ref="A1:XFD20000"/><sheetData>${body}</sheetData>` }] });
    const { grid } = await readWorkbook(bytes);
    expect(grid.sheets[0].cells).toHaveLength(20_000);
    expect(Math.max(...grid.sheets[0].cells.map((r) => r.length))).toBe(1);
    const file = await checkXlsx(bytes, defaultProfile);
    expect(file.report.templates).toEqual([]);
  });
});

describe("explicit limits, each with a reason in both languages", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}">${num(`A${i + 1}`, i)}${num(`B${i + 1}`, i)}</row>`).join("");

  test("cells that hold something", async () => {
    const bytes = await buildXlsx({ sheets: [{ name: "S", body: `<sheetData>${many(600)}</sheetData>` }] });
    const err = await readError(bytes, { limits: { cells: 1000 } });
    expect(err.code).toBe("too-large");
    expect(err.message).toBe("工作簿超出可校验的范围：有值的单元格超过 1000 个 / The workbook is too large to check: more than 1000 cells hold something");
    await expect(readWorkbook(bytes, { limits: { cells: 1200 } })).resolves.toBeTruthy();
  });

  test("merged areas", async () => {
    const merges = Array.from({ length: 30 }, (_, i) => `<mergeCell ref="A${i * 2 + 1}:B${i * 2 + 2}"/>`).join("");
    const bytes = await buildXlsx({ sheets: [{ name: "S", body: `<sheetData/><mergeCells count="30">${merges}</mergeCells>` }] });
    const err = await readError(bytes, { limits: { merges: 20 } });
    expect([err.code, err.messageEn]).toEqual(["too-large", "The workbook is too large to check: more than 20 merged areas"]);
  });

  test("sheets", async () => {
    const bytes = await buildXlsx({ sheets: Array.from({ length: 5 }, (_, i) => ({ name: `S${i}`, body: "<sheetData/>" })) });
    expect((await readError(bytes, { limits: { sheets: 4 } })).messageZh).toBe("工作簿超出可校验的范围：工作表超过 4 张");
  });

  test("inflated XML: a part that compresses a thousandfold is stopped at the budget", async () => {
    const padding = " ".repeat(3_000_000);
    const bytes = await buildXlsx({ sheets: [{ name: "S", body: `<sheetData>${padding}</sheetData>` }] });
    expect(bytes.length).toBeLessThan(50_000);
    const err = await readError(bytes, { limits: { xmlBytes: 1_000_000 } });
    expect([err.code, err.messageEn]).toEqual(["too-large", "The workbook is too large to check: the workbook's XML inflates to more than 1 MB"]);
  });

  test("the defaults are stated", async () => {
    const { DEFAULT_LIMITS } = await import("../../src/xlsx");
    expect(DEFAULT_LIMITS).toEqual({ xmlBytes: 256 * 1024 * 1024, cells: 1_000_000, merges: 100_000, sheets: 1000 });
  });
});

describe("damaged XML", () => {
  test("a sheet whose XML is broken is skipped with its reason; the other sheets are read", async () => {
    const bytes = await buildXlsx({
      sheets: [
        { name: "坏表", body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row' },
        { name: "好表", body: `<sheetData>${rows([str("A1", "项目名称")])}</sheetData>` },
      ],
    });
    const { grid } = await readWorkbook(bytes);
    expect(grid.sheets.map((s) => [s.name, s.unreadable?.en])).toEqual([
      ["坏表", 'Sheet "坏表" cannot be read: its XML cannot be parsed (unterminated tag)'],
      ["好表", undefined],
    ]);
  });

  test("a DOCTYPE (entity expansion) is refused, never expanded", async () => {
    const bytes = await buildXlsx({ sheets: [{ name: "S", body: "<sheetData/>" }] });
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/sharedStrings.xml", '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>');
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string;
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'));
    const err = await readError(await zip.generateAsync({ type: "uint8array" }));
    expect(err.code).toBe("unreadable");
    expect(err.messageEn).toContain("DOCTYPE");
  });
});
