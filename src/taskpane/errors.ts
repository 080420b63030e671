// Turns whatever a host throws into one sentence in the user's language.
import type { Locale } from "../engine/report";
import type { Strings } from "./strings";

/** An error that already carries its message in both languages (WorkbookReadError, WorkbookWriteError, …). */
export interface BilingualError {
  messageZh: string;
  messageEn: string;
}

export function isBilingual(error: unknown): error is BilingualError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as BilingualError).messageZh === "string" &&
    typeof (error as BilingualError).messageEn === "string"
  );
}

/** A pane-side error with a bilingual message, for conditions the pane itself detects. */
export class PaneError extends Error implements BilingualError {
  override readonly name = "PaneError";
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
  }
}

export function errorMessage(error: unknown, locale: Locale, t: Strings): string {
  if (isBilingual(error)) return locale === "zh-CN" ? error.messageZh : error.messageEn;
  // Office.js errors carry a code (OfficeExtension.Error); the common ones get a sentence.
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "InvalidOperationInCellEditMode") return t.errorCellEdit;
  if (code === "AccessDenied") return t.errorAccessDenied;
  const detail = error instanceof Error ? error.message : String(error ?? "");
  return t.errorGeneric(detail.split("\n", 1)[0].slice(0, 300));
}
