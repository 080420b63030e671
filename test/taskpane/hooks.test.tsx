/** @jest-environment jsdom */
// The pane's small hooks on their own: settings from the host, and the run the workbook keeps.
import "./setup";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useSettings } from "../../src/taskpane/hooks/useSettings";
import { useWorkbookRun } from "../../src/taskpane/hooks/useWorkbookRun";
import { fakeHost, runResult, sampleReport } from "./fixtures";

test("useSettings: the host's saved settings over the defaults; a change is saved; a failed save is reported", async () => {
  const host = fakeHost(runResult(await sampleReport()), { profile: "hunan-dept", mode: "bogus" as never });
  const onError = jest.fn();
  const { result } = renderHook(() => useSettings(host, "en", onError));
  expect(result.current.ready).toBe(false);
  await waitFor(() => expect(result.current.ready).toBe(true));
  expect(result.current.settings).toEqual({ profile: "hunan-dept", mode: "values", locale: "en" });
  host.saveSettings.mockRejectedValueOnce(new Error("read-only"));
  act(() => result.current.update({ mode: "formulas" }));
  expect(result.current.ref.current.mode).toBe("formulas");
  expect(host.saveSettings).toHaveBeenCalledWith({ profile: "hunan-dept", mode: "formulas", locale: "en" });
  await waitFor(() => expect(onError).toHaveBeenCalled());
});

test("useWorkbookRun: shows the workbook's run once ready, and again when the ribbon runs", async () => {
  const run = runResult(await sampleReport());
  const host = { ...fakeHost(run), lastRun: jest.fn().mockResolvedValue(run) };
  let ribbon: (() => void) | undefined;
  const subscribe = jest.fn((listener: () => void) => {
    ribbon = listener;
    return () => (ribbon = undefined);
  });
  const show = jest.fn();
  const { rerender, unmount } = renderHook(({ ready }) => useWorkbookRun(host, ready, show, subscribe), { initialProps: { ready: false } });
  expect(host.lastRun).not.toHaveBeenCalled(); // settings first
  rerender({ ready: true });
  await waitFor(() => expect(show).toHaveBeenCalledWith(run));
  act(() => ribbon?.());
  await waitFor(() => expect(show).toHaveBeenCalledTimes(2));
  unmount();
  expect(ribbon).toBeUndefined();
});

test("useWorkbookRun: nothing kept, or a host without memory (browser mode): nothing shown", async () => {
  const run = runResult(await sampleReport());
  const show = jest.fn();
  const empty = { ...fakeHost(run), lastRun: jest.fn().mockResolvedValue(null) };
  renderHook(() => useWorkbookRun(empty, true, show, () => () => undefined));
  await waitFor(() => expect(empty.lastRun).toHaveBeenCalled());
  const browser = { ...fakeHost(run), kind: "browser" as const, lastRun: jest.fn() };
  renderHook(() => useWorkbookRun(browser, true, show, () => () => undefined));
  expect(browser.lastRun).not.toHaveBeenCalled();
  expect(show).not.toHaveBeenCalled();
});
