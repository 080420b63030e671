// Legacy formats: the sample saved as .xls (BIFF8) and .ods by LibreOffice, read back through both
// converters (LibreOffice, and SheetJS CE as in browser mode), checked with exactly the findings of
// the .xlsx; the copies are .xlsx packages.
import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultProfile } from "../../src/engine/profile";
import { checkedCopyName, checkXlsx, conversionLoss, LEGACY_LOSS, prepareSubmission, readWorkbook, writeCheckedCopy } from "../../src/xlsx";
import { ownMarksOf } from "./helpers";

jest.setTimeout(240_000);

const SAMPLE_DIR = path.join(__dirname, "..", "..", "assets", "samples");
const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
const EVAL_SHEET = "附件3 整体支出绩效自评表";

const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
const hasSoffice = !probe.error && probe.status === 0;
const why = "soffice (LibreOffice) is not installed: the .xls/.ods twins of the sample cannot be made";
if (!hasSoffice) {
  if (process.env.CI === "true") {
    test(`LibreOffice is required in CI: ${why}`, () => {
      throw new Error(why);
    });
  } else console.warn(`test/xlsx/legacy.test.ts skipped: ${why}`);
}
const describeLo = hasSoffice ? describe : describe.skip;

const dir = mkdtempSync(path.join(os.tmpdir(), "selfeval-legacy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function convert(filter: string, file: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(
      "soffice",
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", filter, "--outdir", dir, file],
      { timeout: 180_000 },
      (error, _out, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()),
    ),
  );
}

describeLo("the sample as .xls, .et and .ods", () => {
  const twins: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    const input = path.join(dir, "sample.xlsx");
    copyFileSync(SAMPLE, input);
    await convert("xls:MS Excel 97", input);
    await convert("ods", input);
    twins.xls = readFileSync(path.join(dir, "sample.xls"));
    twins.ods = readFileSync(path.join(dir, "sample.ods"));
    // WPS's .et is a BIFF8 compound file under another name; the format is found by content.
    twins.et = twins.xls;
  });

  test.each(["xls", "et", "ods"])("%s: the same templates and findings as the .xlsx, through LibreOffice and through SheetJS", async (ext) => {
    const xlsx = await checkXlsx(readFileSync(SAMPLE), defaultProfile);
    for (const libreoffice of [true, false]) {
      const legacy = await checkXlsx(twins[ext], defaultProfile, { libreoffice });
      expect({ ext, libreoffice, format: legacy.format, converter: legacy.converter }).toEqual({
        ext,
        libreoffice,
        format: ext === "ods" ? "ods" : "xls",
        converter: libreoffice ? "libreoffice" : "sheetjs",
      });
      expect(legacy.report.templates).toEqual(xlsx.report.templates);
      expect(legacy.report.findings).toEqual(xlsx.report.findings);
      expect(legacy.report.recalculations).toEqual(xlsx.report.recalculations);
    }
  });

  test("the checked copy and the submission copy of an .xls are .xlsx packages, named so, with marks", async () => {
    for (const libreoffice of [true, false]) {
      const file = await checkXlsx(twins.xls, defaultProfile, { libreoffice });
      const copy = await writeCheckedCopy(file, { mode: "values", locale: "zh-CN" });
      expect(copy.extension).toBe(".xlsx");
      expect(checkedCopyName("自评表.xls", copy.extension)).toBe("自评表.checked.xlsx");
      expect([copy.bytes[0], copy.bytes[1]]).toEqual([0x50, 0x4b]);
      expect((await readWorkbook(copy.bytes)).format).toBe("xlsx");
      expect(Object.keys(await ownMarksOf(copy.bytes, EVAL_SHEET)).length).toBeGreaterThan(0);
      const submission = prepareSubmission(await checkXlsx(twins.xls, defaultProfile, { libreoffice }), {
        reportSheet: true,
        profile: defaultProfile,
        locale: "zh-CN",
        checkedAt: new Date(2024, 0, 1),
      });
      expect(submission.fileName).toMatch(/\.xlsx$/);
      expect((await readWorkbook(await submission.write())).grid.sheets.at(-1)?.name).toBe("校验报告");
    }
  });

  test("what is lost is said only when LibreOffice did not convert", async () => {
    expect(conversionLoss(await checkXlsx(twins.xls, defaultProfile, { libreoffice: false }))).toEqual(LEGACY_LOSS);
    expect(conversionLoss(await checkXlsx(twins.xls, defaultProfile))).toBeUndefined();
    expect(conversionLoss(await checkXlsx(readFileSync(SAMPLE), defaultProfile))).toBeUndefined();
    expect(LEGACY_LOSS.zh).toContain("不保留字体、填充色、边框");
  });
});
