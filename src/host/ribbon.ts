// The ribbon's 校验并评分 (src/commands) and the pane, in separate runtimes.
// With the shipped manifest the function file (commands.html) and the pane (taskpane.html) never
// share a JavaScript context: a function command's runtime ends when the command completes, and a
// pane's when it closes (https://learn.microsoft.com/office/dev/add-ins/develop/runtimes). So the
// ribbon's run is kept where both can read it — the workbook (src/excel/settings.ts) — and the pane
// shows it when it opens. This module only tells an already open pane that a run happened: a time
// stamp in localStorage (same origin), heard through the storage event. Where the two webviews do
// not share storage the open pane simply shows the run the next time it is opened or refreshed.

export const RIBBON_RUN_KEY = "selfeval.ribbonRun";

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function storage(): StorageLike | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Called by the ribbon handler after its run has been kept in the workbook. */
export function announceRibbonRun(store: StorageLike | null = storage(), now = Date.now()): void {
  try {
    store?.setItem(RIBBON_RUN_KEY, String(now));
  } catch {
    // Storage full or disabled: the pane still finds the run in the workbook when it opens.
  }
}

/** An open pane hears ribbon runs here; the listener reloads the run from the workbook. */
export function onRibbonRun(
  listener: () => void,
  target: Pick<Window, "addEventListener" | "removeEventListener"> | null = typeof window === "undefined" ? null : window,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === RIBBON_RUN_KEY && event.newValue) listener();
  };
  target?.addEventListener("storage", onStorage as EventListener);
  return () => target?.removeEventListener("storage", onStorage as EventListener);
}

/**
 * Whether the ribbon's code runs in the pane's own page, i.e. in a shared runtime. That is what the
 * runtime itself says: the manifest's FunctionFile is the page this code was loaded in. With the
 * shipped manifest it is commands.html — never shared — and `Office.addin.showAsTaskpane` is not
 * called (it does nothing without a shared runtime). Requirement sets cannot say this:
 * `isSetSupported("SharedRuntime", "1.1")` tells what the host can do, not how this add-in runs.
 */
export function runsInPanePage(location: { pathname?: string } | undefined): boolean {
  return typeof location?.pathname === "string" && /(^|\/)taskpane\.html$/.test(location.pathname);
}
