// A finance bureau's profile file loaded in the pane's 设置 (issue 12, item 5), in Chromium on the
// production build in browser mode: the findings follow the file, the results name it, a file
// that is not a profile is refused in both languages with nothing changed, and the file is still
// loaded after the page is opened again (localStorage).
// `SELFEVAL_SCREENSHOTS=1 npx jest test/e2e/profile-file` also writes
// docs/screenshots/pane-350-profile-file.png (the 设置 panel with a loaded file, at 350 px).
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { chromiumAvailable, paneSuite, RESULTS, ROOT, SAMPLE, saveScreenshot } from "./helpers";

jest.setTimeout(120_000);

const EVAL_SHEET = "附件3 整体支出绩效自评表";
const SHOTS = path.join(ROOT, "docs/screenshots");
const writeShots = process.env.SELFEVAL_SCREENSHOTS === "1";
const available = chromiumAvailable();
const e2e = available ? describe : describe.skip;
if (!available) console.warn("[e2e] /usr/bin/chromium not found: profile-file end-to-end tests skipped.");

/** The bureau makes a result far over its target an error (over-target is a warning by default). */
const BUREAU = JSON.stringify({ id: "test-bureau", name: "某财政局", extends: "default", severities: { "over-target": "error" } }, null, 2);

e2e("a profile file loaded in 设置 (production build, browser mode)", () => {
  const suite = paneSuite();

  async function openSample(page: Page): Promise<void> {
    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByTestId("summary").waitFor({ timeout: 30_000 });
  }

  /** The severity of each over-target finding shown, by cell. */
  async function overTarget(page: Page): Promise<string[]> {
    return page.$$eval('li[data-rule="over-target"]', (items) =>
      items.map((li) => `${(li as HTMLElement).dataset.cell} ${(li.closest("[data-severity]") as HTMLElement | null)?.dataset.severity}`).sort(),
    );
  }

  async function chooseProfileFile(page: Page, name: string, text: string): Promise<void> {
    await page.getByTestId("profile-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
  }

  /** axe-core's violations in the 设置 panel as it is. */
  async function axeViolations(page: Page): Promise<{ id: string; help: string }[]> {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    return page.evaluate(async () => {
      const run = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; help: string }[] }> } }).axe.run;
      const panel = document.querySelector("[data-testid=settings]");
      if (!panel) throw new Error("the 设置 panel is not open");
      const result = await run(panel, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, help: v.help }));
    });
  }

  async function sidewaysOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  test("the findings follow the file, a bad file changes nothing, and the file is still loaded after a reload", async () => {
    const { page } = await suite.pane({ width: 350, locale: "zh-CN" });
    await openSample(page);
    // The default profile: over-target is a warning (I16 on the sample, SPEC §5).
    const before = await overTarget(page);
    expect(before).toContain(`${EVAL_SHEET}!I16 warning`);
    await expect(page.getByTestId("summary").textContent()).resolves.toContain("规则配置：默认");

    await page.getByTestId("settings-button").click();
    const select = page.getByRole("combobox", { name: "规则配置" });
    await expect(select.inputValue()).resolves.toBe("default");
    await chooseProfileFile(page, "某财政局.json", BUREAU);
    await page.waitForFunction(() => (document.querySelector("[data-testid=profile-select]") as HTMLSelectElement | null)?.value === "test-bureau");
    await expect(select.locator("option:checked").textContent()).resolves.toBe("某财政局（文件）");
    await expect(page.getByTestId("profile-hint").textContent()).resolves.toBe("已载入的配置文件保存在本浏览器中，下次打开仍可使用。");
    // The results on screen were made with the default: out of date until checked again.
    await page.getByTestId("stale").waitFor();
    await page.getByTestId("revalidate").click();
    await page.getByTestId("stale").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.querySelector("[data-testid=summary]")?.textContent?.includes("某财政局"));
    await expect(page.getByTestId("summary").textContent()).resolves.toContain("规则配置：某财政局（文件）");
    expect(await overTarget(page)).toEqual(before.map((f) => f.replace(/ warning$/, " error")));
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, "profile-file-350.png");
    await page.getByTestId("settings").screenshot({ path: path.join(RESULTS, "profile-file-350-settings.png") });
    if (writeShots) {
      await fs.mkdir(SHOTS, { recursive: true });
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.waitForTimeout(300);
      await page.getByTestId("settings").screenshot({ path: path.join(SHOTS, "pane-350-profile-file.png") });
    }

    // Not JSON: the reason in zh-CN, then English; the loaded profile stays selected.
    await chooseProfileFile(page, "broken.json", '{"id": "other-bureau", "name": "另一财政局",');
    const error = page.getByTestId("profile-error");
    await error.waitFor();
    await expect(error.locator("span[lang]").evaluateAll((spans) => spans.map((s) => `${s.getAttribute("lang")}: ${s.textContent}`))).resolves.toEqual([
      "zh-CN: 规则配置文件不是有效的 JSON",
      "en: the profile file is not valid JSON",
    ]);
    await expect(select.inputValue()).resolves.toBe("test-bureau");
    await expect(select.locator("option").allTextContents()).resolves.not.toContain("另一财政局（文件）");
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, "profile-file-350-error.png");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId("settings").screenshot({ path: path.join(RESULTS, "profile-file-350-settings-error.png") });
    expect(await overTarget(page)).toEqual(before.map((f) => f.replace(/ warning$/, " error")));

    // Opened again: the file is still loaded and selected, and the run uses it.
    await page.reload();
    await page.getByTestId("open-files").waitFor();
    await openSample(page);
    await expect(page.getByTestId("summary").textContent()).resolves.toContain("规则配置：某财政局（文件）");
    expect(await overTarget(page)).toEqual(before.map((f) => f.replace(/ warning$/, " error")));
    await page.getByTestId("settings-button").click();
    await expect(select.inputValue()).resolves.toBe("test-bureau");
    await expect(select.locator("option:checked").textContent()).resolves.toBe("某财政局（文件）");

    // 移除载入的配置: back to the default, and so after another reload.
    await page.getByRole("button", { name: "移除载入的配置" }).click();
    await expect(select.inputValue()).resolves.toBe("default");
    await page.reload();
    await page.getByTestId("open-files").waitFor();
    await page.getByTestId("settings-button").click();
    await expect(select.inputValue()).resolves.toBe("default");
    await expect(select.locator("option").allTextContents()).resolves.not.toContain("某财政局（文件）");
  });

  test("320 px in English: the loaded file and a refusal fit without sideways scrolling", async () => {
    const { page } = await suite.pane({ width: 320, locale: "en-US" });
    await page.getByTestId("settings-button").click();
    await chooseProfileFile(page, "bureau.json", BUREAU);
    const select = page.getByRole("combobox", { name: "Rule profile" });
    await page.waitForFunction(() => (document.querySelector("[data-testid=profile-select]") as HTMLSelectElement | null)?.value === "test-bureau");
    await expect(select.locator("option:checked").textContent()).resolves.toBe("某财政局 (file)");
    await chooseProfileFile(page, "big.json", `{"id": "x", "source": "${"长".repeat(70_000)}"}`);
    await expect(page.getByTestId("profile-error").locator('span[lang="en"]').textContent()).resolves.toBe("the profile file is larger than 64 KB: not a profile");
    await expect(select.inputValue()).resolves.toBe("test-bureau");
    await saveScreenshot(page, "profile-file-320-en.png");
    await page.getByTestId("settings").screenshot({ path: path.join(RESULTS, "profile-file-320-en-settings.png") });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });
});
