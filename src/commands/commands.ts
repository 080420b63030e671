/// <reference types="office-js" />
// Ribbon function file (manifest FunctionFile → commands.html): the Home tab's 校验并评分 runs the
// validation with the saved settings, then shows the pane where the host can (SharedRuntime 1.1);
// elsewhere it leaves a note so that the pane, when opened, runs at once (see handoff.ts).
import { defaultProfile, findProfile } from "../engine/profile";
import { detectLocale, resolveSettings } from "../taskpane/boot";
import { excelHost } from "../taskpane/excel";
import { announceRibbonRun } from "../taskpane/handoff";
import type { Host } from "../host/contract";

export interface CommandDeps {
  host(): Host;
  /** SharedRuntime 1.1 and Office.addin.showAsTaskpane are available. */
  sharedRuntime(): boolean;
  showTaskpane(): Promise<void>;
  displayLanguage(): string | undefined;
  browserLanguage(): string | undefined;
  announce: typeof announceRibbonRun;
}

export function officeDeps(office: typeof Office = Office): CommandDeps {
  return {
    host: excelHost,
    sharedRuntime: () => {
      try {
        return office.context.requirements.isSetSupported("SharedRuntime", "1.1") && typeof office.addin?.showAsTaskpane === "function";
      } catch {
        return false;
      }
    },
    showTaskpane: () => office.addin.showAsTaskpane(),
    displayLanguage: () => {
      try {
        return office.context.displayLanguage;
      } catch {
        return undefined;
      }
    },
    browserLanguage: () => (typeof navigator === "undefined" ? undefined : navigator.language),
    announce: announceRibbonRun,
  };
}

/** The handler of the ribbon button. Office waits for event.completed(), so it is always called. */
export async function validateAndScore(event: { completed(options?: { allowEvent?: boolean }): void }, deps: CommandDeps = officeDeps()): Promise<void> {
  try {
    const host = deps.host();
    const saved = await host.loadSettings().catch(() => ({}));
    const settings = resolveSettings(saved, detectLocale(deps.displayLanguage(), deps.browserLanguage()));
    const profile = findProfile(settings.profile) ?? defaultProfile;
    const shared = deps.sharedRuntime();
    try {
      const result = await host.validate(profile, { mode: settings.mode, locale: settings.locale });
      // Shared runtime: the pane shows this very result. Otherwise the pane runs again when it
      // opens, so that its own host holds the snapshot that 撤销 and 清除标记 restore.
      deps.announce(shared ? result : null);
    } catch {
      // The function file has no UI of its own: the pane runs again and shows the error there.
      deps.announce(null);
    }
    if (shared) await deps.showTaskpane();
  } catch {
    // Nothing left to show it in; the ribbon must still be released below.
  } finally {
    event.completed();
  }
}

/** Registers the handler once office.js is ready; does nothing when office.js did not load. */
export function registerCommands(office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office): void {
  if (!office || typeof office.onReady !== "function") return;
  void office.onReady(() => {
    if (office.actions?.associate) office.actions.associate("validateAndScore", (event: Office.AddinCommands.Event) => validateAndScore(event));
  });
}

registerCommands();
