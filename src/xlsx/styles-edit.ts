// In-place edits of xl/styles.xml (CT_Stylesheet, ECMA-376 Part 1, §18.8.39): SelfEval appends
// differential formats (<dxf>) for its marks, a bold cell style for the 校验报告 sheet, and, when
// removing fill marks written by older versions, a copy of a cell style without the fill.
import { applyEdits, attr, insertionPoint, scanXml } from "./xml";
import type { Edit } from "./xml";

export const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** The differential format of a mark: a solid fill (a dxf's fill colour is its bgColor). */
export function markDxf(argb: string): string {
  return `<dxf><fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill></dxf>`;
}

interface ListSpan {
  /** Offset of the list's open tag and the end of its close tag (or the self-closing tag). */
  start: number;
  end: number;
  /** Where a new child goes: before the close tag. */
  insertAt: number;
  selfClosing: boolean;
  items: string[];
}

/** The children of a top-level list (<dxfs>, <cellXfs>, <fonts>, <fills>) as raw XML. */
function listOf(xml: string, list: string, item: string): ListSpan | undefined {
  let found: ListSpan | undefined;
  let inList = false;
  let depth = 0;
  let itemStart = -1;
  scanXml(xml, {
    open(tag) {
      if (!inList && tag.name === list && !found) {
        found = { start: tag.start, end: tag.end, insertAt: tag.end, selfClosing: tag.selfClosing, items: [] };
        inList = !tag.selfClosing;
        return;
      }
      if (!inList) return;
      if (depth === 0 && tag.name === item) {
        if (tag.selfClosing) found?.items.push(xml.slice(tag.start, tag.end));
        else itemStart = tag.start;
      }
      if (!tag.selfClosing) depth++;
    },
    close(name, start, end) {
      if (!inList || start === end) return;
      if (depth === 0 && name === list && found) {
        found.insertAt = start;
        found.end = end;
        inList = false;
        return;
      }
      depth--;
      if (depth === 0 && name === item && itemStart >= 0) {
        found?.items.push(xml.slice(itemStart, end));
        itemStart = -1;
      }
    },
  });
  return found;
}

/** Appends `item` to the list (creating it where the schema puts it); returns [xml, index]. */
function appendItem(xml: string, list: string, item: string, itemXml: string): [string, number] {
  const span = listOf(xml, list, item);
  if (!span) {
    const at = insertionPoint(xml, STYLESHEET_ORDER, list);
    return [xml.slice(0, at) + `<${list} count="1">${itemXml}</${list}>` + xml.slice(at), 0];
  }
  const index = span.items.length;
  const count = index + 1;
  const edits: Edit[] = [];
  if (span.selfClosing) {
    const open = xml.slice(span.start, span.end).replace(/\s*\/>$/, ">");
    edits.push({ start: span.start, end: span.end, text: `${setCount(open, count)}${itemXml}</${list}>` });
  } else {
    const openEnd = xml.indexOf(">", span.start) + 1;
    edits.push({ start: span.start, end: openEnd, text: setCount(xml.slice(span.start, openEnd), count) });
    edits.push({ start: span.insertAt, end: span.insertAt, text: itemXml });
  }
  return [applyEdits(xml, edits), index];
}

function setCount(openTag: string, count: number): string {
  if (/\scount\s*=\s*"[^"]*"/.test(openTag)) return openTag.replace(/(\scount\s*=\s*)"[^"]*"/, `$1"${count}"`);
  return openTag.replace(/>$/, ` count="${count}">`);
}

/** The index of the dxf `dxfXml` (an identical one is reused); returns [xml, index]. */
export function ensureDxf(xml: string, dxfXml: string): [string, number] {
  const existing = listOf(xml, "dxfs", "dxf")?.items.indexOf(dxfXml) ?? -1;
  if (existing >= 0) return [xml, existing];
  return appendItem(xml, "dxfs", "dxf", dxfXml);
}

/** The fill colours (fgColor rgb of a pattern fill) by fill index. */
export function fillColours(xml: string): (string | undefined)[] {
  return (listOf(xml, "fills", "fill")?.items ?? []).map((f) => {
    const m = /<(?:\w+:)?fgColor\b[^>]*\brgb\s*=\s*"([0-9A-Fa-f]{8})"/.exec(f);
    return m ? m[1].toUpperCase() : undefined;
  });
}

export function cellXfs(xml: string): string[] {
  return listOf(xml, "cellXfs", "xf")?.items ?? [];
}

/** A cell style equal to `xf` but without a fill; an identical existing one is reused. */
export function ensureXfWithoutFill(xml: string, xfIndex: number): [string, number] {
  const xfs = cellXfs(xml);
  const xf = xfs[xfIndex];
  if (xf === undefined) return [xml, xfIndex];
  const bare = xf.replace(/(\sfillId\s*=\s*)"[^"]*"/, '$1"0"').replace(/\sapplyFill\s*=\s*"[^"]*"/, "");
  const same = xfs.indexOf(bare);
  if (same >= 0) return [xml, same];
  return appendItem(xml, "cellXfs", "xf", bare);
}

export function fillIdOfXf(xf: string | undefined): number {
  return Number(attr(/^<(?:\w+:)?xf\b([^>]*)/.exec(xf ?? "")?.[1] ?? "", "fillId") ?? 0);
}

/** A bold font and a cell style using it (the 校验报告 title row); returns [xml, xf index]. */
export function ensureBoldStyle(xml: string, sizePt: number): [string, number] {
  const [withFont, fontId] = appendItem(xml, "fonts", "font", `<font><b/><sz val="${sizePt}"/></font>`);
  return appendItem(withFont, "cellXfs", "xf", `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
}

/** Cell styles of the 校验报告 sheet: the title, table heads and table cells (thin borders, wrapped text). */
export function ensureReportStyles(xml: string): [string, { title: number; head: number; body: number }] {
  const [a, titleFont] = appendItem(xml, "fonts", "font", `<font><b/><sz val="14"/></font>`);
  const [b, boldFont] = appendItem(a, "fonts", "font", `<font><b/><sz val="10.5"/></font>`);
  const [c, bodyFont] = appendItem(b, "fonts", "font", `<font><sz val="10.5"/></font>`);
  const [d, headFill] = appendItem(c, "fills", "fill", `<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>`);
  const thin = `<left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/>`;
  const [e, border] = appendItem(d, "borders", "border", `<border>${thin}</border>`);
  const [f, title] = appendItem(e, "cellXfs", "xf", `<xf numFmtId="0" fontId="${titleFont}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
  const [g, head] = appendItem(f, "cellXfs", "xf", `<xf numFmtId="0" fontId="${boldFont}" fillId="${headFill}" borderId="${border}" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>`);
  const [h, body] = appendItem(g, "cellXfs", "xf", `<xf numFmtId="0" fontId="${bodyFont}" fillId="0" borderId="${border}" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`);
  return [h, { title, head, body }];
}
