// Shared by the CLI tests: the command in process and as the installed bin, temporary folders, and
// workbooks built from the fixtures with one thing changed.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const BIN = path.join(ROOT, "scripts", "selfeval.cjs");
const SAMPLE_DIR = path.join(ROOT, "assets", "samples");
export const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
export const FIXTURES = path.join(ROOT, "test", "fixtures");
export const CLEAN = path.join(FIXTURES, "clean_project.xlsx");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command in this process, with its output captured. */
export async function run(argv: string[], options: { isTTY?: boolean; columns?: number } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: options.isTTY ?? false, columns: options.columns });
  return { code, stdout, stderr };
}

/** The installed bin in a child process; `asUser` runs it as another user (setpriv, when we are root). */
export function runBin(argv: string[], options: { asUser?: number; cwd?: string } = {}): Promise<Run> {
  const [file, args] =
    options.asUser === undefined
      ? [process.execPath, [BIN, ...argv]]
      : ["setpriv", [`--reuid=${options.asUser}`, `--regid=${options.asUser}`, "--clear-groups", process.execPath, BIN, ...argv]];
  return new Promise((resolve) => {
    execFile(file, args, { encoding: "utf8", cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

export function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), "selfeval-"));
}

/** A copy of a fixture with `change` applied to its first sheet, written with ExcelJS. */
export async function variant(source: string, target: string, change: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  await change(wb.worksheets[0], wb);
  await wb.xlsx.writeFile(target);
  return target;
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every file under dir, relative, sorted (hidden ones too). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}
