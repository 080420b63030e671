// WritePlan → ExcelJS workbook → .xlsx bytes (SPEC §6 write-back, §7 export).
// The plan is checked whole before the first cell changes, so a refused plan writes nothing.
import ExcelJS from "exceljs";
import { toA1 } from "../engine/grid";
import type { CellRef } from "../engine/grid";
import { MARK_FILLS, NOTE_PREFIX } from "../engine/plan";

const OWN_FILLS = new Set(Object.values(MARK_FILLS));
import type { Mark, ValueWrite, WritePlan } from "../engine/plan";

export type WorkbookWriteErrorCode = "missing-sheet" | "protected-sheet" | "invalid-value";

/** A plan the workbook cannot take, with a one-line bilingual message; nothing was written. */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";
  readonly code: WorkbookWriteErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: WorkbookWriteErrorCode, messageZh: string, messageEn: string) {
    super(`${messageZh} / ${messageEn}`);
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  checkPlan(wb, plan);

  for (const write of plan.values) writeValue(targetCell(wb, write), write);
  for (const mark of plan.marks) writeMark(targetCell(wb, mark), mark);

  // Cached results are ours, not Excel's; ask Excel to recalculate every formula on open so a
  // written formula never shows a stale number.
  if (plan.values.some((w) => w.formula)) {
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  }
}

export async function writeWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  // A Node Buffer in the CLI, a Uint8Array-like polyfill in the browser bundle; copy into a plain
  // Uint8Array so callers get one type everywhere.
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * Removes every mark the add-in wrote: our notes (or our part of a user's note) and, on those
 * cells, our fill colours. A fill on a cell without our note is the template's and stays.
 * Returns how many cells were cleaned.
 */
export function clearOwnMarks(wb: ExcelJS.Workbook): number {
  let removed = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (!removeOwnNote(cell)) return;
        removed++;
        const fill = cell.style?.fill;
        const argb = fill && fill.type === "pattern" ? fill.fgColor?.argb : undefined;
        if (argb && OWN_FILLS.has(argb)) {
          const style = { ...cell.style };
          delete style.fill;
          cell.style = style;
        }
      });
    });
  }
  return removed;
}

// --- checks --------------------------------------------------------------------------------

function checkPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const target of [...plan.values, ...plan.marks]) {
    const ws = wb.getWorksheet(target.sheet);
    const where = `${target.sheet}!${toA1(target.at)}`;
    if (!ws) {
      throw new WorkbookWriteError("missing-sheet", `找不到工作表「${target.sheet}」`, `No sheet named "${target.sheet}"`);
    }
    // SPEC §6: a protected sheet is reported, never unprotected and never written around.
    if ((ws as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) {
      throw new WorkbookWriteError(
        "protected-sheet",
        `工作表「${target.sheet}」受保护，未写入任何内容（${where}）`,
        `Sheet "${target.sheet}" is protected; nothing was written (${where})`,
      );
    }
    if (!isValidRef(target.at)) {
      throw new WorkbookWriteError("invalid-value", `单元格地址无效：${JSON.stringify(target.at)}`, `Invalid cell address: ${JSON.stringify(target.at)}`);
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

// --- writes --------------------------------------------------------------------------------

/** The cell a write lands in: a merged slave redirects to its master, where Excel keeps both
 *  the value and the fill that the whole merged area shows. */
function targetCell(wb: ExcelJS.Workbook, target: { sheet: string; at: CellRef }): ExcelJS.Cell {
  const ws = wb.getWorksheet(target.sheet) as ExcelJS.Worksheet; // checked in checkPlan
  return ws.getCell(target.at.row + 1, target.at.col + 1).master;
}

function writeValue(cell: ExcelJS.Cell, write: ValueWrite): void {
  detachSharedFormula(cell);
  // Only numbers and formula text come from the plan, never free text, so nothing written here
  // can start with = + - @ and turn into a formula by accident (SPEC §6). Setting `value` leaves
  // the cell's style, and with it the number format, untouched.
  if (write.formula) {
    const formula = write.formula.startsWith("=") ? write.formula.slice(1) : write.formula;
    cell.value = { formula, result: write.value };
  } else {
    cell.value = write.value;
  }
}

/**
 * Excel stores a filled-down formula once, in a master cell, and the other cells as clones that
 * point at it (`{ sharedFormula: "C2" }`). Overwriting the master would orphan the clones, and
 * ExcelJS then refuses to save ("Shared Formula master must exist …"); writing a new formula
 * into it would silently change every clone. So before the master changes, each clone becomes
 * an ordinary formula with its own translated text and cached result.
 */
function detachSharedFormula(cell: ExcelJS.Cell): void {
  if (cell.type !== ExcelJS.ValueType.Formula) return;
  const master = cell.value as { shareType?: string; ref?: string };
  if (master.shareType !== "shared") return;

  const ws = cell.worksheet;
  const clones: ExcelJS.Cell[] = [];
  const visit = (c: ExcelJS.Cell) => {
    if (c.type === ExcelJS.ValueType.Formula && (c.value as { sharedFormula?: string }).sharedFormula === cell.address) clones.push(c);
  };
  // `ref` is the area the shared formula covers; without it, look at the whole sheet.
  if (master.ref) {
    const [from, to = from] = master.ref.split(":");
    // `fullAddress` because ExcelJS's typings declare `cell.row`/`cell.col` as strings.
    const a = ws.getCell(from).fullAddress;
    const b = ws.getCell(to).fullAddress;
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) visit(ws.getCell(r, c));
  } else {
    ws.eachRow((row) => row.eachCell((c) => visit(c)));
  }
  // Read every translated formula before changing any cell: the translation reads the master.
  const detached = clones.map((c) => ({ c, formula: c.formula, result: c.result }));
  for (const { c, formula, result } of detached) {
    c.value = result === undefined ? { formula } : { formula, result };
  }
}

function writeMark(cell: ExcelJS.Cell, mark: Mark): void {
  // Cells read from one file share a style object per style id, so `cell.fill = …` would recolour
  // every cell with the same style. A new style object for this cell alone avoids that.
  cell.style = {
    ...cell.style,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILLS[mark.kind] } },
  };
  // A note the user wrote keeps its text: ours goes below it, after a line starting with the
  // prefix, so that clearing marks (and the export) can cut exactly our part again.
  const userText = ownPartRemoved(noteText(cell.note));
  setNote(cell, userText ? `${userText}\n${NOTE_PREFIX}${mark.note}` : NOTE_PREFIX + mark.note);
}

// --- notes ---------------------------------------------------------------------------------

function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text ?? "").join("");
}

/** The note's text without SelfEval's part ("" when the whole note is ours). */
function ownPartRemoved(text: string): string {
  if (text.startsWith(NOTE_PREFIX)) return "";
  const index = text.indexOf(`\n${NOTE_PREFIX}`);
  return index < 0 ? text : text.slice(0, index);
}

/** Removes our note or our part of a user's note; true when the cell carried one. */
function removeOwnNote(cell: ExcelJS.Cell): boolean {
  const text = noteText(cell.note);
  const kept = ownPartRemoved(text);
  if (kept === text) return false;
  if (kept) setNote(cell, kept);
  else deleteNote(cell);
  return true;
}

function setNote(cell: ExcelJS.Cell, text: string): void {
  cell.note = text;
}

function deleteNote(cell: ExcelJS.Cell): void {
  // ExcelJS has no API to delete a note: `cell.note = undefined` still saves an empty comment box.
  // A note lives in the private `_comment`, and a cell loaded from a file also keeps a copy in its
  // value model, which the writer emits again; both must go.
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internal._comment = undefined;
  if (internal._value?.model) delete internal._value.model.comment;
}
