// End-to-end plumbing: the production build (rebuilt when src/ is newer), the static server,
// Chromium, and a page that may talk to 127.0.0.1 only.
import { execFileSync } from "node:child_process";
import { existsSync, promises as fs, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, ConsoleMessage, Page } from "playwright-core";
import type { StaticServer } from "../../scripts/serve";
import { serveStatic } from "../../scripts/serve";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
export const CHROMIUM = "/usr/bin/chromium";
export const SAMPLE = path.join(ROOT, "assets/samples/芦淞区商务局_2023_整体支出绩效自评.xlsx");
export const OFFICE_JS = /appsforoffice\.(microsoft\.com|cdn\.partner\.office365\.cn)\//;

export const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, name)));
  return newest;
}

/** True when dist/ is missing or older than anything the bundle is built from. */
export function distIsStale(): boolean {
  const built = path.join(DIST, "taskpane.html");
  if (!existsSync(built)) return true;
  const inputs = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package.json", "package-lock.json"].map((p) => path.join(ROOT, p)).filter(existsSync);
  const newest = Math.max(...inputs.map(newestMtime));
  return newest > statSync(built).mtimeMs;
}

/** `webpack --mode production`, once, when dist/ is stale. */
export function ensureBuild(): void {
  if (!distIsStale()) return;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: "pipe", timeout: 280_000 });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1/localhost (all aborted). */
  outside: string[];
  /** Console errors and uncaught page errors, except the blocked office.js load itself. */
  errors: string[];
}

/** A page in its own context: every request off 127.0.0.1/localhost is aborted and recorded. */
export async function watchedPage(browser: Browser, options: { width: number; height?: number; locale?: string }): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    locale: options.locale ?? "zh-CN",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = (url.protocol === "http:" || url.protocol === "https:") && (url.hostname === "127.0.0.1" || url.hostname === "localhost");
    if (local || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    // The aborted office.js request logs "Failed to load resource"; that block is the point.
    if (OFFICE_JS.test(message.location().url)) return;
    errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, outside, errors };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The lifecycle the browser-mode suites share: the production build served on 127.0.0.1, one
 * Chromium, and every page kept clean — after each test, nothing left 127.0.0.1 but the office.js
 * request the page is allowed to try, and the console stayed quiet. `pane` opens taskpane.html.
 */
export function paneSuite(): { pane: (options: { width: number; height?: number; locale?: string }) => Promise<Watched> } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let open: Watched[] = [];
  beforeAll(async () => {
    ensureBuild();
    server = await serveStatic(DIST);
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const w of open) {
      expect(w.outside.filter((url) => !OFFICE_JS.test(url))).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    }
    open = [];
  });
  return {
    async pane(options) {
      if (!browser || !server) throw new Error("paneSuite: the browser is not up (beforeAll failed)");
      const w = await watchedPage(browser, options);
      open.push(w);
      await w.page.goto(`${server.url}taskpane.html`);
      await w.page.getByTestId("open-files").waitFor();
      return w;
    },
  };
}
