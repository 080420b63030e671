// The lazy file parser of browser mode and the ExcelJS nextTick patch the bundle applies.
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadXlsx, prefetchXlsx, xlsxRequested } from "../../src/taskpane/browser/parser";

test("prefetch waits for an idle moment, then loads the parser once", async () => {
  const idle: (() => void)[] = [];
  expect(xlsxRequested()).toBe(false);
  prefetchXlsx({ requestIdleCallback: (cb) => idle.push(cb), setTimeout: () => 0 });
  expect(xlsxRequested()).toBe(false);
  idle[0]();
  expect(xlsxRequested()).toBe(true);
  const a = await loadXlsx();
  expect(typeof a.checkXlsx).toBe("function");
  expect(await loadXlsx()).toBe(a);
});

// The webpack loader the bundle runs on exceljs/dist/exceljs.js (webpack.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../scripts/exceljs-nexttick-loader.cjs") as ((source: string) => string) & { NEEDLE: string };
const DIST = path.join(path.dirname(require.resolve("exceljs/package.json")), "dist", "exceljs.js");

test("the installed ExcelJS browser build gets a nextTick queue run by MessageChannel, not setTimeout", () => {
  const source = readFileSync(DIST, "utf8");
  const patched = loader(source);
  expect(patched).not.toContain(loader.NEEDLE);
  expect(patched).toContain("__selfevalImmediate(drainQueue);");
  expect(patched.indexOf("function __selfevalImmediate")).toBeLessThan(patched.indexOf("process.nextTick = function (fun) {"));
  expect(patched.length - source.length).toBeLessThan(1000);
});

test("the shim's nextTick, patched, runs its queue without the timer: a long chain of ticks is not clamped", async () => {
  // The shim as ExcelJS bundles it, run on its own: process.nextTick over drainQueue.
  const source = readFileSync(DIST, "utf8");
  const start = source.indexOf("// shim for using process in browser");
  const end = source.indexOf("process.umask = function", start);
  expect(start).toBeGreaterThan(0);
  const shim = source.slice(start, source.indexOf("\n};\n", end) + 4);
  const make = (code: string) => new Function("setTimeout", "clearTimeout", "MessageChannel", `var module = { exports: {} };\n${code}\nreturn module.exports;`);
  const timers: string[] = [];
  const countingSetTimeout = (fn: () => void, ms?: number) => {
    timers.push(`setTimeout ${ms ?? 0}`);
    return setTimeout(fn, ms);
  };
  // A MessageChannel that delivers through setImmediate: the browser's behaviour (a task, no
  // clamp) without leaving a port open in Node.
  let posted = 0;
  class FakeChannel {
    port1: { onmessage: (() => void) | null } = { onmessage: null };
    port2 = { postMessage: () => void (posted++, setImmediate(() => this.port1.onmessage?.())) };
  }
  const proc = make(loader(shim))(countingSetTimeout, clearTimeout, FakeChannel) as { nextTick(fn: () => void): void };
  let n = 0;
  await new Promise<void>((resolve) => {
    const tick = () => (++n < 200 ? setImmediate(() => proc.nextTick(tick)) : resolve());
    proc.nextTick(tick);
  });
  expect(n).toBe(200);
  expect(posted).toBe(200);
  // drainQueue still arms (and clears) its safety timer, but never waits on one to start.
  const unpatched = make(shim)(countingSetTimeout, clearTimeout, FakeChannel) as { nextTick(fn: () => void): void };
  const before = timers.length;
  await new Promise<void>((resolve) => unpatched.nextTick(resolve));
  expect(timers.length - before).toBe(2); // the original starts the drain through setTimeout too
  expect(() => loader("var x = 1;")).toThrow(/nextTick shim of exceljs/);
});
