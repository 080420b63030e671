// The submission copies opened by another spreadsheet program: LibreOffice converts every exported
// workbook to PDF and, sheet by sheet, to CSV, and shows the numbers ExcelJS reads from the file.
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { ValueType } from "exceljs";
import { checkJson, INPUTS, key, load, numberOf, removeTmp, run, SAMPLE, tmp } from "./helpers";

const TIMEOUT = 180_000;
jest.setTimeout(TIMEOUT);

// All sheets (token 12 = -1, LibreOffice ≥ 7.2), UTF-8, comma, and token 9 = true: "save cell
// contents as shown", so a rate comes out as the sheet shows it ("98.99%"), not as 0.98987….
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

function sofficeVersion(): [number, number] | undefined {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error || probe.status !== 0) return undefined;
  const m = /LibreOffice (\d+)\.(\d+)/.exec(probe.stdout);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

const version = sofficeVersion();
const usable = version !== undefined && (version[0] > 7 || (version[0] === 7 && version[1] >= 2));
const why = version === undefined ? "soffice (LibreOffice) is not installed" : `LibreOffice ${version.join(".")} is older than 7.2 (no per-sheet CSV export)`;

if (!usable) {
  if (process.env.CI === "true") {
    test(`LibreOffice is required in CI: ${why}`, () => {
      throw new Error(`${why}; install LibreOffice ≥ 7.2 on the CI runner`);
    });
  } else {
    console.warn(`test/export/libreoffice.test.ts skipped: ${why}`);
  }
}

/** One soffice run for many files, with a private profile so parallel runs do not clash. */
function soffice(convertTo: string, outDir: string, files: string[]): Promise<void> {
  const profile = tmp("lo-profile-");
  return new Promise((resolve, reject) => {
    execFile(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", convertTo, "--outdir", outDir, ...files],
      { timeout: TIMEOUT - 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`soffice --convert-to ${convertTo} failed: ${error.message}\n${stderr}`));
        else resolve();
      },
    );
  });
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A number as LibreOffice shows it: "98.99%", "1,234.50", "-54.65%", "9.9" → value and the
 *  half-unit of its last shown digit, in the cell's own units (a percent as a fraction). */
function shown(text: string): { value: number; tolerance: number } | undefined {
  const m = /^(-?)([\d,]*\.?\d+)(%?)$/.exec(text.trim());
  if (!m) return undefined;
  const digits = m[2].replace(/,/g, "");
  const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  const scale = m[3] ? 100 : 1;
  return { value: (m[1] ? -1 : 1) * (Number(digits) / scale), tolerance: (0.5 * 10 ** -decimals) / scale };
}

interface Exported {
  name: string;
  file: string;
  source: string;
}

const describeLo = usable ? describe : describe.skip;

describeLo("LibreOffice opens every exported copy", () => {
  const exported: Exported[] = [];
  let work: string;
  let pdfDir: string;
  let csvDir: string;

  beforeAll(async () => {
    work = tmp("selfeval-lo-");
    const xlsxDir = path.join(work, "xlsx");
    mkdirSync(xlsxDir);
    for (const [i, input] of INPUTS.entries()) {
      const name = `export${String(i).padStart(2, "0")}`;
      const file = path.join(xlsxDir, `${name}.xlsx`);
      await run(["export", input.file, "--out", file]);
      exported.push({ name, file, source: input.file });
    }
    const withReport = path.join(xlsxDir, "report.xlsx");
    await run(["export", SAMPLE, "--out", withReport, "--report-sheet"]);
    exported.push({ name: "report", file: withReport, source: SAMPLE });
    for (const e of exported) expect(existsSync(e.file)).toBe(true);

    pdfDir = path.join(work, "pdf");
    csvDir = path.join(work, "csv");
    // One soffice run per format for all files: a run costs seconds on a small machine.
    await soffice("pdf", pdfDir, exported.map((e) => e.file));
    await soffice(CSV_FILTER, csvDir, exported.map((e) => e.file));
  });

  afterAll(removeTmp);

  test("a PDF for every export: non-empty, %PDF, at least one page per sheet", async () => {
    for (const e of exported) {
      const pdf = path.join(pdfDir, `${e.name}.pdf`);
      expect({ pdf: e.name, exists: existsSync(pdf) }).toEqual({ pdf: e.name, exists: true });
      expect(statSync(pdf).size).toBeGreaterThan(0);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const pages = bytes.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
      const sheets = (await load(e.file)).worksheets.length;
      expect({ pdf: e.name, enoughPages: pages >= sheets }).toEqual({ pdf: e.name, enoughPages: true });
    }
  });

  test("a CSV for every sheet of every export", async () => {
    for (const e of exported) {
      for (const ws of (await load(e.file)).worksheets) {
        const csv = path.join(csvDir, `${e.name}-${ws.name}.csv`);
        expect({ csv: path.basename(csv), exists: existsSync(csv) }).toEqual({ csv: path.basename(csv), exists: true });
      }
    }
    expect(existsSync(path.join(csvDir, "report-校验报告.csv"))).toBe(true);
  });

  /*
   * Every number ExcelJS reads (a value, or a formula's cached result) must be what LibreOffice
   * shows in that cell, compared at the precision shown: "98.99%" against 0.98987… is equal
   * within 0.00005. A numeric cell LibreOffice shows as something that is not a number fails.
   */
  test("LibreOffice shows the numbers ExcelJS reads, in every numeric cell", async () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const e of exported) {
      const wb = await load(e.file);
      for (const ws of wb.worksheets) {
        const rows = parseCsv(readFileSync(path.join(csvDir, `${e.name}-${ws.name}.csv`), "utf8"));
        ws.eachRow((row, r) =>
          row.eachCell((cell, c) => {
            // A merged cell's slaves report the master's value; LibreOffice shows it once, in the master.
            if (cell.type === ValueType.Merge) return;
            const n = numberOf(cell);
            if (n === undefined) return;
            compared++;
            const text = rows[r - 1]?.[c - 1] ?? "";
            const lo = shown(text);
            if (!lo || Math.abs(lo.value - n) > lo.tolerance + Math.abs(n) * 1e-12) {
              mismatches.push(`${e.name} ${key(ws.name, cell.address)}: ExcelJS ${n} (${cell.numFmt ?? "General"}), LibreOffice "${text}"`);
            }
          }),
        );
      }
    }
    expect(mismatches).toEqual([]);
    // 338 numeric cells in 9 exports when written; a collapse means the comparison went blind.
    expect(compared).toBeGreaterThan(300);
  });

  /*
   * The bound fields in particular: the 年度资金总额 / 总额 row, the 总分 / 合计 row and every
   * recalculated field are numbers in LibreOffice too, and the sample shows the SPEC §5 figures.
   */
  test("the bound fields: funds total row, total row, recalculated fields, and the sample's figures", async () => {
    const missing: string[] = [];
    for (const e of exported.filter((x) => x.name !== "report")) {
      const wb = await load(e.file);
      const source = await load(e.source);
      const json = await checkJson(e.source);
      for (const sheet of json.sheets) {
        const ws = wb.getWorksheet(sheet.name) as ExcelJS.Worksheet;
        const rows = parseCsv(readFileSync(path.join(csvDir, `${e.name}-${ws.name}.csv`), "utf8"));
        if (sheet.template === "dept-base") continue;
        // Tables published without a 总分 row (cut pages) or without figures (the 湖北 labels probe)
        // have nothing to show there; where the row exists and the table has a total, it holds numbers.
        const labels = [/^(年度资金)?总额[：:]?$/, ...(sheet.score?.entered != null ? [/^(总分|合计)[：:]?$/] : [])];
        for (const label of labels) {
          const r = rows.findIndex((cells) => cells.some((t) => label.test(t.replace(/\s/g, ""))));
          if (r < 0) continue;
          // A form published blank (r22, the province's 科技 form) has no figure in that row to show.
          const sourceRow = (source.getWorksheet(sheet.name) as ExcelJS.Worksheet).getRow(r + 1);
          const figure = (v: unknown) => typeof v === "number" || (typeof v === "object" && v !== null && "formula" in v) || (typeof v === "string" && shown(v) !== undefined);
          if (!(sourceRow.values as unknown[]).some(figure)) continue;
          // A total typed with its unit as published (塘湖镇 2020: 总分 | 100分) is text in both programs.
          const numbers = rows[r].filter((t) => shown(t) !== undefined || /^\d+(?:\.\d+)?分$/.test(t.trim()));
          if (numbers.length === 0) missing.push(`${e.name} ${sheet.name}: no numbers in the row labelled ${label}`);
        }
      }
      for (const r of json.recalculated.filter((x) => x.field !== "indicatorScore")) {
        const rows = parseCsv(readFileSync(path.join(csvDir, `${e.name}-${r.sheet}.csv`), "utf8"));
        const cell = (wb.getWorksheet(r.sheet) as ExcelJS.Worksheet).getCell(r.cell);
        const lo = shown(rows[Number(cell.row) - 1]?.[Number(cell.col) - 1] ?? "");
        if (!lo || Math.abs(lo.value - Number(r.value)) > lo.tolerance + 1e-12) missing.push(`${e.name} ${key(r.sheet, r.cell)}: recalculated ${r.value}, LibreOffice ${lo?.value}`);
      }
    }
    expect(missing).toEqual([]);

    const sample = exported.find((e) => e.source === SAMPLE && e.name !== "report") as Exported;
    const csv = (sheet: string) => parseCsv(readFileSync(path.join(csvDir, `${sample.name}-${sheet}.csv`), "utf8"));
    const evalRows = csv("附件3 整体支出绩效自评表");
    const fundsRow = evalRows.find((r) => r[1] === "年度资金总额") as string[];
    // 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (recalculated: 98.99%, 9.9).
    expect(fundsRow.slice(2, 8)).toEqual(["262.07", "866.48", "857.71", "10", "98.99%", "9.9"]);
    const totalRow = evalRows.find((r) => r[0] === "总分") as string[];
    expect(totalRow.slice(6, 8)).toEqual(["100", "95.9"]);
    const baseRows = csv("附件2 基础数据表");
    expect(baseRows.find((r) => r[0] === "三公经费")?.filter((t) => t !== "")).toEqual(["三公经费", "17.33", "7.86", "7.86"]);
    expect(baseRows[3].filter((t) => t !== "")).toEqual(["14", "14", "100%"]);
  });
});
