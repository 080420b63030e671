// Start-up: which host, which language, which settings.
import { detectLocale, detectMode, resolveSettings } from "../../src/taskpane/boot";

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
