// The pane's settings: loaded once from the host (workbook settings in Excel, localStorage in a
// browser), saved on every change. `ref` always holds the latest, for actions that run later.
// A profile JSON file the user loads (载入规则配置文件…) is one more setting: its text is kept,
// its profile is selected; a file that does not read leaves the settings as they were.
import { useEffect, useMemo, useRef, useState } from "react";
import type { MutableRefObject } from "react";
import type { Profile } from "../../engine/profile";
import type { Locale } from "../../engine/report";
import type { Host, Settings } from "../../host/contract";
import { customProfileOf, MAX_PROFILE_CHARS, readProfileText } from "../../host/profiles";
import type { ProfileError } from "../../host/profiles";
import { readSavedProfile } from "../../host/settings";
import { DEFAULT_SETTINGS, resolveSettings } from "../boot";

export interface PaneSettings {
  settings: Settings;
  ready: boolean;
  ref: MutableRefObject<Settings>;
  update(patch: Partial<Settings>): void;
  /** The loaded file's profile, while one is loaded (selected or not). */
  customProfile: Profile | null;
  /** Why the last file chosen was refused, or why the one kept from before no longer reads. */
  profileError: ProfileError | null;
  /** Reads a chosen profile file; a valid one replaces any loaded before and is selected. */
  loadProfileFile(file: Blob): Promise<void>;
  /** Forgets the loaded file; its profile, if selected, gives way to the default. */
  removeCustomProfile(): void;
  dismissProfileError(): void;
}

export function useSettings(host: Host, initialLocale: Locale, onError: (error: unknown) => void): PaneSettings {
  const [settings, setSettings] = useState<Settings>(() => resolveSettings(null, initialLocale));
  const [ready, setReady] = useState(false);
  const [profileError, setProfileError] = useState<ProfileError | null>(null);
  const ref = useRef(settings);
  ref.current = settings;

  useEffect(() => {
    let alive = true;
    host
      .loadSettings()
      .then((saved) => {
        if (!alive) return;
        setSettings(resolveSettings(saved, initialLocale));
        // A file kept from before that this version cannot read is dropped: say so, and why.
        const unreadable = saved && typeof saved === "object" ? readSavedProfile(saved.profile, saved.customProfile).unreadable : undefined;
        if (unreadable) setProfileError(keptFileUnreadable(unreadable));
      })
      .catch(() => undefined) // unreadable settings: the defaults stand
      .finally(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, [host, initialLocale]);

  const save = (next: Settings) => {
    ref.current = next;
    setSettings(next);
    host.saveSettings(next).catch(onError);
  };

  const update = (patch: Partial<Settings>) => save({ ...ref.current, ...patch });

  const loadProfileFile = async (file: Blob) => {
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setProfileError({ "zh-CN": "无法读取所选文件", en: "the chosen file could not be read" });
      return;
    }
    const read = readProfileText(text);
    if ("error" in read) {
      setProfileError(read.error); // the settings stay as they were
      return;
    }
    setProfileError(null);
    save({ ...ref.current, profile: read.profile.id, customProfile: text });
  };

  const removeCustomProfile = () => {
    const { customProfile: _removed, ...rest } = ref.current;
    const loaded = customProfileOf(ref.current);
    save({ ...rest, profile: loaded && rest.profile === loaded.id ? DEFAULT_SETTINGS.profile : rest.profile });
    setProfileError(null);
  };

  const customProfile = useMemo(() => customProfileOf({ customProfile: settings.customProfile }), [settings.customProfile]);

  return { settings, ready, ref, update, customProfile, profileError, loadProfileFile, removeCustomProfile, dismissProfileError: () => setProfileError(null) };
}

/**
 * The file's text. A file far above the size limit is not read whole: its first bytes already
 * decode to more than MAX_PROFILE_CHARS characters (a character takes at most 4 bytes in UTF-8),
 * so readProfileText refuses it for its size. Blob.text() where the webview has it, else FileReader.
 */
function readText(file: Blob): Promise<string> {
  const bytes = MAX_PROFILE_CHARS * 4 + 4;
  const part = file.size > bytes ? file.slice(0, bytes) : file;
  if (typeof part.text === "function") return part.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(part);
  });
}

function keptFileUnreadable(reason: ProfileError): ProfileError {
  return {
    "zh-CN": `之前载入的规则配置文件已无法使用，未采用：${reason["zh-CN"]}`,
    en: `the profile file loaded before can no longer be used and is ignored: ${reason.en}`,
  };
}
