// Builds real .xlsx bytes with ExcelJS, so the adapter is tested on files, not on objects, and
// reads copies back with readers other than the one under test (ExcelJS, plain zip + regexes).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { adr, getCell } from "../../src/engine/grid";
import { markKindOfFormula } from "../../src/engine/plan";
import type { MarkKind } from "../../src/engine/plan";
import type { Cell, SheetGrid, WorkbookGrid } from "../../src/engine/grid";

export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

export function cellAt(s: SheetGrid, a1: string): Cell | undefined {
  return getCell(s, adr(a1));
}

// --- reading what a copy holds, independently of the code under test --------------------

/** The copy as ExcelJS reads it (values, styles, notes): a second reader, not ours. */
export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every part of a package with its inflated bytes. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    out.set(name, await zip.files[name].async("uint8array"));
  }
  return out;
}

const VML_DEFAULT = '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>';

/**
 * The parts whose bytes differ between two packages, and the parts only one of them has. The one
 * tolerance: [Content_Types].xml may have gained the Default content type for .vml, which a copy
 * keeps once it has had notes (src/xlsx/notes.ts says why).
 */
export async function packageDiff(a: Uint8Array, b: Uint8Array): Promise<{ changed: string[]; added: string[]; removed: string[] }> {
  const pa = await partsOf(a);
  const pb = await partsOf(b);
  const changed: string[] = [];
  for (const [name, bytes] of pa) {
    const other = pb.get(name);
    if (!other || Buffer.compare(Buffer.from(bytes), Buffer.from(other)) === 0) continue;
    if (name === "[Content_Types].xml" && Buffer.from(other).toString("utf8").replace(VML_DEFAULT, "") === Buffer.from(bytes).toString("utf8").replace(VML_DEFAULT, "")) continue;
    changed.push(name);
  }
  return {
    changed,
    added: [...pb.keys()].filter((n) => !pa.has(n)),
    removed: [...pa.keys()].filter((n) => !pb.has(n)),
  };
}

export interface DrawnMark {
  sqref: string;
  formula: string;
  kind: MarkKind | undefined;
  /** The dxf's fill colour (bgColor rgb). */
  fill: string | undefined;
  priority: number;
}

/** The conditional-format rules of a sheet, read with regular expressions from the zip. */
export async function conditionalRules(bytes: Uint8Array, sheetName: string): Promise<DrawnMark[]> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const wb = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const sheetTag = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheetName}"`));
  const rid = /r:id="([^"]+)"/.exec(sheetTag ?? "")?.[1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)?.[0].match(/Target="([^"]+)"/)?.[1] ?? "";
  const sheetXml = await text(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  const styles = await text("xl/styles.xml");
  const dxfs = [...(/<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "").matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => /<bgColor rgb="([^"]+)"/.exec(m[0])?.[1]);
  const out: DrawnMark[] = [];
  for (const cf of sheetXml.matchAll(/<conditionalFormatting\b[^>]*sqref="([^"]*)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g)) {
    for (const rule of cf[2].matchAll(/<cfRule\b([^>]*)>([\s\S]*?)<\/cfRule>/g)) {
      const formula = (/<formula>([\s\S]*?)<\/formula>/.exec(rule[2])?.[1] ?? "").replace(/&quot;/g, '"');
      const dxfId = /dxfId="(\d+)"/.exec(rule[1])?.[1];
      out.push({ sqref: cf[1], formula, kind: markKindOfFormula(formula), fill: dxfId === undefined ? undefined : dxfs[Number(dxfId)], priority: Number(/priority="(\d+)"/.exec(rule[1])?.[1]) });
    }
  }
  return out;
}

/** SelfEval's marks on a sheet: sqref → kind, with the fill each one draws. */
export async function ownMarksOf(bytes: Uint8Array, sheetName: string): Promise<Record<string, { kind: MarkKind; fill: string | undefined }>> {
  const out: Record<string, { kind: MarkKind; fill: string | undefined }> = {};
  for (const r of await conditionalRules(bytes, sheetName)) if (r.kind) out[r.sqref] = { kind: r.kind, fill: r.fill };
  return out;
}

export function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note;
  if (note === undefined || note === null) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** SelfEval's mark on one cell (inside any sqref area of our rules), or undefined. */
export async function markAt(bytes: Uint8Array, sheetName: string, a1: string): Promise<{ kind: MarkKind; fill: string | undefined } | undefined> {
  const at = adr(a1);
  for (const r of await conditionalRules(bytes, sheetName)) {
    if (!r.kind) continue;
    for (const area of r.sqref.split(/\s+/)) {
      const [from, to = from] = area.split(":").map(adr);
      if (at.row >= from.row && at.row <= to.row && at.col >= from.col && at.col <= to.col) return { kind: r.kind, fill: r.fill };
    }
  }
  return undefined;
}
