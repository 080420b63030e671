// What SelfEval keeps in the workbook's settings (Office.Settings: saved per add-in and per
// document, https://learn.microsoft.com/javascript/api/office/office.settings):
// - the pane's choices (profile, write mode, language, and the text of a profile file loaded in
//   the pane), so that the workbook validates the same way on another PC and from the ribbon;
// - the last run (its result and 撤销's snapshot), so that the pane opened after a ribbon run, or
//   after the pane was closed, or the file opened again, shows that run and can undo it: no
//   runtime's memory survives (a function command's runtime ends when it completes).
// Each runtime holds its own copy of the settings, loaded when it starts, and `saveAsync` writes
// the whole copy: so every read and every save refreshes the copy first (`refreshAsync`), or a
// pane would write back a stale copy over what the ribbon saved.
// `saveAsync` clears Excel's undo stack (OfficeDev/office-js#3141): SelfEval's own 撤销 restores a
// run instead; it is never called between a run's read and its write.
import type { WriteMode } from "../engine/plan";
import type { Locale } from "../engine/report";
import { readSavedProfile } from "../host/settings";
import type { RunRecord, RunStore } from "./adapter";
import type { AsyncResultLike, OfficeConstants, SettingsLike } from "./api";
import { ExcelAdapterError } from "./errors";

export const SETTINGS_KEY = "selfeval";
export const RUN_KEY = "selfeval.run";
/** Settings are limited in size per add-in and document, by an amount the reference does not
 *  give; a run record above this keeps 撤销's snapshot only (the pane then shows no stored run). */
export const MAX_RUN_CHARS = 1_000_000;

export interface StoredSettings {
  profile: string;
  mode: WriteMode;
  locale: Locale;
  /** The loaded profile file's text (at most MAX_PROFILE_CHARS, src/host/profiles.ts). */
  customProfile?: string;
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
  // A loaded file's id only while its text is kept and still reads; the text itself is passed on
  // even when it no longer reads, so that the pane can say why it fell back (resolveSettings drops it).
  const saved = readSavedProfile(input.profile, input.customProfile);
  if (saved.profile) out.profile = saved.profile;
  if (typeof input.customProfile === "string" && input.customProfile !== "") out.customProfile = input.customProfile;
  if (input.mode === "values" || input.mode === "formulas") out.mode = input.mode;
  if (input.locale === "zh-CN" || input.locale === "en") out.locale = input.locale;
  return out;
}

export async function saveSettings(settings: SettingsLike, constants: Pick<OfficeConstants, "succeeded">, value: StoredSettings): Promise<void> {
  await refresh(settings);
  const stored: StoredSettings = { profile: value.profile, mode: value.mode, locale: value.locale };
  if (value.customProfile) stored.customProfile = value.customProfile;
  settings.set(SETTINGS_KEY, stored);
  await save(settings, constants);
}

/** Reloads this runtime's copy from the document. A failed refresh leaves the copy this runtime
 *  started with, which is still the document's unless another runtime saved since. */
export function refresh(settings: SettingsLike): Promise<void> {
  return new Promise((resolve) => {
    try {
      settings.refreshAsync((_result: AsyncResultLike<unknown>) => resolve());
    } catch {
      resolve();
    }
  });
}

function save(settings: SettingsLike, constants: Pick<OfficeConstants, "succeeded">): Promise<void> {
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

/** The last run kept in the workbook's settings, for the adapter of any runtime. */
export function settingsRunStore(settings: SettingsLike, constants: Pick<OfficeConstants, "succeeded">): RunStore {
  return {
    async load() {
      await refresh(settings);
      return parseRunRecord(settings.get(RUN_KEY));
    },
    async save(record) {
      await refresh(settings);
      if (!record) settings.remove(RUN_KEY);
      else if (JSON.stringify(record).length <= MAX_RUN_CHARS) settings.set(RUN_KEY, record);
      else if (record.undo && JSON.stringify(record.undo).length <= MAX_RUN_CHARS) settings.set(RUN_KEY, { ...record, result: null });
      else settings.remove(RUN_KEY);
      await save(settings, constants);
    },
  };
}

/** A stored record this version can use, or null (another version's, or damaged). */
export function parseRunRecord(raw: unknown): RunRecord | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Partial<RunRecord> & { result?: unknown };
  if (r.version !== 1 || typeof r.savedAt !== "string") return null;
  const result = r.result as RunRecord["result"] | null | undefined;
  const validResult = result && typeof result === "object" && typeof result.report === "object" && Array.isArray(result.report?.findings) ? result : null;
  const undo = r.undo && typeof r.undo === "object" && Array.isArray(r.undo.values) ? r.undo : null;
  if (!validResult && !undo) return null;
  return { version: 1, savedAt: r.savedAt, result: validResult as RunRecord["result"], undo };
}
