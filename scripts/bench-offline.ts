// Browser-mode figures of issue 11, measured in Chromium with every request off 127.0.0.1 held
// (never answered, as behind a firewall that drops packets):
//  - the size of the offline page (dist-offline/selfeval.html, gzip, and its zip) and of what the
//    served page loads before it is usable, against the ExcelJS chunk it loads later;
//  - time to usable (打开文件 visible and enabled) of the served page and of the offline page from
//    file://, median of warm runs;
//  - the offline page checking the sample (pick → summary shown).
// Needs `npm run build` and `npm run build:offline` first. Prints Markdown and writes
// docs/performance-offline.md (scripts/bench.ts owns docs/performance.md).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { chromium } from "playwright-core";
import { serveStatic } from "./serve";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OFFLINE = path.join(ROOT, "dist-offline");
const SAMPLE = path.join(ROOT, "assets/samples/芦淞区商务局_2023_整体支出绩效自评.xlsx");
const RUNS = 5;

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The served page's scripts: those in taskpane.html plus the browser chunk, and the ExcelJS chunk. */
function servedSizes(): { initial: number; initialGzip: number; exceljs: number; exceljsGzip: number } {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // office.js in the Office-only document.write is not loaded in browser mode: left out.
  const scripts = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const js = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const browser = js.filter((f) => f.startsWith("browser."));
  const exceljs = js.filter((f) => readFileSync(path.join(DIST, f), "utf8").includes("xl/workbook.xml"));
  const size = (files: string[], zip: boolean) => files.reduce((n, f) => n + (zip ? gzipSync(readFileSync(path.join(DIST, f))).length : statSync(path.join(DIST, f)).size), 0);
  const initial = [...scripts, ...browser];
  return { initial: size(initial, false), initialGzip: size(initial, true), exceljs: size(exceljs, false), exceljsGzip: size(exceljs, true) };
}

async function usable(page: Page, url: string): Promise<number> {
  const start = process.hrtime.bigint();
  await page.goto(url, { waitUntil: "commit" });
  await page.getByRole("button", { name: "打开文件", exact: true }).waitFor({ state: "visible" });
  await page.waitForFunction(() => !document.querySelector("[data-testid=open-files]")?.hasAttribute("disabled"));
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  for (const f of [path.join(DIST, "taskpane.html"), path.join(OFFLINE, "selfeval.html")]) {
    if (!existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: run npm run build and npm run build:offline first.`);
  }
  const html = readFileSync(path.join(OFFLINE, "selfeval.html"));
  const zip = statSync(path.join(OFFLINE, "selfeval-offline.zip")).size;
  const served = servedSizes();

  const server = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const outside: string[] = [];
  const times = { served: [] as number[], offline: [] as number[], check: [] as number[] };
  try {
    for (let i = 0; i <= RUNS; i++) {
      for (const kind of ["served", "offline"] as const) {
        const context = await browser.newContext({ locale: "zh-CN" });
        await context.route("**/*", (route) => {
          const url = new URL(route.request().url());
          if (url.protocol === "file:" || url.protocol === "blob:" || url.protocol === "data:" || url.hostname === "127.0.0.1") return route.continue();
          outside.push(url.href);
          // Held: never answered while the context lives.
          return new Promise<void>(() => undefined);
        });
        const page = await context.newPage();
        const url = kind === "served" ? `${server.url}taskpane.html` : pathToFileURL(path.join(OFFLINE, "selfeval.html")).href;
        const ms = await usable(page, url);
        // The first round warms the browser process and the disk cache: not counted.
        if (i > 0) times[kind].push(ms);
        if (kind === "offline" && i > 0) {
          const start = process.hrtime.bigint();
          await page.getByTestId("file-input").setInputFiles(SAMPLE);
          await page.getByTestId("summary").waitFor({ timeout: 60_000 });
          times.check.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const lines = [
    `| Offline page \`dist-offline/selfeval.html\` | ${kib(html.length)} (${kib(gzipSync(html).length)} gzip); zip ${kib(zip)} |`,
    `| Served page: scripts before usable (browser mode) | ${kib(served.initial)} (${kib(served.initialGzip)} gzip) |`,
    `| Served page: ExcelJS chunk, loaded on the first file or when idle | ${kib(served.exceljs)} (${kib(served.exceljsGzip)} gzip) |`,
    `| Served page usable, outside requests held (median of ${RUNS}) | ${median(times.served).toFixed(0)} ms |`,
    `| Offline page from file:// usable, outside requests held (median of ${RUNS}) | ${median(times.offline).toFixed(0)} ms |`,
    `| Offline page: pick the sample → summary shown (median of ${RUNS}) | ${median(times.check).toFixed(0)} ms |`,
    `| Requests outside 127.0.0.1 / file:// during all runs | ${outside.length} |`,
  ];
  const doc = `# Browser mode and the offline page: sizes and start-up

Measured by \`npm run bench:offline\` (scripts/bench-offline.ts) in Chromium (/usr/bin/chromium,
headless) on ${new Date().toISOString().slice(0, 10)}, with every request outside 127.0.0.1 held
unanswered, as behind a firewall that drops packets. "Usable" is the 打开文件 button visible and
enabled, from the start of navigation. The goal (issue 11) is usable within 1.5 s and no request
outside the page's origin.

| Measure | Figure |
| --- | --- |
${lines.join("\n")}
`;
  writeFileSync(path.join(ROOT, "docs", "performance-offline.md"), doc);
  process.stdout.write(`${lines.join("\n")}\n`);
  if (outside.length) process.stdout.write(`outside requests: ${[...new Set(outside)].join(", ")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-offline: ${(error as Error).message}\n`);
  process.exit(1);
});
