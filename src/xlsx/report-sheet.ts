// The 校验报告 sheet of the submission copy (SPEC §7), added to the package as a new worksheet
// part (or written over the part of an earlier 校验报告), text as inline strings so that the
// shared-strings part stays as it was.
import type { XlsxPackage } from "./package";
import { REL } from "./package";
import { columnLetters } from "./read";
import { ensureReportStyles } from "./styles-edit";
import { escapeText, escapeXml } from "./xml";

const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const REL_SHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

/** Points per line of 10.5 pt text. */
const LINE_PT = 14;

/** Lines a text takes in a column `width` characters wide (CJK and full-width characters count two). */
function linesOf(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, part) => {
    let units = 0;
    for (const ch of part) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
    return n + Math.max(1, Math.ceil(units / usable));
  }, 0);
}

/** Where the tables of the sheet are, so they get borders and the findings head repeats on each page. */
export interface ReportLayout {
  /** 0-based rows of table heads (the templates table and the findings table). */
  heads: number[];
  /** 0-based first and last rows that belong to tables (heads and bodies). */
  tables: [number, number][];
  /** 0-based row of the findings table's head: printed again on every page. */
  repeat: number;
}

/**
 * Adds (or rewrites) the report sheet, printable on A4 landscape: fitted to one page wide, wrapped
 * text, thin borders on the tables, the findings head repeated on every page, a print area.
 */
export function addReportSheet(pkg: XlsxPackage, name: string, rows: (string | number)[][], widths: number[], layout?: ReportLayout): void {
  const stylesRel = pkg.rels(pkg.workbookPath).find((r) => r.type.endsWith(REL.styles) && !r.external);
  let styles: { title: number; head: number; body: number } | undefined;
  if (stylesRel && pkg.has(stylesRel.target)) {
    const [xml, ids] = ensureReportStyles(pkg.text(stylesRel.target));
    pkg.setText(stylesRel.target, xml);
    styles = ids;
  }
  const maxCols = Math.max(widths.length, ...rows.map((r) => r.length));
  const inTable = (r: number) => (layout?.tables ?? []).some(([a, b]) => r >= a && r <= b);
  const tableWidth = (r: number) => Math.max(...(layout?.tables ?? []).filter(([a, b]) => r >= a && r <= b).map(([a]) => rows[a]?.length ?? 0), 0);
  const styleOf = (r: number, c: number): number | undefined => {
    if (!styles) return undefined;
    if (r === 0) return styles.title;
    if (layout?.heads.includes(r)) return c < tableWidth(r) ? styles.head : undefined;
    if (inTable(r)) return c < tableWidth(r) ? styles.body : undefined;
    return undefined;
  };
  const cols = Array.from({ length: maxCols }, (_, i) => `<col min="${i + 1}" max="${i + 1}" width="${widths[i] ?? 14}" customWidth="1"/>`).join("");
  const body = rows
    .map((row, r) => {
      const width = inTable(r) ? Math.max(row.length, tableWidth(r)) : row.length;
      const cells = Array.from({ length: width }, (_, c) => {
        const v = row[c];
        const ref = `${columnLetters(c + 1)}${r + 1}`;
        const style = styleOf(r, c);
        const s = style !== undefined ? ` s="${style}"` : "";
        if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
        const text = String(v ?? "");
        if (text === "") return s ? `<c r="${ref}"${s}/>` : "";
        return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
      }).join("");
      // Explicit heights: neither Excel nor LibreOffice grows a row for wrapped text on opening.
      const lines = Math.max(1, ...row.map((v, c) => linesOf(String(v ?? ""), widths[c] ?? 14)));
      const height = r === 0 ? 22 : lines * LINE_PT + 3;
      return `<row r="${r + 1}" ht="${height}" customHeight="1">${cells}</row>`;
    })
    .join("");
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<cols>${cols}</cols><sheetData>${body}</sheetData>` +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // A4 (paperSize 9), landscape, one page wide and as many pages tall as needed.
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    "</worksheet>";
  const lastRef = `$A$1:$${columnLetters(maxCols)}$${rows.length}`;
  const names = { area: lastRef, titles: layout ? `$${layout.repeat + 1}:$${layout.repeat + 1}` : undefined };

  const existing = pkg.sheets.find((s) => s.name === name && s.path && s.kind === "worksheet");
  if (existing?.path) {
    pkg.setText(existing.path, xml);
    setPrintNames(pkg, name, names);
    return;
  }
  const path = pkg.freshName("xl/worksheets/sheet", ".xml");
  pkg.setText(path, xml);
  const rid = pkg.addRel(pkg.workbookPath, REL_SHEET, path);
  pkg.addOverride(path, CT_SHEET);
  const wb = pkg.text(pkg.workbookPath);
  let maxId = 0;
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId\s*=\s*"(\d+)"/g)) maxId = Math.max(maxId, Number(m[1]));
  const prefix = /<(\w+:)?workbook\b/.exec(wb)?.[1] ?? "";
  const relPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(wb)?.[1];
  const ridAttr = relPrefix ? `${relPrefix}:id` : "r:id";
  const nsDecl = relPrefix ? "" : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const element = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${maxId + 1}" ${ridAttr}="${rid}"${nsDecl}/>`;
  const close = wb.indexOf(`</${prefix}sheets>`);
  if (close < 0) return;
  pkg.setText(pkg.workbookPath, wb.slice(0, close) + element + wb.slice(close));
  pkg.sheets.push({ name, rid, state: "visible", path, kind: "worksheet" });
  setPrintNames(pkg, name, names);
}

/** The sheet's print area and print titles, as defined names local to it (its index in <sheets>). */
function setPrintNames(pkg: XlsxPackage, name: string, names: { area: string; titles?: string }): void {
  let wb = pkg.text(pkg.workbookPath);
  const prefix = /<(\w+:)?workbook\b/.exec(wb)?.[1] ?? "";
  const sheetsXml = new RegExp(`<${prefix}sheets\\b[\\s\\S]*?</${prefix}sheets>`).exec(wb)?.[0] ?? "";
  const index = [...sheetsXml.matchAll(new RegExp(`<${prefix}sheet\\b[^>]*\\bname\\s*=\\s*"([^"]*)"`, "g"))].findIndex((m) => m[1] === escapeXml(name));
  if (index < 0) return;
  const quoted = `'${name.replace(/'/g, "''")}'`;
  const own = [`<${prefix}definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeText(`${quoted}!${names.area}`)}</${prefix}definedName>`];
  if (names.titles) own.push(`<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${quoted}!${names.titles}`)}</${prefix}definedName>`);
  // An earlier 校验报告's print names are replaced, nobody else's.
  wb = wb.replace(new RegExp(`<${prefix}definedName\\b[^>]*\\bname="_xlnm\\.Print_(?:Area|Titles)"[^>]*\\blocalSheetId="${index}"[^>]*>[\\s\\S]*?</${prefix}definedName>`, "g"), "");
  const open = wb.indexOf(`<${prefix}definedNames`);
  if (open >= 0) {
    const at = wb.indexOf(">", open) + 1;
    wb = wb.slice(0, at) + own.join("") + wb.slice(at);
  } else {
    const after = wb.indexOf(`</${prefix}sheets>`) + `</${prefix}sheets>`.length;
    wb = wb.slice(0, after) + `<${prefix}definedNames>${own.join("")}</${prefix}definedNames>` + wb.slice(after);
  }
  pkg.setText(pkg.workbookPath, wb);
}
