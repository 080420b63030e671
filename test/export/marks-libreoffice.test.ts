// LibreOffice opens a checked copy and draws SelfEval's marks: the copy converts to PDF, and
// converted to OpenDocument it carries each mark as a conditional format with our fill colour
// (LibreOffice read the <conditionalFormatting> and its dxf, not just skipped them).
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { MARK_FILLS } from "../../src/engine/plan";
import type { MarkKind } from "../../src/engine/plan";
import { defaultProfile } from "../../src/engine/profile";
import { checkedCopy, checkXlsx } from "../../src/xlsx";
import { ownMarksOf } from "../xlsx/helpers";
import { SAMPLE } from "./helpers";

jest.setTimeout(240_000);

const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
const hasSoffice = !probe.error && probe.status === 0;
const why = "soffice (LibreOffice) is not installed";
if (!hasSoffice) {
  if (process.env.CI === "true") {
    test(`LibreOffice is required in CI: ${why}`, () => {
      throw new Error(why);
    });
  } else console.warn(`test/export/marks-libreoffice.test.ts skipped: ${why}`);
}
const describeLo = hasSoffice ? describe : describe.skip;
const dir = mkdtempSync(path.join(os.tmpdir(), "selfeval-marks-lo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(to: string, file: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", to, "--outdir", dir, file], { timeout: 180_000 }, (error, _o, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
    ),
  );
}

describeLo("LibreOffice and the marks of a checked copy", () => {
  const copy = path.join(dir, "checked.xlsx");
  beforeAll(async () => {
    writeFileSync(copy, await checkedCopy(await checkXlsx(readFileSync(SAMPLE), defaultProfile), { mode: "values", locale: "zh-CN" }));
    await soffice("pdf", copy);
    await soffice("ods", copy);
  });

  test("the copy opens and prints: a non-empty PDF", () => {
    const pdf = path.join(dir, "checked.pdf");
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("each mark kind is a conditional format in LibreOffice, with our formula and our fill", async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "checked.ods")));
    const content = (await zip.file("content.xml")?.async("string")) as string;
    const styles = `${content}${(await zip.file("styles.xml")?.async("string")) ?? ""}`;
    // The kinds the sample's findings draw (its errors are all on reason cells: reason marks).
    const bytes = new Uint8Array(readFileSync(copy));
    const kinds = new Set<MarkKind>();
    for (const sheet of ["附件2 基础数据表", "附件3 整体支出绩效自评表"]) for (const m of Object.values(await ownMarksOf(bytes, sheet))) kinds.add(m.kind);
    expect([...kinds].sort()).toEqual(["info", "reason", "warning"]);
    for (const kind of kinds) {
      const condition = new RegExp(`<calcext:condition calcext:apply-style-name="([^"]+)" calcext:value="[^"]*ISTEXT\\(&quot;SelfEval:${kind}&quot;\\)`).exec(content);
      expect({ kind, found: Boolean(condition) }).toEqual({ kind, found: true });
      // LibreOffice may encode the name ("ConditionalStyle_5f_1") and keep it as the display name.
      const style = new RegExp(`<style:style [^>]*style:(?:display-)?name="${condition?.[1]}"[^>]*>[\\s\\S]*?</style:style>`).exec(styles)?.[0] ?? "";
      expect({ kind, colour: /fo:background-color="(#[0-9a-f]{6})"/i.exec(style)?.[1]?.toLowerCase() }).toEqual({ kind, colour: `#${MARK_FILLS[kind].slice(2).toLowerCase()}` });
    }
  });
});
