// The ribbon's 校验并评分: runs with the saved settings, shows the pane where it can, and always
// releases the ribbon with event.completed().
import type { CommandDeps } from "../../src/commands/commands";
import { validateAndScore } from "../../src/commands/commands";
import { defaultProfile } from "../../src/engine/profile";
import type { RunResult } from "../../src/host/contract";
import { fakeHost } from "./fixtures";

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

test("shared runtime: validates with the saved settings, hands the result over, shows the pane", async () => {
  const { d, host } = deps(true, { profile: "hunan-dept", mode: "formulas" });
  const event = { completed: jest.fn() };
  await validateAndScore(event, d);
  expect(host.validate).toHaveBeenCalledWith(expect.objectContaining({ id: "hunan-dept" }), { mode: "formulas", locale: "en" });
  expect(d.announce).toHaveBeenCalledWith(result);
  expect(d.showTaskpane).toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("no shared runtime: validates and writes, asks the pane to run when opened", async () => {
  const { d, host } = deps(false);
  const event = { completed: jest.fn() };
  await validateAndScore(event, d);
  expect(host.validate).toHaveBeenCalledWith(defaultProfile, { mode: "values", locale: "en" });
  expect(d.announce).toHaveBeenCalledWith(null);
  expect(d.showTaskpane).not.toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("a failing run still completes the event, and the pane is asked to show the error", async () => {
  const { d, host } = deps(true);
  host.validate.mockRejectedValueOnce(new Error("protected"));
  const event = { completed: jest.fn() };
  await validateAndScore(event, d);
  expect(d.announce).toHaveBeenCalledWith(null);
  expect(d.showTaskpane).toHaveBeenCalled();
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
