// Errors with a reason (issue 9 items 3 and 5): every file-system and write error is one line that
// names the file, in the user's language, exit 2 for that file — and the other files of the batch
// are still checked, written and reported.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { CLEAN, SAMPLE, listFiles, loadWorkbook, run, runBin, tmp, variant } from "./helpers";

/** Root may write anywhere: permission cases run the bin as `nobody` then. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

function parse(stdout: string) {
  return JSON.parse(stdout) as { results: { file: string; status: number; error: string | null; output: string | null; findings: unknown[]; protectedSheets: string[] }[]; error?: string };
}

test("a read-only output folder: each file's reason names it, exit 2, the report is complete", async () => {
  const dir = tmp();
  chmodSync(dir, 0o755);
  copyFileSync(SAMPLE, path.join(dir, "a.xlsx"));
  copyFileSync(CLEAN, path.join(dir, "b.xlsx"));
  const out = path.join(dir, "out");
  mkdirSync(out);
  chmodSync(out, 0o555);
  const argv = ["check", dir, "--out", out, "--format", "json"];
  const { code, stdout, stderr } = asRoot ? await runBin(argv, { asUser: NOBODY }) : await runBin(argv);
  expect(code).toBe(2);
  const doc = parse(stdout);
  expect(doc.results.map((r) => r.status)).toEqual([2, 2]);
  for (const r of doc.results) {
    expect(r.findings.length + 1).toBeGreaterThan(0);
    expect(r.error).toMatch(new RegExp(`无法写入 .*${path.basename(r.file).replace(".xlsx", "")}\\.checked\\.xlsx：没有权限 / cannot write .*: permission denied`));
  }
  expect(stderr.trim().split("\n")).toHaveLength(2);
  expect(stderr).not.toMatch(/内部错误|internal error|\n\s+at /);
  expect(listFiles(out)).toEqual([]);
}, 30_000);

test("an unreadable subfolder is reported as such; the files beside it are checked", async () => {
  const dir = tmp();
  chmodSync(dir, 0o755);
  copyFileSync(SAMPLE, path.join(dir, "a.xlsx"));
  mkdirSync(path.join(dir, "locked"));
  copyFileSync(CLEAN, path.join(dir, "locked", "b.xlsx"));
  chmodSync(path.join(dir, "locked"), 0o000);
  try {
    const argv = ["check", dir, "--format", "json", "--locale", "en"];
    const { code, stdout, stderr } = asRoot ? await runBin(argv, { asUser: NOBODY }) : await runBin(argv);
    expect(code).toBe(2);
    const doc = parse(stdout);
    expect(doc.results.map((r) => [path.basename(r.file), r.status])).toEqual([
      ["a.xlsx", 1],
      ["locked", 2],
    ]);
    expect(doc.results[1].error).toBe(`cannot read the folder ${path.join(dir, "locked")}: permission denied`);
    expect(stderr).toBe(`selfeval: cannot read the folder ${path.join(dir, "locked")}: permission denied\n`);
  } finally {
    chmodSync(path.join(dir, "locked"), 0o755);
  }
}, 30_000);

/** The worksheet part of sheet `n` (1-based), as stored in the package. */
async function sheetXml(file: string, n: number): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await zip.file(`xl/worksheets/sheet${n}.xml`)?.async("string")) ?? "";
}

test("a protected template sheet is reported for its file; the rest of the batch is written", async () => {
  const dir = tmp();
  // The sample has findings on both sheets, so its copy would need marks on the protected one.
  const input = await variant(SAMPLE, path.join(dir, "a_protected.xlsx"), (ws) => ws.protect("secret", {}));
  copyFileSync(CLEAN, path.join(dir, "b.xlsx"));
  const out = path.join(dir, "out");
  const { code, stdout, stderr } = await run(["check", dir, "--out", out, "--format", "json"]);
  const [a, b] = parse(stdout).results;
  expect(a.protectedSheets).toEqual(["附件2 基础数据表"]);
  expect(a.findings.length).toBeGreaterThan(0);
  if (a.output) {
    // A file layer that writes around a protected sheet: that sheet comes out exactly as it went in.
    expect(await sheetXml(a.output, 1)).toBe(await sheetXml(input, 1));
  } else {
    // A file layer that refuses the whole copy: the reason names the sheet, exit 2 for the file.
    expect(a.error).toMatch(/工作表「附件2 基础数据表」受保护/);
    expect(code).toBe(2);
  }
  expect(b).toMatchObject({ status: 0, error: null, output: path.join(out, "b.checked.xlsx") });
  expect(listFiles(out)).toContain("b.checked.xlsx");
  expect(stderr).not.toMatch(/内部错误/);

  // Text output names it in the file's block.
  const text = await run(["check", input, "--out", path.join(dir, "out2")]);
  expect(text.stdout).toMatch(/受保护的工作表（不写入）：附件2 基础数据表/);

  // Export writes the recalculated fields of 附件3: with that sheet protected, nothing is written
  // into it — either one line and exit 2, or a copy whose 附件3 is unchanged.
  const third = await variant(SAMPLE, path.join(dir, "c_protected.xlsx"), (_ws, wb) => wb.worksheets[1].protect("", {}));
  const target = path.join(dir, "sub.xlsx");
  const exported = await run(["export", third, "--out", target]);
  expect(exported.stderr).not.toMatch(/内部错误/);
  if (exported.code === 2) {
    expect(exported.stderr.trim().split("\n")).toHaveLength(1);
    expect(exported.stderr).toMatch(/受保护/);
  } else {
    expect(await sheetXml(target, 2)).toBe(await sheetXml(third, 2));
  }
});

test("a recalculated value that overflows (WorkbookWriteError) is that file's reason, not an internal error", async () => {
  const dir = tmp();
  const file = await variant(CLEAN, path.join(dir, "huge.xlsx"), (ws) => {
    ws.getCell("D6").value = 1e-300;
    ws.getCell("E6").value = 1e300;
  });
  const { code, stdout, stderr } = await run(["check", file, "--out", path.join(dir, "out") + "/", "--format", "json"]);
  expect(code).toBe(2);
  const [result] = parse(stdout).results;
  expect(result.findings.length).toBeGreaterThan(0);
  expect(result.error).toMatch(/不是有限数字 \/ The value for .* is not a finite number/);
  expect(stderr).toContain(file);
  expect(stderr).not.toMatch(/内部错误/);
});

test("an --out below a regular file: the reason says a part of the path is not a folder", async () => {
  const dir = tmp();
  writeFileSync(path.join(dir, "plain"), "x");
  const { code, stderr } = await run(["check", CLEAN, "--out", path.join(dir, "plain", "x.xlsx")]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/路径中有一项不是文件夹 \/ cannot write .*: a part of the path is not a folder/);
});

describe("--locale en: every reason in English", () => {
  test.each([
    ["0 bytes", (dir: string) => (writeFileSync(path.join(dir, "e.xlsx"), ""), path.join(dir, "e.xlsx")), /^selfeval: .*e\.xlsx: The file is empty \(0 bytes\)\n$/],
    ["missing", (dir: string) => path.join(dir, "nope.xlsx"), /^selfeval: no such file or folder: .*nope\.xlsx\n$/],
    ["not a workbook", (dir: string) => (writeFileSync(path.join(dir, "t.xlsx"), "hello"), path.join(dir, "t.xlsx")), /^selfeval: .*t\.xlsx: This is not an \.xlsx workbook\n$/],
  ])("%s", async (_name, make, expected) => {
    const dir = tmp();
    const { code, stderr, stdout } = await run(["check", make(dir), "--locale", "en"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
    expect(stdout).toMatch(/Summary: 1 file \(1 unusable\), 0 errors, 0 warnings, 0 infos/);
    expect(stdout + stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("usage errors too", async () => {
    const { code, stderr } = await run(["check", "--locale", "en", "--format", "xml", SAMPLE]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("selfeval: --format must be text or json");
  });
});

test("the checked copy of the batch's good files is complete when a bad file sits between them", async () => {
  const dir = tmp();
  copyFileSync(SAMPLE, path.join(dir, "1.xlsx"));
  writeFileSync(path.join(dir, "2.xlsx"), readFileSync(SAMPLE).subarray(0, 5000));
  copyFileSync(CLEAN, path.join(dir, "3.xlsx"));
  const { code, stdout } = await run(["check", dir, "--out", path.join(dir, "out"), "--format", "json"]);
  expect(code).toBe(2);
  expect(parse(stdout).results.map((r) => r.status)).toEqual([1, 2, 0]);
  expect(listFiles(path.join(dir, "out"))).toEqual(["1.checked.xlsx", "3.checked.xlsx"]);
  expect((await loadWorkbook(path.join(dir, "out", "3.checked.xlsx"))).worksheets).toHaveLength(1);
});
