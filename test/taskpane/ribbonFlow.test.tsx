/** @jest-environment jsdom */
// The ribbon flow as Office runs it with the shipped manifest: 校验并评分 runs from the manifest's
// FunctionFile in a runtime of its own, completes its event, and ends; the pane, opened afterwards
// in another runtime, shows that run's findings from what the workbook keeps.
import "./setup";
import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import path from "node:path";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { validateAndScore } from "../../src/commands/commands";
import { createExcelHost } from "../../src/excel/host";
import { announceRibbonRun, runsInPanePage } from "../../src/host/ribbon";
import { App } from "../../src/taskpane/App";
import { sampleFake } from "../excel/helpers";
import { BUREAU_PROFILE } from "./fixtures";

jest.setTimeout(30_000);

// jsdom has no structuredClone; the Excel fake copies workbooks and settings with it.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

/** The URL a shipped manifest gives as the ribbon's FunctionFile. */
function shippedFunctionFile(manifest = "manifest.xml"): URL {
  const xml = readFileSync(path.join(__dirname, "../..", manifest), "utf8");
  const resid = /<FunctionFile resid="([^"]+)"\/>/.exec(xml)?.[1];
  const url = new RegExp(`<bt:Url id="${resid}" DefaultValue="([^"]+)"`).exec(xml)?.[1];
  if (!url) throw new Error("no FunctionFile in manifest.xml");
  return new URL(url);
}

function findingCells(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll<HTMLElement>("li[data-rule]")).map((li) => `${li.dataset.rule}@${li.dataset.cell}`);
}

test("with the shipped manifest the ribbon validates and marks, completes its event, and the pane opened afterwards shows that run's findings", async () => {
  const fake = await sampleFake();
  const functionFile = shippedFunctionFile();
  expect(functionFile.pathname).toBe("/commands.html");

  // The ribbon's runtime: commands.html, created for this command only.
  const ribbonHost = createExcelHost(fake.runtime(), { delayForCellEdit: false });
  let ribbonRun: Awaited<ReturnType<typeof ribbonHost.validate>> | undefined;
  const event = { completed: jest.fn() };
  const showTaskpane = jest.fn();
  await validateAndScore(event, {
    host: () => ({ ...ribbonHost, validate: async (...args: Parameters<typeof ribbonHost.validate>) => (ribbonRun = await ribbonHost.validate(...args)) }),
    sharedRuntime: () => runsInPanePage(functionFile),
    showTaskpane,
    displayLanguage: () => "zh-CN",
    browserLanguage: () => "zh-CN",
    announce: () => undefined,
  });
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(showTaskpane).not.toHaveBeenCalled(); // no shared runtime: showAsTaskpane would do nothing
  expect(ribbonRun?.marked).toBeGreaterThan(0);
  expect(fake.ownFormats().length).toBeGreaterThan(0);
  const writesByRibbon = fake.writes.length;

  // The pane, opened later with 打开面板: a new runtime that only has the workbook.
  const paneHost = createExcelHost(fake.runtime());
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={paneHost} initialLocale="zh-CN" />
    </FluentProvider>,
  );
  await screen.findByTestId("summary");
  const shown = findingCells(view.container);
  expect(shown.sort()).toEqual(ribbonRun!.report.findings.map((f) => `${f.rule}@${f.sheet}!${String.fromCharCode(65 + f.at.col)}${f.at.row + 1}`).sort());
  expect(screen.getByTestId("recommended-total").textContent).toBe("94.99");
  // Showing the run wrote nothing: the pane did not validate again.
  expect(fake.writes.length).toBe(writesByRibbon);

  // And its 撤销 undoes the ribbon's run.
  await act(async () => {
    fireEvent.click(await screen.findByRole("button", { name: "撤销" }));
  });
  await waitFor(() => expect(fake.ownFormats()).toEqual([]));
  expect(fake.cell("附件3 整体支出绩效自评表", "H5")?.value).toBe(9.8);
});

test("with manifest-shared.xml the ribbon runs in the pane's own runtime: it opens the pane, which shows the run at once", async () => {
  const fake = await sampleFake();
  const functionFile = shippedFunctionFile("manifest-shared.xml");
  expect(functionFile.pathname).toBe("/taskpane.html");
  // One runtime: the pane's page, already loaded (lifetime long), and its one Excel host.
  const host = createExcelHost(fake.runtime());
  const lastRun = jest.spyOn(host, "lastRun");
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLocale="zh-CN" />
    </FluentProvider>,
  );
  // The pane has looked at the workbook (nothing kept yet) before the ribbon is pressed.
  await waitFor(() => expect(lastRun).toHaveBeenCalledTimes(1));
  await act(async () => {
    expect(await lastRun.mock.results[0].value).toBeNull();
  });
  expect(findingCells(view.container)).toEqual([]);
  const event = { completed: jest.fn() };
  const showTaskpane = jest.fn().mockResolvedValue(undefined);
  await act(async () => {
    await validateAndScore(event, {
      host: () => host,
      sharedRuntime: () => runsInPanePage(functionFile),
      showTaskpane,
      displayLanguage: () => "zh-CN",
      browserLanguage: () => "zh-CN",
      announce: () => announceRibbonRun(),
    });
  });
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(showTaskpane).toHaveBeenCalledTimes(1);
  await screen.findByTestId("summary");
  expect(findingCells(view.container).length).toBe((await host.lastRun())?.report.findings.length);
});

test("a profile file loaded in the pane is kept in the workbook: the ribbon runs with it, and the pane opened afterwards names it", async () => {
  const fake = await sampleFake();
  // The pane, earlier: the user loaded the bureau's file in 设置 (saved in the workbook's settings).
  await createExcelHost(fake.runtime()).saveSettings({ profile: "test-bureau", mode: "values", locale: "zh-CN", customProfile: BUREAU_PROFILE });

  // The ribbon's own runtime, with nothing but the workbook.
  const ribbonHost = createExcelHost(fake.runtime(), { delayForCellEdit: false });
  let ribbonRun: Awaited<ReturnType<typeof ribbonHost.validate>> | undefined;
  await validateAndScore({ completed: jest.fn() }, {
    host: () => ({ ...ribbonHost, validate: async (...args: Parameters<typeof ribbonHost.validate>) => (ribbonRun = await ribbonHost.validate(...args)) }),
    sharedRuntime: () => false,
    showTaskpane: jest.fn(),
    displayLanguage: () => "zh-CN",
    browserLanguage: () => "zh-CN",
    announce: () => undefined,
  });
  expect(ribbonRun?.report.profile).toBe("test-bureau");
  const overTarget = ribbonRun!.report.findings.filter((f) => f.rule === "over-target");
  expect(overTarget.length).toBeGreaterThan(0);
  expect(overTarget.every((f) => f.severity === "error")).toBe(true);

  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={createExcelHost(fake.runtime())} initialLocale="zh-CN" />
    </FluentProvider>,
  );
  expect((await screen.findByTestId("summary")).textContent).toContain("规则配置：某财政局（文件）");
  const shownOverTarget = Array.from(view.container.querySelectorAll<HTMLElement>('li[data-rule="over-target"]'));
  expect(shownOverTarget.map((li) => li.closest<HTMLElement>("[data-severity]")?.dataset.severity)).toEqual(overTarget.map(() => "error"));
  // The run is the one the settings describe: not stale.
  expect(screen.queryByTestId("stale")).toBeNull();
});
