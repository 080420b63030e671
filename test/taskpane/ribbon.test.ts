// Ribbon → open pane: a localStorage ping heard through the storage event; the run itself is in the workbook.
import { announceRibbonRun, onRibbonRun, RIBBON_RUN_KEY, runsInPanePage } from "../../src/host/ribbon";

function storage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

test("the ribbon leaves a time stamp; an open pane hears it through the storage event", () => {
  const s = storage();
  announceRibbonRun(s, 1234);
  expect(s.data.get(RIBBON_RUN_KEY)).toBe("1234");
  const handlers: Record<string, (e: unknown) => void> = {};
  const target = { addEventListener: (t: string, h: (e: unknown) => void) => (handlers[t] = h), removeEventListener: jest.fn() };
  const listener = jest.fn();
  const stop = onRibbonRun(listener, target as never);
  handlers.storage({ key: RIBBON_RUN_KEY, newValue: "5" });
  handlers.storage({ key: "other", newValue: "5" });
  handlers.storage({ key: RIBBON_RUN_KEY, newValue: null });
  expect(listener).toHaveBeenCalledTimes(1);
  stop();
  expect(target.removeEventListener).toHaveBeenCalled();
});

test("storage that throws does not stop the ribbon", () => {
  const broken = { getItem: () => null, setItem: () => { throw new Error("QuotaExceeded"); }, removeItem: () => undefined };
  expect(() => announceRibbonRun(broken)).not.toThrow();
});

test("a shared runtime is the pane's own page; the shipped function file is not", () => {
  expect(runsInPanePage({ pathname: "/commands.html" })).toBe(false);
  expect(runsInPanePage({ pathname: "/selfeval/taskpane.html" })).toBe(true);
  expect(runsInPanePage(undefined)).toBe(false);
});
