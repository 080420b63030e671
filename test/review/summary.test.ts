// The review rows and the review workbook from real files checked by the real engine, the
// workbook read back with ExcelJS.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultProfile } from "../../src/engine/profile";
import type { FileResult } from "../../src/review/summary";
import { findingRows, reviewRows, reviewTotals, sortRows, summarySheets } from "../../src/review/summary";
import { buildReviewWorkbook, reviewWorkbookBytes } from "../../src/review/workbook";
import { checkXlsx } from "../../src/xlsx";

jest.setTimeout(30_000);

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = "assets/samples/芦淞区商务局_2023_整体支出绩效自评.xlsx";
const EVAL_SHEET = "附件3 整体支出绩效自评表";

let results: FileResult[];

beforeAll(async () => {
  results = [];
  for (const file of [SAMPLE, "test/fixtures/clean_project.xlsx"]) {
    const { report } = await checkXlsx(readFileSync(path.join(ROOT, file)), defaultProfile);
    results.push({ file: path.basename(file), report });
  }
  results.push({ file: "broken.xlsx", unusable: "文件不完整 / truncated" });
});

test("one row per table; the base table takes its file's unit; an unusable file is one row with its reason", () => {
  const rows = reviewRows(results, "zh-CN");
  expect(rows.map((r) => [r.file, r.template, r.unit, r.entered, r.recommended, r.grade, r.errors, r.warnings, r.infos, r.unusable])).toEqual([
    ["芦淞区商务局_2023_整体支出绩效自评.xlsx", "部门整体支出绩效评价基础数据表", "株洲市芦淞区商务局", undefined, undefined, undefined, 0, 0, 2, undefined],
    ["芦淞区商务局_2023_整体支出绩效自评.xlsx", "部门整体支出绩效自评表", "株洲市芦淞区商务局", "95.8", "94.99", "优", 1, 3, 1, undefined],
    ["clean_project.xlsx", "项目支出绩效自评表", "社区居家养老服务补助项目", "99.85", "99.85", "优", 0, 0, 0, undefined],
    ["broken.xlsx", undefined, undefined, undefined, undefined, undefined, 0, 0, 0, "文件不完整 / truncated"],
  ]);
  // Every finding is counted once.
  const findings = results.reduce((n, r) => n + (r.report?.findings.length ?? 0), 0);
  const totals = reviewTotals(rows);
  expect(totals.errors + totals.warnings + totals.infos).toBe(findings);
  expect(totals).toMatchObject({ files: 3, unusable: 1 });
});

test("a file with no template is unusable with the reason, in the reader's language", () => {
  const rows = reviewRows([{ file: "x.xlsx", report: { templates: [], skippedSheets: ["Sheet1"], findings: [], recalculations: [], profile: "default" } }], "en");
  expect(rows[0].unusable).toBe("No template recognised");
});

test("sorting: totals as numbers, rows without a value last either way, ties in file order", () => {
  const rows = reviewRows(results, "zh-CN");
  const down = sortRows(rows, "recommended", "descending", "zh-CN").map((r) => r.recommended ?? "-");
  expect(down).toEqual(["99.85", "94.99", "-", "-"]);
  const up = sortRows(rows, "recommended", "ascending", "zh-CN").map((r) => r.recommended ?? "-");
  expect(up).toEqual(["94.99", "99.85", "-", "-"]);
  const byErrors = sortRows(rows, "errors", "descending", "zh-CN").map((r) => r.errors);
  expect(byErrors).toEqual([1, 0, 0, 0]);
  // "10" after "9": numeric collation of names.
  const named = sortRows(
    [{ ...rows[2], file: "表10.xlsx" }, { ...rows[2], file: "表9.xlsx" }],
    "file",
    "ascending",
    "zh-CN",
  ).map((r) => r.file);
  expect(named).toEqual(["表9.xlsx", "表10.xlsx"]);
});

test("finding rows name file, sheet, cell, rule, severity and the message", () => {
  const rows = findingRows(results, "zh-CN");
  expect(rows.find((r) => r.rule === "reason-required")).toMatchObject({ file: "芦淞区商务局_2023_整体支出绩效自评.xlsx", sheet: EVAL_SHEET, cell: "I19", severity: "error" });
  expect(rows.every((r) => r.message.length > 0 && !r.message.includes("{{"))).toBe(true);
});

test("the review workbook: two sheets, frozen bold header, autofilter over the rows, totals as numbers", async () => {
  const bytes = await reviewWorkbookBytes(ExcelJS, results, "zh-CN");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
  const summary = book.getWorksheet("汇总") as ExcelJS.Worksheet;
  expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(summary.getRow(1).font?.bold).toBe(true);
  // One layout with the CLI's --summary: the sheet of each table, and a note column.
  expect(summary.getRow(1).values).toEqual([undefined, "文件", "工作表", "单位或项目名称", "模板", "填报总分", "建议总分", "等级", "错误", "警告", "提示", "说明"]);
  expect(summary.autoFilter).toEqual("A1:K5");
  expect(summary.getRow(3).values).toEqual([undefined, "芦淞区商务局_2023_整体支出绩效自评.xlsx", "附件3 整体支出绩效自评表", "株洲市芦淞区商务局", "部门整体支出绩效自评表", 95.8, 94.99, "优", 1, 3, 1]);
  expect(summary.getCell("K5").value).toBe("无法使用：文件不完整 / truncated");
  const findings = book.getWorksheet("问题清单") as ExcelJS.Worksheet;
  expect(findings.rowCount).toBe(1 + findingRows(results, "zh-CN").length);
  expect(findings.autoFilter).toEqual(`A1:H${findings.rowCount}`);
  expect(findings.getRow(1).values).toEqual([undefined, "文件", "工作表", "单元格", "规则", "级别", "说明", "应为", "表中"]);
  const sheets = summarySheets(results, "en");
  expect(sheets.summary.header[0]).toBe("File");
  expect(buildReviewWorkbook(ExcelJS, results, "en").worksheets.map((w) => w.name)).toEqual(["Summary", "Findings"]);
});
