// .xlsx bytes → ExcelJS workbook → the engine's grid model (CLI and browser mode).
// ExcelJS addresses are 1-based; the grid is 0-based, so every index below is shifted once.
import ExcelJS from "exceljs";
import type { Area, Cell, CellValue, SheetGrid, WorkbookGrid } from "../engine/grid";

export type WorkbookReadErrorCode = "empty" | "not-xlsx" | "legacy-xls" | "truncated" | "unreadable";

/** A file that cannot be read, with a one-line bilingual message fit for the user (no stack). */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  readonly code: WorkbookReadErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: WorkbookReadErrorCode, messageZh: string, messageEn: string, cause?: unknown) {
    super(`${messageZh} / ${messageEn}`, cause === undefined ? undefined : { cause });
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}

export async function readWorkbook(
  data: ArrayBuffer | Uint8Array | Buffer,
): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkSignature(bytes);

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own `Buffer extends ArrayBuffer`; at run time it hands the bytes to
    // JSZip, which takes any Uint8Array — so no Node Buffer is needed (browser mode has none).
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw loadError(err);
  }
  // A zip without xl/workbook.xml (a .docx, a zipped folder) loads "successfully" with no sheets.
  if (workbook.worksheets.length === 0) throw notXlsx();

  try {
    return { workbook, grid: gridFromWorkbook(workbook) };
  } catch (err) {
    throw unreadable(err);
  }
}

export function gridFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrid {
  // `worksheets` is in tab order and includes hidden and very hidden sheets.
  return { sheets: wb.worksheets.map(sheetFromWorksheet) };
}

function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: (Cell | undefined)[][] = [];
  ws.eachRow((row, rowNumber) => {
    row.eachCell((xc, colNumber) => {
      const cell = cellFromExcel(xc);
      if (!cell) return;
      (cells[rowNumber - 1] ??= [])[colNumber - 1] = cell;
    });
  });
  // Rows are never holes, so `for (const row of sheet.cells)` in the engine needs no guard.
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];

  const sheet: SheetGrid = { name: ws.name, cells, merges: readMerges(ws) };
  if ((ws as WorksheetInternals).sheetProtection?.sheet === true) sheet.protected = true;
  return sheet;
}

function cellFromExcel(xc: ExcelJS.Cell): Cell | undefined {
  // A merged slave reports its master's value through `cell.value`; the grid model keeps the
  // value in the master only, so slaves stay empty.
  if (xc.type === ExcelJS.ValueType.Merge) return undefined;

  let cell: Cell;
  if (xc.type === ExcelJS.ValueType.Formula) {
    // `cell.value` drops falsy cached results (0, false, "") when it copies the formula model;
    // `cell.result` does not. `cell.formula` also translates shared-formula clones
    // (`{ sharedFormula: "C2" }`) into their own formula text, e.g. "A3/B3".
    cell = { value: toCellValue(xc.result), formula: stripEquals(xc.formula) };
    if (!cell.formula) delete cell.formula;
  } else {
    const value = toCellValue(xc.value);
    if (value === null || value === "") return undefined;
    cell = { value };
  }

  const numFmt = xc.numFmt;
  if (numFmt && numFmt !== "General") cell.numFmt = numFmt;
  return cell;
}

/** Maps a raw ExcelJS value (or cached formula result) onto the grid's value union. */
function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  // ExcelJS turns numbers in a date-formatted cell into Dates (UTC). The grid has no date type;
  // the rules never compute on dates, so the ISO day is the most readable, lossless-enough text.
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw === "object") {
    if ("error" in raw && typeof raw.error === "string") return { error: raw.error };
    if ("richText" in raw && Array.isArray(raw.richText)) return richTextToString(raw.richText);
    // Hyperlink: `text` is a string or, when the link text is formatted, a rich-text object.
    if ("text" in raw) return toCellValue(raw.text);
  }
  return null;
}

function richTextToString(runs: unknown[]): string {
  return runs.map((run) => (run && typeof run === "object" && "text" in run ? String(run.text ?? "") : "")).join("");
}

function stripEquals(formula: string | undefined): string | undefined {
  return formula?.startsWith("=") ? formula.slice(1) : formula;
}

/** ExcelJS internals this adapter relies on; neither is in its type declarations. */
interface WorksheetInternals {
  /** Set from <sheetProtection sheet="1">; `protect()` sets the same shape. */
  sheetProtection?: { sheet?: boolean } | null;
  /** Merged areas keyed by master address, 1-based, as ExcelJS 4.4 indexes them. */
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
}

function readMerges(ws: ExcelJS.Worksheet): Area[] {
  // `ws.model.merges` lists the same areas as A1 strings, but the `model` getter serialises every
  // row of the sheet to produce it; `_merges` is the index that getter reads from.
  const index = (ws as WorksheetInternals)._merges ?? {};
  const merges: Area[] = [];
  for (const m of Object.values(index)) {
    // A 1×1 "merge" (some generators write them) spans nothing; keep it out of the model.
    if (m.top === m.bottom && m.left === m.right) continue;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

// --- input checks and error mapping -------------------------------------------------------

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "PK\x05\x06": the end-of-central-directory record every complete zip ends with. */
const ZIP_EOCD = [0x50, 0x4b, 0x05, 0x06];
/** The EOCD record is 22 bytes plus a comment of at most 65 535 bytes. */
const ZIP_EOCD_SEARCH = 22 + 0xffff;

function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new WorkbookReadError("empty", "文件为空（0 字节）", "The file is empty (0 bytes)");
  }
  if (startsWith(bytes, OLE2_SIGNATURE, 0)) {
    // An .xlsx with an open password is also an OLE2 container; telling the user to "save as
    // .xlsx" would be wrong advice for it.
    if (containsUtf16(bytes, "EncryptedPackage")) {
      throw new WorkbookReadError(
        "unreadable",
        "文件设置了打开密码，请在 Excel 中取消密码后再校验",
        "The file is password-protected; remove the password in Excel first",
      );
    }
    throw new WorkbookReadError(
      "legacy-xls",
      "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再校验",
      "This is a legacy .xls file; save it as .xlsx in Excel first",
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notXlsx();
  if (!hasZipEnd(bytes)) throw truncated();
}

function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - ZIP_EOCD_SEARCH);
  for (let i = bytes.length - ZIP_EOCD.length; i >= from; i--) {
    if (startsWith(bytes, ZIP_EOCD, i)) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: number[], at: number): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] === needle[0] && startsWith(bytes, needle, i)) return true;
  }
  return false;
}

function notXlsx(): WorkbookReadError {
  return new WorkbookReadError("not-xlsx", "这不是 .xlsx 工作簿文件", "This is not an .xlsx workbook");
}

function truncated(cause?: unknown): WorkbookReadError {
  return new WorkbookReadError(
    "truncated",
    "文件不完整（可能下载或复制中断），请重新获取该文件",
    "The file is incomplete (truncated); download or copy it again",
    cause,
  );
}

function unreadable(cause: unknown): WorkbookReadError {
  const detail = firstLine(cause);
  return new WorkbookReadError(
    "unreadable",
    "无法读取该 .xlsx 文件，文件可能已损坏",
    detail ? `The .xlsx file could not be read: ${detail}` : "The .xlsx file could not be read",
    cause,
  );
}

function loadError(err: unknown): WorkbookReadError {
  // JSZip's words for a zip whose directory or entries are cut short or damaged.
  if (/central directory|end of data|corrupted zip|unexpected end/i.test(firstLine(err))) return truncated(err);
  return unreadable(err);
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err ?? "");
  return text.split("\n", 1)[0].slice(0, 200);
}
