// Outputs never harm inputs (issue 9 item 4): identity by device and inode, mirrored folders,
// no overwrite without --force, own outputs skipped, folders created, temp file + rename.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkedName, commonRoot, mirroredTarget } from "../../src/cli/files";
import { BIN, CLEAN, FIXTURES, SAMPLE, listFiles, loadWorkbook, run, tmp } from "./helpers";

const sampleBytes = readFileSync(SAMPLE);

describe("--out never changes an input", () => {
  test("a symlink to the input is refused, with --force too; the report is still printed", async () => {
    const dir = tmp();
    const input = path.join(dir, "自评表.xlsx");
    copyFileSync(SAMPLE, input);
    const link = path.join(dir, "link.xlsx");
    symlinkSync(input, link);
    for (const extra of [[], ["--force"]]) {
      const { code, stdout, stderr } = await run(["check", input, "--out", link, "--format", "json", ...extra]);
      expect(code).toBe(2);
      const [result] = JSON.parse(stdout).results;
      expect(result.findings.length).toBeGreaterThan(0);
      expect(result.output).toBeNull();
      expect(result.error).toMatch(/link to the input file/);
      expect(stderr).toContain(link);
      expect(readFileSync(input).equals(sampleBytes)).toBe(true);
    }
  });

  test("a hard link to the input and the input itself are refused even with --force", async () => {
    const dir = tmp();
    const input = path.join(dir, "a.xlsx");
    copyFileSync(SAMPLE, input);
    const hard = path.join(dir, "hard.xlsx");
    linkSync(input, hard);
    for (const out of [hard, input, path.join(dir, ".", "a.xlsx")]) {
      const { code, stdout } = await run(["check", input, "--out", out, "--force", "--format", "json"]);
      expect(code).toBe(2);
      expect(JSON.parse(stdout).results[0].error).toMatch(/is the input file itself/);
    }
    expect(readFileSync(input).equals(sampleBytes)).toBe(true);
    expect(statSync(input).nlink).toBe(2);
  });

  test("an existing file is replaced only with --force", async () => {
    const dir = tmp();
    const out = path.join(dir, "checked.xlsx");
    writeFileSync(out, "keep me");
    const refused = await run(["check", SAMPLE, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/已存在；如需覆盖请加 --force/);
    expect(refused.stdout).toMatch(/校验副本未写入/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const forced = await run(["check", SAMPLE, "--out", out, "--force"]);
    expect(forced.code).toBe(1);
    expect((await loadWorkbook(out)).worksheets).toHaveLength(2);
  });
});

describe("export --out never changes the input either", () => {
  test("the input, or a link to it, is refused with --force; an existing file without it", async () => {
    const dir = tmp();
    const input = path.join(dir, "自评表.xlsx");
    copyFileSync(SAMPLE, input);
    symlinkSync(input, path.join(dir, "link.xlsx"));
    for (const [out, why] of [
      [input, /is the input file itself/],
      [path.join(dir, "link.xlsx"), /is a link to the input file/],
    ] as const) {
      const { code, stderr } = await run(["export", input, "--out", out, "--force", "--locale", "en"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(why);
    }
    writeFileSync(path.join(dir, "sub.xlsx"), "keep");
    expect((await run(["export", input, "--out", path.join(dir, "sub.xlsx")])).stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(path.join(dir, "sub.xlsx"), "utf8")).toBe("keep");
    expect(readFileSync(input).equals(sampleBytes)).toBe(true);
  });

  test("a folder --out (trailing slash, or no .xlsx) is created and the copy named after the unit", async () => {
    const dir = tmp();
    for (const out of [path.join(dir, "a") + path.sep, path.join(dir, "提交", "2023")]) {
      const { code, stdout } = await run(["export", SAMPLE, "--out", out]);
      expect(code).toBe(1);
      expect(stdout.trim()).toBe(path.join(out, "株洲市芦淞区商务局_2023_绩效自评表.xlsx"));
      expect((await loadWorkbook(stdout.trim())).worksheets).toHaveLength(2);
    }
  });
});

describe("--out DIR mirrors the inputs", () => {
  test("same-named files in two subfolders give two copies, in the same subfolders", async () => {
    const dir = tmp();
    for (const sub of ["a", "b"]) {
      mkdirSync(path.join(dir, "in", sub), { recursive: true });
      copyFileSync(sub === "a" ? SAMPLE : CLEAN, path.join(dir, "in", sub, "自评表.xlsx"));
    }
    const out = path.join(dir, "out");
    const { code, stdout } = await run(["check", path.join(dir, "in"), "--out", out, "--format", "json"]);
    expect(code).toBe(1);
    expect(listFiles(out)).toEqual([path.join("a", "自评表.checked.xlsx"), path.join("b", "自评表.checked.xlsx")]);
    expect(JSON.parse(stdout).results.map((r: { output: string }) => path.relative(out, r.output))).toEqual([path.join("a", "自评表.checked.xlsx"), path.join("b", "自评表.checked.xlsx")]);
    const names = await Promise.all(["a", "b"].map(async (sub) => (await loadWorkbook(path.join(out, sub, "自评表.checked.xlsx"))).worksheets.length));
    expect(names).toEqual([2, 1]);

    // Two files named on the command line: the same, relative to the folder they share.
    const out2 = path.join(dir, "out2");
    await run(["check", path.join(dir, "in", "a", "自评表.xlsx"), path.join(dir, "in", "b", "自评表.xlsx"), "--out", out2]);
    expect(listFiles(out2)).toEqual([path.join("a", "自评表.checked.xlsx"), path.join("b", "自评表.checked.xlsx")]);
  });

  test("an --out folder inside the input folder is skipped on the next run, and so are *.checked.xlsx", async () => {
    const dir = tmp();
    copyFileSync(SAMPLE, path.join(dir, "a.xlsx"));
    copyFileSync(CLEAN, path.join(dir, "b.xlsx"));
    const out = path.join(dir, "校验结果");
    const first = await run(["check", dir, "--out", out, "--format", "json"]);
    expect(JSON.parse(first.stdout).results).toHaveLength(2);
    copyFileSync(path.join(out, "a.checked.xlsx"), path.join(dir, "a.checked.xlsx"));
    const second = await run(["check", dir, "--out", out, "--force", "--format", "json"]);
    expect(JSON.parse(second.stdout).results.map((r: { file: string }) => path.basename(r.file))).toEqual(["a.xlsx", "b.xlsx"]);
    expect(second.code).toBe(1);
    // Without --out the folder is entered, but the checked copies in it are still not inputs.
    const third = await run(["check", dir, "--format", "json"]);
    expect(JSON.parse(third.stdout).results.map((r: { file: string }) => path.basename(r.file))).toEqual(["a.xlsx", "b.xlsx"]);
    expect(listFiles(out)).toEqual(["a.checked.xlsx", "b.checked.xlsx"]);
  });

  test("missing folders are created; a trailing slash or a name without .xlsx is a folder", async () => {
    const dir = tmp();
    const slash = path.join(dir, "new", "deep") + path.sep;
    expect((await run(["check", CLEAN, "--out", slash])).code).toBe(0);
    expect(listFiles(path.join(dir, "new"))).toEqual([path.join("deep", "clean_project.checked.xlsx")]);
    const bare = path.join(dir, "结果");
    expect((await run(["check", CLEAN, "--out", bare])).code).toBe(0);
    expect(listFiles(bare)).toEqual(["clean_project.checked.xlsx"]);
    const file = path.join(dir, "x", "y", "copy.xlsx");
    expect((await run(["check", CLEAN, "--out", file])).code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  test("--out as one .xlsx with a folder or several inputs is refused before anything is written", async () => {
    const dir = tmp();
    const { code, stderr, stdout } = await run(["check", FIXTURES, "--out", path.join(dir, "one.xlsx"), "--format", "json"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out 应为文件夹/);
    expect(JSON.parse(stdout)).toMatchObject({ version: 1, results: [], error: expect.stringMatching(/--out must be a folder/) });
    expect(readdirSync(dir)).toEqual([]);
  });

  test("no temporary file is left behind", async () => {
    const dir = tmp();
    copyFileSync(SAMPLE, path.join(dir, "a.xlsx"));
    await run(["check", dir, "--out", path.join(dir, "out")]);
    await run(["check", dir, "--out", path.join(dir, "out")]); // refused: exists
    expect(listFiles(dir)).toEqual(["a.xlsx", path.join("out", "a.checked.xlsx")]);
  });
});

test("checked-copy names: legacy formats become .xlsx, an .xlsm stays .xlsm", () => {
  expect(checkedName("d/自评表.xlsx")).toBe("自评表.checked.xlsx");
  expect(checkedName("d/旧表.XLS")).toBe("旧表.checked.xlsx");
  expect(checkedName("d/金山.et")).toBe("金山.checked.xlsx");
  expect(checkedName("d/开源.ods")).toBe("开源.checked.xlsx");
  expect(checkedName("d/宏.xlsm")).toBe("宏.checked.xlsm");
  expect(commonRoot(["/a/b/c", "/a/b/d", "/a/b"])).toBe(path.resolve("/a/b"));
  expect(mirroredTarget("out", "/in", "/in/x/y/表.xlsx")).toBe(path.join("out", "x", "y", "表.checked.xlsx"));
});

test("a folder walk picks up .xlsm, .xls, .et and .ods and reports each one it cannot read", async () => {
  const dir = tmp();
  copyFileSync(CLEAN, path.join(dir, "a.xlsm"));
  for (const name of ["b.xls", "c.et", "d.ods"]) writeFileSync(path.join(dir, name), "not a workbook");
  writeFileSync(path.join(dir, "notes.txt"), "ignored");
  const { stdout } = await run(["check", dir, "--format", "json"]);
  const results = JSON.parse(stdout).results;
  expect(results.map((r: { file: string }) => path.basename(r.file))).toEqual(["a.xlsm", "b.xls", "c.et", "d.ods"]);
  expect(results[0].error).toBeNull();
  for (const r of results.slice(1)) expect(r.error).toEqual(expect.any(String));
});

test("Ctrl+C in the middle of a folder run leaves only complete copies and no temporary file", async () => {
  const dir = tmp();
  const input = path.join(dir, "in");
  mkdirSync(input);
  for (let i = 0; i < 120; i++) linkSync(SAMPLE, path.join(input, `${String(i).padStart(3, "0")}.xlsx`));
  const out = path.join(dir, "out");
  const child = spawn(process.execPath, [BIN, "check", input, "--out", out], { stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, s) => resolve(s)));
  // Interrupt once a few copies exist, while others are being written.
  let running = true;
  void exited.then(() => (running = false));
  while (running && !(existsSync(out) && readdirSync(out).filter((f) => f.endsWith(".checked.xlsx")).length >= 5)) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill("SIGINT");
  expect(await exited).toBe("SIGINT");
  const files = readdirSync(out);
  expect(files.filter((f) => !f.endsWith(".checked.xlsx"))).toEqual([]);
  expect(files.length).toBeLessThan(120);
  for (const f of files) expect((await loadWorkbook(path.join(out, f))).worksheets).toHaveLength(2);
}, 60_000);
