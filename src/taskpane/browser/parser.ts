// The file parser (src/xlsx and ExcelJS under it) is the largest part of browser mode: the pane is
// usable without it, it loads when the first file is picked, and is prefetched once the page is
// idle so that the first file rarely waits for it (issue 11).
type XlsxModule = typeof import("../../xlsx");

let loading: Promise<XlsxModule> | null = null;

/** The xlsx module, loaded once; a failed load (e.g. a chunk missing) is retried on the next call. */
export function loadXlsx(): Promise<XlsxModule> {
  loading ??= import(/* webpackChunkName: "xlsx" */ "../../xlsx").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** True once loadXlsx has been called (by a file pick or the idle prefetch). */
export function xlsxRequested(): boolean {
  return loading !== null;
}

interface IdleWindow {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/**
 * Loads the parser when the browser is idle (at the latest after `timeoutMs`). A failure here is
 * silent: the pick of a file loads it again and reports the error then.
 */
export function prefetchXlsx(win: IdleWindow = window as unknown as IdleWindow, timeoutMs = 3000): void {
  const run = () => void loadXlsx().catch(() => undefined);
  if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(run, { timeout: timeoutMs });
  else win.setTimeout(run, 200);
}
