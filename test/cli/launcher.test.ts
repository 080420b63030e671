// The `selfeval` command starts at once (issue 11 item 4): the precompiled bundle runs the same
// command as the sources, `--help` loads no ExcelJS (its own bundle, dist-cli/exceljs.cjs, loads
// on the first file), and scripts/selfeval.cjs falls back to tsx when the bundle is missing or
// older than its sources.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { USAGE } from "../../src/cli/args";
import { ROOT, SAMPLE, loadWorkbook, run, tmp } from "./helpers";

function node(args: string[], options: { env?: Record<string, string> } = {}): { status: number; stdout: string } {
  try {
    return { status: 0, stdout: execFileSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, stdout: e.stdout };
  }
}

describe("the bundle built by build:cli", () => {
  let bundle: string;
  beforeAll(() => {
    const out = tmp();
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "scripts", "build-cli.ts"), "--outdir", out], { cwd: ROOT, stdio: "ignore" });
    bundle = path.join(out, "selfeval.cjs");
  }, 60_000);

  /** Runs main() from the bundle in a fresh Node and reports whether ExcelJS was loaded. */
  function viaBundle(argv: string[]) {
    const script = `
      const Module = require("module");
      const load = Module._load;
      let exceljs = false;
      Module._load = function (request, ...rest) { if (/exceljs|xlsx|jszip/.test(request)) exceljs = true; return load.call(this, request, ...rest); };
      let out = "";
      require(${JSON.stringify(bundle)}).main(${JSON.stringify(argv)}, { stdout: (s) => (out += s), stderr: () => {} })
        .then((code) => process.stdout.write(JSON.stringify({ code, exceljs, out })));`;
    return JSON.parse(node(["-e", script]).stdout) as { code: number; exceljs: boolean; out: string };
  }

  test("--help prints the usage and loads no ExcelJS", () => {
    expect(viaBundle(["--help"])).toEqual({ code: 0, exceljs: false, out: USAGE });
  });

  test("a check gives the same JSON as the sources", async () => {
    const fromBundle = viaBundle(["check", SAMPLE, "--format", "json"]);
    expect(fromBundle.code).toBe(1);
    expect(fromBundle.out).toBe((await run(["check", SAMPLE, "--format", "json"])).stdout);
  });

  test("its ExcelJS (dist-cli/exceljs.cjs) writes a checked copy that ExcelJS itself reads back", async () => {
    const out = path.join(tmp(), "checked.xlsx");
    expect(viaBundle(["check", SAMPLE, "--out", out]).code).toBe(1);
    const ws = (await loadWorkbook(out)).worksheets[1];
    expect(ws.getCell("G5").value).toBeCloseTo(857.71 / 866.48, 12);
    expect(ws.getCell("H21").value).toEqual({ formula: "SUM(H5,H14:H20)", result: 95.9 });
  });

  test("--summary through the bundle writes the review workbook", async () => {
    const out = path.join(tmp(), "汇总.xlsx");
    expect(viaBundle(["check", SAMPLE, "--summary", out]).code).toBe(1);
    const wb = await loadWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题清单"]);
    expect(wb.worksheets[1].rowCount).toBe(1 + 7);
  });

  test("its inputs list names the sources it was built from", () => {
    const inputs = JSON.parse(readFileSync(path.join(path.dirname(bundle), "inputs.json"), "utf8")) as string[];
    expect(inputs).toContain("src/cli/main.ts");
    expect(inputs).toContain("src/xlsx/index.ts");
    expect(inputs.every((p) => !path.isAbsolute(p) && !p.startsWith(".."))).toBe(true);
  });
});

describe("scripts/selfeval.cjs picks the bundle only when it is fresh", () => {
  // A copy of the project's layout with a stand-in bundle that says who ran.
  const root = tmp();
  mkdirSync(path.join(root, "scripts"));
  cpSync(path.join(ROOT, "scripts", "selfeval.cjs"), path.join(root, "scripts", "selfeval.cjs"));
  cpSync(path.join(ROOT, "src"), path.join(root, "src"), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"));
  const dist = path.join(root, "dist-cli");
  const bin = path.join(root, "scripts", "selfeval.cjs");
  // Times are set, never taken from the clock: a file written a moment ago can carry an mtime a
  // little after `new Date()` (the kernel stamps files with its own clock, finer than Date's ms),
  // which made "newer than the bundle" flaky on CI.
  const built = new Date(Date.now() - 3_600_000);
  const older = new Date(built.getTime() - 3_600_000);
  const newer = new Date(built.getTime() + 60_000);
  const writeBundle = () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, "selfeval.cjs"), 'exports.main = async () => { process.stdout.write("bundle\\n"); return 0; };\n');
    writeFileSync(path.join(dist, "inputs.json"), JSON.stringify(["src/cli/main.ts", "src/engine/grid.ts"]));
    utimesSync(path.join(dist, "selfeval.cjs"), built, built);
    utimesSync(path.join(root, "src", "cli", "main.ts"), older, older);
    utimesSync(path.join(root, "src", "engine", "grid.ts"), older, older);
  };

  test("fresh bundle: it runs", () => {
    writeBundle();
    expect(node([bin, "--help"]).stdout).toBe("bundle\n");
  });

  test("a source newer than the bundle: the sources run through tsx", () => {
    writeBundle();
    utimesSync(path.join(root, "src", "engine", "grid.ts"), newer, newer);
    expect(node([bin, "--help"]).stdout).toBe(USAGE);
  }, 30_000);

  test("no bundle, or no inputs list: the sources run", () => {
    writeBundle();
    rmSync(path.join(dist, "inputs.json"));
    expect(node([bin, "--help"]).stdout).toBe(USAGE);
    rmSync(dist, { recursive: true });
    expect(node([bin, "--version"]).stdout).toBe("selfeval 0.1.0\n");
  }, 30_000);
});
