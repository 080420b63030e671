// Start-up: which host, which language, which settings.
import { detectLocale, detectMode, resolveSettings } from "../../src/taskpane/boot";
import { BUREAU_PROFILE } from "./fixtures";

describe("detectMode", () => {
  test("no Office global → browser mode", async () => {
    expect(await detectMode({})).toEqual({ kind: "browser", reason: "no-office" });
  });

  test("office.js failed to load (CDN blocked) → browser mode at once, Office.onReady not awaited", async () => {
    const onReady = jest.fn();
    expect(await detectMode({ __officeJsFailed: true, Office: { onReady } })).toEqual({ kind: "browser", reason: "load-failed" });
    expect(onReady).not.toHaveBeenCalled();
  });

  test("Office.onReady reports no host (page opened outside Office) → browser mode", async () => {
    const onReady = jest.fn().mockResolvedValue({ host: null, platform: null });
    expect(await detectMode({ Office: { onReady } })).toEqual({ kind: "browser", reason: "no-host" });
  });

  test("Office.onReady does not answer within the timeout → browser mode", async () => {
    jest.useFakeTimers();
    try {
      const pending = detectMode({ Office: { onReady: () => new Promise(() => undefined) } }, 3000);
      jest.advanceTimersByTime(3000);
      expect(await pending).toEqual({ kind: "browser", reason: "timeout" });
    } finally {
      jest.useRealTimers();
    }
  });

  test("Office.onReady names Excel → Excel mode with Office's display language", async () => {
    const onReady = jest.fn().mockResolvedValue({ host: "Excel", platform: "PC" });
    expect(await detectMode({ Office: { onReady, context: { displayLanguage: "en-US" } } })).toEqual({ kind: "excel", displayLanguage: "en-US" });
  });

  test("Office.onReady rejecting → browser mode", async () => {
    expect(await detectMode({ Office: { onReady: () => Promise.reject(new Error("x")) } })).toEqual({ kind: "browser", reason: "no-host" });
  });
});

test("detectLocale: zh-CN unless the language is English; Office's language first", () => {
  expect(detectLocale(undefined, undefined)).toBe("zh-CN");
  expect(detectLocale(undefined, "zh-CN")).toBe("zh-CN");
  expect(detectLocale(undefined, "en-GB")).toBe("en");
  expect(detectLocale("en-US", "zh-CN")).toBe("en");
  expect(detectLocale("zh-CN", "en-US")).toBe("zh-CN");
  expect(detectLocale(undefined, "fr-FR")).toBe("zh-CN");
});

test("resolveSettings keeps known values and drops the rest", () => {
  expect(resolveSettings(undefined, "en")).toEqual({ profile: "default", mode: "values", locale: "en" });
  expect(resolveSettings({ profile: "hunan-dept", mode: "formulas", locale: "zh-CN" }, "en")).toEqual({ profile: "hunan-dept", mode: "formulas", locale: "zh-CN" });
  expect(resolveSettings({ profile: "gone", mode: "x" as never, locale: "fr" as never }, "zh-CN")).toEqual({ profile: "default", mode: "values", locale: "zh-CN" });
});

test("resolveSettings keeps a loaded profile file that still reads, and a custom id only with its file", () => {
  const bureau = { mode: "values", locale: "zh-CN", customProfile: BUREAU_PROFILE } as const;
  expect(resolveSettings({ ...bureau, profile: "test-bureau" }, "en")).toEqual({ ...bureau, profile: "test-bureau" });
  // The file stays loaded while a built-in profile is chosen.
  expect(resolveSettings({ ...bureau, profile: "guangxi" }, "en")).toEqual({ ...bureau, profile: "guangxi" });
  // An id that is neither built in nor the loaded file's.
  expect(resolveSettings({ ...bureau, profile: "other-bureau" }, "en")).toEqual({ ...bureau, profile: "default" });
  // The id without its file (the file was removed, or the settings were edited by hand).
  expect(resolveSettings({ profile: "test-bureau" }, "en")).toEqual({ profile: "default", mode: "values", locale: "en" });
  // A kept file that no longer reads goes, and its id with it: never half-applied.
  for (const broken of ['{"id": "test-bureau",', JSON.stringify({ id: "default", name: "冒名" }), 42]) {
    expect(resolveSettings({ profile: "test-bureau", customProfile: broken as string }, "en")).toEqual({ profile: "default", mode: "values", locale: "en" });
  }
});
