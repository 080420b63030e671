// `selfeval export --report-sheet` (SPEC §7): a last sheet 校验报告 with the profile, the time, the
// templates with their scores, the remaining findings count and one row per finding.
import { readdirSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { findProfile } from "../../src/engine/profile";
import type { JsonResult, Run } from "./helpers";
import { checkJson, content, key, load, ownMarks, removeTmp, run, SAMPLE, tmp, union } from "./helpers";

jest.setTimeout(60_000);
afterAll(removeTmp);

const REPORT = "校验报告";
const DEPT_BASE = "附件2 基础数据表";
const DEPT_EVAL = "附件3 整体支出绩效自评表";

/** A row's cells as text, without trailing empty cells. */
function rowTexts(ws: ExcelJS.Worksheet, n: number): string[] {
  const row = ws.getRow(n);
  const texts: string[] = [];
  for (let c = 1; c <= row.cellCount; c++) {
    const v = row.getCell(c).value;
    texts.push(v === null || v === undefined ? "" : String(v));
  }
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return texts;
}

function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let n = 1; n <= ws.rowCount; n++) rows.push(rowTexts(ws, n));
  return rows;
}

/** Local time to the minute, as the sheet shows it. */
function minute(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

async function exportWithReport(extra: string[] = []): Promise<{ result: Run; file: string; before: Date; after: Date }> {
  const dir = tmp();
  const before = new Date();
  const result = await run(["export", SAMPLE, "--out", dir, "--report-sheet", ...extra]);
  const after = new Date();
  return { result, file: path.join(dir, readdirSync(dir)[0]), before, after };
}

describe("export --report-sheet on the sample", () => {
  let json: JsonResult;
  let exported: { result: Run; file: string; before: Date; after: Date };
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let rows: string[][];

  beforeAll(async () => {
    exported = await exportWithReport();
    // The sheet describes the submitted copy, so compare with a check of that copy.
    json = await checkJson(exported.file);
    wb = await load(exported.file);
    ws = wb.getWorksheet(REPORT) as ExcelJS.Worksheet;
    rows = rowsOf(ws);
  });

  test("exit 1 (an error remains), the file is named as without the sheet", () => {
    expect(exported.result.code).toBe(1);
    expect(path.basename(exported.file)).toBe("株洲市芦淞区商务局_2023_绩效自评表.xlsx");
  });

  test("校验报告 is added as the last sheet; the workbook's own sheets come first, unchanged", async () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual([DEPT_BASE, DEPT_EVAL, REPORT]);
    const plainDir = tmp();
    await run(["export", SAMPLE, "--out", plainDir]);
    const plain = await load(path.join(plainDir, readdirSync(plainDir)[0]));
    for (const sheet of plain.worksheets) {
      const mine = wb.getWorksheet(sheet.name) as ExcelJS.Worksheet;
      const cells = (w: ExcelJS.Worksheet, other: ExcelJS.Worksheet) =>
        Object.fromEntries(union(w, other).map((a1) => [key(w.name, a1), { content: content(w.getCell(a1)), style: w.getCell(a1).style }]));
      expect(cells(mine, sheet)).toEqual(cells(sheet, mine));
    }
  });

  test("title, profile (default) and time", () => {
    expect(rows[0]).toEqual(["SelfEval 绩效自评助手 校验报告"]);
    const profile = findProfile("default");
    expect(rows[1]).toEqual(["规则配置", `${profile?.name["zh-CN"]}（default）`]);
    expect(rows[2][0]).toBe("校验时间");
    expect(rows[2][1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows[2][1] >= minute(exported.before) && rows[2][1] <= minute(exported.after)).toBe(true);
  });

  test("both templates, with the scores of the submitted copy: entered 95.9 (budget score recalculated), recommended 94.99, 优", () => {
    const header = rows.findIndex((r) => r[0] === "序号" && r[1] === "工作表");
    expect(header).toBeGreaterThan(2);
    expect(rows[header]).toEqual(["序号", "工作表", "", "模板", "名称", "填报总分", "建议总分", "等级"]);
    expect(rows.slice(header + 1, header + 3)).toEqual([
      ["1", DEPT_BASE, "", "部门整体支出绩效评价基础数据表"],
      ["2", DEPT_EVAL, "", "部门整体支出绩效自评表", "株洲市芦淞区商务局", "95.9", "94.99", "优"],
    ]);
    expect(rows[header + 3]).toEqual([]);
  });

  test("the findings remaining in the copy: 1 个错误，2 个警告，3 条提示 (the recalculated budget score raises nothing), then one row per finding, errors first", () => {
    const summary = rows.findIndex((r) => r[0] === "剩余问题");
    expect(rows[summary]).toEqual(["剩余问题", "1 个错误，2 个警告，3 条提示"]);
    // 表中 before 应为, as the pane shows them; the rule's Chinese name, its id in the last column.
    expect(rows[summary + 1]).toEqual(["级别", "工作表", "单元格", "规则", "说明", "表中", "应为", "规则编号"]);
    const findings = rows.slice(summary + 2);
    expect(findings.map((r) => [r[0], r[1], r[2], r[7]])).toEqual([
      ["错误", DEPT_EVAL, "I19", "reason-required"],
      ["警告", DEPT_EVAL, "I16", "over-target"],
      ["警告", DEPT_EVAL, "H20", "indicator-score"],
      ["提示", DEPT_BASE, "F6", "spending-control"],
      ["提示", DEPT_BASE, "F20", "procurement-anomaly"],
      ["提示", DEPT_EVAL, "H14", "indicator-score"],
    ]);
    expect(findings[0][3]).toBe("偏差原因必填");
    // The finding's details (another rule's finding of the same cause) follow its message.
    expect(findings[0][4]).toBe("“满意度”已达成指标（90% → 98%）却只得 9 分（分值 10）：如确应扣分，请填写偏差原因分析及改进措施；否则将得分改为 10\n· 达成却扣分（H19）：“满意度”已达成指标（90% → 98%），得分 9 低于分值 10");
    expect(findings[2].slice(5, 7)).toEqual(["19", "16.84"]);
    // Every message is the one `check` reports for the same cell and rule.
    const messages = new Map(json.findings.map((f) => [`${f.sheet}!${f.cell} ${f.rule}`, f.message]));
    for (const r of findings) expect(r[4].split("\n")[0]).toBe(messages.get(`${r[1]}!${r[2]} ${r[7]}`));
    expect(findings).toHaveLength(json.findings.length);
  });

  test("the report sheet carries no SelfEval marks, and checking the export again skips it", async () => {
    expect(await ownMarks(exported.file)).toEqual([]);
    const again = await checkJson(exported.file);
    expect(again.sheets.map((s) => s.name)).toEqual([DEPT_BASE, DEPT_EVAL]);
    expect(again.findings.filter((f) => f.sheet === REPORT)).toEqual([]);
  });

  test("exporting that export again with --report-sheet replaces the sheet: still one 校验报告, last", async () => {
    const dir = tmp();
    const result = await run(["export", exported.file, "--out", path.join(dir, "again.xlsx"), "--report-sheet"]);
    expect(result.code).toBe(1);
    const again = await load(path.join(dir, "again.xlsx"));
    expect(again.worksheets.map((s) => s.name)).toEqual([DEPT_BASE, DEPT_EVAL, REPORT]);
  });
});

describe("export --report-sheet options", () => {
  test("--profile hunan-dept is named in the sheet", async () => {
    const { file } = await exportWithReport(["--profile", "hunan-dept"]);
    const rows = rowsOf((await load(file)).getWorksheet(REPORT) as ExcelJS.Worksheet);
    expect(rows[1]).toEqual(["规则配置", `${findProfile("hunan-dept")?.name["zh-CN"]}（hunan-dept）`]);
  });

  test("--locale en writes the sheet in English (the sheet keeps its name 校验报告)", async () => {
    const { file } = await exportWithReport(["--locale", "en"]);
    const rows = rowsOf((await load(file)).getWorksheet(REPORT) as ExcelJS.Worksheet);
    expect(rows[0]).toEqual(["SelfEval validation report"]);
    // The wording of the CLI's own summary ("1 error, 2 warnings, 3 infos"), singular for one.
    expect(rows.find((r) => r[0] === "Remaining findings")).toEqual(["Remaining findings", "1 error, 2 warnings, 3 infos"]);
    expect(rows.find((r) => r[7] === "reason-required")?.slice(0, 4)).toEqual(["error", DEPT_EVAL, "I19", "Reason required"]);
  });

  test("without --report-sheet there is no 校验报告 sheet", async () => {
    const dir = tmp();
    await run(["export", SAMPLE, "--out", dir]);
    expect((await load(path.join(dir, readdirSync(dir)[0]))).getWorksheet(REPORT)).toBeUndefined();
  });
});
