// 导出提交版 in Excel (SPEC §7): validate first (the pane asks when errors remain), clear our marks,
// take the file from the host, and put the marks back afterwards if the user wants them.
import { submissionFileName } from "../engine/export";
import type { WriteMode } from "../engine/plan";
import type { Profile } from "../engine/profile";
import type { Locale, Report } from "../engine/report";
import type { ExportFormat, ExportResult } from "./export";
import type { ExcelHost } from "./host";

export type SubmissionResult =
  | { kind: "file"; format: ExportFormat; fileName: string; bytes: Uint8Array }
  | { kind: "save-as"; guidance: { "zh-CN": string; en: string } };

/**
 * Clears SelfEval's marks (so the file carries none), then asks Excel for the file: the .xlsx
 * where the host gives it, a PDF where only that exists, else Save As guidance. The marks stay
 * cleared either way: with Save As the user saves a clean workbook.
 */
export async function exportForSubmission(host: Pick<ExcelHost, "clearMarks" | "exportFile">, report: Report): Promise<SubmissionResult> {
  await host.clearMarks();
  const result: ExportResult = await host.exportFile();
  if (result.kind === "save-as") return { kind: "save-as", guidance: result.guidance };
  const name = submissionFileName(report);
  return { kind: "file", format: result.format, bytes: result.bytes, fileName: result.format === "pdf" ? name.replace(/\.xlsx$/, ".pdf") : name };
}

/** 恢复标记: the marks come back by validating again (values already written are not rewritten). */
export async function restoreMarks(host: Pick<ExcelHost, "validate">, profile: Profile, options: { mode: WriteMode; locale: Locale }) {
  return host.validate(profile, options);
}
