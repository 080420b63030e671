// WritePlan → edits of the original package → .xlsx bytes (SPEC §6 write-back, §7 export).
// Only the parts SelfEval means to change are touched: the sheet XML of the cells it writes and
// marks, styles.xml (the marks' dxf fills), the comments and VML parts of its notes, their
// relationships and content types, and workbook.xml's calcPr when a formula's cached value was
// written. The plan is checked whole before the first edit, so a refused plan writes nothing.
import type { CellRef, SheetGrid, WorkbookGrid } from "../engine/grid";
import { areaToA1, toA1 } from "../engine/grid";
import type { Mark, MarkKind, WritePlan } from "../engine/plan";
import { MARK_FILLS, markRuleFormula, moreSevereMark } from "../engine/plan";
import { WorkbookWriteError } from "./errors";
import { addOwnNotes, removeOwnNotes } from "./notes";
import type { XlsxPackage } from "./package";
import { REL } from "./package";
import { gridFromWorkbook } from "./read";
import type { CellWrite } from "./sheet-edit";
import { addMarkRules, cellStyles, removeOwnRules, restyleCells, writeCells } from "./sheet-edit";
import { cellXfs, ensureDxf, ensureXfWithoutFill, fillColours, fillIdOfXf, markDxf, MINIMAL_STYLES } from "./styles-edit";
import { attr, insertionPoint, scanXml } from "./xml";

export { WorkbookWriteError } from "./errors";
export type { WorkbookWriteErrorCode } from "./errors";

const OWN_FILLS = new Set(Object.values(MARK_FILLS).map((c) => c.toUpperCase()));

export interface ApplyResult {
  /** Cells written. */
  written: number;
  /** Cells and merged areas marked. */
  marked: number;
  /** Sheets the plan touched that are protected: nothing was written or marked there. */
  protectedSheets: string[];
}

/**
 * Applies a plan to the package. Protected sheets are left exactly as they are (SPEC §6: a
 * protected sheet is reported, never unprotected and never written around) and listed in the
 * result; a plan naming a missing sheet, a bad address or a non-finite value is refused whole.
 */
export function applyPlan(pkg: XlsxPackage, plan: WritePlan, grid: WorkbookGrid = gridFromWorkbook(pkg)): ApplyResult {
  checkPlan(pkg, grid, plan);
  const protectedSheets = new Set<string>();
  let written = 0;
  let marked = 0;
  let formulaWritten = false;
  for (const entry of pkg.sheets) {
    const sheet = grid.sheets.find((s) => s.name === entry.name);
    const values = plan.values.filter((v) => v.sheet === entry.name);
    const marks = plan.marks.filter((m) => m.sheet === entry.name);
    if (!sheet || !entry.path || (values.length === 0 && marks.length === 0)) continue;
    if (sheet.protected || sheet.unreadable) {
      if (sheet.protected) protectedSheets.add(entry.name);
      continue;
    }
    if (values.length) {
      const writes: CellWrite[] = values.map((v) => {
        const at = masterOf(sheet, v.at);
        return { row: at.row, col: at.col, value: v.value, formula: v.formula };
      });
      pkg.setText(entry.path, writeCells(pkg.text(entry.path), writes));
      written += writes.length;
      if (values.some((v) => v.formula)) formulaWritten = true;
    }
    if (marks.length) marked += markSheet(pkg, entry.path, sheet, marks);
  }
  // Cached results are ours, not Excel's; ask Excel to recalculate every formula on open so a
  // written formula never shows a stale number.
  if (formulaWritten) setFullCalcOnLoad(pkg);
  return { written, marked, protectedSheets: [...protectedSheets] };
}

export async function writeWorkbook(pkg: XlsxPackage): Promise<Uint8Array> {
  return pkg.write();
}

/**
 * Removes every mark SelfEval drew: its conditional-format rules (found by their tagged formula,
 * whoever wrote them: this adapter or the add-in), its notes and its part of users' notes, and
 * the fill marks of older versions (a cell with our note and one of our fill colours). Returns
 * how many rules and notes were removed. The dxf fills of removed rules stay in styles.xml,
 * unused: removing them would renumber every other rule's dxfId.
 */
export function clearOwnMarks(pkg: XlsxPackage): number {
  let removed = 0;
  for (const entry of pkg.sheets) {
    if (!entry.path || entry.kind !== "worksheet" || !pkg.has(entry.path)) continue;
    const [xml, rules] = removeOwnRules(pkg.text(entry.path));
    if (rules) {
      pkg.setText(entry.path, xml);
      removed += rules;
    }
    const cleaned = removeOwnNotes(pkg, entry.path);
    removed += cleaned.length;
    if (cleaned.length) removeLegacyFills(pkg, entry.path, cleaned);
  }
  return removed;
}

// --- marks ---------------------------------------------------------------------------------

function markSheet(pkg: XlsxPackage, sheetPath: string, sheet: SheetGrid, marks: readonly Mark[]): number {
  // A re-run replaces the marks of the last run on this sheet.
  const [withoutOwn] = removeOwnRules(pkg.text(sheetPath));
  pkg.setText(sheetPath, withoutOwn);
  const cleaned = removeOwnNotes(pkg, sheetPath);
  if (cleaned.length) removeLegacyFills(pkg, sheetPath, cleaned);

  // One mark per merged area (or cell): the more severe of two wins. Notes go to the area's
  // top-left cell, where Excel shows the area's note; two findings there share one note.
  const areas = new Map<string, MarkKind>();
  const notes = new Map<string, string[]>();
  for (const m of marks) {
    const area = areaOf(sheet, m.at);
    const key = areaToA1(area);
    const before = areas.get(key);
    areas.set(key, before ? moreSevereMark(before, m.kind) : m.kind);
    const at = toA1({ row: area.top, col: area.left });
    notes.set(at, [...(notes.get(at) ?? []), m.note]);
  }
  const dxfIds = new Map<MarkKind, number>();
  const dxfOf = (kind: MarkKind): number => {
    let id = dxfIds.get(kind);
    if (id === undefined) {
      const stylesPath = ensureStylesPart(pkg);
      const [xml, index] = ensureDxf(pkg.text(stylesPath), markDxf(MARK_FILLS[kind]));
      pkg.setText(stylesPath, xml);
      id = index;
      dxfIds.set(kind, id);
    }
    return id;
  };
  const list = [...areas].map(([sqref, kind]) => ({ sqref, kind }));
  pkg.setText(sheetPath, addMarkRules(pkg.text(sheetPath), list, dxfOf, markRuleFormula));
  addOwnNotes(pkg, sheetPath, new Map([...notes].map(([a1, lines]) => [a1, [...new Set(lines)].join("\n")])));
  return areas.size;
}

function ensureStylesPart(pkg: XlsxPackage): string {
  const rel = pkg.rels(pkg.workbookPath).find((r) => r.type.endsWith(REL.styles) && !r.external);
  if (rel && pkg.has(rel.target)) return rel.target;
  const path = pkg.freshName("xl/styles", ".xml");
  pkg.setText(path, MINIMAL_STYLES);
  pkg.addRel(pkg.workbookPath, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", path);
  pkg.addOverride(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
  return path;
}

/** Cells that carried our note and one of our fill colours: older SelfEval versions marked so. */
function removeLegacyFills(pkg: XlsxPackage, sheetPath: string, refs: readonly string[]): void {
  const rel = pkg.rels(pkg.workbookPath).find((r) => r.type.endsWith(REL.styles) && !r.external);
  if (!rel || !pkg.has(rel.target)) return;
  let styles = pkg.text(rel.target);
  const fills = fillColours(styles);
  const keys = new Set(refs.map((a1) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) return "";
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return `${Number(m[2])},${col}`;
  }));
  const current = cellStyles(pkg.text(sheetPath), keys);
  const restyle = new Map<string, number>();
  for (const [key, s] of current) {
    const xf = cellXfs(styles)[s];
    const colour = fills[fillIdOfXf(xf)];
    if (!colour || !OWN_FILLS.has(colour)) continue;
    const [next, bare] = ensureXfWithoutFill(styles, s);
    styles = next;
    restyle.set(key, bare);
  }
  if (restyle.size === 0) return;
  pkg.setText(rel.target, styles);
  pkg.setText(sheetPath, restyleCells(pkg.text(sheetPath), restyle));
}

// --- helpers -------------------------------------------------------------------------------

function areaOf(sheet: SheetGrid, at: CellRef) {
  for (const m of sheet.merges) {
    if (at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right) return m;
  }
  return { top: at.row, left: at.col, bottom: at.row, right: at.col };
}

/** The cell a write lands in: a merged area's top-left cell, where Excel keeps its value. */
function masterOf(sheet: SheetGrid, at: CellRef): CellRef {
  const area = areaOf(sheet, at);
  return { row: area.top, col: area.left };
}

const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** <calcPr fullCalcOnLoad="1">, every other calculation setting (iterate …) kept. */
export function setFullCalcOnLoad(pkg: XlsxPackage): void {
  const xml = pkg.text(pkg.workbookPath);
  let span: [number, number, string] | undefined;
  scanXml(xml, {
    open(tag) {
      if (tag.name === "calcPr") span = [tag.start, tag.end, tag.attrs];
    },
  });
  if (span) {
    if (attr(span[2], "fullCalcOnLoad") === "1") return;
    const tag = xml.slice(span[0], span[1]);
    const next = /\sfullCalcOnLoad\s*=/.test(tag) ? tag.replace(/(\sfullCalcOnLoad\s*=\s*)("[^"]*"|'[^']*')/, '$1"1"') : tag.replace(/^(<(?:\w+:)?calcPr)\b/, '$1 fullCalcOnLoad="1"');
    pkg.setText(pkg.workbookPath, xml.slice(0, span[0]) + next + xml.slice(span[1]));
    return;
  }
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? "";
  const at = insertionPoint(xml, WORKBOOK_ORDER, "calcPr");
  pkg.setText(pkg.workbookPath, `${xml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`);
}

// --- checks --------------------------------------------------------------------------------

function checkPlan(pkg: XlsxPackage, grid: WorkbookGrid, plan: WritePlan): void {
  for (const target of [...plan.values, ...plan.marks]) {
    const where = isValidRef(target.at) ? `${target.sheet}!${toA1(target.at)}` : target.sheet;
    if (!pkg.sheets.some((s) => s.name === target.sheet && s.path) || !grid.sheets.some((s) => s.name === target.sheet)) {
      throw new WorkbookWriteError("missing-sheet", `找不到工作表「${target.sheet}」`, `No sheet named "${target.sheet}"`);
    }
    if (!isValidRef(target.at)) {
      throw new WorkbookWriteError("invalid-value", `单元格地址无效：${JSON.stringify(target.at)}`, `Invalid cell address: ${JSON.stringify(target.at)}（${where}）`);
    }
  }
  for (const write of plan.values) {
    // NaN or Infinity would be written as the literal text "NaN" into <v> and corrupt the file.
    if (typeof write.value !== "number" || !Number.isFinite(write.value)) {
      const where = `${write.sheet}!${toA1(write.at)}`;
      throw new WorkbookWriteError("invalid-value", `${where} 的写入值不是有限数字`, `The value for ${where} is not a finite number`);
    }
  }
}

function isValidRef(at: CellRef): boolean {
  // Excel's grid: 1 048 576 rows × 16 384 columns.
  return Number.isInteger(at.row) && Number.isInteger(at.col) && at.row >= 0 && at.col >= 0 && at.row < 1048576 && at.col < 16384;
}
