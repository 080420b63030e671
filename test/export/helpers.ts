// Shared by the export tests: the CLI run in-process, the input workbooks, and ExcelJS views of a
// workbook that two files can be compared by (ExcelJS only reads here: a second reader).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { MARK_FILLS, NOTE_PREFIX } from "../../src/engine/plan";
import { conditionalRules } from "../xlsx/helpers";

export const ROOT = path.join(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures");
const SAMPLE_DIR = path.join(ROOT, "assets", "samples");
export const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
export const NOT_TEMPLATE = path.join(FIXTURES, "not_template.xlsx");

/** A fixture whose expected file says the CLI refuses it (exit 2: no template recognised). */
function refused(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(path.join(FIXTURES, file.replace(/\.xlsx$/, ".expected.json")), "utf8")) as { exitCode?: number }).exitCode === 2;
  } catch {
    return false;
  }
}

/** Every workbook that binds a template: all fixtures but those the CLI refuses (not_template.xlsx,
 *  a lone 评分表 such as 28_hunan_yuhua_2017.xlsx), and the sample. overlapping_merges.xlsx is left
 *  out: ExcelJS, the second reader these tests compare with, refuses it (test/xlsx/damaged.test.ts
 *  exports it). */
export const INPUTS: { label: string; file: string }[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx") && f !== "not_template.xlsx" && f !== "overlapping_merges.xlsx" && !refused(f))
    .sort()
    .map((f) => ({ label: f, file: path.join(FIXTURES, f) })),
  { label: `sample ${path.basename(SAMPLE)}`, file: SAMPLE },
];

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `selfeval <argv>` in-process. `confirm` answers the "errors remain, export anyway?" question;
 * without it the run is the non-interactive one (stdin is forced to "not a terminal" so that a
 * developer running jest in a terminal is never prompted).
 */
export async function run(argv: string[], confirm?: (question: string) => Promise<boolean>): Promise<Run> {
  let stdout = "";
  let stderr = "";
  // Not an object literal at the call: main's io type does not declare `confirm`, runExport's does.
  const io = { stdout: (s: string) => void (stdout += s), stderr: (s: string) => void (stderr += s), isTTY: false, confirm };
  const stdin = process.stdin as { isTTY?: boolean };
  const wasTTY = stdin.isTTY;
  stdin.isTTY = false;
  try {
    const code = await main(argv, io);
    return { code, stdout, stderr };
  } finally {
    stdin.isTTY = wasTTY;
  }
}

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTmp` (call it in afterAll). */
export function tmp(prefix = "selfeval-export-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTmp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** The JSON report of `selfeval check --format json` for one file. */
export interface JsonResult {
  file: string;
  sheets: { name: string; template: string; score?: { entered: string | null; recommended: string | null; grade: string | null } }[];
  findings: { rule: string; severity: "error" | "warning" | "info"; sheet: string; cell: string; message: string }[];
  recalculated: { sheet: string; cell: string; field: string; value: string }[];
  error: string | null;
}

export async function checkJson(file: string): Promise<JsonResult> {
  const { stdout } = await run(["check", file, "--format", "json"]);
  return (JSON.parse(stdout) as { results: JsonResult[] }).results[0];
}

/** The cells the export rewrites: recalculated arithmetic fields; indicator scores stay as entered. */
export function rewrittenCells(result: JsonResult): Map<string, number> {
  const cells = new Map<string, number>();
  for (const r of result.recalculated) if (r.field !== "indicatorScore") cells.set(key(r.sheet, r.cell), Number(r.value));
  return cells;
}

export function key(sheet: string, a1: string): string {
  return `${sheet}!${a1}`;
}

// --- reading cells -------------------------------------------------------------------------

/** Every address a sheet holds anything at (value, style or merge), in row order. */
export function addresses(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => void out.push(cell.address)));
  return out;
}

export function union(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet): string[] {
  return [...new Set([...addresses(a), ...addresses(b)])];
}

/** What a cell holds, in a form `toEqual` compares: type, value or formula with cached result. */
export function content(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Merge) return { merge: cell.master.address };
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula, result: cell.result };
  return { type: cell.type, value: cell.value };
}

/** The number the cell shows: its value, or a formula's cached result. */
export function numberOf(cell: ExcelJS.Cell): number | undefined {
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return typeof v === "number" ? v : undefined;
}

/** A fill that paints nothing (absent, or pattern "none") is no fill. */
export function visibleFill(cell: ExcelJS.Cell): ExcelJS.Fill | undefined {
  const fill = cell.style?.fill;
  if (!fill) return undefined;
  if (fill.type === "pattern" && fill.pattern === "none") return undefined;
  return fill;
}

/** The cell's style with the fill normalised by `visibleFill`. */
export function styleOf(cell: ExcelJS.Cell): unknown {
  const { fill: _fill, ...rest } = cell.style ?? {};
  return { ...rest, fill: visibleFill(cell) };
}

const OWN_COLOURS = new Set(Object.values(MARK_FILLS));

/** The argb of a fill when it is one of SelfEval's mark colours (as fgColor or bgColor). */
export function ownFill(cell: ExcelJS.Cell): string | undefined {
  const fill = visibleFill(cell);
  if (!fill || fill.type !== "pattern") return undefined;
  return [fill.fgColor?.argb, fill.bgColor?.argb].find((c): c is string => c !== undefined && OWN_COLOURS.has(c));
}

export function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text ?? "").join("");
}

/** SelfEval marks left anywhere: our tagged conditional formats, fills in our colours (older
 *  versions), notes read by ExcelJS, and notes in the file's comments parts (read straight from
 *  the zip, independent of ExcelJS). */
export async function ownMarks(file: string): Promise<string[]> {
  const wb = await load(file);
  const found: string[] = [];
  const bytes = new Uint8Array(readFileSync(file));
  for (const ws of wb.worksheets) {
    for (const rule of await conditionalRules(bytes, ws.name)) if (rule.kind) found.push(`mark ${rule.kind} ${key(ws.name, rule.sqref)}`);
  }
  for (const ws of wb.worksheets) {
    for (const a1 of addresses(ws)) {
      const cell = ws.getCell(a1);
      const fill = ownFill(cell);
      if (fill) found.push(`fill ${fill} ${key(ws.name, a1)}`);
      if (noteText(cell)?.startsWith(NOTE_PREFIX)) found.push(`note ${key(ws.name, a1)}`);
    }
  }
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => /comments\d*\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    if (xml.includes(NOTE_PREFIX)) found.push(`comment part ${name}`);
  }
  return found;
}

/** Sheet-level layout that a submission must keep: merges, widths, heights, print setup, views. */
export function layoutOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const columns: unknown[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    columns.push({ width: col.width, hidden: col.hidden, outlineLevel: col.outlineLevel });
  }
  const rows: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push({ height: row.height, hidden: row.hidden, outlineLevel: row.outlineLevel });
  }
  const model = ws.model as unknown as { merges?: string[] };
  return {
    merges: [...(model.merges ?? [])].sort(),
    columns,
    rows,
    pageSetup: pageSetupOf(ws),
    headerFooter: ws.headerFooter,
    views: ws.views,
    properties: ws.properties,
    state: ws.state,
    autoFilter: ws.autoFilter,
  };
}

/**
 * The print setup. One tolerance, for an ExcelJS artefact of every save (not of the export): it
 * writes useFirstPageNumber="1" whenever firstPageNumber is set, and reads firstPageNumber as 1
 * when absent, so `useFirstPageNumber: false` comes back `true`. With firstPageNumber 1 a sheet's
 * page numbers then restart at 1 instead of continuing the workbook's count. Tolerated only in
 * that direction and only with firstPageNumber 1; firstPageNumber itself must be equal.
 */
function pageSetupOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  // ExcelJS's typings omit useFirstPageNumber; the object holds it.
  const setup: Record<string, unknown> = { ...ws.pageSetup };
  if (setup.firstPageNumber === 1) delete setup.useFirstPageNumber;
  return setup;
}

/** The cells SelfEval's conditional formats cover on a sheet (each area of each sqref). */
export async function markedCells(file: string, sheetName: string): Promise<string[]> {
  const out: string[] = [];
  for (const rule of await conditionalRules(new Uint8Array(readFileSync(file)), sheetName)) {
    if (!rule.kind) continue;
    for (const area of rule.sqref.split(/\s+/)) out.push(area.split(":")[0]);
  }
  return out;
}
