// The pane's choices (profile, write mode, language) kept in the workbook's settings, so that a
// workbook reopened on another PC validates the same way.
// `saveAsync` clears Excel's undo stack (PLATFORM.md, Undo): it is called from saveSettings only,
// never inside a validate-and-write run.
import type { WriteMode } from "../engine/plan";
import { findProfile } from "../engine/profile";
import type { Locale } from "../engine/report";
import type { OfficeConstants, SettingsLike } from "./api";
import { ExcelAdapterError } from "./errors";

export const SETTINGS_KEY = "selfeval";

export interface StoredSettings {
  profile: string;
  mode: WriteMode;
  locale: Locale;
}

/** What the workbook holds, keeping only values this version understands. */
export function loadSettings(settings: SettingsLike): Partial<StoredSettings> {
  let raw: unknown;
  try {
    raw = settings.get(SETTINGS_KEY);
  } catch {
    return {};
  }
  if (typeof raw !== "object" || raw === null) return {};
  const input = raw as Record<string, unknown>;
  const out: Partial<StoredSettings> = {};
  if (typeof input.profile === "string" && findProfile(input.profile)) out.profile = input.profile;
  if (input.mode === "values" || input.mode === "formulas") out.mode = input.mode;
  if (input.locale === "zh-CN" || input.locale === "en") out.locale = input.locale;
  return out;
}

export function saveSettings(settings: SettingsLike, constants: Pick<OfficeConstants, "succeeded">, value: StoredSettings): Promise<void> {
  settings.set(SETTINGS_KEY, { profile: value.profile, mode: value.mode, locale: value.locale });
  return new Promise((resolve, reject) => {
    const fail = (cause: unknown) =>
      reject(new ExcelAdapterError("settings", "无法在工作簿中保存设置", "Could not save the settings in the workbook", cause));
    try {
      settings.saveAsync((result) => (result.status === constants.succeeded ? resolve() : fail(result.error)));
    } catch (err) {
      fail(err);
    }
  });
}
