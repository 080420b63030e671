// Text from a workbook made plain: nothing from a cell reaches a terminal or a file name raw.
// Pure, used by the engine's file names and by the CLI's terminal output.

/**
 * OOXML writes a character that XML cannot hold as `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19
 * ST_Xstring). Cell text may still carry such an escape after reading, or the control character
 * it stands for; both are decoded here so that the whole sequence they start is removed.
 */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Terminal control sequences (ECMA-48): CSI `ESC [ … final`, OSC `ESC ] … BEL|ST`, the string
 * controls DCS/SOS/PM/APC `ESC P|X|^|_ … ST`, and two-character escapes; the same introduced by
 * the 8-bit C1 controls CSI (U+009B), OSC (U+009D), DCS (U+0090), SOS (U+0098), PM (U+009E) and
 * APC (U+009F).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;

/** C0 and C1 controls and DEL, and Unicode format characters (bidi overrides, zero-width …). */
// eslint-disable-next-line no-control-regex -- see above
const CONTROL_OR_FORMAT = /[\u0000-\u001f\u007f-\u009f\p{Cf}]/gu;
const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;

function isControlOrFormat(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || /\p{Cf}/u.test(String.fromCodePoint(code));
}

/**
 * One line of text safe to print: control and format characters and whole escape sequences
 * removed, line breaks and tabs turned into one space.
 */
export function plainText(text: string): string {
  return text
    .replace(OOXML_ESCAPE, (escape, hex: string) => {
      const code = parseInt(hex, 16);
      return isControlOrFormat(code) ? String.fromCharCode(code) : escape;
    })
    .replace(LINE_BREAKS, " ")
    .replace(ESCAPE_SEQUENCE, "")
    .replace(CONTROL_OR_FORMAT, "");
}
