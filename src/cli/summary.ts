// `selfeval check DIR --summary 汇总.xlsx`: the review workbook a finance-bureau reviewer can sort,
// filter and file — the same workbook browser mode offers (src/review), from the CLI's results:
// an unusable file's reason, protected sheets and a copy that could not be written are its notes.
// ExcelJS is loaded only here.
import type ExcelJS from "exceljs";
import type { Locale } from "../engine/report";
import type { FileResult as ReviewFile } from "../review/summary";
import { reviewWorkbookBytes } from "../review/workbook";
import type { FileResult } from "./output";
import { sayShort } from "./reasons";

/** The CLI's results as the review's: reasons said in the reader's language. */
export function reviewFiles(results: readonly FileResult[], locale: Locale): ReviewFile[] {
  return results.map((r) => ({
    file: r.file,
    report: r.report,
    unusable: r.report ? undefined : r.error ? sayShort(r.error, locale) : "",
    protectedSheets: r.protectedSheets,
    unwritten: r.report && r.error ? sayShort(r.error, locale) : undefined,
  }));
}

export async function summaryWorkbook(results: FileResult[], locale: Locale): Promise<Uint8Array> {
  // Loaded here, on first use, as src/cli/common.ts loads the file layer (require, for the same
  // reasons: a lazy initialiser in the bundle, and tsx's CommonJS hook in development).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading, see above
  const Excel = require("exceljs") as typeof ExcelJS;
  return reviewWorkbookBytes(Excel, reviewFiles(results, locale), locale);
}
