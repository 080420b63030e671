// Shared by the pane tests: the bundled sample (the seed, 株洲市芦淞区商务局 2023) checked by the
// real engine, and a fake Host whose every method is a jest.fn.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fromA1 } from "../../src/engine/grid";
import type { Profile } from "../../src/engine/profile";
import { defaultProfile } from "../../src/engine/profile";
import type { Report } from "../../src/engine/report";
import type { Host, RunResult, Settings } from "../../src/host/contract";
import { checkWorkbook } from "../../src/template";
import { readWorkbook } from "../../src/xlsx";

export const SAMPLE_PATH = path.join(__dirname, "../../assets/samples/芦淞区商务局_2023_整体支出绩效自评.xlsx");
export const EVAL_SHEET = "附件3 整体支出绩效自评表";
export const BASE_SHEET = "附件2 基础数据表";

export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SAMPLE_PATH));
}

let cached: Report | undefined;
export async function sampleReport(profile: Profile = defaultProfile): Promise<Report> {
  if (profile === defaultProfile && cached) return cached;
  const { grid } = await readWorkbook(sampleBytes());
  const report = checkWorkbook(grid, profile);
  if (profile === defaultProfile) cached = report;
  return report;
}

export function runResult(report: Report, extra: Partial<RunResult> = {}): RunResult {
  return { report, written: 3, marked: 8, protectedSheets: [], noteSupport: "notes", ...extra };
}

export type FakeHost = Host & { [K in Exclude<keyof Host, "kind" | "lastRun">]: jest.Mock };

export function fakeHost(result: RunResult, saved: Partial<Settings> = {}): FakeHost {
  return {
    kind: "excel",
    validate: jest.fn().mockResolvedValue(result),
    select: jest.fn().mockResolvedValue(undefined),
    accept: jest.fn().mockResolvedValue(undefined),
    clearMarks: jest.fn().mockResolvedValue(undefined),
    undo: jest.fn().mockResolvedValue(undefined),
    loadSettings: jest.fn().mockResolvedValue(saved),
    saveSettings: jest.fn().mockResolvedValue(undefined),
  };
}

export const at = fromA1;

/** A finance bureau's profile file, as a user would load it: over-target becomes an error. */
export const BUREAU_PROFILE = JSON.stringify({ id: "test-bureau", name: "某财政局", extends: "default", severities: { "over-target": "error" } }, null, 2);
