// The two ways a file can fail, each with a one-line bilingual message fit for the user (no stack).

export type WorkbookReadErrorCode = "empty" | "not-xlsx" | "legacy-xls" | "truncated" | "unreadable" | "too-large";

/** A file that cannot be read (exit status 2 in the CLI). */
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

export type WorkbookWriteErrorCode = "missing-sheet" | "protected-sheet" | "invalid-value" | "convert-failed";

/** A plan the workbook cannot take; nothing was written. */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";
  readonly code: WorkbookWriteErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: WorkbookWriteErrorCode, messageZh: string, messageEn: string) {
    super(`${messageZh} / ${messageEn}`);
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}
