// The pane an accountant reads in 30 seconds (issue 13), in Chromium at task-pane widths: the
// first finding in view after a run, a visible focus ring inside the focused finding, no sideways
// scrolling after any action in either language, axe with no violations, readable zero badges.
// `SELFEVAL_SCREENSHOTS=1 npx jest test/e2e/pane` also writes docs/screenshots/ (350 and 1280 px).
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { chromiumAvailable, paneSuite, ROOT, SAMPLE } from "./helpers";

jest.setTimeout(180_000);

const CLEAN = path.join(ROOT, "test/fixtures/clean_project.xlsx");
const SHOTS = path.join(ROOT, "docs/screenshots");
const writeShots = process.env.SELFEVAL_SCREENSHOTS === "1";
const available = chromiumAvailable();
const e2e = available ? describe : describe.skip;
if (!available) console.warn("[e2e] /usr/bin/chromium not found: pane end-to-end tests skipped.");

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

e2e("the task pane at 320, 350 and 500 px (production build, browser mode)", () => {
  const suite = paneSuite();

  async function pane(width: number, locale = "zh-CN", height = 900): Promise<Page> {
    return (await suite.pane({ width, height, locale })).page;
  }

  async function openFile(page: Page, file = SAMPLE): Promise<void> {
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("summary").waitFor({ timeout: 30_000 });
  }

  /** Waits until no action runs (no spinner) and animations have finished. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() => !document.querySelector(".fui-Spinner"));
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  }

  async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
    return page.evaluate(() => {
      const root = document.documentElement;
      let widest = "";
      let right = root.clientWidth;
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
        const r = el.getBoundingClientRect();
        if (r.right > right + 0.5) {
          right = r.right;
          widest = `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}`;
        }
      }
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
    });
  }

  async function expectNoSidewaysScroll(page: Page, after: string): Promise<void> {
    const o = await horizontalOverflow(page);
    if (o.scrollWidth > o.clientWidth) throw new Error(`after ${after}: page ${o.scrollWidth} px wide in a ${o.clientWidth} px pane (${o.widest})`);
  }

  async function shot(page: Page, name: string): Promise<void> {
    if (!writeShots) return;
    await fs.mkdir(SHOTS, { recursive: true });
    // No tooltip from the focused or hovered button over the picture.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Escape"); // Fluent closes an open tooltip on Escape
    await page.waitForTimeout(300);
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }

  async function axe(page: Page): Promise<AxeResult["violations"]> {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    return page.evaluate(async () => {
      const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run;
      const result = await run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5) }));
    });
  }

  test("350×900: after a run the verdict and the first finding are in view without scrolling", async () => {
    const page = await pane(350, "zh-CN", 900);
    await openFile(page);
    await page.getByTestId("validate").click();
    await settled(page);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    const verdict = page.getByTestId("verdict");
    await expect(verdict.textContent()).resolves.toBe("1 个错误需要处理，3 处建议复核，3 条提示供参考。");
    const first = page.locator("li[data-rule]").first();
    const box = await first.boundingBox();
    if (!box) throw new Error("no finding laid out");
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    // Titled by the indicator, with what to do and entered before expected.
    await expect(first.getByTestId("finding-title").textContent()).resolves.toBe("满意度");
    await expect(first.getByTestId("finding-todo").textContent()).resolves.toBe("如确应扣分，请在偏差原因栏写明原因；否则采用建议，把得分改为 10。");
    await expect(first.getByTestId("finding-values").textContent()).resolves.toBe("表中 9应为 10");
    await expect(first.getByRole("button", { name: /采用建议 10/ }).isVisible()).resolves.toBe(true);
    // Bulk actions come after the list they act on.
    const listBottom = (await page.getByTestId("findings").boundingBox())?.y ?? 0;
    const acceptAll = (await page.getByTestId("accept-all").boundingBox())?.y ?? 0;
    expect(acceptAll).toBeGreaterThan(listBottom);
    // A fall in 三公 spending is good news, not a problem.
    const fell = page.locator('li[data-rule="spending-control"]');
    await expect(fell.getAttribute("data-good")).resolves.toBe("true");
    await expect(fell.textContent()).resolves.toContain("好的变化");
    // Old → new for a recalculated cell.
    await expect(page.getByTestId("recalculated").textContent()).resolves.toContain("预算执行得分：9.8 → 9.90");
  });

  test("the focused finding's focus ring is drawn inside its own box", async () => {
    const page = await pane(350);
    await openFile(page);
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate(() => document.activeElement?.hasAttribute("data-finding-target") ?? false);
    }
    expect(found).toBe(true);
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const width = parseFloat(style.outlineWidth);
      const offset = parseFloat(style.outlineOffset);
      // Nothing around it draws a ring of its own (the old one framed the whole pane).
      const outlinedAncestors: string[] = [];
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).outlineStyle !== "none" && parseFloat(getComputedStyle(a).outlineWidth) > 0) outlinedAncestors.push(a.tagName);
        for (const pseudo of ["::before", "::after"]) {
          const p = getComputedStyle(a, pseudo);
          if (p.content !== "none" && p.outlineStyle !== "none" && parseFloat(p.outlineWidth) > 0) outlinedAncestors.push(`${a.tagName}${pseudo}`);
        }
      }
      return { style: style.outlineStyle, width, offset, w: box.width, h: box.height, focusVisible: el.matches(":focus-visible"), outlinedAncestors };
    });
    expect(ring.focusVisible).toBe(true);
    expect(ring.style).toBe("solid");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // outline-offset ≤ −width keeps the ring wholly inside the element's own border box.
    expect(ring.offset).toBeLessThanOrEqual(-ring.width);
    expect(ring.outlinedAncestors).toEqual([]);
  });

  for (const locale of ["zh-CN", "en-US"]) {
    test(`no sideways scrolling at 320, 350 and 500 px after each action (${locale})`, async () => {
      const zh = locale === "zh-CN";
      for (const width of [320, 350, 500]) {
        const page = await pane(width, locale);
        await openFile(page);
        await page.getByTestId("validate").click();
        await settled(page);
        await expectNoSidewaysScroll(page, `校验并评分 at ${width}`);
        await page.getByTestId("clear").click();
        await page.getByText(zh ? "已清除标记" : "Marks cleared", { exact: false }).waitFor();
        await settled(page);
        await expectNoSidewaysScroll(page, `清除标记 at ${width}`);
        await page.getByTestId("accept-all").click();
        await page.getByText(zh ? /已采用 \d+ 条建议/ : /Accepted \d+ suggestion/).waitFor();
        await settled(page);
        await expectNoSidewaysScroll(page, `全部采用 at ${width}`);
        await page.getByTestId("undo").click();
        await page.getByText(zh ? "已恢复为打开时的原始文件。" : "Back to the original file as opened.").waitFor();
        await settled(page);
        await expectNoSidewaysScroll(page, `撤销 at ${width}`);
      }
    });
  }

  test("axe: no violations after a run, with the settings and the preview open, in both languages", async () => {
    for (const [width, locale] of [
      [350, "zh-CN"],
      [500, "en-US"],
      [1280, "zh-CN"],
    ] as const) {
      const page = await pane(width, locale);
      await openFile(page);
      await page.locator("li[data-rule] [data-finding-target]").first().click();
      await page.getByTestId("preview").waitFor();
      await page.getByTestId("settings-button").click();
      await settled(page);
      const violations = await axe(page);
      expect({ width, locale, violations }).toEqual({ width, locale, violations: [] });
    }
  });

  test("zero-count badges are readable: AA contrast (4.5:1) against what is behind them", async () => {
    const page = await pane(350);
    await openFile(page, CLEAN);
    await settled(page);
    const badges = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      return Array.from(document.querySelectorAll<HTMLElement>("[data-testid=counts] [data-severity]")).map((b) => {
        const fg = lum(rgb(getComputedStyle(b).color));
        const bg = lum(background(b));
        return { text: b.textContent, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
      });
    });
    expect(badges.map((b) => b.text)).toEqual(["0 个错误", "0 个警告", "0 条提示"]);
    for (const b of badges) expect(b.ratio).toBeGreaterThanOrEqual(4.5);
    await expect(page.getByTestId("verdict").textContent()).resolves.toBe("未发现问题，可以导出提交版。");
  });

  test("settings from the top; a profile change marks the results out of date; the export names the remaining error", async () => {
    const page = await pane(350);
    await openFile(page);
    await page.getByTestId("settings-button").click();
    const settingsBox = await page.getByTestId("settings").boundingBox();
    expect(settingsBox?.y ?? 9999).toBeLessThan(200);
    await page.getByRole("combobox", { name: "规则配置" }).selectOption("hunan-dept");
    await page.getByTestId("stale").waitFor();
    await page.getByTestId("revalidate").click();
    await page.getByTestId("stale").waitFor({ state: "detached" });
    await page.getByTestId("export").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.getByTestId("export-dialog-errors").textContent()).resolves.toContain("满意度（I19）：");
    await dialog.getByTestId("export-show-findings").click();
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.id === "selfeval-findings-heading");
  });

  test("the preview keeps the row label and the header row frozen while scrolled to the cell", async () => {
    const page = await pane(350);
    await openFile(page);
    await page.locator('li[data-rule="indicator-score"][data-cell$="!H20"] [data-finding-target]').click();
    const region = page.getByTestId("preview").locator("[role=region]");
    await region.waitFor();
    const scrolled = await region.evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));
    expect(scrolled.left).toBeGreaterThan(0);
    expect(scrolled.top).toBeGreaterThan(0);
    const frame = await region.boundingBox();
    if (!frame) throw new Error("preview not laid out");
    // The row's label in column A/B and the 得分 header over column H are both inside the frame.
    // The row's label (三级指标 in D20) and the 得分 header over column H are both in view.
    for (const sel of ["td[data-cell='D20']", "td[data-frozen='true'][data-cell^='H']"]) {
      const cell = region.locator(sel).first();
      const box = await cell.boundingBox();
      if (!box) throw new Error(`${sel} not laid out`);
      expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(box.x).toBeLessThan(frame.x + frame.width);
      expect(box.y).toBeGreaterThanOrEqual(frame.y - 1);
      expect(box.y).toBeLessThan(frame.y + frame.height);
    }
    await expect(region.locator("td[data-cell='D20']").getAttribute("data-frozen")).resolves.toBe("true");
    await expect(region.locator("td[data-cell='D20']").textContent()).resolves.toBe("基本支出预算成本");
    await expect(region.locator("td[data-frozen='true'][data-cell^='H']").first().textContent()).resolves.toBe("得分");
  });

  test("the favicon is served (no 404)", async () => {
    const page = await pane(350);
    const href = await page.evaluate(() => (document.querySelector("link[rel=icon]") as HTMLLinkElement | null)?.href ?? "");
    expect(href).toMatch(/assets\/icon-32\.png$/);
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/png");
  });

  test("screenshots of each state at 350 and 1280 px", async () => {
    for (const width of [350, 1280]) {
      const page = await pane(width, "zh-CN", 900);
      await shot(page, `pane-${width}-start`);
      await openFile(page);
      await page.getByTestId("validate").click();
      await settled(page);
      await shot(page, `pane-${width}-results`);
      await page.locator("li[data-rule] [data-finding-target]").first().click();
      await page.getByTestId("preview").waitFor();
      await shot(page, `pane-${width}-finding`);
      await page.getByTestId("accept-all").click();
      await page.getByText(/已采用 \d+ 条建议/).waitFor();
      await shot(page, `pane-${width}-accepted`);
      await page.getByTestId("clear").click();
      await page.getByText("已清除标记", { exact: false }).waitFor();
      await shot(page, `pane-${width}-cleared`);
      await page.getByTestId("undo").click();
      await page.getByText("已恢复为打开时的原始文件。").waitFor();
      await shot(page, `pane-${width}-undone`);
      await page.getByTestId("settings-button").click();
      await page.getByRole("combobox", { name: "规则配置" }).selectOption("hunan-dept");
      await page.getByTestId("stale").waitFor();
      await shot(page, `pane-${width}-stale`);
      await page.getByTestId("export").click();
      await page.getByRole("alertdialog").waitFor();
      if (writeShots) {
        await settled(page);
        await page.screenshot({ path: path.join(SHOTS, `pane-${width}-export.png`) });
      }
      await page.keyboard.press("Escape");
    }
    const en = await pane(350, "en-US");
    await openFile(en);
    await settled(en);
    await shot(en, "pane-350-results-en");
  });
});
