// `npm run bench`: how fast SelfEval is on this machine. Writes docs/performance.md.
//  - engine time per sheet on the sample (bind + rules, no file I/O);
//  - the whole `selfeval check` command on the sample, as a user runs it;
//  - a generated workbook of 300 project tables: the full check against just opening it with ExcelJS;
//  - the task pane's production bundle size (gzip), when dist/ has been built.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { defaultProfile } from "../src/engine/profile";
import { checkWorkbook } from "../src/template";
import { checkXlsx, readWorkbook } from "../src/xlsx";

const ROOT = path.join(__dirname, "..");
const SAMPLE_DIR = path.join(ROOT, "assets", "samples");
const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
const TABLES = 300;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeIt(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(ms(start));
  }
  return median(times);
}

/** 300 copies of the clean project table, one per sheet, as a real .xlsx file. */
async function makeBigWorkbook(file: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(path.join(ROOT, "test", "fixtures", "clean_project.xlsx"));
  const sheet = source.worksheets[0];
  const out = new ExcelJS.Workbook();
  for (let i = 1; i <= TABLES; i++) {
    const ws = out.addWorksheet(`项目${i}`);
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const target = ws.getCell(r, c);
        target.value = cell.value;
        if (cell.numFmt) target.numFmt = cell.numFmt;
      });
    });
    for (const range of (sheet.model as { merges?: string[] }).merges ?? []) ws.mergeCells(range);
  }
  await out.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    console.log(s);
  };
  say(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  say("");

  const { grid } = await readWorkbook(readFileSync(SAMPLE));
  for (let i = 0; i < 20; i++) checkWorkbook(grid, defaultProfile); // warm-up
  const engine = await timeIt(200, () => checkWorkbook(grid, defaultProfile));
  say(`| measure | median |`);
  say(`|---|---|`);
  say(`| engine (bind + 24 rules), sample, per sheet (${grid.sheets.length} sheets) | ${(engine / grid.sheets.length).toFixed(2)} ms |`);
  const inProcess = await timeIt(20, async () => checkXlsx(readFileSync(SAMPLE), defaultProfile));
  say(`| read + check the sample in process | ${inProcess.toFixed(1)} ms |`);
  const bin = path.join(ROOT, "scripts", "selfeval.cjs");
  const command = await timeIt(5, () => {
    try {
      execFileSync(process.execPath, [bin, "check", SAMPLE], { stdio: "ignore" });
    } catch {
      // exit status 1: the sample has an error-severity finding
    }
  });
  say(`| \`selfeval check\` on the sample, whole command (Node start, tsx, ExcelJS) | ${command.toFixed(0)} ms |`);

  const dir = mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-"));
  const big = path.join(dir, `${TABLES}-tables.xlsx`);
  await makeBigWorkbook(big);
  const bytes = readFileSync(big);
  const open = await timeIt(3, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });
  let findings = 0;
  const full = await timeIt(3, async () => {
    const { report } = await checkXlsx(bytes, defaultProfile);
    findings = report.templates.length;
  });
  const { grid: bigGrid } = await readWorkbook(bytes);
  const bigEngine = await timeIt(5, () => checkWorkbook(bigGrid, defaultProfile));
  const bigCommand = await timeIt(3, () => execFileSync(process.execPath, [bin, "check", big], { stdio: "ignore" }));
  say(`| ${TABLES}-table workbook (${(bytes.length / 1024).toFixed(0)} KiB, ${findings} templates bound): open with ExcelJS only | ${open.toFixed(0)} ms |`);
  say(`| ${TABLES}-table workbook: read + bind + validate in process | ${full.toFixed(0)} ms |`);
  say(`| ${TABLES}-table workbook: engine alone | ${bigEngine.toFixed(0)} ms |`);
  say(`| ${TABLES}-table workbook: whole \`selfeval check\` command | ${bigCommand.toFixed(0)} ms |`);

  const dist = path.join(ROOT, "dist");
  const html = path.join(dist, "taskpane.html");
  if (existsSync(html)) {
    // The scripts taskpane.html loads at start, and the chunks it loads later (ExcelJS for browser mode).
    const initial = [...readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc=["']?([^"' >]+\.js)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, f))).length, 0) / 1024;
    const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f) && !f.startsWith("commands"));
    say(`| task pane bundle loaded at start, gzip (${initial.join(", ")}) | ${gz(initial).toFixed(0)} KiB |`);
    say(`| chunks loaded later (ExcelJS for browser mode), gzip | ${gz(lazy).toFixed(0)} KiB |`);
    const usable = await timeToUsable(dist);
    if (usable !== null) say(`| navigation → page usable (打开文件 enabled), headless Chromium, office.js CDN blocked | ${usable.toFixed(0)} ms |`);
    else say(`| navigation → page usable | not measured: /usr/bin/chromium not found |`);
  } else {
    say(`| task pane bundle | not built (run \`npm run build\` first) |`);
  }

  const doc = `# Performance

Figures from \`npm run bench\` (scripts/bench.ts), medians of repeated runs. Speed is measured
here, never by timed assertions in tests. The ${TABLES}-table workbook is generated from the clean
project fixture, one table per sheet; the target is a full check in under 10 s on this 2-core
machine.

${lines.join("\n")}
`;
  writeFileSync(path.join(ROOT, "docs", "performance.md"), doc);
}

/** Median time from navigation to the first moment the user can act, in browser mode. */
async function timeToUsable(dist: string): Promise<number | null> {
  if (!existsSync("/usr/bin/chromium")) return null;
  const { chromium } = await import("playwright-core");
  const { serveStatic } = await import("./serve");
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ locale: "zh-CN" });
      const page = await context.newPage();
      // No network here: the page must not wait on Microsoft's CDN, as on a government intranet.
      await page.route(/appsforoffice/, (route) => route.abort());
      const start = process.hrtime.bigint();
      await page.goto(server.url + "taskpane.html");
      await page.getByRole("button", { name: "打开文件" }).waitFor({ state: "visible" });
      times.push(ms(start));
      await context.close();
    }
    return median(times);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
