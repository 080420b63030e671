// The pane's settings: loaded once from the host (workbook settings in Excel, localStorage in a
// browser), saved on every change. `ref` always holds the latest, for actions that run later.
import { useEffect, useRef, useState } from "react";
import type { MutableRefObject } from "react";
import type { Locale } from "../../engine/report";
import type { Host, Settings } from "../../host/contract";
import { resolveSettings } from "../boot";

export interface PaneSettings {
  settings: Settings;
  ready: boolean;
  ref: MutableRefObject<Settings>;
  update(patch: Partial<Settings>): void;
}

export function useSettings(host: Host, initialLocale: Locale, onError: (error: unknown) => void): PaneSettings {
  const [settings, setSettings] = useState<Settings>(() => resolveSettings(null, initialLocale));
  const [ready, setReady] = useState(false);
  const ref = useRef(settings);
  ref.current = settings;

  useEffect(() => {
    let alive = true;
    host
      .loadSettings()
      .then((saved) => alive && setSettings(resolveSettings(saved, initialLocale)))
      .catch(() => undefined) // unreadable settings: the defaults stand
      .finally(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, [host, initialLocale]);

  const update = (patch: Partial<Settings>) => {
    const next = { ...ref.current, ...patch };
    ref.current = next;
    setSettings(next);
    host.saveSettings(next).catch(onError);
  };

  return { settings, ready, ref, update };
}
