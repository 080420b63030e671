// One-line reasons in the user's language: zh-CN runs get "中文 / English", --locale en gets English.
// Every file-system error becomes such a line naming the file; nothing reaches the user as a stack.
import type { Locale } from "../engine/report";
import { plainText } from "./text";

export interface Reason {
  zh: string;
  en: string;
}

export function reason(zh: string, en: string): Reason {
  return { zh, en };
}

/** The reason as printed: bilingual for zh-CN (the project's rule for messages), English for en. */
export function say(r: Reason, locale: Locale): string {
  return locale === "en" ? r.en : `${r.zh} / ${r.en}`;
}

/** The reason in one language only, for narrow places such as the table's last column. */
export function sayShort(r: Reason, locale: Locale): string {
  return locale === "en" ? r.en : r.zh;
}

/** A failure that ends the whole run (bad profile, impossible --out) with exit status 2. */
export class RunError extends Error {
  constructor(readonly reason: Reason) {
    super(`${reason.zh} / ${reason.en}`);
  }
}

/** Node's errno codes in plain words (Linux, Mac and Windows report the same codes through libuv). */
const ERRNO: Record<string, Reason> = {
  EACCES: reason("没有权限", "permission denied"),
  EPERM: reason("操作不被允许", "operation not permitted"),
  ENOENT: reason("不存在", "does not exist"),
  ENOTDIR: reason("路径中有一项不是文件夹", "a part of the path is not a folder"),
  EISDIR: reason("这是一个文件夹", "it is a folder"),
  EEXIST: reason("已存在", "already exists"),
  ENOSPC: reason("磁盘空间不足", "no space left on the disk"),
  EDQUOT: reason("超出磁盘配额", "disk quota exceeded"),
  EROFS: reason("所在磁盘只读", "the disk is read-only"),
  ENAMETOOLONG: reason("文件名过长", "the name is too long"),
  EMFILE: reason("同时打开的文件过多", "too many open files"),
  EBUSY: reason("文件正被其他程序使用", "the file is in use by another program"),
  ELOOP: reason("符号链接层数过多（可能是循环链接）", "too many levels of symbolic links"),
  EIO: reason("磁盘读写错误", "input/output error"),
  EXDEV: reason("不能跨磁盘移动", "cannot move across disks"),
  ERR_FS_FILE_TOO_LARGE: reason("文件过大（超过 2 GB）", "the file is too large (over 2 GB)"),
};

function errnoReason(error: unknown): Reason {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && ERRNO[code]) return ERRNO[code];
  const detail = plainText(error instanceof Error ? error.message.split("\n", 1)[0] : String(error)).slice(0, 160);
  return reason(`系统错误（${detail}）`, `system error (${detail})`);
}

/** "无法读取 <file>：没有权限 / cannot read <file>: permission denied" */
export function readFailure(file: string, error: unknown): Reason {
  const why = errnoReason(error);
  return reason(`无法读取 ${file}：${why.zh}`, `cannot read ${file}: ${why.en}`);
}

export function writeFailure(file: string, error: unknown): Reason {
  const why = errnoReason(error);
  return reason(`无法写入 ${file}：${why.zh}`, `cannot write ${file}: ${why.en}`);
}

export function folderFailure(dir: string, error: unknown): Reason {
  const why = errnoReason(error);
  return reason(`无法读取文件夹 ${dir}：${why.zh}`, `cannot read the folder ${dir}: ${why.en}`);
}

/** WorkbookReadError and WorkbookWriteError carry both languages (src/xlsx). */
export function isBilingualError(error: unknown): error is Error & { messageZh: string; messageEn: string } {
  return error instanceof Error && typeof (error as { messageZh?: unknown }).messageZh === "string" && typeof (error as { messageEn?: unknown }).messageEn === "string";
}

/** Anything else a file caused: its own one line, so that one file never stops a batch. */
export function unexpected(error: unknown): Reason {
  if (isBilingualError(error)) return reason(error.messageZh, error.messageEn);
  const detail = plainText(error instanceof Error ? error.message.split("\n", 1)[0] : String(error)).slice(0, 200);
  return reason(`处理该文件时出错：${detail}`, `the file could not be processed: ${detail}`);
}
