// The `selfeval` command as a user runs it: real files, real exit codes, real output.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/engine/plan";
import { markAt } from "../xlsx/helpers";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_DIR = path.join(ROOT, "assets", "samples");
const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
const FIXTURES = path.join(ROOT, "test", "fixtures");

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), "selfeval-"));
}

describe("selfeval check", () => {
  test("the sample: SPEC §5 findings, total 94.99 优, exit 1", async () => {
    const { code, stdout } = await run(["check", SAMPLE, "--format", "json"]);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.version).toBe(1);
    const result = doc.results[0];
    expect(result.error).toBeNull();
    const scored = result.sheets.find((s: { template: string }) => s.template === "dept-eval");
    expect(scored.score).toEqual({ entered: "95.8", recommended: "94.99", grade: "优" });
    expect(result.sheets.map((s: { template: string }) => s.template).sort()).toEqual(["dept-base", "dept-eval"]);
    const serious = result.findings.filter((f: { severity: string }) => f.severity !== "info").map((f: { rule: string; severity: string }) => `${f.severity}:${f.rule}`);
    expect(serious.sort()).toEqual(["error:reason-required", "warning:execution-score", "warning:indicator-score", "warning:over-target"]);
    for (const f of result.findings) {
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(typeof f.message).toBe("string");
    }
  });

  test("text output in English names the rule, the cell and the message", async () => {
    const { stdout } = await run(["check", SAMPLE, "--locale", "en"]);
    expect(stdout).toMatch(/error\s+.+!I\d+\s+reason-required\s+“满意度” met its target \(90% → 98%\) but scored 9 of 10: if the deduction stands, fill in the deviation reason; otherwise raise the score to 10/);
    expect(stdout.trimEnd().split("\n").pop()).toBe("Summary: 1 file, 1 error, 3 warnings, 3 infos");
  });

  test("--out writes a checked copy with recalculated fields, fills and notes", async () => {
    const out = path.join(tmp(), "checked.xlsx");
    const { code } = await run(["check", SAMPLE, "--out", out]);
    expect(code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => w.name.startsWith("附件3")) as ExcelJS.Worksheet;
    // 执行率 rewritten at full precision, keeping its percent format; budget score recalculated.
    const rate = ws.getCell("G5");
    expect(rate.value).toBeCloseTo(857.71 / 866.48, 12);
    expect(rate.numFmt).toContain("%");
    expect(ws.getCell("H5").value).toBe(9.9);
    // The sheet's own 总分 formula was right, so it is kept; only its cached result changes.
    expect(ws.getCell("H21").value).toEqual({ formula: "SUM(H5,H14:H20)", result: 95.9 });
    // The reason cell that needs text has the reason mark (a tagged conditional format; the
    // cell's own fill is unchanged) and a note with the message.
    expect(await markAt(readFileSync(out), ws.name, "I19")).toEqual({ kind: "reason", fill: MARK_FILLS.reason });
    // ExcelJS does not read back notes on empty cells, so look in the file's comments part.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const comments = await Promise.all(Object.keys(zip.files).filter((n) => /comments\d*\.xml$/.test(n)).map((n) => zip.file(n)?.async("string")));
    expect(comments.join("")).toMatch(new RegExp(`ref="I19"[^>]*><text><r>(?:<rPr>.*?</rPr>)?<t[^>]*>${NOTE_PREFIX}\\[错误\\] “满意度”已达成指标（90% → 98%）却只得 9 分（分值 10）`));
    // H5's note still quotes the value the sheet showed, and says this run replaced it.
    const h5 = /ref="H5"[^>]*>(.*?)<\/comment>/s.exec(comments.join(""))?.[1] ?? "";
    expect(h5).toContain("表中为 9.8");
    expect(h5).toContain("本次校验已按公式重新计算此单元格");
    // An entered indicator score is never overwritten.
    expect(ws.getCell("H20").value).toBe(19);
    expect(await markAt(readFileSync(out), ws.name, "H20")).toEqual({ kind: "warning", fill: MARK_FILLS.warning });
  });

  test("--mode formulas writes live Excel formulas for the recalculated fields", async () => {
    const out = path.join(tmp(), "formulas.xlsx");
    await run(["check", SAMPLE, "--out", out, "--mode", "formulas"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => w.name.startsWith("附件3")) as ExcelJS.Worksheet;
    expect(ws.getCell("G5").value).toMatchObject({ formula: "E5/D5" });
    expect(ws.getCell("G5").numFmt).toContain("%");
    expect(ws.getCell("H5").value).toMatchObject({ formula: "MIN(G5,1)*F5", result: 9.9 });
    expect(ws.getCell("H21").value).toMatchObject({ formula: "SUM(H5,H14:H20)", result: 95.9 });
    // An entered indicator score stays a plain value.
    expect(ws.getCell("H20").value).toBe(19);
  });

  test("a folder: every workbook checked, the unusable one named, others still reported, exit 2", async () => {
    const dir = tmp();
    copyFileSync(SAMPLE, path.join(dir, "a.xlsx"));
    copyFileSync(path.join(FIXTURES, "clean_project.xlsx"), path.join(dir, "b.xlsx"));
    mkdirSync(path.join(dir, "sub"));
    copyFileSync(path.join(FIXTURES, "not_template.xlsx"), path.join(dir, "sub", "c.xlsx"));
    writeFileSync(path.join(dir, "~$a.xlsx"), "lock file");
    const { code, stdout, stderr } = await run(["check", dir, "--format", "json"]);
    // The run's status is its worst file's: exit 0 or 1 would claim every file was checked.
    expect(code).toBe(2);
    const doc = JSON.parse(stdout);
    expect(doc.results.map((r: { file: string }) => path.basename(r.file))).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    expect(doc.results.map((r: { status: number }) => r.status)).toEqual([1, 0, 2]);
    expect(doc.results[1].findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
    expect(doc.results[2].error).toMatch(/no template recognised/);
    expect(stderr.trim().split("\n")).toEqual([`selfeval: ${path.join(dir, "sub", "c.xlsx")}: 未识别到绩效自评表模板 / no template recognised`]);
  });

  test("a clean workbook exits 0", async () => {
    const { code } = await run(["check", path.join(FIXTURES, "clean_project.xlsx")]);
    expect(code).toBe(0);
  });

  test("a JSON profile file: unknown keys are refused, severities apply", async () => {
    const dir = tmp();
    const good = path.join(dir, "p.json");
    writeFileSync(good, JSON.stringify({ id: "bureau", severities: { "reason-required": "warning" } }));
    expect((await run(["check", SAMPLE, "--profile", good])).code).toBe(0);
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ overTargetRatoi: 1.3 }));
    const result = await run(["check", SAMPLE, "--profile", bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown profile key "overTargetRatoi"/);
  });
});

describe("unusable input: exit 2, one line, no stack trace", () => {
  const dir = tmp();
  const sample = readFileSync(SAMPLE);
  const cases: [string, () => string, RegExp][] = [
    ["missing file", () => path.join(dir, "nope.xlsx"), /找不到文件或文件夹/],
    ["0 bytes", () => (writeFileSync(path.join(dir, "empty.xlsx"), ""), path.join(dir, "empty.xlsx")), /文件为空/],
    ["truncated", () => (writeFileSync(path.join(dir, "cut.xlsx"), sample.subarray(0, sample.length / 2)), path.join(dir, "cut.xlsx")), /truncated|不完整|损坏/i],
    ["legacy .xls", () => (writeFileSync(path.join(dir, "old.xls"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)])), path.join(dir, "old.xls")), /\.xls/],
    ["no template", () => path.join(FIXTURES, "not_template.xlsx"), /no template recognised/],
  ];
  test.each(cases)("%s", async (_name, make, message) => {
    const { code, stderr } = await run(["check", make()]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test("the installed bin prints one line and exits 2 (no stack trace)", async () => {
    const bin = path.join(ROOT, "scripts", "selfeval.cjs");
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, "check", path.join(dir, "nope.xlsx")], (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }));
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  }, 30000);
});
