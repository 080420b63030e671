// `selfeval export` on every workbook that binds a template (SPEC §7, §8): the submission copy is the
// input cell for cell, except the recalculated arithmetic fields, and carries none of our marks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/engine/plan";
import type { JsonResult, Run } from "./helpers";
import {
  checkJson,
  content,
  FIXTURES,
  INPUTS,
  key,
  layoutOf,
  load,
  markedCells,
  noteText,
  NOT_TEMPLATE,
  numberOf,
  ownFill,
  ownMarks,
  rewrittenCells,
  removeTmp,
  run,
  SAMPLE,
  styleOf,
  tmp,
  union,
  visibleFill,
} from "./helpers";

jest.setTimeout(60_000);
afterAll(removeTmp);

/**
 * `<单位或项目名称>_<年度>_绩效自评表.xlsx`. The year is the one the sheet states: in the title
 * (`2023年度部门（单位）…`) or, in the 10号 project layout, in the subtitle row `（2023年度）`.
 * A leading project code (`51092324T000010263357-`) may be kept or dropped.
 */
const EXPECTED_NAMES: Record<string, RegExp> = {
  "01_anhui_project.xlsx": /^委托业务项目_2022_绩效自评表\.xlsx$/,
  "02_yunnan_project.xlsx": /^2020年省级自然资源卫片执法补助经费支出绩效自评表_2020_绩效自评表\.xlsx$/,
  "03_sichuan_project.xlsx": /^(51092324T000010263357-)?2023年全县安可替代补助资金项目_2023_绩效自评表\.xlsx$/,
  "04_sichuan_blank.xlsx": /^(51000021R000000019951-)?工资性支出_2023_绩效自评表\.xlsx$/,
  "clean_project.xlsx": /^社区居家养老服务补助项目_2023_绩效自评表\.xlsx$/,
  "multi_template.xlsx": /^农村公路养护补助资金_2023_绩效自评表\.xlsx$/,
  "text_numbers.xlsx": /^示例区统计局_2023_绩效自评表\.xlsx$/,
  // The page stripped every figure, the year too: the name says so rather than guessing.
  "09_hubei_student_aid.xlsx": /^湖北工程学院年学生资助项目_年度未知_绩效自评表\.xlsx$/,
  // The 重庆 page (r9) leaves 主管部门 empty and states no year in the head: the name says so.
  "13_chongqing_dept_2021.xlsx": /^未命名单位_年度未知_绩效自评表\.xlsx$/,
  // r18 and r20 state only the 填报日期 (2022年2月3日, 2021.5.18), not the year evaluated: the name says so.
  "23_guizhou_suiyang_2021.xlsx": /^绥阳县太白镇人民政府_年度未知_绩效自评表\.xlsx$/,
  "25_anhui_tanghu_2020.xlsx": /^塘湖镇政府_年度未知_绩效自评表\.xlsx$/,
  [path.basename(SAMPLE)]: /^株洲市芦淞区商务局_2023_绩效自评表\.xlsx$/,
};
const ANY_NAME = /^[^\\/:*?"<>|]+_(19|20)\d{2}_绩效自评表\.xlsx$/;

/**
 * One record per sheet, address → what the cell holds and how it looks. The rewritten cells are
 * recorded by the number they show only: the export may write a value where a formula was.
 */
function cellRecord(wb: ExcelJS.Workbook, other: ExcelJS.Workbook, rewritten: Map<string, number>, options: { normaliseFill: boolean }) {
  const record: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const peer = other.getWorksheet(ws.name);
    for (const a1 of peer ? union(ws, peer) : []) {
      const cell = ws.getCell(a1);
      const style = options.normaliseFill ? styleOf(cell) : cell.style;
      record[key(ws.name, a1)] = rewritten.has(key(ws.name, a1)) ? { number: numberOf(cell), numFmt: cell.numFmt, style } : { content: content(cell), numFmt: cell.numFmt, style };
    }
  }
  return record;
}

describe.each(INPUTS)("export $label", ({ file }) => {
  let json: JsonResult;
  let errors: number;
  let outDir: string;
  let exported: Run;
  let outFile: string;
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;
  // The same workbook checked first (`check --out`, with our fills and notes), then exported.
  let checkedFile: string;
  let fromCheckedFile: string;
  let fromChecked: Run;

  beforeAll(async () => {
    json = await checkJson(file);
    outDir = tmp();
    exported = await run(["export", file, "--out", outDir]);
    outFile = exported.stdout.trim();
    // What counts is what remains in the submission: errors in fields the export recalculates
    // (a wrong 执行率, a wrong 总分) are fixed by the export itself.
    errors = (await checkJson(outFile)).findings.filter((f) => f.severity === "error").length;
    input = await load(file);
    output = await load(outFile);

    const work = tmp();
    checkedFile = path.join(work, "checked.xlsx");
    await run(["check", file, "--out", checkedFile]);
    fromCheckedFile = path.join(work, "from-checked.xlsx");
    fromChecked = await run(["export", checkedFile, "--out", fromCheckedFile]);
  });

  test("exit status 1 while errors remain (0 when none), and stderr says how many", () => {
    expect(exported.code).toBe(errors > 0 ? 1 : 0);
    if (errors > 0) {
      expect(exported.stderr).toContain(`仍有 ${errors} 个错误`);
      expect(exported.stderr).toContain(`${errors} error(s) remain`);
    } else {
      expect(exported.stderr).toBe("");
    }
    expect(exported.stdout).toBe(`${outFile}\n`);
  });

  test("--out <dir> writes <单位或项目名称>_<年度>_绩效自评表.xlsx and nothing else", () => {
    expect(path.dirname(outFile)).toBe(outDir);
    expect(readdirSync(outDir)).toEqual([path.basename(outFile)]);
    expect(path.basename(outFile)).toMatch(EXPECTED_NAMES[path.basename(file)] ?? ANY_NAME);
  });

  test("every sheet, in the same order, with the same name and visibility", () => {
    expect(output.worksheets.map((ws) => [ws.name, ws.state])).toEqual(input.worksheets.map((ws) => [ws.name, ws.state]));
  });

  test("every cell keeps its value, formula, number format and style; recalculated fields hold the recalculated value", () => {
    const rewritten = rewrittenCells(json);
    const expected = cellRecord(input, output, rewritten, { normaliseFill: false });
    for (const [k, value] of rewritten) {
      // The recalculated number, in the cell's own number format and style (SPEC §6).
      const before = expected[k] as { number?: number } | undefined;
      expect(before).toBeDefined();
      expected[k] = { ...before, number: value };
    }
    expect(cellRecord(output, input, rewritten, { normaliseFill: false })).toEqual(expected);
  });

  test("merges, column widths, row heights, print setup and views unchanged", () => {
    for (const ws of input.worksheets) {
      expect({ sheet: ws.name, ...layoutOf(output.getWorksheet(ws.name) as ExcelJS.Worksheet) }).toEqual({ sheet: ws.name, ...layoutOf(ws) });
    }
    expect(output.definedNames.model).toEqual(input.definedNames.model);
  });

  test("no SelfEval note and no SelfEval fill colour", async () => {
    expect(await ownMarks(outFile)).toEqual([]);
  });

  test("checked again, the submission has nothing left to recalculate and no new error or warning", async () => {
    const again = await checkJson(outFile);
    // A recalculation that would write the number the cell already holds is no change (a rate
    // has more digits than a double keeps, so the engine lists it again, with the same double).
    const changes = again.recalculated
      .filter((r) => r.field !== "indicatorScore")
      .filter((r) => numberOf((output.getWorksheet(r.sheet) as ExcelJS.Worksheet).getCell(r.cell)) !== Number(r.value));
    expect(changes).toEqual([]);
    // The written budget score 9.90 shown as 9.9 may come back as a rounding info; no error or
    // warning the input did not have.
    const before = new Set(json.findings.map((f) => `${f.severity} ${f.rule} ${key(f.sheet, f.cell)}`));
    const serious = again.findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => `${f.severity} ${f.rule} ${key(f.sheet, f.cell)}`).filter((f) => !before.has(f))).toEqual([]);
  });

  describe("export of the checked copy (check --out, then export)", () => {
    test("the checked copy carries our marks wherever there are findings (precondition)", async () => {
      expect(existsSync(checkedFile)).toBe(true);
      const marks = await ownMarks(checkedFile);
      if (json.findings.length > 0) expect(marks.length).toBeGreaterThan(0);
      else expect(marks).toEqual([]);
    });

    test("removes every SelfEval fill and note", async () => {
      // The checked copy already holds the recalculated fields, so it may have fewer errors.
      const errorsLeft = (await checkJson(checkedFile)).findings.filter((f) => f.severity === "error").length;
      expect(fromChecked.code).toBe(errorsLeft > 0 ? 1 : 0);
      expect(await ownMarks(fromCheckedFile)).toEqual([]);
    });

    /*
     * What is asserted, precisely: the export of the checked copy equals the export of the
     * original in every cell's content (value / formula + cached result), number format and
     * whole style — fills included, where "no fill" and a pattern-"none" fill count as the same.
     * Marks are conditional formats: a marked cell keeps its own fill in the checked copy (asserted
     * first, on the top-left cell of every marked area), so nothing has to be restored.
     */
    test("equals the export of the original cell for cell; marked cells keep their own fill throughout", async () => {
      const checked = await load(checkedFile);
      const clean = await load(fromCheckedFile);
      const marked: string[] = [];
      for (const ws of checked.worksheets) {
        for (const a1 of await markedCells(checkedFile, ws.name)) {
          marked.push(key(ws.name, a1));
          const original = visibleFill((input.getWorksheet(ws.name) as ExcelJS.Worksheet).getCell(a1));
          expect({ cell: key(ws.name, a1), fill: visibleFill(ws.getCell(a1)) }).toEqual({ cell: key(ws.name, a1), fill: original });
          expect({ cell: key(ws.name, a1), fill: visibleFill((clean.getWorksheet(ws.name) as ExcelJS.Worksheet).getCell(a1)) }).toEqual({ cell: key(ws.name, a1), fill: original });
        }
      }
      expect(marked.length > 0).toBe(json.findings.length > 0);

      expect(clean.worksheets.map((ws) => ws.name)).toEqual(output.worksheets.map((ws) => ws.name));
      const none = new Map<string, number>();
      // The checked copy fills an empty 得分 with ŝ; the submission copy of the original leaves it
      // empty (an entered score is the accountant's): those cells differ by design.
      const filled = json.recalculated.filter((r: { field: string }) => r.field === "indicatorScore").map((r: { sheet: string; cell: string }) => key(r.sheet, r.cell));
      const withoutFilled = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([k]) => !filled.includes(k)));
      expect(withoutFilled(cellRecord(clean, output, none, { normaliseFill: true }))).toEqual(withoutFilled(cellRecord(output, clean, none, { normaliseFill: true })));
      for (const ws of output.worksheets) {
        expect({ sheet: ws.name, ...layoutOf(clean.getWorksheet(ws.name) as ExcelJS.Worksheet) }).toEqual({ sheet: ws.name, ...layoutOf(ws) });
      }
    });
  });
});

describe("export: marks that are not ours, and unusable input", () => {
  test("not_template.xlsx: exit 2, one line on stderr, no file written", async () => {
    const dir = tmp();
    const result = await run(["export", NOT_TEMPLATE, "--out", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no template recognised/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("--out the input file itself: exit 2, the input untouched", async () => {
    const dir = tmp();
    const copy = path.join(dir, "in.xlsx");
    writeFileSync(copy, readFileSync(SAMPLE));
    const result = await run(["export", copy, "--out", copy]);
    expect(result.code).toBe(2);
    expect(readFileSync(copy).equals(readFileSync(SAMPLE))).toBe(true);
  });

  test("errors remain and a person is asked: no → nothing written; yes → written", async () => {
    const dir = tmp();
    const questions: string[] = [];
    const no = await run(["export", SAMPLE, "--out", dir], async (q) => (questions.push(q), false));
    expect(no.code).toBe(1);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain("仍有 1 个错误");
    expect(no.stderr).toMatch(/已取消导出|export cancelled/);
    expect(readdirSync(dir)).toEqual([]);

    const yes = await run(["export", SAMPLE, "--out", dir], async () => true);
    expect(yes.code).toBe(1);
    expect(readdirSync(dir)).toEqual(["株洲市芦淞区商务局_2023_绩效自评表.xlsx"]);
  });

  test("a clean workbook is exported without a question", async () => {
    const dir = tmp();
    let asked = false;
    const result = await run(["export", path.join(FIXTURES, "clean_project.xlsx"), "--out", path.join(dir, "x.xlsx")], async () => (asked = true));
    expect(result.code).toBe(0);
    expect(asked).toBe(false);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(true);
  });

  /*
   * The sample with what an accountant may have added: a template fill in the very colour of our
   * error mark on a cell we never flag (the title A1), a template fill on a cell we do not flag
   * (G16), and her own note on H20, a score we flag (indicator-score warning). After check --out
   * and export: both template fills are hers and stay; her note stays; our mark on H20 goes.
   */
  test("fills and notes that are not ours survive; our mark under a user's note goes", async () => {
    const dir = tmp();
    const wb = await load(SAMPLE);
    const ws = wb.getWorksheet("附件3 整体支出绩效自评表") as ExcelJS.Worksheet;
    const red: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILLS.error } };
    const green: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };
    ws.getCell("A1").style = { ...ws.getCell("A1").style, fill: red };
    ws.getCell("G16").style = { ...ws.getCell("G16").style, fill: green };
    ws.getCell("H20").note = "王会计：成本指标按财政局口径评分";
    const input = path.join(dir, "annotated.xlsx");
    await wb.xlsx.writeFile(input);
    expect((await checkJson(input)).findings.some((f) => f.cell === "H20" && f.severity === "warning")).toBe(true);

    const checked = path.join(dir, "checked.xlsx");
    await run(["check", input, "--out", checked]);
    const out = path.join(dir, "out.xlsx");
    expect((await run(["export", checked, "--out", out])).code).toBe(1);

    const sheet = (await load(out)).getWorksheet("附件3 整体支出绩效自评表") as ExcelJS.Worksheet;
    expect(visibleFill(sheet.getCell("A1"))).toEqual(red);
    expect(visibleFill(sheet.getCell("G16"))).toEqual(green);
    expect(noteText(sheet.getCell("H20"))).toBe("王会计：成本指标按财政局口径评分");
    expect(noteText(sheet.getCell("H20"))?.startsWith(NOTE_PREFIX)).toBe(false);
    expect({ cell: "H20", fill: ownFill(sheet.getCell("H20")) }).toEqual({ cell: "H20", fill: undefined });
    // Her red fill on A1 is in our error colour but carries no note of ours: it is hers.
    expect(await ownMarks(out)).toEqual([`fill ${MARK_FILLS.error} 附件3 整体支出绩效自评表!A1`]);
    // The checked copy had our mark there, drawn over her note's cell without touching its fill.
    expect(await markedCells(checked, "附件3 整体支出绩效自评表")).toContain("H20");
  });
});
