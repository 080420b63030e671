// Ribbon → pane hand-over (shared runtime in memory, otherwise a localStorage time stamp).
import { announceRibbonRun, onRibbonRun, RIBBON_RUN_KEY, RIBBON_RUN_MAX_AGE_MS, takeRibbonRun } from "../../src/taskpane/handoff";
import type { RunResult } from "../../src/host/contract";

function storage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}
const result = { written: 1 } as unknown as RunResult;

test("a run announced before the pane starts is taken once", () => {
  const s = storage();
  announceRibbonRun(result, s, 1000);
  expect(takeRibbonRun(s, 2000)).toEqual({ result });
  expect(takeRibbonRun(s, 2000)).toBeNull();
});

test("separate runtimes: a recent time stamp asks the pane to run; an old one is ignored", () => {
  const s = storage();
  announceRibbonRun(null, s, 1000);
  expect(s.data.get(RIBBON_RUN_KEY)).toBe("1000");
  expect(takeRibbonRun(s, 1000 + 5000)).toEqual({ result: null });
  announceRibbonRun(null, s, 1000);
  expect(takeRibbonRun(s, 1000 + RIBBON_RUN_MAX_AGE_MS + 1)).toBeNull();
});

test("an open pane hears the ribbon in memory and through the storage event", () => {
  const s = storage();
  const handlers: Record<string, (e: unknown) => void> = {};
  const target = { addEventListener: (t: string, h: (e: unknown) => void) => (handlers[t] = h), removeEventListener: jest.fn() };
  const listener = jest.fn();
  const stop = onRibbonRun(listener, target as never);
  announceRibbonRun(result, s, 1);
  expect(listener).toHaveBeenLastCalledWith({ result });
  handlers.storage({ key: RIBBON_RUN_KEY, newValue: "5" });
  expect(listener).toHaveBeenLastCalledWith({ result: null });
  handlers.storage({ key: "other", newValue: "5" });
  expect(listener).toHaveBeenCalledTimes(2);
  stop();
  expect(target.removeEventListener).toHaveBeenCalled();
});
