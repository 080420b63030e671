// Shared by the CLI's commands: exit codes, input errors, and checking one file.
import { promises as fs } from "node:fs";
import type { Profile } from "../engine/profile";
import { checkXlsx, WorkbookReadError } from "../xlsx";
import type { FileResult } from "./output";

export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;

/** A failure that ends the run with exit status 2 and one line on stderr. */
export class InputError extends Error {}

/** Reads one file and checks it; an unusable file becomes a one-line reason, never a throw. */
export async function checkOne(file: string, profile: Profile) {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return { result: { file, error: `无法读取文件 / cannot read the file` } satisfies FileResult };
  }
  try {
    const checked = await checkXlsx(data, profile);
    if (checked.report.templates.length === 0) {
      return { result: { file, error: "未识别到绩效自评表模板 / no template recognised" } satisfies FileResult };
    }
    return { result: { file, report: checked.report } satisfies FileResult, checked };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { result: { file, error: error.message } satisfies FileResult };
    throw error;
  }
}
