// Browser mode end to end (issue 4): the production bundle in Chromium, office.js blocked, the
// bundled sample opened like a user would, and the checked copy read back in Node.
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/engine/plan";
import { conditionalRules, markAt } from "../xlsx/helpers";

function sofficeAvailable(): boolean {
  const probe = spawnSync("soffice", ["--version"], { timeout: 60_000 });
  return !probe.error && probe.status === 0;
}
import type { Watched } from "./helpers";
import { chromiumAvailable, paneSuite, RESULTS, ROOT, SAMPLE, saveScreenshot } from "./helpers";

jest.setTimeout(120_000);

const EVAL_SHEET = "附件3 整体支出绩效自评表";
const available = chromiumAvailable();
const inCI = process.env.CI === "true";

if (!available) {
  if (inCI) {
    test("Chromium is installed for the end-to-end tests", () => {
      throw new Error("/usr/bin/chromium is missing: the browser-mode end-to-end tests cannot run (CI=true).");
    });
  } else {
    console.warn("[e2e] /usr/bin/chromium not found: browser-mode end-to-end tests skipped. Install chromium to run them.");
  }
}

const e2e = available ? describe : describe.skip;

e2e("browser mode (production build, office.js blocked)", () => {
  const suite = paneSuite();

  async function pane(width: number, locale = "zh-CN"): Promise<Watched> {
    return suite.pane({ width, locale });
  }

  async function openSample(page: Page): Promise<void> {
    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByTestId("summary").waitFor({ timeout: 30_000 });
  }

  async function findings(page: Page) {
    return page.$$eval("li[data-rule]", (items) =>
      items.map((li) => ({
        rule: (li as HTMLElement).dataset.rule,
        cell: (li as HTMLElement).dataset.cell,
        severity: (li.closest("[data-severity]") as HTMLElement | null)?.dataset.severity,
      })),
    );
  }

  test("outside Office, office.js is not even requested and the page runs in browser mode", async () => {
    const w = await pane(800);
    // taskpane.html loads office.js only inside an Office host (_host_Info; issue 11).
    expect(w.outside).toEqual([]);
    await expect(w.page.getByTestId("mode").textContent()).resolves.toBe("浏览器模式");
    await expect(w.page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
  });

  test("the sample: 校验并评分 shows the SPEC §5 findings, total 94.99, grade 优", async () => {
    const { page } = await pane(800);
    await openSample(page);
    await page.getByRole("button", { name: "校验并评分" }).click();
    await page.getByTestId("notice").waitFor();
    const list = await findings(page);
    expect(list.filter((f) => f.severity === "error")).toEqual([{ rule: "reason-required", cell: `${EVAL_SHEET}!I19`, severity: "error" }]);
    expect(
      list
        .filter((f) => f.severity === "warning")
        .map((f) => `${f.rule} ${f.cell}`)
        .sort(),
    ).toEqual([`execution-score ${EVAL_SHEET}!H5`, `indicator-score ${EVAL_SHEET}!H20`, `over-target ${EVAL_SHEET}!I16`]);
    const infos = list.filter((f) => f.severity === "info").map((f) => `${f.rule} ${f.cell}`);
    expect(infos).toEqual(expect.arrayContaining([`indicator-score ${EVAL_SHEET}!H14`, "procurement-anomaly 附件2 基础数据表!F20"]));
    // Errors before warnings before infos.
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const ranks = list.map((f) => rank[f.severity as string]);
    expect(ranks).toEqual([...ranks].sort());
    const evalSummary = page.locator(`[data-testid=template-summary][data-sheet="${EVAL_SHEET}"]`);
    await expect(evalSummary.getByTestId("recommended-total").textContent()).resolves.toBe("94.99");
    await expect(evalSummary.getByTestId("entered-total").textContent()).resolves.toBe("95.8");
    await expect(evalSummary.getByTestId("grade").textContent()).resolves.toBe("优");
    await expect(page.getByTestId("recalculated").textContent()).resolves.toContain(`${EVAL_SHEET}!H5`);
  });

  test("clicking a finding shows the sheet preview with the cell highlighted and in view", async () => {
    for (const width of [800, 320]) {
      const { page } = await pane(width);
      await openSample(page);
      await page.locator(`li[data-rule="indicator-score"][data-cell="${EVAL_SHEET}!H20"] [data-finding-target]`).click();
      const preview = page.getByTestId("preview");
      await preview.waitFor();
      await expect(preview.getAttribute("data-sheet")).resolves.toBe(EVAL_SHEET);
      const cell = preview.locator("[data-selected='true']");
      await expect(cell.getAttribute("data-cell")).resolves.toBe("H20");
      await expect(cell.getAttribute("data-mark")).resolves.toBe("warning");
      await expect(cell.textContent()).resolves.toBe("19");
      const box = await cell.boundingBox();
      const frame = await preview.locator("[role=region]").boundingBox();
      if (!box || !frame) throw new Error("preview not laid out");
      expect(box.y).toBeGreaterThanOrEqual(frame.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
      expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      // A percent shows as Excel shows it.
      await expect(preview.locator("[data-cell='G5']").textContent()).resolves.toBe("98.99%");
    }
  });

  test("下载校验副本: the checked copy has the recalculated fields and the fills", async () => {
    const { page } = await pane(800);
    await openSample(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验副本" }).click()]);
    expect(download.suggestedFilename()).toBe("芦淞区商务局_2023_整体支出绩效自评.checked.xlsx");
    await fs.mkdir(RESULTS, { recursive: true });
    const file = path.join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(EVAL_SHEET);
    if (!ws) throw new Error("sheet missing in the checked copy");
    const numberOf = (v: ExcelJS.CellValue) => (typeof v === "number" ? v : (v as ExcelJS.CellFormulaValue).result);
    expect(numberOf(ws.getCell("H5").value)).toBe(9.9); // budget score recalculated
    expect(numberOf(ws.getCell("G5").value)).toBeCloseTo(857.71 / 866.48, 12); // 执行率
    expect(numberOf(ws.getCell("H21").value)).toBe(95.9); // 总分 with the recalculated budget score
    expect(ws.getCell("G5").numFmt).toContain("%");
    // Marks are tagged conditional formats (the cells' own fills are unchanged).
    const bytes = new Uint8Array(readFileSync(file));
    expect((await markAt(bytes, EVAL_SHEET, "I19"))?.kind).toBe("reason");
    expect((await markAt(bytes, EVAL_SHEET, "H20"))?.kind).toBe("warning");
    expect((await markAt(bytes, EVAL_SHEET, "H14"))?.fill).toBe(MARK_FILLS.info);
    expect(JSON.stringify(ws.getCell("H20").note)).toContain("SelfEval");
  });

  test("导出提交版: asks about the remaining error, then downloads the clean copy with the 校验报告 sheet", async () => {
    const { page } = await pane(320);
    await openSample(page);
    const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
    const option = page.getByRole("checkbox", { name: "附加校验报告工作表" });
    await option.check();
    await expect(option.isChecked()).resolves.toBe(true);

    // By keyboard: Enter on 导出提交版 opens the question; Esc cancels it and nothing is downloaded.
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "导出提交版" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "仍有错误" });
    await dialog.waitFor();
    await expect(dialog.getByTestId("export-dialog-message").textContent()).resolves.toBe("仍有 1 个错误，确定要导出提交版吗？");
    // The focus is inside the dialog (Tab cannot leave it) and visibly so.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => !!document.activeElement?.closest("[role=alertdialog]"))).resolves.toBe(true);
    await page.mouse.move(0, 0);
    // The dialog is fixed in the viewport: shot as the user sees it, once its entrance has run.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    await fs.mkdir(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, "browser-mode-320-export-dialog.png") });
    // Nothing of the dialog is cut off at 320 px.
    const box = await dialog.boundingBox();
    if (!box) throw new Error("dialog not laid out");
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // axe on the open dialog: no serious or critical violations.
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const surface = document.querySelector("[role=alertdialog]") as Element;
      const result = await axe.run(surface, { resultTypes: ["violations"] });
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect(focusedTestId()).resolves.toBe("export");
    expect(downloads).toBe(0);

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "继续导出" }).click()]);
    expect(download.suggestedFilename()).toBe("株洲市芦淞区商务局_2023_绩效自评表.xlsx");
    await page.getByText("已生成提交版 株洲市芦淞区商务局_2023_绩效自评表.xlsx（含校验报告工作表），原文件不变。").waitFor();
    await dialog.waitFor({ state: "detached" });
    await expect(focusedTestId()).resolves.toBe("export");
    await page.mouse.move(0, 0);
    await saveScreenshot(page, "browser-mode-320-exported.png");

    await fs.mkdir(RESULTS, { recursive: true });
    const file = path.join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    // No SelfEval note and no mark fill anywhere in the workbook.
    const ours: string[] = [];
    const markFills = new Set(Object.values(MARK_FILLS));
    for (const ws of wb.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (JSON.stringify(cell.note ?? "").includes(NOTE_PREFIX.trim())) ours.push(`${ws.name}!${cell.address} note`);
          const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
          if (argb && markFills.has(argb)) ours.push(`${ws.name}!${cell.address} fill ${argb}`);
        }),
      );
    }
    for (const ws of wb.worksheets) for (const rule of await conditionalRules(new Uint8Array(readFileSync(file)), ws.name)) if (rule.kind) ours.push(`${ws.name}!${rule.sqref} mark`);
    expect(ours).toEqual([]);
    const ws = wb.getWorksheet(EVAL_SHEET);
    if (!ws) throw new Error("sheet missing in the submission copy");
    for (const a1 of ["I19", "H20", "I16"]) {
      expect(ws.getCell(a1).note).toBeUndefined();
      expect(markFills.has((ws.getCell(a1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? "")).toBe(false);
    }
    expect(ws.getCell("H5").value).toBe(9.9); // the budget score, recalculated
    expect(ws.getCell("H21").value).toEqual({ formula: "SUM(H5,H14:H20)", result: 95.9 }); // 总分 stays a formula
    expect(wb.worksheets.at(-1)?.name).toBe("校验报告");
    const report = wb.getWorksheet("校验报告");
    const text = JSON.stringify(report?.getSheetValues());
    expect(text).toContain("1 个错误");
    expect(text).toContain("reason-required");
  });

  test("unusable files get a clear message and the page stays usable", async () => {
    const { page } = await pane(800);
    const cases = [
      { name: "not_template.xlsx", buffer: readFileSync(path.join(ROOT, "test/fixtures/not_template.xlsx")), message: "未识别到绩效自评表模板" },
      { name: "truncated.xlsx", buffer: readFileSync(SAMPLE).subarray(0, 6000), message: "文件不完整" },
      {
        name: "legacy.xls",
        buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("junk junk junk")]),
        message: "这不是可读取的 .xls 工作簿：文件中没有工作簿数据",
      },
    ];
    for (const c of cases) {
      await page.getByTestId("file-input").setInputFiles({ name: c.name, mimeType: "application/octet-stream", buffer: c.buffer });
      const bar = page.getByTestId("file-error").filter({ hasText: c.name });
      await bar.waitFor();
      await expect(bar.textContent()).resolves.toContain(c.message);
    }
    expect(await page.getByTestId("file-error").count()).toBe(3);
    // Still usable: the sample opens and checks next to the errors.
    await openSample(page);
    await expect(page.getByTestId("recommended-total").last().textContent()).resolves.toBe("94.99");
    await page.getByTestId("file-error").first().getByRole("button", { name: "关闭" }).click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=file-error]").length === 2);
  });

  // The .xls and .ods twins of the sample (made by LibreOffice when it is installed) are read in
  // the page by SheetJS CE, checked with the .xlsx's findings, and give an .xlsx checked copy.
  (sofficeAvailable() ? test : test.skip)("an .xls and an .ods of the sample: the findings of the .xlsx, and an .xlsx checked copy", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-e2e-legacy-"));
    try {
      const input = path.join(dir, "芦淞区商务局.xlsx");
      await fs.copyFile(SAMPLE, input);
      for (const to of ["xls:MS Excel 97", "ods"]) {
        execFileSync("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", to, "--outdir", dir, input], { timeout: 180_000 });
      }
      const lists: Record<string, unknown> = {};
      for (const name of ["芦淞区商务局.xlsx", "芦淞区商务局.xls", "芦淞区商务局.ods"]) {
        const { page } = await pane(800);
        await page.getByTestId("file-input").setInputFiles(path.join(dir, name));
        await page.getByTestId("summary").waitFor({ timeout: 30_000 });
        await page.getByRole("button", { name: "校验并评分" }).click();
        await page.getByTestId("notice").waitFor();
        lists[name] = await findings(page);
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载校验副本" }).click()]);
        expect(download.suggestedFilename()).toBe("芦淞区商务局.checked.xlsx");
      }
      expect((lists["芦淞区商务局.xlsx"] as unknown[]).length).toBeGreaterThan(5);
      expect(lists["芦淞区商务局.xls"]).toEqual(lists["芦淞区商务局.xlsx"]);
      expect(lists["芦淞区商务局.ods"]).toEqual(lists["芦淞区商务局.xlsx"]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test("the whole flow works by keyboard alone (Tab, Enter, Space)", async () => {
    const { page } = await pane(320);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          text: el?.textContent?.trim() ?? "",
          label: el?.getAttribute("aria-label") ?? "",
          testid: el?.getAttribute("data-testid") ?? "",
          finding: el?.hasAttribute("data-finding-target") ?? false,
          cell: (el?.closest("li[data-cell]") as HTMLElement | null)?.dataset.cell ?? "",
          radio: el instanceof HTMLInputElement && el.type === "radio" ? (el.labels?.[0]?.textContent ?? "") : "",
          visibleFocus: el?.hasAttribute("data-fui-focus-visible") || (el ? el.matches(":focus-visible") : false),
        };
      });
    const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        const f = await focused();
        if (match(f)) {
          expect(f.visibleFocus).toBe(true);
          return f;
        }
      }
      throw new Error(`Tab never reached ${what}`);
    };

    // Listening early: Playwright intercepts the file chooser only once a listener exists, and
    // enabling that is asynchronous; a listener added with the key press can miss the dialog.
    const chooserOpened = page.waitForEvent("filechooser");
    await tabTo((f) => f.testid === "open-files", "打开文件");
    await page.keyboard.press("Enter");
    const chooser = await chooserOpened;
    await chooser.setFiles(SAMPLE);
    await page.getByTestId("summary").waitFor({ timeout: 30_000 });

    await tabTo((f) => f.testid === "validate", "校验并评分");
    await page.keyboard.press("Enter");
    await page.getByTestId("notice").waitFor();

    await tabTo((f) => f.finding && f.cell.endsWith("!H20"), "the H20 finding");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("preview").locator("[data-selected='true']").getAttribute("data-cell")).resolves.toBe("H20");

    await tabTo((f) => f.label.startsWith("采用建议 16.84"), "采用建议 16.84");
    await page.keyboard.press("Space");
    await page.getByText("已采用 1 条建议。").waitFor();
    // Focus stayed in the list instead of falling back to the page.
    await expect(page.evaluate(() => document.activeElement !== document.body)).resolves.toBe(true);

    await tabTo((f) => f.testid === "download", "下载校验副本");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/\.checked\.xlsx$/);

    await tabTo((f) => f.text === "设置", "设置");
    await page.keyboard.press("Enter");
    // A radio group is one Tab stop; the arrow keys pick inside it (the native radio behaviour).
    await tabTo((f) => f.radio === "中文", "the language radio group");
    await page.keyboard.press("ArrowDown");
    await page.getByRole("button", { name: "Validate and score" }).waitFor();
  });

  test("axe-core finds no serious or critical violations", async () => {
    const { page } = await pane(800);
    await openSample(page);
    await page.locator(`li[data-rule="reason-required"] [data-finding-target]`).click();
    await page.getByTestId("preview").waitFor();
    await page.getByRole("button", { name: "设置" }).click();
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
    });
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
  });

  test("screenshots at 320 px and 800 px", async () => {
    for (const width of [320, 800]) {
      const { page } = await pane(width);
      await saveScreenshot(page, `browser-mode-${width}-start.png`);
      await openSample(page);
      await page.locator(`li[data-rule="reason-required"] [data-finding-target]`).click();
      await page.getByTestId("preview").waitFor();
      await page.mouse.move(0, 0);
      await saveScreenshot(page, `browser-mode-${width}.png`);
    }
    const en = await pane(320, "en-US");
    await openSample(en.page);
    await saveScreenshot(en.page, "browser-mode-320-en.png");
  });
});
