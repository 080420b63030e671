// Legacy workbooks (.xls BIFF8 as Excel and WPS save it, WPS .et, OpenDocument .ods) become an
// .xlsx package before anything else reads them, so the checks, the checked copy and the
// submission copy are the same code for every format, and both copies are .xlsx.
//
// Two converters, the better first:
// - LibreOffice (`soffice --headless --convert-to xlsx`), in Node when it is installed: it keeps
//   the formatting (fonts, fills, borders, widths, print setup) in the .xlsx copy.
// - SheetJS CE (@e965/xlsx, 0.20.x; the `xlsx` package on npm stops at 0.18.5, which has known
//   advisories: prototype pollution CVE-2023-30533 and ReDoS CVE-2024-22363), in Node and in the
//   browser: values, formulas, number formats, merges, sheet names, hidden sheets and protection
//   come through; fonts, fills, borders, column widths and row heights do not (LEGACY_LOSS).
import { WorkbookReadError } from "./errors";
import { firstLine, notXlsx, truncated } from "./package";
import { decodeUtf8, latin1 } from "./xml";

export type SourceFormat = "xlsx" | "xls" | "ods" | "xml2003";

export type Converter = "libreoffice" | "sheetjs";

/** What is lost when a legacy file is converted without LibreOffice, in both languages. */
export const LEGACY_LOSS = {
  zh: "未安装 LibreOffice：副本为 .xlsx，保留数值、公式、数字格式、合并单元格与工作表保护，但不保留字体、填充色、边框、列宽和行高",
  en: "LibreOffice is not installed: the copy is .xlsx with values, formulas, number formats, merges and sheet protection, but without fonts, fills, borders, column widths and row heights",
} as const;

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "PK\x05\x06": the end-of-central-directory record every complete zip ends with. */
const ZIP_EOCD = [0x50, 0x4b, 0x05, 0x06];
/** The EOCD record is 22 bytes plus a comment of at most 65 535 bytes. */
const ZIP_EOCD_SEARCH = 22 + 0xffff;
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** The format the bytes are in, by content (never by file name); refuses what is no workbook. */
export function formatOfBytes(bytes: Uint8Array): SourceFormat {
  if (bytes.length === 0) throw new WorkbookReadError("empty", "文件为空（0 字节）", "The file is empty (0 bytes)");
  if (startsWith(bytes, OLE2_SIGNATURE, 0)) {
    // An .xlsx with an open password is also an OLE2 container (MS-OFFCRYPTO).
    if (containsUtf16(bytes, "EncryptedPackage")) {
      throw new WorkbookReadError("unreadable", "文件设置了打开密码，请在 Excel 中取消密码后再校验", "The file is password-protected; remove the password in Excel first");
    }
    // BIFF8 keeps its sheets in a stream named "Workbook" (BIFF5: "Book"); WPS .et files too.
    if (!containsUtf16(bytes, "Workbook") && !containsUtf16(bytes, "Book")) {
      throw new WorkbookReadError("not-xlsx", "这不是可读取的 .xls 工作簿：文件中没有工作簿数据", "This is not a readable .xls workbook: the file holds no workbook stream");
    }
    return "xls";
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (!hasZipEnd(bytes)) throw truncated();
    // ODF packages store "mimetype" first and uncompressed (ODF 1.2 Part 3, §3.3).
    const head = latin1(bytes.subarray(30, 30 + 8 + ODS_MIMETYPE.length));
    if (head.startsWith("mimetype") && head.includes(ODS_MIMETYPE)) return "ods";
    return "xlsx";
  }
  // Excel 2003 XML Spreadsheet (WPS and old web exports save it with an .xls name).
  const text = decodeUtf8(bytes.subarray(0, 4096));
  if (/^\s*(\uFEFF)?<\?xml[^>]*>/.test(text) && text.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml2003";
  throw notXlsx();
}

export interface LegacyOptions {
  /** false: never run LibreOffice (tests of the SheetJS path; browser mode never can). */
  libreoffice?: boolean;
}

export interface Converted {
  bytes: Uint8Array;
  converter: Converter;
}

/**
 * The legacy file as an .xlsx package. SheetJS reads it first in every case: a file it cannot
 * read as a workbook is refused, never handed to LibreOffice (which opens any bytes as text).
 */
export async function convertLegacy(bytes: Uint8Array, format: Exclude<SourceFormat, "xlsx">, options: LegacyOptions = {}): Promise<Converted> {
  const XLSX = await import("@e965/xlsx");
  let wb: import("@e965/xlsx").WorkBook;
  try {
    wb = quietly(() => XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellDates: false, cellStyles: false, dense: false, WTF: false }));
  } catch (err) {
    throw new WorkbookReadError("unreadable", "无法读取该旧版工作簿，文件可能已损坏", `The legacy workbook could not be read: ${firstLine(err)}`, err);
  }
  if (!wb.SheetNames?.length) throw notXlsx();
  if (options.libreoffice !== false && (await libreOfficeAvailable())) {
    const viaLo = await convertWithLibreOffice(bytes, format);
    if (viaLo) return { bytes: viaLo, converter: "libreoffice" };
  }
  const out = quietly(() => XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
  return { bytes: new Uint8Array(out), converter: "sheetjs" };
}

/**
 * Runs SheetJS without its console diagnostics: it reports number formats it maps approximately
 * ("ODS number format may be incorrect: value()>0" for each conditional section of an .ods
 * format) on console.error, which is noise in the page and in the CLI's stderr. What is lost in
 * a conversion without LibreOffice is said once, by LEGACY_LOSS.
 */
function quietly<T>(run: () => T): T {
  const original = console.error;
  console.error = () => undefined;
  try {
    return run();
  } finally {
    console.error = original;
  }
}

/**
 * `soffice --headless --convert-to xlsx` in a private profile and folder, when LibreOffice is
 * installed and this is Node; undefined otherwise (browser mode, no soffice, a failed run).
 */
async function convertWithLibreOffice(bytes: Uint8Array, format: Exclude<SourceFormat, "xlsx">): Promise<Uint8Array | undefined> {
  if (typeof process === "undefined" || !process.versions?.node) return undefined;
  const lo = await loadNode();
  if (!lo) return undefined;
  const { fs, os, path, execFile } = lo;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-lo-"));
  try {
    const input = path.join(dir, `input.${format === "xml2003" ? "xml" : format}`);
    await fs.writeFile(input, bytes);
    const ok = await new Promise<boolean>((resolve) => {
      execFile(
        process.env.SELFEVAL_SOFFICE || "soffice",
        [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), input],
        { timeout: 120_000 },
        (error) => resolve(!error),
      );
    });
    if (!ok) return undefined;
    const output = path.join(dir, "out", "input.xlsx");
    return await fs.readFile(output).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)).catch(() => undefined);
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

interface NodeModules {
  fs: typeof import("node:fs/promises");
  os: typeof import("node:os");
  path: typeof import("node:path");
  execFile: typeof import("node:child_process").execFile;
}

/** Node's modules, loaded only in Node; the browser bundle never resolves them. */
async function loadNode(): Promise<NodeModules | undefined> {
  try {
    const [fs, os, path, cp] = await Promise.all([
      import(/* webpackIgnore: true */ "node:fs/promises"),
      import(/* webpackIgnore: true */ "node:os"),
      import(/* webpackIgnore: true */ "node:path"),
      import(/* webpackIgnore: true */ "node:child_process"),
    ]);
    return { fs, os, path, execFile: cp.execFile };
  } catch {
    return undefined;
  }
}

let sofficeProbe: Promise<boolean> | undefined;

/** Whether LibreOffice can convert here (Node with `soffice` on PATH); probed once. */
export function libreOfficeAvailable(): Promise<boolean> {
  sofficeProbe ??= (async () => {
    if (typeof process === "undefined" || !process.versions?.node) return false;
    const lo = await loadNode();
    if (!lo) return false;
    return new Promise<boolean>((resolve) => {
      lo.execFile(process.env.SELFEVAL_SOFFICE || "soffice", ["--version"], { timeout: 60_000 }, (error) => resolve(!error));
    });
  })();
  return sofficeProbe;
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
