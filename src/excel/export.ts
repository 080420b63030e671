// 导出提交版 in Excel (SPEC §7): the workbook's bytes where the host gives them
// (`getFileAsync`, Compressed), PDF where only that exists, otherwise a result that tells the pane
// to guide the user to 文件 › 另存为. Every file opened is closed, whatever happens
// (PLATFORM.md, Export): Office allows one open file per document.
import type { AsyncResultLike, ExcelEnv, FileLike, SliceLike } from "./api";
import { safeIsSetSupported } from "./features";

/** Office's maximum slice: 4 MB. */
export const SLICE_SIZE = 4194304;

export type ExportFormat = "xlsx" | "pdf";

export interface ExportFailure {
  format: ExportFormat;
  /** unsupported: the host lacks the requirement set; host-error: getFileAsync or a slice failed
   *  (11001 and 7000 are the codes seen on Excel on the web); empty: size 0; incomplete: fewer
   *  bytes than the file's size. */
  reason: "unsupported" | "host-error" | "empty" | "incomplete";
  code?: number;
  message?: string;
}

export type ExportResult =
  | { kind: "file"; format: ExportFormat; bytes: Uint8Array; failures: ExportFailure[] }
  | { kind: "save-as"; failures: ExportFailure[]; guidance: { "zh-CN": string; en: string } };

export const SAVE_AS_GUIDANCE = {
  "zh-CN": "此版本的 Excel 无法直接导出文件。标记已清除，请使用「文件 › 另存为」保存提交版。",
  en: "This Excel cannot hand the file to the add-in. The marks are cleared; use File › Save As to save the copy to submit.",
} as const;

const REQUIREMENT_SET: Record<ExportFormat, string> = { xlsx: "CompressedFile", pdf: "PdfFile" };

export async function exportFile(
  env: Pick<ExcelEnv, "document" | "constants" | "isSetSupported">,
  options: { formats?: readonly ExportFormat[] } = {},
): Promise<ExportResult> {
  const failures: ExportFailure[] = [];
  for (const format of options.formats ?? ["xlsx", "pdf"]) {
    if (!safeIsSetSupported(env, REQUIREMENT_SET[format], "1.1")) {
      failures.push({ format, reason: "unsupported" });
      continue;
    }
    const got = await getFile(env, format);
    if ("bytes" in got) return { kind: "file", format, bytes: got.bytes, failures };
    failures.push(got);
  }
  return { kind: "save-as", failures, guidance: SAVE_AS_GUIDANCE };
}

async function getFile(env: Pick<ExcelEnv, "document" | "constants">, format: ExportFormat): Promise<{ bytes: Uint8Array } | ExportFailure> {
  const { document, constants } = env;
  const type = format === "xlsx" ? constants.fileType.compressed : constants.fileType.pdf;
  let file: FileLike;
  try {
    file = await new Promise<FileLike>((resolve, reject) => {
      document.getFileAsync(type, { sliceSize: SLICE_SIZE }, (result) => {
        if (result.status === constants.succeeded) resolve(result.value);
        else reject(result.error ?? new Error("getFileAsync failed"));
      });
    });
  } catch (err) {
    return hostError(format, err);
  }
  try {
    if (!(file.size > 0) || !(file.sliceCount > 0)) return { format, reason: "empty" };
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await new Promise<SliceLike>((resolve, reject) => {
        file.getSliceAsync(i, (result: AsyncResultLike<SliceLike>) => {
          if (result.status === constants.succeeded) resolve(result.value);
          else reject(result.error ?? new Error("getSliceAsync failed"));
        });
      });
      parts.push(toBytes(slice.data));
    }
    const bytes = concat(parts);
    if (bytes.length === 0) return { format, reason: "empty" };
    if (bytes.length !== file.size) return { format, reason: "incomplete", message: `${bytes.length} of ${file.size} bytes` };
    return { bytes };
  } catch (err) {
    return hostError(format, err);
  } finally {
    await close(file);
  }
}

function close(file: FileLike): Promise<void> {
  return new Promise((resolve) => {
    try {
      file.closeAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

function hostError(format: ExportFormat, err: unknown): ExportFailure {
  const failure: ExportFailure = { format, reason: "host-error" };
  if (typeof err === "object" && err !== null) {
    const { code, message } = err as { code?: unknown; message?: unknown };
    if (typeof code === "number") failure.code = code;
    if (typeof message === "string") failure.message = message;
  }
  return failure;
}

/** A slice's data: an array of byte values in office.js, typed arrays in some hosts. */
function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new Error("Unexpected slice data");
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
