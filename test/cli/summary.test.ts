// `selfeval check DIR --summary 汇总.xlsx` (issue 11 item 3), end to end: the review workbook
// reopened with ExcelJS and with LibreOffice.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { CLEAN, FIXTURES, SAMPLE, loadWorkbook, run, tmp } from "./helpers";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

let dir: string;
let summary: string;
let stdout: string;
let code: number;

beforeAll(async () => {
  dir = tmp();
  const input = path.join(dir, "收件");
  mkdirSync(path.join(input, "二组"), { recursive: true });
  copyFileSync(SAMPLE, path.join(input, "芦淞区商务局.xlsx"));
  copyFileSync(CLEAN, path.join(input, "二组", "养老项目.xlsx"));
  copyFileSync(path.join(FIXTURES, "multi_template.xlsx"), path.join(input, "二组", "两个项目.xlsx"));
  writeFileSync(path.join(input, "二组", "坏文件.xlsx"), "");
  summary = path.join(input, "汇总.xlsx"); // inside the folder: it must not be checked on the next run
  ({ code, stdout } = await run(["check", input, "--summary", summary]));
});

test("the text output names the review workbook; exit 2 for the unusable file", () => {
  expect(code).toBe(2);
  expect(stdout.trimEnd().split("\n").slice(-2)).toEqual(["汇总：4 个文件（1 个文件无法使用），2 个错误，3 个警告，3 条提示", `汇总工作簿：${summary}`]);
});

test("summary sheet: one row per table, autofilter, frozen header", async () => {
  const wb = await loadWorkbook(summary);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
  const ws = wb.getWorksheet("汇总")!;
  const rows = ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
  expect(rows[0]).toEqual(["文件", "工作表", "单位或项目名称", "模板", "填报总分", "建议总分", "等级", "错误", "警告", "提示", "说明"]);
  const input = path.join(dir, "收件");
  const at = (name: string) => path.join(input, name);
  // Sorted walk (by code point): 二组/ first, its files by name, then the top-level file.
  expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual([
    [at("二组/两个项目.xlsx"), "项目1", "农村公路养护补助资金", 100, 100, "优", 0, 0, 0],
    [at("二组/两个项目.xlsx"), "项目2", "职业技能培训补贴", 99.2, 98.2, "优", 1, 0, 0],
    [at("二组/养老项目.xlsx"), "项目支出绩效自评表", "社区居家养老服务补助项目", 99.85, 99.85, "优", 0, 0, 0],
    [at("二组/坏文件.xlsx"), undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    // A base-data table names no unit: it is its file's evaluation table's.
    [at("芦淞区商务局.xlsx"), "附件2 基础数据表", "株洲市芦淞区商务局", undefined, undefined, undefined, 0, 0, 2],
    [at("芦淞区商务局.xlsx"), "附件3 整体支出绩效自评表", "株洲市芦淞区商务局", 95.8, 94.99, "优", 1, 3, 1],
  ]);
  expect(rows[4][10]).toBe("无法使用：文件为空（0 字节）");
  expect(rows[6][3]).toBe("部门整体支出绩效自评表");
  expect(ws.autoFilter).toEqual("A1:K7");
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
});

test("findings sheet: one row per finding with file, sheet, cell, rule, severity, message", async () => {
  const wb = await loadWorkbook(summary);
  const ws = wb.getWorksheet("问题清单")!;
  const rows = ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
  expect(rows[0]).toEqual(["文件", "工作表", "单元格", "规则", "级别", "说明", "应为", "表中"]);
  const doc = JSON.parse((await run(["check", path.join(dir, "收件"), "--format", "json"])).stdout);
  const all = doc.results.flatMap((r: { file: string; findings: { sheet: string; cell: string; rule: string; message: string }[] }) => r.findings.map((f) => [r.file, f.sheet, f.cell, f.rule, f.message]));
  // The message as `check` reports it; a finding's details follow it on their own lines.
  expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], String(r[5]).split("\n")[0]])).toEqual(all);
  expect(rows.find((r) => r[3] === "reason-required")).toEqual([path.join(dir, "收件", "芦淞区商务局.xlsx"), "附件3 整体支出绩效自评表", "I19", "reason-required", "错误", "“满意度”已达成指标（90% → 98%）却只得 9 分（分值 10）：如确应扣分，请填写偏差原因分析及改进措施；否则将得分改为 10\n· 达成却扣分（H19）：“满意度”已达成指标（90% → 98%），得分 9 低于分值 10", 10, 9]);
  // Expected and actual as numbers where they are numbers, so that they sort.
  expect(rows.find((r) => r[3] === "total-score")?.slice(6)).toEqual([98.2, 99.2]);
  expect(ws.autoFilter).toEqual(`A1:H${rows.length}`);
  // The same in the package: the filter and the frozen pane are what Excel reads.
  const zip = await JSZip.loadAsync(readFileSync(summary));
  const sheet2 = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
  expect(sheet2).toMatch(/<autoFilter ref="A1:H\d+"\/>/);
  expect(sheet2).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
});

test("the next run over the folder does not pick up the review workbook; --locale en gives English headers", async () => {
  const again = await run(["check", path.join(dir, "收件"), "--summary", summary, "--force", "--locale", "en", "--format", "json"]);
  const doc = JSON.parse(again.stdout);
  expect(doc.results).toHaveLength(4);
  expect(doc.summary).toBe(summary);
  const wb = await loadWorkbook(summary);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Findings"]);
  expect((wb.getWorksheet("Summary")!.getRow(1).values as unknown[]).slice(1)).toEqual(["File", "Sheet", "Unit or project", "Template", "Entered total", "Recommended total", "Grade", "Errors", "Warnings", "Infos", "Note"]);
  expect(wb.getWorksheet("Summary")!.getCell("K5").value).toBe("Unusable: The file is empty (0 bytes)");
});

test("an existing review workbook is kept without --force", async () => {
  const before = readFileSync(summary);
  const { code: status, stderr } = await run(["check", CLEAN, "--summary", summary]);
  expect(status).toBe(2);
  expect(stderr).toMatch(/已存在；如需覆盖请加 --force/);
  expect(readFileSync(summary).equals(before)).toBe(true);
});

(SOFFICE ? test : test.skip)("LibreOffice opens it: both sheets convert to CSV with the same rows", () => {
  const out = tmp();
  const profile = `file://${tmp()}`;
  const wbCopy = path.join(out, "review.xlsx");
  copyFileSync(summary, wbCopy);
  // Filter options: comma, double quote, UTF-8 (76), from row 1, …, sheet -1 = every sheet to its own file.
  execFileSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, wbCopy], { stdio: "ignore", timeout: 120_000 });
  const csvs = readdirSync(out).filter((f) => f.endsWith(".csv")).sort();
  expect(csvs).toEqual(["review-Findings.csv", "review-Summary.csv"]);
  const summaryCsv = readFileSync(path.join(out, "review-Summary.csv"), "utf8").trim().split("\n");
  expect(summaryCsv[0]).toBe("File,Sheet,Unit or project,Template,Entered total,Recommended total,Grade,Errors,Warnings,Infos,Note");
  expect(summaryCsv).toHaveLength(7);
  expect(summaryCsv[6]).toBe(`${path.join(dir, "收件", "芦淞区商务局.xlsx")},附件3 整体支出绩效自评表,株洲市芦淞区商务局,Department self-evaluation,95.8,94.99,优,1,3,1,`);
  expect(summaryCsv[4]).toBe(`${path.join(dir, "收件", "二组", "坏文件.xlsx")},,,,,,,,,,Unusable: The file is empty (0 bytes)`);
  const findingsCsv = readFileSync(path.join(out, "review-Findings.csv"), "utf8").trim().split("\n");
  // One record per finding (a finding's details continue its quoted message on the next line).
  expect(findingsCsv.filter((l) => l.startsWith(path.join(dir, "收件")))).toHaveLength(8);
  expect(findingsCsv).toContain("· Met but deducted (H19): “满意度” met its target (90% → 98%) but scored 9 of 10\",10,9");
  expect(findingsCsv.some((l) => l.includes(",I19,reason-required,error,"))).toBe(true);
}, 180_000);
