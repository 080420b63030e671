// Files in, files out. Inputs are found by walking folders; outputs never harm inputs: identity is
// compared by device and inode (fs.stat), not by path strings, an existing file is replaced only
// with --force, and every copy is written to a temporary file in the same folder and renamed, so
// an interrupted run never leaves a half-written copy (rename is atomic within one file system:
// POSIX rename(2); Windows MoveFileEx with MOVEFILE_REPLACE_EXISTING, which libuv uses).
import { promises as fs, unlinkSync } from "node:fs";
import path from "node:path";
import type { Reason } from "./reasons";
import { folderFailure, readFailure, reason, writeFailure } from "./reasons";

/** Workbooks a folder walk picks up; legacy formats are read when the reader supports them. */
export const WORKBOOK_FILE = /\.(xlsx|xlsm|xls|et|ods)$/i;
/** SelfEval's own checked copies: skipped when walking a folder (a checked copy is no submission). */
export const CHECKED_COPY = /\.checked\.(xlsx|xlsm)$/i;
const TEMP_SUFFIX = ".selfeval-tmp";

export interface Input {
  /** The path as the user gave it, or as found under a folder they gave. */
  file: string;
  /** The folder the path is taken relative to when --out mirrors the inputs. */
  root: string;
  /** Device and inode, when the file could be looked at. */
  id?: string;
  error?: Reason;
}

export interface WalkSkip {
  /** Real paths of folders never entered (the --out folder). */
  dirs: Set<string>;
  /** Real paths of files never picked up (the --summary workbook). */
  files: Set<string>;
}

/** Device + inode, as a string; bigint so that Windows' 64-bit file ids keep every digit. */
export async function fileId(file: string): Promise<string | undefined> {
  const stat = await fs.stat(file, { bigint: true }).catch(() => null);
  return stat ? `${stat.dev}:${stat.ino}` : undefined;
}

async function realOrNull(p: string): Promise<string | null> {
  return fs.realpath(p).catch(() => null);
}

/**
 * Expands the arguments into workbook files, in order, each folder recursively and sorted. A path
 * that cannot be used (missing, unreadable folder, empty folder) becomes an entry with its reason,
 * never a failure of the whole run.
 */
export async function collectInputs(paths: string[], skip: WalkSkip): Promise<Input[]> {
  const found: Input[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      const code = (error as { code?: string }).code;
      found.push({
        file: p,
        root: path.dirname(p),
        error: code === "ENOENT" || code === "ENOTDIR" ? reason(`找不到文件或文件夹：${p}`, `no such file or folder: ${p}`) : readFailure(p, error),
      });
      continue;
    }
    if (stat.isDirectory()) {
      const before = found.length;
      await walk(p, p, skip, new Set(), found);
      if (found.length === before) {
        found.push({ file: p, root: p, error: reason(`文件夹中没有工作簿文件（.xlsx .xlsm .xls .et .ods）：${p}`, `no workbook files (.xlsx .xlsm .xls .et .ods) in ${p}`) });
      }
    } else found.push({ file: p, root: path.dirname(p) });
  }
  // The same path twice, or a symbolic link to a file already listed, is checked once; a hard link
  // is another name the user gave the file and is reported under that name.
  const seen = new Set<string>();
  const inputs: Input[] = [];
  for (const input of found) {
    if (!input.error) {
      const real = await realOrNull(input.file);
      if (real && seen.has(real)) continue;
      if (real) seen.add(real);
      input.id = await fileId(input.file);
    }
    inputs.push(input);
  }
  return inputs;
}

async function walk(dir: string, root: string, skip: WalkSkip, visited: Set<string>, out: Input[]): Promise<void> {
  const id = await fileId(dir);
  if (id) {
    if (visited.has(id)) return; // a link back to a folder already walked
    visited.add(id);
  }
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ file: dir, root, error: folderFailure(dir, error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Hidden files and folders (also macOS's `._` copies and our temporary files) and Excel's
    // `~$` lock files are nobody's submission.
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      if (!target) {
        if (WORKBOOK_FILE.test(entry.name)) out.push({ file: full, root, error: reason(`链接指向的文件不存在：${full}`, `the link points to nothing: ${full}`) });
        continue;
      }
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) {
      const real = await realOrNull(full);
      if (real && skip.dirs.has(real)) continue;
      await walk(full, root, skip, visited, out);
    } else if (isFile && WORKBOOK_FILE.test(entry.name) && !CHECKED_COPY.test(entry.name)) {
      const real = await realOrNull(full);
      if (real && skip.files.has(real)) continue;
      out.push({ file: full, root });
    }
  }
}

// --- where outputs go ------------------------------------------------------------------------

/** An .xlsm stays an .xlsm; everything else SelfEval writes is an .xlsx. */
export function copyExtension(file: string): ".xlsx" | ".xlsm" {
  return /\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx";
}

/** `自评表.xlsx` → `自评表.checked.xlsx`; `旧表.xls` → `旧表.checked.xlsx`; `宏.xlsm` → `宏.checked.xlsm`. */
export function checkedName(file: string): string {
  const base = path.basename(file);
  const stem = WORKBOOK_FILE.test(base) ? base.replace(WORKBOOK_FILE, "") : base;
  return `${stem}.checked${copyExtension(file)}`;
}

/**
 * `--out` names a folder when it ends with a slash, is an existing folder, or does not end with
 * .xlsx or .xlsm; otherwise it names one file.
 */
export async function outIsFolder(out: string): Promise<boolean> {
  if (/[\\/]$/.test(out)) return true;
  const stat = await fs.stat(out).catch(() => null);
  if (stat?.isDirectory()) return true;
  return !/\.(xlsx|xlsm)$/i.test(out);
}

/** The deepest folder holding every root, so that --out DIR keeps the inputs' subfolders. */
export function commonRoot(roots: string[]): string {
  const split = roots.map((r) => path.resolve(r).split(path.sep));
  const first = split[0] ?? [];
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && i < parts.length && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

/** `out/<the input's folder relative to base>/<name>.checked.xlsx` */
export function mirroredTarget(out: string, base: string, file: string): string {
  let rel = path.relative(base, path.dirname(path.resolve(file)));
  // Another drive (Windows) or outside base: keep the whole path under out, without its root.
  if (rel.startsWith("..") || path.isAbsolute(rel)) rel = path.resolve(path.dirname(file)).replace(/^([A-Za-z]):/, "$1").replace(/^[\\/]+/, "");
  return path.join(out, rel, checkedName(file));
}

// --- writing ---------------------------------------------------------------------------------

/** An output that was refused or failed, with its one-line reason; the input is untouched. */
export class OutputError extends Error {
  constructor(readonly reason: Reason) {
    super(`${reason.zh} / ${reason.en}`);
  }
}

export interface WriteOptions {
  /** Replace an existing file (never an input). */
  force: boolean;
  /** Device:inode of every input of the run. */
  inputs: Set<string>;
}

/** Refuses a target that is an input (the same file, a hard link or a symlink to it), a folder, or exists without --force. */
export async function guardTarget(target: string, options: WriteOptions): Promise<void> {
  const lstat = await fs.lstat(target, { bigint: true }).catch(() => null);
  if (!lstat) return;
  if (options.inputs.has(`${lstat.dev}:${lstat.ino}`)) {
    throw new OutputError(reason(`${target} 就是原文件（同一文件或硬链接），不能作为输出`, `${target} is the input file itself (the same file or a hard link); choose another output`));
  }
  if (lstat.isSymbolicLink()) {
    const real = await fs.stat(target, { bigint: true }).catch(() => null);
    if (real && options.inputs.has(`${real.dev}:${real.ino}`)) {
      throw new OutputError(reason(`${target} 是指向原文件的链接，不能作为输出`, `${target} is a link to the input file; choose another output`));
    }
  }
  if (lstat.isDirectory()) throw new OutputError(reason(`${target} 是一个文件夹`, `${target} is a folder`));
  if (!options.force) throw new OutputError(reason(`${target} 已存在；如需覆盖请加 --force`, `${target} already exists; add --force to replace it`));
}

const pending = new Set<string>();
let cleanupInstalled = false;

/** On Ctrl+C or a kill, remove the temporary files being written, then end as the signal asks. */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      for (const tmp of pending) {
        try {
          unlinkSync(tmp);
        } catch {
          // already gone
        }
      }
      process.kill(process.pid, signal);
    });
  }
}

/** Link-based no-clobber is not available on every file system (FAT, some network shares). */
const NO_LINK = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK", "EACCES"]);

/**
 * Writes `data` to `target` through a temporary file in the same folder. Without --force the
 * final step is link(2), which fails if the target appeared meanwhile; with --force, rename(2).
 * Missing folders are created.
 */
export async function writeAtomically(target: string, data: Uint8Array, options: WriteOptions): Promise<void> {
  await guardTarget(target, options);
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    // mkdir -p reports EEXIST when a part of the path is a file.
    const code = (error as { code?: string }).code;
    throw new OutputError(writeFailure(target, code === "EEXIST" ? { code: "ENOTDIR" } : error));
  }
  installCleanup();
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}${TEMP_SUFFIX}`);
  pending.add(tmp);
  try {
    const handle = await fs.open(tmp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) await fs.rename(tmp, target);
    else await linkIntoPlace(tmp, target, options);
  } catch (error) {
    await fs.unlink(tmp).catch(() => undefined);
    if (error instanceof OutputError) throw error;
    throw new OutputError(writeFailure(target, error));
  } finally {
    pending.delete(tmp);
  }
}

async function linkIntoPlace(tmp: string, target: string, options: WriteOptions): Promise<void> {
  try {
    await fs.link(tmp, target);
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code === "EEXIST") return guardTarget(target, options).then(() => fs.rename(tmp, target));
    if (!NO_LINK.has(code)) throw error;
    await guardTarget(target, options);
    await fs.rename(tmp, target);
    return;
  }
  await fs.unlink(tmp);
}
