// The 校验报告 sheet printed: LibreOffice turns the submission copy into a PDF, and every page the
// report sheet fills is A4 landscape, with every finding's message on it from its first characters
// to its last (nothing clipped at the page edge). Needs soffice and poppler's pdfinfo / pdftotext.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { checkJson, run, SAMPLE, tmp } from "./helpers";

const has = (cmd: string) => spawnSync(cmd, ["-v"], { encoding: "utf8" }).error === undefined;
const ready = has("soffice") && has("pdfinfo") && has("pdftotext");
if (!ready && process.env.CI === "true") {
  test("LibreOffice and poppler-utils are required in CI", () => {
    throw new Error("install libreoffice-calc and poppler-utils on the CI runner");
  });
}

(ready ? describe : describe.skip)("the 校验报告 sheet printed by LibreOffice", () => {
  jest.setTimeout(180_000);
  let pages: { width: number; height: number; text: string }[];
  let messages: string[];

  beforeAll(async () => {
    const dir = tmp();
    const out = path.join(dir, "submission.xlsx");
    await run(["export", SAMPLE, "--out", out, "--report-sheet"]);
    execFileSync("soffice", [`-env:UserInstallation=file://${tmp("lo-profile-")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], { stdio: "ignore", timeout: 150_000 });
    const pdf = path.join(dir, readdirSync(dir).find((f) => f.endsWith(".pdf")) as string);
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    pages = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Number(m[2]),
      height: Number(m[3]),
      text: execFileSync("pdftotext", ["-f", m[1], "-l", m[1], "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }),
    }));
    messages = (await checkJson(out)).findings.map((f) => f.message);
    expect(readFileSync(pdf).length).toBeGreaterThan(0);
  });

  const flat = (s: string) => s.replace(/\s+/g, "");
  /**
   * Every character of the message, in order, from where it starts: a wrapped cell's lines may
   * come out of pdftotext with a neighbouring cell's text between them, a clipped one loses its end.
   */
  const inOrder = (text: string, message: string): boolean => {
    let at = text.indexOf(message.slice(0, 10));
    if (at < 0) return false;
    const limit = at + message.length + 200;
    for (const ch of message) {
      at = text.indexOf(ch, at);
      if (at < 0 || at > limit) return false;
      at += ch.length;
    }
    return true;
  };
  const reportPages = () => pages.filter((p) => flat(p.text).includes("规则编号") || flat(p.text).includes(flat("SelfEval 绩效自评助手 校验报告")));

  test("the report's pages are A4 landscape (842 × 595 pt)", () => {
    expect(reportPages().length).toBeGreaterThan(0);
    for (const p of reportPages()) {
      expect(Math.round(p.width)).toBe(842);
      expect(Math.round(p.height)).toBe(595);
    }
  });

  test("one page wide: every finding's message shows from its start to its end, with the rule's Chinese name", () => {
    const text = flat(reportPages().map((p) => p.text).join(""));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      const f = flat(m);
      expect({ m, start: text.includes(f.slice(0, 10)), whole: inOrder(text, f) }).toEqual({ m, start: true, whole: true });
    }
    expect(text).toContain("偏差原因必填");
    expect(text).toContain("reason-required");
  });
});
