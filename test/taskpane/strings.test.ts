// Typography of the pane's own words (issue 13 item 9): Chinese strings use full-width
// punctuation and measure words, English strings read as English.
import type { Severity } from "../../src/engine/report";
import { STRINGS } from "../../src/taskpane/strings";

const CJK = "\\u3400-\\u9fff";
/** ASCII punctuation touching a Chinese character: "原因:" or "(说明" — should be full width. */
const ASCII_NEXT_TO_CJK = new RegExp(`[${CJK}][:;,!?()]|[:;,!?(][${CJK}]`);
const SAMPLE_ARGS = ["附件3 整体支出绩效自评表", "I19"];

/** Every string the pane can show: plain values, and functions called with sample arguments. */
function texts(value: unknown, path: string, out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof value === "string") out.push({ path, text: value });
  else if (typeof value === "function") {
    for (const n of [0, 1, 3]) {
      const args = (value as (...a: unknown[]) => unknown).length === 1 && /verdict/.test(path)
        ? [{ error: n, warning: n, info: n }]
        : [n, ...SAMPLE_ARGS];
      try {
        texts((value as (...a: unknown[]) => unknown)(...args), `${path}(${n})`, out);
      } catch {
        // A function that needs other arguments (countOf) is covered below.
      }
    }
  } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) texts(v, `${path}.${k}`, out);
  return out;
}

test("zh-CN: no ASCII punctuation next to Chinese text", () => {
  const bad = texts(STRINGS["zh-CN"], "zh").filter((t) => ASCII_NEXT_TO_CJK.test(t.text));
  expect(bad).toEqual([]);
});

test("zh-CN: counts take measure words (1 个错误, 3 条提示); English plurals agree", () => {
  const zh = STRINGS["zh-CN"];
  const en = STRINGS.en;
  const all: Severity[] = ["error", "warning", "info"];
  expect(all.map((s) => zh.countOf(s, 66))).toEqual(["66 个错误", "66 个警告", "66 条提示"]);
  expect(all.map((s) => en.countOf(s, 1))).toEqual(["1 error", "1 warning", "1 note"]);
  expect(all.map((s) => en.countOf(s, 0))).toEqual(["0 errors", "0 warnings", "0 notes"]);
  expect(zh.verdict({ error: 1, warning: 4, info: 0 })).toBe("1 个错误需要处理，4 处建议复核。");
  expect(zh.verdict({ error: 0, warning: 2, info: 1 })).toBe("没有错误；2 处建议复核，1 条提示供参考。");
  expect(zh.verdict({ error: 0, warning: 0, info: 0 })).toBe("未发现问题，可以导出提交版。");
  expect(en.verdict({ error: 1, warning: 4, info: 3 })).toBe("1 error to fix, 4 warnings to review and 3 notes for information.");
  expect(en.verdict({ error: 0, warning: 1, info: 0 })).toBe("No errors; 1 warning to review.");
  expect(en.moreErrors(1)).toBe("1 more error");
});

test("no English word where Chinese has one (\"Infos\" is gone; English says Notes)", () => {
  // {{name}} placeholders are filled from the finding; "undefined" only comes from calling a
  // function with this test's sample arguments of the wrong type.
  const zhTexts = texts(STRINGS["zh-CN"], "zh")
    .map((t) => t.text.replace(/\{\{\w+\}\}/g, ""))
    .filter((t) => !t.includes("undefined"));
  // Latin words allowed in Chinese text: product and file names.
  const allowed = new Set(["Excel", "xlsx", "PDF", "Enter", "Esc", "Ctrl", "SelfEval", "JSON", "KB"]);
  const words = zhTexts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
  expect([...new Set(words)]).toEqual([]);
  expect(texts(STRINGS.en, "en").some((t) => /\bInfos\b/.test(t.text))).toBe(false);
});

test("every rule has a title in both languages", () => {
  expect(Object.keys(STRINGS.en.ruleTitles).sort()).toEqual(Object.keys(STRINGS["zh-CN"].ruleTitles).sort());
  expect(Object.keys(STRINGS.en.todo).sort()).toEqual(Object.keys(STRINGS["zh-CN"].todo).sort());
});
