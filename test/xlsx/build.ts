// Hand-written .xlsx packages, part by part, shaped as Excel writes them (ECMA-376): for inputs
// no library would produce (hostile shapes, damaged sheets) and for features a library would not
// keep (charts, x14 extensions, VBA …). Every test file built here is real zip bytes.
import JSZip from "jszip";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetSpec {
  name: string;
  /** The <worksheet> children (sheetData and anything after it), without the root. */
  body: string;
  state?: "hidden" | "veryHidden";
  /** Extra relationships of the sheet: [id, type suffix, target relative to xl/worksheets/]. */
  rels?: [string, string, string][];
}

export interface PackageSpec {
  sheets: SheetSpec[];
  sharedStrings?: string[];
  /** The <styleSheet> children; a minimal one when absent. */
  styles?: string;
  /** Extra parts: path → text or bytes. */
  parts?: Record<string, string | Uint8Array>;
  /** Extra <Override>/<Default> elements for [Content_Types].xml. */
  contentTypes?: string[];
  /** Extra workbook.xml children after <sheets> (definedNames, calcPr …). */
  workbookExtra?: string;
  /** Extra workbook relationships: [id, type suffix, target relative to xl/]. */
  workbookRels?: [string, string, string][];
  /** Extra root relationships: [id, full type, target]. */
  rootRels?: [string, string, string][];
  /** The workbook part's content type (an .xlsm's is macroEnabled). */
  workbookContentType?: string;
}

export const MINIMAL_STYLES_BODY =
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>';

export function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export async function buildXlsx(spec: PackageSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${spec.workbookContentType ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}"/>`,
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...(spec.sharedStrings ? ['<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'] : []),
    ...spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
    ...(spec.contentTypes ?? []),
  ];
  zip.file(
    "[Content_Types].xml",
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>${(spec.rootRels ?? []).map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`,
  );
  const sheets = spec.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  zip.file("xl/workbook.xml", `${decl}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${spec.workbookExtra ?? ""}</workbook>`);
  const n = spec.sheets.length;
  const wbRels = [
    ...spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`,
    ...(spec.sharedStrings ? [`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
    ...(spec.workbookRels ?? []).map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : REL + type}" Target="${target}"/>`),
  ];
  zip.file("xl/_rels/workbook.xml.rels", `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join("")}</Relationships>`);
  zip.file("xl/styles.xml", `${decl}<styleSheet xmlns="${NS_MAIN}">${spec.styles ?? MINIMAL_STYLES_BODY}</styleSheet>`);
  if (spec.sharedStrings) {
    zip.file("xl/sharedStrings.xml", `${decl}<sst xmlns="${NS_MAIN}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings.map((t) => `<si><t xml:space="preserve">${escape(t)}</t></si>`).join("")}</sst>`);
  }
  spec.sheets.forEach((s, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `${decl}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${s.body}</worksheet>`);
    if (s.rels?.length) {
      zip.file(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${s.rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : REL + type}" Target="${target}"/>`).join("")}</Relationships>`,
      );
    }
  });
  for (const [p, content] of Object.entries(spec.parts ?? {})) zip.file(p, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A <c> with a number, a shared string index, or inline text. */
export function num(ref: string, v: number, s?: number): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${v}</v></c>`;
}

export function str(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`;
}

export function rows(...cells: string[][]): string {
  return cells.map((row, i) => `<row r="${i + 1}">${row.join("")}</row>`).join("");
}
