// Shared by the CLI's commands: exit codes, and checking one file into a result that never throws.
import { promises as fs } from "node:fs";
import type { Profile } from "../engine/profile";
import type { CheckedFile } from "../xlsx";
import type { FileResult } from "./output";
import { readFailure, reason, unexpected } from "./reasons";

export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;

type XlsxModule = typeof import("../xlsx");
let xlsxModule: XlsxModule | undefined;

/**
 * The file layer, loaded on first use: it pulls in ExcelJS, which takes longer to load than the
 * rest of the command, and `selfeval --help` or a usage error needs none of it. A require() in a
 * function, not import(): esbuild turns it into a lazy module initialiser in the bundle, and
 * tsx's CommonJS hook (the development fallback of scripts/selfeval.cjs) handles require() only.
 */
export async function loadXlsx(): Promise<XlsxModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading, see above
  xlsxModule ??= require("../xlsx") as XlsxModule;
  return xlsxModule;
}

/** Reads one file and checks it; whatever goes wrong becomes the file's one-line reason. */
export async function checkOne(file: string, profile: Profile): Promise<{ result: FileResult; checked?: CheckedFile }> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    return { result: { file, error: readFailure(file, error) } };
  }
  try {
    const { checkXlsx } = await loadXlsx();
    const checked = await checkXlsx(data, profile);
    if (checked.report.templates.length === 0) {
      return { result: { file, error: reason("未识别到绩效自评表模板", "no template recognised") } };
    }
    const templateSheets = new Set(checked.report.templates.map((t) => t.sheet));
    const protectedSheets = checked.grid.sheets.filter((s) => s.protected && templateSheets.has(s.name)).map((s) => s.name);
    return { result: { file, report: checked.report, protectedSheets }, checked };
  } catch (error) {
    // WorkbookReadError carries its reason in both languages; anything else still stays this
    // file's problem, so one file never stops a batch.
    return { result: { file, error: unexpected(error) } };
  }
}

/** 0 no error-severity finding · 1 error-severity findings · 2 the file (or its copy) could not be used. */
export function fileStatus(result: FileResult): 0 | 1 | 2 {
  if (result.error) return EXIT.unusable;
  return result.report?.findings.some((f) => f.severity === "error") ? EXIT.errors : EXIT.ok;
}

/** A run's status is its worst file's: exit 0 must mean every file was checked and clean. */
export function runStatus(results: FileResult[]): 0 | 1 | 2 {
  return results.reduce<0 | 1 | 2>((worst, r) => Math.max(worst, fileStatus(r)) as 0 | 1 | 2, EXIT.ok);
}
