/// <reference types="office-js" />
// Start-up decisions, kept out of the components: which host the pane runs in, and which
// language and settings it starts with.
import type { Locale } from "../engine/report";
import type { Settings } from "../host/contract";
import { readSavedProfile } from "../host/settings";

export type StartMode =
  | { kind: "excel"; displayLanguage?: string }
  | { kind: "browser"; reason: "no-office" | "load-failed" | "no-host" | "timeout" | "legacy" };

/** The globals the start-up reads; `window` in the page, a plain object in tests. */
export interface StartWindow {
  Office?: Pick<typeof Office, "onReady"> & { context?: { displayLanguage?: string } };
  __officeJsFailed?: boolean;
  __legacyWebview?: boolean;
}

/** How long Office.onReady may take before the page assumes it is not inside Office. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

/**
 * Excel mode when office.js loaded and Office.onReady names a host; browser mode when office.js
 * did not load (intranet without the CDN), the page is not inside Office (host null), or
 * Office.onReady does not answer in time.
 */
export async function detectMode(win: StartWindow, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<StartMode> {
  if (win.__officeJsFailed) return { kind: "browser", reason: "load-failed" };
  const office = win.Office;
  if (!office || typeof office.onReady !== "function") return { kind: "browser", reason: "no-office" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { kind: "browser", reason: "timeout" };
    if (!info || !info.host) return { kind: "browser", reason: "no-host" };
    let displayLanguage: string | undefined;
    try {
      displayLanguage = office.context?.displayLanguage;
    } catch {
      // Office.context throws outside a host in some builds; the browser language is used then.
    }
    return { kind: "excel", displayLanguage };
  } catch {
    return { kind: "browser", reason: "no-host" };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** zh-CN unless the Office display language (or, outside Office, the browser's) is English. */
export function detectLocale(officeLanguage?: string, browserLanguage?: string): Locale {
  const language = officeLanguage || browserLanguage || "";
  return language.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}

export const DEFAULT_SETTINGS: Omit<Settings, "locale"> = { profile: "default", mode: "values" };

/**
 * Saved settings over the defaults; anything unknown (a removed profile, a typo, a loaded profile
 * file this version cannot read) is dropped. A loaded file's id stays only with its file.
 */
export function resolveSettings(saved: Partial<Settings> | null | undefined, locale: Locale): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, locale };
  if (!saved || typeof saved !== "object") return settings;
  const chosen = readSavedProfile(saved.profile, saved.customProfile);
  if (chosen.profile) settings.profile = chosen.profile;
  if (chosen.customProfile) settings.customProfile = chosen.customProfile;
  if (saved.mode === "values" || saved.mode === "formulas") settings.mode = saved.mode;
  if (saved.locale === "zh-CN" || saved.locale === "en") settings.locale = saved.locale;
  return settings;
}
