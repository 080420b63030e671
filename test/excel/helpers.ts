// Shared set-up for the Excel adapter tests: the real sample workbook, read with the file adapter
// and turned into a fake Excel.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetGrid, WorkbookGrid } from "../../src/engine/grid";
import { findProfile } from "../../src/engine/profile";
import type { Profile } from "../../src/engine/profile";
import { readWorkbook } from "../../src/xlsx";
import { FakeExcel } from "./fake";
import type { FakeOptions } from "./fake";

const SAMPLES = join(__dirname, "..", "..", "assets", "samples");

export const SAMPLE_FILE = join(SAMPLES, readdirSync(SAMPLES).find((f) => f.endsWith(".xlsx")) as string);
export const BASE_SHEET = "附件2 基础数据表";
export const EVAL_SHEET = "附件3 整体支出绩效自评表";

export const hunan: Profile = findProfile("hunan-dept") as Profile;

let cached: WorkbookGrid | undefined;

export async function sampleGrid(): Promise<WorkbookGrid> {
  cached ??= (await readWorkbook(readFileSync(SAMPLE_FILE))).grid;
  return structuredClone(cached);
}

export async function sampleFake(options: FakeOptions = {}): Promise<FakeExcel> {
  return FakeExcel.fromGrid(await sampleGrid(), options);
}

/** The sample's evaluation sheet copied `count` times under new names, plus the base sheet. */
export async function bigGrid(count: number): Promise<WorkbookGrid> {
  const grid = await sampleGrid();
  const base = grid.sheets.find((s) => s.name === BASE_SHEET) as SheetGrid;
  const evalSheet = grid.sheets.find((s) => s.name === EVAL_SHEET) as SheetGrid;
  const sheets: SheetGrid[] = [base];
  for (let i = 1; i <= count; i++) sheets.push({ ...structuredClone(evalSheet), name: `项目${i}` });
  return { sheets };
}
