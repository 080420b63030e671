// Failures the Excel adapter reports to the pane: a code the UI can branch on and a one-line
// bilingual message fit for the user (no stack, no Office jargon).

export type ExcelAdapterErrorCode =
  /** The user kept editing a cell through every retry. */
  | "cell-edit"
  /** A sheet the operation needs was renamed or deleted since the last run. */
  | "missing-sheet"
  /** The sheet is hidden; Excel cannot show a cell on it. */
  | "hidden-sheet"
  /** The plan holds something Excel must not receive (NaN, a bad address, unsafe text). */
  | "invalid-value"
  /** Excel refused the write batch; part of it may have been applied. */
  | "write-failed"
  /** Excel refused a read. */
  | "read-failed"
  /** Workbook settings could not be saved. */
  | "settings";

export class ExcelAdapterError extends Error {
  override readonly name = "ExcelAdapterError";
  readonly code: ExcelAdapterErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  /** Office's error code ("AccessDenied", "ItemNotFound", …) when Office raised it. */
  readonly officeCode?: string;

  constructor(code: ExcelAdapterErrorCode, messageZh: string, messageEn: string, cause?: unknown) {
    super(`${messageZh} / ${messageEn}`, cause === undefined ? undefined : { cause });
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
    const office = officeErrorCode(cause);
    if (office) this.officeCode = office;
  }
}

/** The `code` of an OfficeExtension.Error ("InvalidOperationInCellEditMode", "ItemNotFound", …). */
export function officeErrorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null || !("code" in err)) return undefined;
  const code = (err as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Excel.ErrorCodes.invalidOperationInCellEditMode: the user is typing in a cell
 *  (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling). */
export const CELL_EDIT_CODE = "InvalidOperationInCellEditMode";

/**
 * The codes a request fails with while a cell is being edited. Excel.ErrorCodes in
 * @types/office-js and the loaded office.js (1.1.110) define this one only; the list is the one
 * place to add another should Microsoft document it.
 */
export const CELL_EDIT_CODES: readonly string[] = [CELL_EDIT_CODE];

export function isCellEdit(err: unknown): boolean {
  return CELL_EDIT_CODES.includes(officeErrorCode(err) ?? "");
}
export const ITEM_NOT_FOUND_CODE = "ItemNotFound";
export const PAYLOAD_CODES: readonly string[] = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];
