// Files from a folder: the folder picker (<input webkitdirectory>, whose Files carry
// webkitRelativePath) and a folder dropped onto the pane (DataTransferItem.webkitGetAsEntry,
// https://developer.mozilla.org/en-US/docs/Web/API/DataTransferItem/webkitGetAsEntry). Only
// workbooks are kept: .xlsx (and .xls / .xlsm, so that the table says why they cannot be used);
// Excel's lock files (~$name.xlsx) and hidden files are skipped.
import type { FileLike } from "./BrowserHost";

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** A workbook worth listing: by extension, not a lock file or a hidden file. */
export function isWorkbookName(name: string): boolean {
  const base = name.split("/").pop() ?? name;
  return WORKBOOK.test(base) && !base.startsWith("~$") && !base.startsWith(".");
}

/** A File under the name of its path inside the picked or dropped folder. */
function named(file: File, name: string): FileLike {
  return { name, size: file.size, arrayBuffer: () => file.arrayBuffer() };
}

/** The folder picker's files, named by their path in the folder, sorted by it. */
export function filesFromPicker(files: readonly File[]): FileLike[] {
  return files
    .map((f) => ({ f, path: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name }))
    .filter(({ path }) => isWorkbookName(path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ f, path }) => named(f, path));
}

/** The parts of the File and Directory Entries API a drop uses. */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath?: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: Entry[]) => void, failure?: (error: unknown) => void): void };
}

async function walk(entry: Entry, prefix: string, out: { path: string; file: File }[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile && entry.file) {
    if (!isWorkbookName(path)) return;
    const file = await new Promise<File>((resolve, reject) => entry.file?.(resolve, reject));
    out.push({ path, file });
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  // readEntries returns the entries in batches (Chromium: 100 at a time) until an empty one.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, path, out);
  }
}

/**
 * The workbooks of a drop: dropped files as they are, dropped folders walked recursively (files
 * named by their path). The entries are taken while the drop event runs, as the API requires.
 */
export async function filesFromDrop(data: DataTransfer | null): Promise<FileLike[]> {
  if (!data) return [];
  const items = Array.from(data.items ?? []);
  const entries = items.map((item) => (item.kind === "file" && typeof item.webkitGetAsEntry === "function" ? (item.webkitGetAsEntry() as Entry | null) : null));
  const plain = Array.from(data.files ?? []);
  if (!entries.some((e) => e?.isDirectory)) return plain;
  const out: { path: string; file: File }[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry) await walk(entry, "", out);
    else if (plain[i]) out.push({ path: plain[i].name, file: plain[i] });
  }
  return out.map(({ path, file }) => named(file, path));
}
