// The ribbon's 校验并评分 (src/commands/commands.ts) tells the pane that it ran.
// - Shared runtime (SharedRuntime 1.1): one JavaScript context; the ribbon hands its RunResult
//   over in memory and the pane shows it.
// - Separate runtimes (perpetual Office ≤ 2019, or no shared runtime in the manifest): the
//   function file leaves a time stamp in localStorage (same origin), and the pane, when it opens
//   or is already open (storage event), runs the validation at once so that its own host holds
//   the snapshot 撤销 and 清除标记 need.
import type { RunResult } from "../host/contract";

export const RIBBON_RUN_KEY = "selfeval.ribbonRun";
/** A time stamp older than this is a leftover from an earlier session, not a request. */
export const RIBBON_RUN_MAX_AGE_MS = 10 * 60 * 1000;

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What the pane should do about a ribbon run: show its result, or run the validation itself. */
export type RibbonRun = { result: RunResult } | { result: null };

const listeners = new Set<(run: RibbonRun) => void>();
let pending: RunResult | null = null;

function storage(): StorageLike | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Called by the ribbon handler after its run (result) or instead of one (null). */
export function announceRibbonRun(result: RunResult | null, store: StorageLike | null = storage(), now = Date.now()): void {
  try {
    store?.setItem(RIBBON_RUN_KEY, String(now));
  } catch {
    // Storage full or disabled: the shared-runtime path below still works.
  }
  if (result && listeners.size > 0) {
    for (const listener of listeners) listener({ result });
    store?.removeItem(RIBBON_RUN_KEY);
    return;
  }
  pending = result;
}

/** Called once when the pane starts: a ribbon run it has not shown yet, if any. */
export function takeRibbonRun(store: StorageLike | null = storage(), now = Date.now()): RibbonRun | null {
  if (pending) {
    const result = pending;
    pending = null;
    store?.removeItem(RIBBON_RUN_KEY);
    return { result };
  }
  const raw = store?.getItem(RIBBON_RUN_KEY);
  if (!raw) return null;
  store?.removeItem(RIBBON_RUN_KEY);
  const age = now - Number(raw);
  return age >= 0 && age < RIBBON_RUN_MAX_AGE_MS ? { result: null } : null;
}

/** Ribbon runs while the pane is open: in memory (shared runtime) or by a storage event. */
export function onRibbonRun(listener: (run: RibbonRun) => void, target: Pick<Window, "addEventListener" | "removeEventListener"> | null = typeof window === "undefined" ? null : window): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== RIBBON_RUN_KEY || !event.newValue) return;
    storage()?.removeItem(RIBBON_RUN_KEY);
    listener({ result: null });
  };
  target?.addEventListener("storage", onStorage as EventListener);
  return () => {
    listeners.delete(listener);
    target?.removeEventListener("storage", onStorage as EventListener);
  };
}
