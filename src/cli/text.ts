// Text for a terminal: nothing from a workbook reaches it raw, and columns line up by display
// width (a CJK character takes two columns). Pure functions, no I/O.

export { plainText } from "../engine/text";
import { plainText } from "../engine/text";

/**
 * JSON keeps every character (JSON.stringify escapes C0 controls); C1 controls, format characters
 * and the line separators, which JSON.stringify leaves raw, are escaped too, so the document is
 * the same data and still harmless when it is printed to a terminal.
 */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\p{Cf}]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Columns a character takes in a terminal: 0 for combining marks, 2 for East Asian wide ones. */
function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code >= 0x300 && /[\p{Mn}\p{Me}\p{Cf}]/u.test(String.fromCodePoint(code))) return 0;
  // East Asian Width W and F (Unicode UAX #11), the ranges a terminal draws two columns wide.
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) as number);
  return width;
}

/** Cuts text to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number, from: "end" | "start" = "end"): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  const chars = Array.from(text);
  if (from === "start") chars.reverse();
  let kept = "";
  let used = 1; // the ellipsis
  for (const ch of chars) {
    const w = charWidth(ch.codePointAt(0) as number);
    if (used + w > width) break;
    kept = from === "start" ? ch + kept : kept + ch;
    used += w;
  }
  return from === "start" ? `…${kept}` : `${kept}…`;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
/** Most file systems take at most 255 bytes per name; leave room for a temporary-file prefix. */
const MAX_NAME_BYTES = 200;

/**
 * A generated file name that is safe on Windows, Mac and Linux and shows what it is: no control or
 * format characters (a bidi override could make `x‮xslx.exe` read as something else), no path
 * separators or characters Windows refuses, no leading dot, no trailing dot or space, no device
 * name, and at most 200 bytes of UTF-8 — cut from the front part, so that the extension and the
 * last two `_` fields (`_<年度>_绩效自评表`) stay.
 */
export function safeFileName(name: string, fallback: string): string {
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0] ?? "";
  let stem = plainText(name.slice(0, name.length - ext.length))
    .replace(/[\\/:*?"<>|]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (!stem) stem = fallback;
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  const budget = MAX_NAME_BYTES - Buffer.byteLength(ext);
  if (Buffer.byteLength(stem) > budget) {
    const tail = /_[^_]{0,20}_[^_]{0,20}$/.exec(stem)?.[0] ?? "";
    let head = Array.from(stem.slice(0, stem.length - tail.length));
    while (head.length > 0 && Buffer.byteLength(head.join("") + tail) > budget) head = head.slice(0, -1);
    stem = (head.join("") + tail).slice(0, budget);
  }
  return stem + ext;
}
