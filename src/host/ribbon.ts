// The ribbon's 校验并评分 (src/commands) and the pane.
// With manifest.xml the function file (commands.html) and the pane (taskpane.html) never share a
// JavaScript context: a function command's runtime ends when the command completes, and a pane's
// when it closes (https://learn.microsoft.com/office/dev/add-ins/develop/runtimes). So the ribbon's
// run is kept where both can read it — the workbook (src/excel/settings.ts) — and the pane shows it
// when it opens. This module only tells a pane that is already open that a run happened: in memory
// when both run in one runtime (manifest-shared.xml), else a time stamp in localStorage (same
// origin) heard through the storage event. Where two webviews do not share storage, the open pane
// shows the run the next time it is opened.

export const RIBBON_RUN_KEY = "selfeval.ribbonRun";

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function storage(): StorageLike | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

const local = new Set<() => void>();

/** Called by the ribbon handler after its run has been kept in the workbook. */
export function announceRibbonRun(store: StorageLike | null = storage(), now = Date.now()): void {
  for (const listener of local) listener(); // a pane in this same runtime
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
  // The storage event fires in other windows only, so a pane never hears its own runtime twice.
  const onStorage = (event: StorageEvent) => {
    if (event.key === RIBBON_RUN_KEY && event.newValue) listener();
  };
  local.add(listener);
  target?.addEventListener("storage", onStorage as EventListener);
  return () => {
    local.delete(listener);
    target?.removeEventListener("storage", onStorage as EventListener);
  };
}

/**
 * Whether the ribbon's code runs in the pane's own page, i.e. in a shared runtime. That is what the
 * runtime itself says: the manifest's FunctionFile is the page this code was loaded in. With
 * manifest.xml it is commands.html — never shared — and `Office.addin.showAsTaskpane` is not
 * called (it does nothing without a shared runtime); with manifest-shared.xml it is taskpane.html. Requirement sets cannot say this:
 * `isSetSupported("SharedRuntime", "1.1")` tells what the host can do, not how this add-in runs.
 */
export function runsInPanePage(location: { pathname?: string } | undefined): boolean {
  return typeof location?.pathname === "string" && /(^|\/)taskpane\.html$/.test(location.pathname);
}
