/// <reference types="office-js" />
// Ribbon function file (manifest FunctionFile → commands.html). The Home tab's 校验并评分 validates
// and marks with the workbook's saved settings; the run's result and 撤销's snapshot are kept in
// the workbook (src/excel/settings.ts), so the pane, opened afterwards with 打开面板, shows this
// run's findings although this runtime is gone by then. Office waits for event.completed() and ends
// a function command's runtime when it completes (or after a timeout), so it is called on every
// path, within COMPLETE_WITHIN_MS even if Excel does not answer
// (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands,
// https://learn.microsoft.com/office/dev/add-ins/develop/runtimes).
import { createExcelHost } from "../excel/host";
import { createOfficeEnv } from "../excel/office";
import type { Host } from "../host/contract";
import { resolveProfile } from "../host/profiles";
import { announceRibbonRun, runsInPanePage } from "../host/ribbon";
import { detectLocale, resolveSettings } from "../taskpane/boot";

/** The ribbon is released by then whatever happens; the run itself is bounded well below it. */
export const COMPLETE_WITHIN_MS = 20_000;

export interface CommandDeps {
  host(): Pick<Host, "validate" | "loadSettings">;
  /** This code runs in the pane's page (a shared-runtime manifest), so the pane can be shown. */
  sharedRuntime(): boolean;
  showTaskpane(): Promise<void>;
  displayLanguage(): string | undefined;
  browserLanguage(): string | undefined;
  /** Tells an open pane (another runtime) to reload the run from the workbook. */
  announce(): void;
  completeWithinMs?: number;
}

let ribbonHost: ReturnType<typeof createExcelHost> | null = null;

export function officeDeps(office: typeof Office = Office): CommandDeps {
  return {
    // No delayForCellEdit here: Excel would hold the batch as long as the user types, past the
    // point where the event must be completed; the adapter's bounded retries (< 10 s) apply instead.
    host: () => (ribbonHost ??= createExcelHost(createOfficeEnv(), { delayForCellEdit: false })),
    sharedRuntime: () => runsInPanePage(typeof location === "undefined" ? undefined : location),
    showTaskpane: () => office.addin.showAsTaskpane(),
    displayLanguage: () => {
      try {
        return office.context.displayLanguage;
      } catch {
        return undefined;
      }
    },
    browserLanguage: () => (typeof navigator === "undefined" ? undefined : navigator.language),
    announce: () => announceRibbonRun(),
  };
}

/** The handler of the ribbon button. */
export async function validateAndScore(event: { completed(options?: { allowEvent?: boolean }): void }, deps: CommandDeps = officeDeps()): Promise<void> {
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    try {
      event.completed();
    } catch {
      // Office has already released the event.
    }
  };
  const watchdog = setTimeout(complete, deps.completeWithinMs ?? COMPLETE_WITHIN_MS);
  try {
    const host = deps.host();
    const saved = await host.loadSettings().catch(() => ({}));
    const settings = resolveSettings(saved, detectLocale(deps.displayLanguage(), deps.browserLanguage()));
    // A profile file loaded in the pane is kept in the workbook's settings: the ribbon uses it too.
    const profile = resolveProfile(settings.profile, settings.customProfile);
    try {
      // Validates, writes, marks, and keeps the result in the workbook for the pane.
      await host.validate(profile, { mode: settings.mode, locale: settings.locale });
      deps.announce();
    } catch {
      // The function file has no UI of its own. The workbook keeps the previous run; the pane
      // shows it, and 校验并评分 there reports the error in words.
    }
    if (deps.sharedRuntime()) await deps.showTaskpane();
  } catch {
    // Nothing left to show it in; the ribbon must still be released below.
  } finally {
    clearTimeout(watchdog);
    complete();
  }
}

/** Registers the handler once office.js is ready; does nothing when office.js did not load. */
export function registerCommands(
  office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office,
  deps: () => CommandDeps = () => officeDeps(office),
): void {
  if (!office || typeof office.onReady !== "function") return;
  void office.onReady((info) => {
    // Outside Office (browser mode loads the pane with office.js) there is no ribbon to serve.
    if (!info?.host || !office.actions?.associate) return;
    try {
      office.actions.associate("validateAndScore", (event: Office.AddinCommands.Event) => validateAndScore(event, deps()));
    } catch {
      // A host without the actions API: the ribbon button cannot be served, the pane still works.
    }
  });
}

// commands.html (manifest.xml's FunctionFile). In the pane's page, src/commands/shared.ts
// registers the handler instead, with the pane's own host.
if (!runsInPanePage(typeof location === "undefined" ? undefined : location)) registerCommands();
