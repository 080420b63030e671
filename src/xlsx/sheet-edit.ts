// In-place edits of one worksheet part (ECMA-376 Part 1, §18.3): cell values, SelfEval's
// conditional formats, the <legacyDrawing> that shows notes. Everything else in the sheet's XML
// keeps its exact text.
import { markKindOfFormula } from "../engine/plan";
import type { MarkKind } from "../engine/plan";
import { columnLetters, slideFormula } from "./read";
import { applyEdits, attr, escapeXml, insertionPoint, parseAttrs, scanXml, unescapeXml } from "./xml";
import type { Edit } from "./xml";

/** The children of <worksheet> in schema order (CT_Worksheet, ECMA-376 Part 1, §18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

interface CellSpan {
  row: number; // 1-based
  col: number; // 1-based
  start: number;
  end: number;
  /** Raw attribute text of <c>. */
  attrs: string;
  /** The <f> element's span and attributes, when the cell has one. */
  f?: { start: number; end: number; t?: string; si?: string; ref?: string; text: string };
}

interface RowSpan {
  r: number;
  start: number;
  openEnd: number;
  /** Offset of </row>; equals openEnd for a self-closing row. */
  closeStart: number;
  selfClosing: boolean;
  openTag: string;
  cells: CellSpan[];
}

interface SheetDataIndex {
  rows: RowSpan[];
  /** The offset of </sheetData>, or the span of a self-closing <sheetData/>. */
  closeStart: number;
  selfClosing?: { start: number; end: number; tag: string };
  shared: Map<string, { formula: string; row: number; col: number }>;
}

function indexSheetData(xml: string): SheetDataIndex {
  const rows: RowSpan[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let inData = false;
  let closeStart = -1;
  let selfClosing: SheetDataIndex["selfClosing"];
  let row: RowSpan | undefined;
  let cell: CellSpan | undefined;
  let inF = false;
  let lastRow = 0;
  let lastCol = 0;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "sheetData") {
        if (tag.selfClosing) selfClosing = { start: tag.start, end: tag.end, tag: xml.slice(tag.start, tag.end) };
        else inData = true;
        return;
      }
      if (!inData) return;
      if (tag.name === "row" && !cell) {
        const r = Number(attr(tag.attrs, "r"));
        lastRow = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
        lastCol = 0;
        row = { r: lastRow, start: tag.start, openEnd: tag.end, closeStart: tag.end, selfClosing: tag.selfClosing, openTag: xml.slice(tag.start, tag.end), cells: [] };
        rows.push(row);
        if (tag.selfClosing) row = undefined;
      } else if (tag.name === "c" && row) {
        const ref = attr(tag.attrs, "r");
        const at = ref ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref) : null;
        let col = lastCol + 1;
        if (at) {
          col = 0;
          for (const ch of at[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
        }
        lastCol = col;
        cell = { row: row.r, col, start: tag.start, end: tag.end, attrs: tag.attrs };
        row.cells.push(cell);
        if (tag.selfClosing) cell = undefined;
      } else if (tag.name === "f" && cell) {
        const a = parseAttrs(tag.attrs);
        cell.f = { start: tag.start, end: tag.end, t: a.t, si: a.si, ref: a.ref, text: "" };
        inF = !tag.selfClosing;
      }
    },
    close(name, start, end) {
      if (name === "sheetData" && inData) {
        inData = false;
        closeStart = start;
      } else if (name === "row" && row && !cell) {
        row.closeStart = start;
        row = undefined;
      } else if (name === "c" && cell) {
        cell.end = end;
        if (cell.f?.t === "shared" && cell.f.ref && cell.f.si !== undefined && cell.f.text) shared.set(cell.f.si, { formula: cell.f.text, row: cell.row, col: cell.col });
        cell = undefined;
      } else if (name === "f" && cell?.f) {
        if (start !== end) cell.f.end = end;
        inF = false;
      }
    },
    text(raw) {
      if (inF && cell?.f) cell.f.text += unescapeXml(raw);
    },
  });
  return { rows, closeStart, selfClosing, shared };
}

/** The formula text of a cell as the grid shows it (a shared clone's is translated). */
function formulaOf(cell: CellSpan, shared: SheetDataIndex["shared"]): string | undefined {
  if (!cell.f) return undefined;
  if (cell.f.text) return cell.f.text;
  if (cell.f.t === "shared" && cell.f.si !== undefined) {
    const master = shared.get(cell.f.si);
    if (master) return slideFormula(master.formula, master.row, master.col, cell.row, cell.col);
  }
  return undefined;
}

export interface CellWrite {
  row: number; // 0-based
  col: number; // 0-based
  value: number;
  formula?: string;
}

/**
 * Writes numbers (and formulas) into cells. A cell that already holds the same formula keeps its
 * <f> element exactly (shared, array, or plain): only the cached value changes. A shared master
 * that is overwritten first gives each of its clones its own formula text, so they keep computing
 * what they computed. Returns the new sheet XML.
 */
export function writeCells(xml: string, writes: readonly CellWrite[]): string {
  if (writes.length === 0) return xml;
  const index = indexSheetData(xml);
  const edits: Edit[] = [];
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const list = byRow.get(w.row + 1) ?? [];
    // The last write to a cell wins, as applying them one after another would.
    const i = list.findIndex((x) => x.col === w.col);
    if (i >= 0) list.splice(i, 1);
    list.push(w);
    byRow.set(w.row + 1, list);
  }
  const rowsByR = new Map(index.rows.map((r) => [r.r, r]));
  const written = new Set<CellSpan>();
  const detachSi = new Set<string>();

  for (const [r, list] of byRow) {
    const row = rowsByR.get(r);
    list.sort((a, b) => a.col - b.col);
    if (!row) continue;
    const inserts: CellWrite[] = [];
    for (const w of list) {
      const cell = row.cells.find((c) => c.col === w.col + 1);
      if (!cell) {
        inserts.push(w);
        continue;
      }
      written.add(cell);
      const keep = cell.f && w.formula !== undefined && stripEq(formulaOf(cell, index.shared)) === stripEq(w.formula);
      if (!keep && cell.f?.t === "shared" && cell.f.ref && cell.f.si !== undefined) detachSi.add(cell.f.si);
      const fXml = keep && cell.f ? xml.slice(cell.f.start, cell.f.end) : w.formula !== undefined ? `<f>${escapeXml(stripEq(w.formula))}</f>` : "";
      edits.push({ start: cell.start, end: cell.end, text: cellXml(cell.attrs, w, fXml, !!keep) });
    }
    if (inserts.length) insertCells(xml, row, inserts, edits);
  }

  // Rows that do not exist yet, each at its place among the rows.
  const newRows = [...byRow.keys()].filter((r) => !rowsByR.has(r)).sort((a, b) => a - b);
  for (const r of newRows) {
    const cells = (byRow.get(r) ?? []).map((w) => cellXml(` r="${columnLetters(w.col + 1)}${r}"`, w, w.formula !== undefined ? `<f>${escapeXml(stripEq(w.formula))}</f>` : "", false)).join("");
    const rowXml = `<row r="${r}">${cells}</row>`;
    const after = index.rows.find((x) => x.r > r);
    if (after) edits.push({ start: after.start, end: after.start, text: rowXml });
    else if (index.selfClosing) {
      // Several new rows into one <sheetData/>: the element is replaced once, below.
      continue;
    } else edits.push({ start: index.closeStart, end: index.closeStart, text: rowXml });
  }
  if (index.selfClosing && index.rows.length === 0 && newRows.length) {
    const rowsXml = newRows
      .map((r) => `<row r="${r}">${(byRow.get(r) ?? []).map((w) => cellXml(` r="${columnLetters(w.col + 1)}${r}"`, w, w.formula !== undefined ? `<f>${escapeXml(stripEq(w.formula))}</f>` : "", false)).join("")}</row>`)
      .join("");
    const open = index.selfClosing.tag.replace(/\s*\/>$/, ">");
    edits.push({ start: index.selfClosing.start, end: index.selfClosing.end, text: `${open}${rowsXml}</sheetData>` });
  }

  // Clones of an overwritten shared master get their own formula text.
  if (detachSi.size) {
    for (const row of index.rows) {
      for (const cell of row.cells) {
        if (written.has(cell) || !cell.f || cell.f.t !== "shared" || cell.f.si === undefined || !detachSi.has(cell.f.si)) continue;
        if (cell.f.ref) continue;
        const text = formulaOf(cell, index.shared);
        if (text !== undefined) edits.push({ start: cell.f.start, end: cell.f.end, text: `<f>${escapeXml(text)}</f>` });
      }
    }
  }
  return applyEdits(xml, edits);
}

function stripEq(formula: string | undefined): string {
  const f = (formula ?? "").trim();
  return f.startsWith("=") ? f.slice(1) : f;
}

/** A <c> with the cell's own attributes (style kept; type, value metadata dropped). */
function cellXml(attrs: string, w: CellWrite, fXml: string, keepFormula: boolean): string {
  let a = attrs.replace(/\s+t\s*=\s*("[^"]*"|'[^']*')/, "").replace(/\s+vm\s*=\s*("[^"]*"|'[^']*')/, "");
  if (!keepFormula) a = a.replace(/\s+cm\s*=\s*("[^"]*"|'[^']*')/, "");
  a = a.replace(/\s*\/$/, "");
  return `<c${a}>${fXml}<v>${numberText(w.value)}</v></c>`;
}

/** A finite number as xsd:double text (JS's shortest round-trip form). */
function numberText(value: number): string {
  return String(value);
}

function insertCells(xml: string, row: RowSpan, inserts: CellWrite[], edits: Edit[]): void {
  const r = row.r;
  const make = (w: CellWrite) => cellXml(` r="${columnLetters(w.col + 1)}${r}"`, w, w.formula !== undefined ? `<f>${escapeXml(stripEq(w.formula))}</f>` : "", false);
  if (row.selfClosing) {
    const open = row.openTag.replace(/\s*\/>$/, ">");
    edits.push({ start: row.start, end: row.openEnd, text: `${open}${inserts.map(make).join("")}</row>` });
    return;
  }
  for (const w of inserts) {
    const after = row.cells.find((c) => c.col > w.col + 1);
    const at = after ? after.start : row.closeStart;
    edits.push({ start: at, end: at, text: make(w) });
  }
  void xml;
}

// --- conditional formats -------------------------------------------------------------------

export interface MarkArea {
  sqref: string;
  kind: MarkKind;
}

/** Removes every cfRule whose formula is a SelfEval mark (and a <conditionalFormatting> left
 *  without rules), in the main section and in x14 extensions. Returns [xml, rules removed]. */
export function removeOwnRules(xml: string): [string, number] {
  const edits: Edit[] = [];
  let removed = 0;
  interface Open {
    start: number;
    rules: number;
    own: number;
    ruleSpans: [number, number][];
  }
  const stack: Open[] = [];
  let rule: { start: number; formula: string; inFormula: boolean; depth: number } | undefined;
  let depth = 0;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "conditionalFormatting" && !tag.selfClosing) stack.push({ start: tag.start, rules: 0, own: 0, ruleSpans: [] });
      else if (tag.name === "cfRule" && stack.length) {
        stack[stack.length - 1].rules++;
        if (tag.selfClosing) return;
        rule = { start: tag.start, formula: "", inFormula: false, depth };
      } else if (rule && (tag.name === "formula" || tag.name === "f") && !tag.selfClosing && !rule.formula) rule.inFormula = true;
      if (!tag.selfClosing) depth++;
    },
    close(name, start, end) {
      if (start === end) return;
      depth--;
      if (rule && (name === "formula" || name === "f")) rule.inFormula = false;
      else if (rule && name === "cfRule") {
        if (markKindOfFormula(rule.formula)) {
          const cf = stack[stack.length - 1];
          cf.own++;
          cf.ruleSpans.push([rule.start, end]);
        }
        rule = undefined;
      } else if (name === "conditionalFormatting") {
        const cf = stack.pop();
        if (!cf || cf.own === 0) return;
        removed += cf.own;
        if (cf.own === cf.rules) edits.push({ start: cf.start, end, text: "" });
        else for (const [s, e] of cf.ruleSpans) edits.push({ start: s, end: e, text: "" });
      }
    },
    text(raw) {
      if (rule?.inFormula) rule.formula += unescapeXml(raw);
    },
  });
  return [applyEdits(xml, edits), removed];
}

/** Adds one <conditionalFormatting> per mark kind, each with SelfEval's tagged rule. */
export function addMarkRules(xml: string, areas: readonly MarkArea[], dxfOf: (kind: MarkKind) => number, formulaOf: (kind: MarkKind) => string): string {
  if (areas.length === 0) return xml;
  let priority = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?cfRule\b[^>]*\bpriority\s*=\s*"(\d+)"/g)) priority = Math.max(priority, Number(m[1]));
  const byKind = new Map<MarkKind, string[]>();
  for (const a of areas) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a.sqref]);
  const order: MarkKind[] = ["error", "reason", "warning", "info"];
  let out = "";
  for (const kind of order) {
    const refs = byKind.get(kind);
    if (!refs) continue;
    out +=
      `<conditionalFormatting sqref="${refs.join(" ")}">` +
      `<cfRule type="expression" dxfId="${dxfOf(kind)}" priority="${++priority}"><formula>${escapeXml(formulaOf(kind))}</formula></cfRule>` +
      `</conditionalFormatting>`;
  }
  const at = insertionPoint(xml, WORKSHEET_ORDER, "conditionalFormatting");
  return xml.slice(0, at) + out + xml.slice(at);
}

// --- cell styles ---------------------------------------------------------------------------

/** The style index (`s`) of each cell in `cells`, keyed "row,col" 1-based. */
export function cellStyles(xml: string, cells: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  if (cells.size === 0) return out;
  for (const row of indexSheetData(xml).rows) {
    for (const c of row.cells) {
      const key = `${c.row},${c.col}`;
      if (cells.has(key)) out.set(key, Number(attr(c.attrs, "s") ?? 0));
    }
  }
  return out;
}

/** Gives cells a new style index (legacy fill marks removed). */
export function restyleCells(xml: string, styles: ReadonlyMap<string, number>): string {
  if (styles.size === 0) return xml;
  const edits: Edit[] = [];
  for (const row of indexSheetData(xml).rows) {
    for (const c of row.cells) {
      const s = styles.get(`${c.row},${c.col}`);
      if (s === undefined) continue;
      const tagEnd = xml.indexOf(">", c.start + 2 + c.attrs.length - 1);
      const open = xml.slice(c.start, tagEnd + 1);
      const replaced = /\ss\s*=\s*("[^"]*"|'[^']*')/.test(open) ? open.replace(/(\ss\s*=\s*)("[^"]*"|'[^']*')/, `$1"${s}"`) : open.replace(/^<c\b/, `<c s="${s}"`);
      edits.push({ start: c.start, end: c.start + open.length, text: replaced });
    }
  }
  return applyEdits(xml, edits);
}

// --- legacy drawing ------------------------------------------------------------------------

const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The relationship id of the sheet's <legacyDrawing>, if any. */
export function legacyDrawingId(xml: string): string | undefined {
  let id: string | undefined;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "legacyDrawing") id = Object.entries(parseAttrs(tag.attrs)).find(([k]) => k.endsWith(":id"))?.[1];
    },
  });
  return id;
}

export function addLegacyDrawing(xml: string, rid: string): string {
  let out = xml;
  let prefix = "r";
  const root = /<((?:\w+:)?worksheet)\b([^>]*)>/.exec(out);
  if (root) {
    const declared = new RegExp(`xmlns:(\\w+)="${NS_R.replace(/[./]/g, "\\$&")}"`).exec(root[2]);
    if (declared) prefix = declared[1];
    else {
      const open = `<${root[1]}${root[2]} xmlns:r="${NS_R}">`;
      out = out.slice(0, root.index) + open + out.slice(root.index + root[0].length);
    }
  }
  const at = insertionPoint(out, WORKSHEET_ORDER, "legacyDrawing");
  return out.slice(0, at) + `<legacyDrawing ${prefix}:id="${rid}"/>` + out.slice(at);
}

export function removeLegacyDrawing(xml: string): string {
  let span: [number, number] | undefined;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "legacyDrawing") span = [tag.start, tag.end];
    },
    close(name, start, end) {
      if (name === "legacyDrawing" && span && start !== end) span = [span[0], end];
    },
  });
  return span ? xml.slice(0, span[0]) + xml.slice(span[1]) : xml;
}
