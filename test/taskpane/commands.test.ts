// The ribbon's 校验并评分: runs with the saved settings, tells an open pane, shows the pane only in a
// shared runtime, and always releases the ribbon with event.completed() — within the deadline
// even when Excel never answers.
import type { CommandDeps } from "../../src/commands/commands";
import { validateAndScore } from "../../src/commands/commands";
import { defaultProfile } from "../../src/engine/profile";
import type { RunResult } from "../../src/host/contract";
import { BUREAU_PROFILE, fakeHost } from "./fixtures";

const result: RunResult = {
  report: { templates: [], skippedSheets: [], findings: [], recalculations: [], profile: "hunan-dept" },
  written: 0,
  marked: 0,
  protectedSheets: [],
  noteSupport: "none",
};

function deps(shared: boolean, saved = {}) {
  const host = fakeHost(result, saved);
  const d: CommandDeps & { announce: jest.Mock; showTaskpane: jest.Mock } = {
    host: () => host,
    sharedRuntime: () => shared,
    showTaskpane: jest.fn().mockResolvedValue(undefined),
    displayLanguage: () => "en-US",
    browserLanguage: () => "zh-CN",
    announce: jest.fn(),
  };
  return { d, host };
}

test("separate runtimes (the shipped manifest): validates with the saved settings, tells an open pane, does not call showAsTaskpane", async () => {
  const { d, host } = deps(false, { profile: "hunan-dept", mode: "formulas" });
  const event = { completed: jest.fn() };
  await validateAndScore(event, d);
  expect(host.validate).toHaveBeenCalledWith(expect.objectContaining({ id: "hunan-dept" }), { mode: "formulas", locale: "en" });
  expect(d.announce).toHaveBeenCalledTimes(1);
  expect(d.showTaskpane).not.toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("the ribbon runs with the profile file loaded in the pane, which the workbook's settings keep", async () => {
  const { d, host } = deps(false, { profile: "test-bureau", customProfile: BUREAU_PROFILE });
  await validateAndScore({ completed: jest.fn() }, d);
  expect(host.validate).toHaveBeenCalledWith(
    expect.objectContaining({ id: "test-bureau", name: { "zh-CN": "某财政局", en: "某财政局" }, severities: expect.objectContaining({ "over-target": "error" }) }),
    { mode: "values", locale: "en" },
  );
  // The id without its file (or a file that no longer reads): the default, never a half-read profile.
  const bare = deps(false, { profile: "test-bureau", customProfile: "{" });
  await validateAndScore({ completed: jest.fn() }, bare.d);
  expect(bare.host.validate).toHaveBeenCalledWith(defaultProfile, { mode: "values", locale: "en" });
});

test("a shared runtime shows the pane after the run", async () => {
  const { d, host } = deps(true);
  const event = { completed: jest.fn() };
  await validateAndScore(event, d);
  expect(host.validate).toHaveBeenCalledWith(defaultProfile, { mode: "values", locale: "en" });
  expect(d.showTaskpane).toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("a failing run still completes the event and announces nothing", async () => {
  const { d, host } = deps(false);
  host.validate.mockRejectedValueOnce(new Error("protected"));
  const event = { completed: jest.fn() };
  await validateAndScore(event, d);
  expect(d.announce).not.toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("even a failing pane or host factory completes the event", async () => {
  const { d } = deps(true);
  d.showTaskpane.mockRejectedValueOnce(new Error("no pane"));
  const event = { completed: jest.fn() };
  await validateAndScore(event, d);
  expect(event.completed).toHaveBeenCalledTimes(1);
  const broken = { ...d, host: () => { throw new Error("no Excel"); } };
  await validateAndScore(event, broken);
  expect(event.completed).toHaveBeenCalledTimes(2);
});

test("Excel that never answers: the event is completed at the deadline, once", async () => {
  jest.useFakeTimers();
  try {
    const { d, host } = deps(false);
    host.validate.mockReturnValueOnce(new Promise(() => undefined));
    const event = { completed: jest.fn() };
    void validateAndScore(event, { ...d, completeWithinMs: 5000 });
    await jest.advanceTimersByTimeAsync(4999);
    expect(event.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  } finally {
    jest.useRealTimers();
  }
});
