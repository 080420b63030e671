// Notes ("comments" in the file: ECMA-376 Part 1, §18.7) in place: a comments part with the text
// and a legacy VML drawing with one hidden shape per note, which Excel needs to show it. A note
// the user wrote keeps its runs, formatting and author; SelfEval's text goes after it in a run
// of its own that starts on a new line with NOTE_PREFIX, so that it can be cut off exactly.
import { NOTE_PREFIX } from "../engine/plan";
import type { XlsxPackage } from "./package";
import { REL } from "./package";
import { columnLetters, decodeRef } from "./read";
import { addLegacyDrawing, legacyDrawingId, removeLegacyDrawing } from "./sheet-edit";
import { applyEdits, escapeText, escapeXml, scanXml, unescapeOoxml, unescapeXml } from "./xml";
import type { Edit } from "./xml";

const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
const AUTHOR = "SelfEval";

/** Our run's formatting: Excel's default note font. */
const OWN_RPR = '<rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr>';

interface CommentSpan {
  ref: string;
  start: number;
  end: number;
  /** The inner span of <text>. */
  textStart: number;
  textEnd: number;
  /** The direct children of <text>: runs <r> or a bare <t>, with their plain text. */
  parts: { start: number; end: number; kind: "r" | "t" | "other"; text: string }[];
}

interface CommentsIndex {
  comments: CommentSpan[];
  authors: string[];
  authorsInsertAt: number;
  listInsertAt: number;
}

function indexComments(xml: string): CommentsIndex {
  const comments: CommentSpan[] = [];
  const authors: string[] = [];
  let authorsInsertAt = -1;
  let listInsertAt = -1;
  let current: CommentSpan | undefined;
  let inText = false;
  let depth = 0; // depth inside <text>
  let part: CommentSpan["parts"][number] | undefined;
  let inT = false;
  let phonetic = 0;
  let inAuthor = false;
  let author = "";
  scanXml(xml, {
    open(tag) {
      if (tag.name === "author" && !tag.selfClosing) {
        inAuthor = true;
        author = "";
      } else if (tag.name === "author") authors.push("");
      else if (tag.name === "comment") {
        current = { ref: /\bref\s*=\s*"([^"]*)"/.exec(tag.attrs)?.[1] ?? "", start: tag.start, end: tag.end, textStart: -1, textEnd: -1, parts: [] };
      } else if (current && tag.name === "text" && !inText) {
        inText = !tag.selfClosing;
        current.textStart = current.textEnd = tag.end;
      } else if (inText) {
        if (depth === 0) {
          part = { start: tag.start, end: tag.end, kind: tag.name === "r" ? "r" : tag.name === "t" ? "t" : "other", text: "" };
          current?.parts.push(part);
        }
        if (tag.name === "rPh") phonetic++;
        if (tag.name === "t" && !phonetic && !tag.selfClosing) inT = true;
        if (!tag.selfClosing) depth++;
      }
    },
    close(name, start, end) {
      if (name === "authors") authorsInsertAt = start;
      else if (name === "commentList") listInsertAt = start;
      else if (name === "author" && inAuthor) {
        authors.push(unescapeOoxml(author));
        inAuthor = false;
      }
      if (start === end) return;
      if (inText && name === "text" && depth === 0) {
        inText = false;
        if (current) current.textEnd = start;
        return;
      }
      if (inText) {
        depth--;
        if (name === "t") inT = false;
        if (name === "rPh") phonetic--;
        if (depth === 0 && part) {
          part.end = end;
          part = undefined;
        }
        return;
      }
      if (name === "comment" && current) {
        current.end = end;
        comments.push(current);
        current = undefined;
      }
    },
    text(raw) {
      if (inAuthor) author += unescapeXml(raw);
      else if (inT && part) part.text += unescapeOoxml(unescapeXml(raw));
    },
  });
  return { comments, authors, authorsInsertAt, listInsertAt };
}

function commentText(c: CommentSpan): string {
  return c.parts.map((p) => p.text).join("");
}

/** Where SelfEval's part of a note begins: 0 for a note wholly ours, -1 for none. */
export function ownPartStart(text: string): number {
  if (text.startsWith(NOTE_PREFIX)) return 0;
  const i = text.indexOf(`\n${NOTE_PREFIX}`);
  return i;
}

interface SheetNotes {
  sheetPath: string;
  commentsPath?: string;
  commentsRid?: string;
  vmlPath?: string;
  vmlRid?: string;
}

function notesOf(pkg: XlsxPackage, sheetPath: string): SheetNotes {
  const rels = pkg.rels(sheetPath);
  const comments = rels.find((r) => r.type.endsWith(REL.comments) && !r.external && pkg.has(r.target));
  const drawingId = legacyDrawingId(pkg.text(sheetPath));
  const vml = rels.find((r) => r.type.endsWith(REL.vmlDrawing) && !r.external && (!drawingId || r.id === drawingId) && pkg.has(r.target));
  return { sheetPath, commentsPath: comments?.target, commentsRid: comments?.id, vmlPath: vml?.target, vmlRid: vml?.id };
}

/** The note texts of a sheet by A1 address (for tests and for finding SelfEval's own notes). */
export function readNotes(pkg: XlsxPackage, sheetPath: string): Map<string, string> {
  const notes = notesOf(pkg, sheetPath);
  const out = new Map<string, string>();
  const xml = pkg.textOrUndefined(notes.commentsPath);
  if (!xml) return out;
  for (const c of indexComments(xml).comments) out.set(c.ref, commentText(c));
  return out;
}

/**
 * Removes SelfEval's notes and SelfEval's part of users' notes on one sheet. A comments part or
 * VML drawing left with nothing is removed with its relationship, content type and
 * <legacyDrawing>. Returns the A1 addresses that carried our text.
 */
export function removeOwnNotes(pkg: XlsxPackage, sheetPath: string): string[] {
  const notes = notesOf(pkg, sheetPath);
  const xml = pkg.textOrUndefined(notes.commentsPath);
  if (!xml || !notes.commentsPath) return [];
  const index = indexComments(xml);
  const edits: Edit[] = [];
  const cleaned: string[] = [];
  const deleted: string[] = [];
  for (const c of index.comments) {
    const text = commentText(c);
    const cut = ownPartStart(text);
    if (cut < 0) continue;
    cleaned.push(c.ref);
    if (cut === 0) {
      edits.push({ start: c.start, end: c.end, text: "" });
      deleted.push(c.ref);
      continue;
    }
    // Keep the runs before our part; the run it starts in keeps its own text up to there.
    let pos = 0;
    for (const p of c.parts) {
      const from = pos;
      pos += p.text.length;
      if (pos <= cut) continue;
      if (from >= cut) {
        edits.push({ start: p.start, end: p.end, text: "" });
        continue;
      }
      const keep = p.text.slice(0, cut - from);
      const raw = xml.slice(p.start, p.end);
      const replaced = raw.replace(/(<(?:\w+:)?t\b[^>]*>)[\s\S]*?(<\/(?:\w+:)?t>)/, (_, a: string, b: string) => `${a.includes("xml:space") ? a : a.replace(/>$/, ' xml:space="preserve">')}${escapeText(keep)}${b}`);
      edits.push({ start: p.start, end: p.end, text: replaced });
    }
  }
  if (cleaned.length === 0) return [];
  const next = applyEdits(xml, edits);
  if (indexComments(next).comments.length === 0) {
    dropComments(pkg, notes);
  } else pkg.setText(notes.commentsPath, next);
  if (notes.vmlPath && deleted.length) removeShapes(pkg, notes, new Set(deleted));
  return cleaned;
}

function dropComments(pkg: XlsxPackage, notes: SheetNotes): void {
  if (!notes.commentsPath || !notes.commentsRid) return;
  pkg.remove(notes.commentsPath);
  pkg.removeRel(notes.sheetPath, notes.commentsRid);
  pkg.removeOverride(notes.commentsPath);
}

/** The VML shapes (notes) of a drawing, found by text: VML is not always well-formed XML. */
const SHAPE = /<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g;

function shapeCell(shape: string): string | undefined {
  if (!/ObjectType\s*=\s*"Note"/.test(shape)) return undefined;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  if (!row || !col) return undefined;
  return `${columnLetters(Number(col[1]) + 1)}${Number(row[1]) + 1}`;
}

function removeShapes(pkg: XlsxPackage, notes: SheetNotes, refs: Set<string>): void {
  if (!notes.vmlPath || !notes.vmlRid) return;
  const vml = pkg.text(notes.vmlPath);
  let left = 0;
  const next = vml.replace(SHAPE, (shape) => {
    const cell = shapeCell(shape);
    if (cell && refs.has(cell)) return "";
    left++;
    return shape;
  });
  if (left === 0) {
    pkg.remove(notes.vmlPath);
    pkg.removeRel(notes.sheetPath, notes.vmlRid);
    // The Default content type for .vml stays: many writers (ExcelJS among them) declare it with
    // no VML part, so its presence says nothing about who added it, and it is harmless unused.
    pkg.setText(notes.sheetPath, removeLegacyDrawing(pkg.text(notes.sheetPath)));
  } else pkg.setText(notes.vmlPath, next);
}

/**
 * Adds SelfEval's note text to cells of one sheet (text without the prefix; run after
 * removeOwnNotes, so no cell still carries an older SelfEval note).
 */
export function addOwnNotes(pkg: XlsxPackage, sheetPath: string, notes: ReadonlyMap<string, string>): void {
  if (notes.size === 0) return;
  let where = notesOf(pkg, sheetPath);
  if (!where.commentsPath) {
    const path = pkg.freshName("xl/comments", ".xml");
    pkg.setText(
      path,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>',
    );
    pkg.addRel(sheetPath, REL_COMMENTS, path);
    pkg.addOverride(path, CT_COMMENTS);
    where = notesOf(pkg, sheetPath);
  }
  const commentsPath = where.commentsPath as string;
  let xml = pkg.text(commentsPath);
  let index = indexComments(xml);
  let authorId = index.authors.indexOf(AUTHOR);
  if (authorId < 0) {
    authorId = index.authors.length;
    xml = insertAt(xml, index.authorsInsertAt, `<author>${AUTHOR}</author>`, "authors", "comments");
    index = indexComments(xml);
  }
  const edits: Edit[] = [];
  const newShapes: string[] = [];
  const byRef = new Map(index.comments.map((c) => [c.ref, c]));
  for (const [ref, text] of notes) {
    const existing = byRef.get(ref);
    if (existing) {
      // A user's note: ours goes in a run of its own after theirs.
      const run = `<r>${OWN_RPR}<t xml:space="preserve">${escapeText(`\n${NOTE_PREFIX}${text}`)}</t></r>`;
      for (const p of existing.parts) {
        // A bare <t> and runs cannot be mixed: the user's text becomes a run, unchanged.
        if (p.kind === "t") edits.push({ start: p.start, end: p.end, text: `<r>${xml.slice(p.start, p.end)}</r>` });
      }
      const after = existing.parts.filter((p) => p.kind !== "other").at(-1);
      const at = after ? after.end : existing.textStart;
      edits.push({ start: at, end: at, text: run });
      continue;
    }
    edits.push({
      start: index.listInsertAt,
      end: index.listInsertAt,
      text: `<comment ref="${escapeXml(ref)}" authorId="${authorId}"><text><r>${OWN_RPR}<t xml:space="preserve">${escapeText(NOTE_PREFIX + text)}</t></r></text></comment>`,
    });
    newShapes.push(ref);
  }
  pkg.setText(commentsPath, applyEdits(xml, edits));
  if (newShapes.length) addShapes(pkg, sheetPath, newShapes);
}

function insertAt(xml: string, at: number, element: string, list: string, parent: string): string {
  if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  // No <authors> list: create it first in the root (CT_Comments: authors, commentList).
  const open = new RegExp(`<(?:\\w+:)?${parent}\\b[^>]*>`).exec(xml);
  if (!open) return xml;
  const end = open.index + open[0].length;
  return xml.slice(0, end) + `<${list}>${element}</${list}>` + xml.slice(end);
}

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>';
const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function addShapes(pkg: XlsxPackage, sheetPath: string, refs: string[]): void {
  let where = notesOf(pkg, sheetPath);
  if (!where.vmlPath) {
    const path = pkg.freshName("xl/drawings/vmlDrawing", ".vml");
    pkg.setText(path, `${VML_HEAD}${NOTE_SHAPETYPE}</xml>`);
    const rid = pkg.addRel(sheetPath, REL_VML, path);
    pkg.ensureDefault("vml", CT_VML);
    pkg.setText(sheetPath, addLegacyDrawing(pkg.text(sheetPath), rid));
    where = notesOf(pkg, sheetPath);
  }
  const vmlPath = where.vmlPath as string;
  let vml = pkg.text(vmlPath);
  if (!vml.includes('id="_x0000_t202"')) vml = vml.replace(/(<\/o:shapelayout>|<xml\b[^>]*>)/, `$1${NOTE_SHAPETYPE}`);
  let id = 1024;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]));
  const shapes = refs
    .map((ref) => {
      const at = decodeRef(ref) ?? { row: 1, col: 1 };
      const r = at.row - 1;
      const c = at.col - 1;
      return (
        `<v:shape id="_x0000_s${++id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:110pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 4}, 15, ${r + 5}, 16</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  const close = vml.lastIndexOf("</xml>");
  pkg.setText(vmlPath, close >= 0 ? vml.slice(0, close) + shapes + vml.slice(close) : vml + shapes);
}
