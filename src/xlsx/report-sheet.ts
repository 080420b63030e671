// The 校验报告 sheet of the submission copy (SPEC §7), added to the package as a new worksheet
// part (or written over the part of an earlier 校验报告), text as inline strings so that the
// shared-strings part stays as it was.
import type { XlsxPackage } from "./package";
import { REL } from "./package";
import { columnLetters } from "./read";
import { ensureBoldStyle } from "./styles-edit";
import { escapeText, escapeXml } from "./xml";

const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const REL_SHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

export function addReportSheet(pkg: XlsxPackage, name: string, rows: (string | number)[][], widths: number[]): void {
  const stylesRel = pkg.rels(pkg.workbookPath).find((r) => r.type.endsWith(REL.styles) && !r.external);
  let bold: number | undefined;
  if (stylesRel && pkg.has(stylesRel.target)) {
    const [xml, xf] = ensureBoldStyle(pkg.text(stylesRel.target), 14);
    pkg.setText(stylesRel.target, xml);
    bold = xf;
  }
  const maxCols = Math.max(widths.length, ...rows.map((r) => r.length));
  const cols = Array.from({ length: maxCols }, (_, i) => `<col min="${i + 1}" max="${i + 1}" width="${widths[i] ?? 14}" customWidth="1"/>`).join("");
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${columnLetters(c + 1)}${r + 1}`;
          const s = r === 0 && bold !== undefined ? ` s="${bold}"` : "";
          if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
          const text = String(v ?? "");
          if (text === "") return s ? `<c r="${ref}"${s}/>` : "";
          return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<cols>${cols}</cols><sheetData>${body}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

  const existing = pkg.sheets.find((s) => s.name === name && s.path && s.kind === "worksheet");
  if (existing?.path) {
    pkg.setText(existing.path, xml);
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
}
