// The registry (STYLE.md, as in eslint): every rule file is registered, named by its id, tested,
// documented, bilingual and sourced. Adding a rule without its test or docs page fails here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Rule } from "../../src/engine/rule";
import { ruleTemplates } from "../../src/engine/rule";
import { quotesTen, SOURCE_KINDS, TEN_DOCUMENT } from "../../src/engine/sources";
import { findRule, RULES, RULE_IDS } from "../../src/engine/rules";
import { renderMessage } from "../../src/engine/messages";

const ROOT = path.join(__dirname, "..", "..");
const RULES_DIR = path.join(ROOT, "src", "engine", "rules");
const TESTS_DIR = path.join(__dirname, "rules");
const DOCS_DIR = path.join(ROOT, "docs", "rules");
const LOCALES = ["zh-CN", "en"] as const;

const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();

/** {{name}} placeholders of a message template. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
}

/**
 * A placeholder's language-neutral name: `columnEn` in the English text is the localised form of
 * `column` in the Chinese one (COLUMN_NAMES, BAND_NAMES_EN …), so both count as `column`.
 */
function neutral(name: string): string {
  return name.replace(/En$/, "");
}

describe("rule registry", () => {
  test("there are rule files", () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  test.each(ruleFiles)("%s.ts is registered in RULES under its file name", async (file) => {
    const mod = (await import(path.join(RULES_DIR, file))) as { default?: Rule };
    expect(mod.default).toBeDefined();
    expect(mod.default?.meta.id).toBe(file);
    expect(RULES).toContain(mod.default);
  });

  test("every registered rule has a file of its id", () => {
    expect([...RULE_IDS].sort()).toEqual(ruleFiles);
  });

  test("ids are unique and kebab-case", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
    const { meta } = rule;

    test("has a source clause of a declared kind", () => {
      expect(meta.source.trim().length).toBeGreaterThan(0);
      expect(Object.keys(SOURCE_KINDS)).toContain(meta.sourceKind);
    });

    // Nothing is attributed to 财预〔2020〕10号 that it does not say: a source naming it quotes it,
    // and every quote 「…」 is a verbatim piece of its text or one of its form's labels.
    test("a source that names 10号 quotes it verbatim; an official one quotes its document", () => {
      if (meta.source.includes("10号")) expect({ id, quotesTen: quotesTen(meta.source) }).toEqual({ id, quotesTen: true });
      if (meta.sourceKind === "official") {
        expect(meta.source).toContain(TEN_DOCUMENT);
        expect(quotesTen(meta.source)).toBe(true);
      }
      if (meta.sourceKind === "own") expect(meta.source.startsWith("本工具的判断")).toBe(true);
    });

    test("has zh-CN and en text for its description and every message", () => {
      for (const locale of LOCALES) expect(meta.description[locale]?.trim()).toBeTruthy();
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const [messageId, message] of Object.entries(meta.messages)) {
        for (const locale of LOCALES) expect({ messageId, locale, text: message[locale]?.trim() || undefined }).toEqual({ messageId, locale, text: expect.any(String) });
      }
    });

    test("every {{placeholder}} of a message appears in both languages", () => {
      for (const [messageId, message] of Object.entries(meta.messages)) {
        const zh = [...new Set(placeholders(message["zh-CN"]).map(neutral))].sort();
        const en = [...new Set(placeholders(message.en).map(neutral))].sort();
        expect({ messageId, placeholders: en }).toEqual({ messageId, placeholders: zh });
      }
    });

    test("declares its severities and the templates it runs on", () => {
      expect(["error", "warning", "info"]).toContain(meta.severity);
      for (const s of meta.alsoSeverities ?? []) expect(["error", "warning", "info"]).toContain(s);
      expect(ruleTemplates(rule).length).toBeGreaterThan(0);
    });

    test(`has a test file test/engine/rules/${id}.test.ts with a describe("${id}")`, () => {
      const file = path.join(TESTS_DIR, `${id}.test.ts`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, "utf8")).toContain(`describe("${id}"`);
    });

    test(`has a docs page docs/rules/${id}.md that states its source, severity and messages`, () => {
      const file = path.join(DOCS_DIR, `${id}.md`);
      expect(existsSync(file)).toBe(true);
      const page = readFileSync(file, "utf8");
      expect(page.startsWith(`# \`${id}\` — ${meta.title["zh-CN"]}\n`)).toBe(true);
      expect(meta.title.en.trim()).toBeTruthy();
      expect(page).toContain(meta.source);
      // The page's Source section says which kind of source it is.
      const section = page.slice(page.indexOf("## Source"), page.indexOf("\n## ", page.indexOf("## Source") + 3));
      expect(section).toContain(meta.source);
      expect(section).toContain(`Kind of source: **${SOURCE_KINDS[meta.sourceKind].en}**`);
      expect(page).toContain(`\`${meta.severity}\``);
      for (const message of Object.values(meta.messages)) for (const locale of LOCALES) expect(page).toContain(message[locale]);
      // Every option the rule declares is documented with its default (scripts/rule-messages.ts).
      for (const name of Object.keys(meta.options ?? {})) expect(page).toContain(`| \`rules.${id}.${name}\` |`);
    });
  });

  test("docs/rules/README.md links every rule page", () => {
    const index = readFileSync(path.join(DOCS_DIR, "README.md"), "utf8");
    for (const id of RULE_IDS) expect(index).toContain(`(${id}.md)`);
  });

  test("docs/rules holds no page for a rule that does not exist", () => {
    const pages = existsSync(DOCS_DIR) ? readdirSync(DOCS_DIR).filter((f) => f.endsWith(".md") && f !== "README.md") : [];
    expect(pages.map((f) => f.replace(/\.md$/, "")).filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });
});

describe("renderMessage", () => {
  test("a quoted name that holds quotes takes single quotes inside: “‘三公’经费变动率”", () => {
    const finding = { rule: "scored-without-values", messageId: Object.keys(findRule("scored-without-values")!.meta.messages)[0], data: { name: "“三公”经费变动率", weight: "2", score: "2", target: "年初指标值", actual: "全年完成值" } };
    const zh = renderMessage(finding, "zh-CN");
    expect(zh).toContain("“‘三公’经费变动率”");
    expect(zh).not.toContain("““");
    expect(renderMessage(finding, "en")).toContain("“‘三公’经费变动率”");
  });
});
