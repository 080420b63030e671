// A small XML scanner for the parts of an .xlsx package (ECMA-376 Part 1), with the offsets of
// every tag, so that the reader walks a sheet once and the writer edits the original text in
// place. It knows what SpreadsheetML needs: elements, attributes, text, CDATA and the five
// predefined entities plus character references. A DOCTYPE is refused: OOXML parts have none,
// and entity declarations are how "billion laughs" inputs blow up a parser.

export interface OpenTag {
  /** Local name: a prefix such as `x:` (written by some generators) is dropped. */
  name: string;
  /** The raw attribute text between the name and the closing `>` or `/>`. */
  attrs: string;
  selfClosing: boolean;
  start: number;
  end: number;
}

export interface XmlHandlers {
  open?(tag: OpenTag): void;
  close?(name: string, start: number, end: number): void;
  /** Raw (still escaped) text between tags; CDATA arrives already unescaped via `cdata`. */
  text?(raw: string, start: number, end: number): void;
  cdata?(text: string): void;
}

export class XmlError extends Error {
  override readonly name = "XmlError";
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Walks `xml` once, calling the handlers in document order. Throws XmlError on broken markup. */
export function scanXml(xml: string, handlers: XmlHandlers, from = 0, to = xml.length): void {
  let pos = from;
  while (pos < to) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0 || lt >= to) {
      if (handlers.text && pos < to) handlers.text(xml.slice(pos, to), pos, to);
      return;
    }
    if (lt > pos && handlers.text) handlers.text(xml.slice(pos, lt), pos, lt);
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlError("unterminated processing instruction");
      pos = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlError("unterminated comment");
        pos = end + 3;
        continue;
      }
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlError("unterminated CDATA");
        handlers.cdata?.(xml.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      throw new XmlError("DOCTYPE or markup declaration in a package part");
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) throw new XmlError("unterminated tag");
    if (next === 47 /* / */) {
      const name = xml.slice(lt + 2, gt).trim();
      handlers.close?.(localName(name), lt, gt + 1);
      pos = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = localName(xml.slice(lt + 1, nameEnd));
    if (!name) throw new XmlError("empty tag name");
    const tag: OpenTag = { name, attrs: xml.slice(nameEnd, bodyEnd), selfClosing, start: lt, end: gt + 1 };
    handlers.open?.(tag);
    if (selfClosing) handlers.close?.(name, gt + 1, gt + 1);
    pos = gt + 1;
  }
}

/** The index of the `>` that ends the tag starting before `from`, skipping quoted values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
    else if (c === 60) return -1;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by their qualified name (`r:id` stays `r:id`), values unescaped. */
export function parseAttrs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(raw)) !== null) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** One attribute, without building the whole record (the hot path of a sheet scan). */
export function attr(raw: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    const i = raw.indexOf(name, at);
    if (i < 0) return undefined;
    const before = i === 0 ? 32 : raw.charCodeAt(i - 1);
    let j = i + name.length;
    while (isSpace(raw.charCodeAt(j))) j++;
    if (isSpace(before) && raw.charCodeAt(j) === 61 /* = */) {
      j++;
      while (isSpace(raw.charCodeAt(j))) j++;
      const q = raw.charCodeAt(j);
      if (q === 34 || q === 39) {
        const end = raw.indexOf(String.fromCharCode(q), j + 1);
        if (end < 0) return undefined;
        return unescapeXml(raw.slice(j + 1, end));
      }
    }
    at = i + name.length;
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
    }
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : "&quot;"));
}

/**
 * Text for a <t> element: XML-escaped, and characters XML 1.0 cannot carry (control characters
 * other than tab, LF and CR) written as OOXML's `_xHHHH_` escape (ECMA-376 Part 1, §22.4.2.4).
 */
export function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
  return escapeXml(text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m.slice(1)}`).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
}

/** OOXML's `_xHHHH_` escapes in shared and inline strings (ECMA-376 Part 1, §22.4.2.4). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Top-level children of the root element: name and span, in document order. */
export interface ChildSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * The children of the root element (depth 1) with their spans, and where the root's content ends
 * (the offset of its closing tag), for inserting an element in the schema's order.
 */
export function rootChildren(xml: string): { children: ChildSpan[]; rootClose: number; rootOpenEnd: number } {
  const children: ChildSpan[] = [];
  let depth = 0;
  let current: { name: string; start: number } | undefined;
  let rootClose = -1;
  let rootOpenEnd = -1;
  scanXml(xml, {
    open(tag) {
      if (depth === 0) rootOpenEnd = tag.end;
      if (depth === 1) current = { name: tag.name, start: tag.start };
      if (tag.selfClosing) {
        if (depth === 1 && current) {
          children.push({ ...current, end: tag.end });
          current = undefined;
        }
        return;
      }
      depth++;
    },
    close(name, start, end) {
      if (start === end) return; // the synthetic close of a self-closing tag
      depth--;
      if (depth === 1 && current) {
        children.push({ ...current, end });
        current = undefined;
      }
      if (depth === 0) rootClose = start;
    },
  });
  if (rootClose < 0) throw new XmlError("no root element");
  return { children, rootClose, rootOpenEnd };
}

/** Applies non-overlapping edits (offsets into `text`) and returns the new text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text;
  // Stable: two insertions at one offset keep the order they were queued in.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const { e } of sorted) {
    if (e.start < pos) throw new Error("overlapping edits");
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The offset to insert a new root child named `name`, given the schema's child order. */
export function insertionPoint(xml: string, order: readonly string[], name: string): number {
  const { children, rootClose } = rootChildren(xml);
  const rank = order.indexOf(name);
  for (const child of children) {
    if (order.indexOf(child.name) > rank) return child.start;
  }
  return rootClose;
}

/**
 * UTF-8 bytes → text, without a byte order mark. TextDecoder where the platform has it (browsers,
 * Node); a plain decoder otherwise (the jsdom test environment has none). Malformed sequences
 * become U+FFFD, as TextDecoder does.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (typeof TextDecoder !== "undefined") return new TextDecoder("utf-8").decode(bytes.subarray(start));
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i];
    let cp = 0xfffd;
    let len = 1;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b < 0xe0 && (bytes[i + 1] & 0xc0) === 0x80) [cp, len] = [((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f), 2];
    else if (b >= 0xe0 && b < 0xf0 && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80) [cp, len] = [((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f), 3];
    else if (b >= 0xf0 && b < 0xf5 && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80 && (bytes[i + 3] & 0xc0) === 0x80)
      [cp, len] = [((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f), 4];
    i += len;
    if (cp > 0xffff) {
      cp -= 0x10000;
      codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else codes.push(cp);
    if (codes.length > 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join("");
}

/** Latin-1 bytes → text (signatures and markers; no TextDecoder needed). */
export function latin1(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}
