// Golden tests: every fixture workbook through the whole pipeline (real .xlsx → ExcelJS → binder →
// rules), compared with its hand-reviewed expected-findings file. Warnings and errors must match
// exactly; infos listed must be present (all of them, where the file says infosComplete).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { toA1 } from "../../src/engine/grid";
import { findProfile } from "../../src/engine/profile";
import { checkXlsx } from "../../src/xlsx";

interface ExpectedFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string;
}

interface Expected {
  path: string;
  profile: string;
  exitCode: number;
  templates: { sheet: string; template: string; score?: { entered?: string; recommended?: string; grade?: string } }[];
  skippedSheets: string[];
  findings: ExpectedFinding[];
  infosComplete?: boolean;
}

const FIXTURES = path.join(__dirname, "..", "fixtures");
const cases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), "utf8")) as Expected);

const key = (f: ExpectedFinding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;

describe.each(cases.map((c) => [c.path, c] as const))("%s", (file, expected) => {
  let actual: ExpectedFinding[];
  let report: Awaited<ReturnType<typeof checkXlsx>>["report"];

  beforeAll(async () => {
    const profile = findProfile(expected.profile ?? "default");
    if (!profile) throw new Error(`unknown profile ${expected.profile}`);
    ({ report } = await checkXlsx(readFileSync(path.join(__dirname, "..", "..", file)), profile));
    actual = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: toA1(f.at) }));
  });

  test("warnings and errors are exactly the reviewed ones", () => {
    const serious = (list: ExpectedFinding[]) => list.filter((f) => f.severity !== "info").map(key).sort();
    expect(serious(actual)).toEqual(serious(expected.findings));
  });

  test("the reviewed infos are reported", () => {
    const infos = (list: ExpectedFinding[]) => list.filter((f) => f.severity === "info").map(key).sort();
    if (expected.infosComplete) expect(infos(actual)).toEqual(infos(expected.findings));
    else expect(infos(actual)).toEqual(expect.arrayContaining(infos(expected.findings)));
  });

  test("templates, scores and skipped sheets", () => {
    expect(report.templates.map((t) => ({ sheet: t.sheet, template: t.kind }))).toEqual(expected.templates.map((t) => ({ sheet: t.sheet, template: t.template })));
    // Exactly the reviewed score: a field the file leaves out must be absent (no recommended total
    // while a row cannot be scored, no grade above 100), and a template without one (基础数据表,
    // the scoreless 绩效目标自评表) has none.
    for (const [i, t] of expected.templates.entries()) {
      const score = report.templates[i].score;
      if (!t.score) {
        expect(score).toBeUndefined();
        continue;
      }
      for (const field of ["entered", "recommended", "grade"] as const) expect([field, score?.[field]]).toEqual([field, t.score[field]]);
    }
    // An unusable file (exit 2) is reported as a whole; its sheets are not listed one by one.
    if (expected.exitCode !== 2) expect(report.skippedSheets).toEqual(expected.skippedSheets ?? []);
  });
});
