// What to write back into the sheet after a run (SPEC §6), as plain data that both the ExcelJS
// writer (CLI, browser) and the Office.js adapter apply the same way.
import Decimal from "decimal.js";
import type { CellRef } from "./grid";
import type { Finding, Locale, Report, Severity } from "./report";
import { renderDetails, renderMessage, SEVERITY_LABELS } from "./messages";

export type WriteMode = "values" | "formulas";

export interface ValueWrite {
  sheet: string;
  at: CellRef;
  /** The recalculated or recommended value; rates as fractions. */
  value: number;
  /** Set in "formulas" mode for recalculated fields: the Excel formula without "=". */
  formula?: string;
  kind: "recalculated" | "recommended-score";
}

/** "reason": a 偏差原因 / 原因 cell that needs text gets its own fill. */
export type MarkKind = Severity | "reason";

export interface Mark {
  sheet: string;
  at: CellRef;
  kind: MarkKind;
  /** The messages of every finding on this cell, one per line, in the chosen locale. */
  note: string;
}

export interface WritePlan {
  values: ValueWrite[];
  marks: Mark[];
}

/**
 * Fill colours by mark kind, as ARGB hex. They darken with severity so that the order reads at a
 * glance: error a clear red, a reason cell that needs text (error level) orange, warning yellow,
 * info a pale blue that is not a problem colour (a fall in 三公 spending is info). Black cell text
 * stays above 10:1 contrast on each.
 */
export const MARK_FILLS: Record<MarkKind, string> = {
  error: "FFF4A7A7",
  reason: "FFF8C89B",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

/** Prefix on every note the add-in writes, so that it can find and remove its own notes. */
export const NOTE_PREFIX = "SelfEval: ";

/**
 * How a mark is drawn, the same in every adapter (Office.js, the .xlsx writer): a conditional
 * format on the marked cell (or merged area) whose rule is an always-true expression carrying a
 * SelfEval tag, with MARK_FILLS[kind] as its fill. The cell's own fill never changes, so removing
 * the mark can never disturb a fill the user set, and any later runtime, PC or program finds our
 * marks by their formula alone: nothing has to be remembered outside the workbook.
 * Conditional formats need ExcelApi 1.6; in the file they are <conditionalFormatting> with a
 * cfRule of type "expression" and a dxf fill.
 */
const MARK_TAG = "SelfEval:";

/** The rule formula of a mark, without a leading "=": ISTEXT("SelfEval:error"), always TRUE. */
export function markRuleFormula(kind: MarkKind): string {
  return `ISTEXT("${MARK_TAG}${kind}")`;
}

/** The mark kind a conditional-format formula stands for, or undefined when it is not ours. */
export function markKindOfFormula(formula: string | null | undefined): MarkKind | undefined {
  if (!formula) return undefined;
  const match = /^=?\s*ISTEXT\(\s*"SelfEval:(error|warning|info|reason)"\s*\)\s*$/i.exec(formula.trim());
  return match ? (match[1].toLowerCase() as MarkKind) : undefined;
}

const MARK_RANK: Record<MarkKind, number> = { error: 0, reason: 1, warning: 2, info: 3 };

/** Of two marks on one cell or merged area, the one to keep: the more severe. */
export function moreSevereMark(a: MarkKind, b: MarkKind): MarkKind {
  return MARK_RANK[a] <= MARK_RANK[b] ? a : b;
}

/** The colour key a checked copy carries, in severity order. */
export const COLOUR_KEY: Record<Locale, string> = {
  "zh-CN": "颜色说明（SelfEval 标记）：红色＝错误，橙色＝需填写原因，黄色＝警告，蓝色＝提示。",
  en: "Colour key (SelfEval marks): red = error, orange = reason needed, yellow = warning, blue = note.",
};

/** A recalculated value as the pane shows it: rates in % with two decimals, others at two decimals at most (decimal, half up). */
function shownValue(r: Report["recalculations"][number]): string {
  let d: Decimal;
  try {
    d = new Decimal(r.value);
  } catch {
    return r.value;
  }
  if (r.field === "executionRate" || r.field === "staffRate" || r.field === "areaRate" || r.field === "investRate") return `${d.times(100).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
  return d.toFixed(2, Decimal.ROUND_HALF_UP);
}

export type PlanWrites = (report: Report, options: { mode: WriteMode; locale: Locale }) => WritePlan;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Turns a report into the cell writes and marks of SPEC §6. Pure; adapters apply the result. */
export const planWrites: PlanWrites = (report, { mode, locale }) => {
  const values: ValueWrite[] = [];
  for (const r of report.recalculations) {
    if (r.unchanged) continue;
    const isScore = r.field === "indicatorScore";
    values.push({
      sheet: r.sheet,
      at: r.at,
      // The adapters write JS numbers; the decimal string is already rounded where it should be.
      value: Number(r.value),
      // A formula the accountant's sheet already has and that computes the right thing is kept.
      formula: r.existingFormula ?? (mode === "formulas" && !isScore ? r.formula : undefined),
      kind: isScore ? "recommended-score" : "recalculated",
    });
  }
  const byCell = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = `${f.sheet}\u0000${f.at.row}\u0000${f.at.col}`;
    const list = byCell.get(key) ?? [];
    list.push(f);
    byCell.set(key, list);
  }
  const written = new Map(values.map((v) => [`${v.sheet}\u0000${v.at.row}\u0000${v.at.col}`, v]));
  const recalculated = new Map(
    report.recalculations.map((r) => [`${r.sheet}\u0000${r.at.row}\u0000${r.at.col}`, { previous: r.previous, shown: shownValue(r) }]),
  );
  const sheetOrder = new Map<string, number>();
  for (const t of report.templates) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const marks: Mark[] = [];
  for (const [key, list] of byCell) {
    const top = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    const kind: MarkKind = list.every((f) => f.atReason) ? "reason" : top.severity;
    const lines = list.flatMap((f) => [`[${SEVERITY_LABELS[locale][f.severity]}] ${renderMessage(f, locale)}`, ...renderDetails(f, locale).map((d) => `  · ${d}`)]);
    // The message speaks of the value the sheet showed; say that this run replaced it, old → new.
    const write = written.get(key);
    if (write && write.kind === "recalculated") {
      const r = recalculated.get(key);
      const change = r?.previous !== undefined ? (locale === "zh-CN" ? `（${r.previous} → ${r.shown}）` : ` (${r.previous} → ${r.shown})`) : "";
      lines.push(locale === "zh-CN" ? `本次校验已按公式重新计算此单元格${change}。` : `This run recalculated this cell${change}.`);
    }
    marks.push({ sheet: top.sheet, at: top.at, kind, note: lines.join("\n") });
  }
  // The checked copy's colour key: on the first mark (sheet order, then top to bottom), so that
  // whoever opens the copy learns what the colours mean; 清除标记 and the export remove it with the note.
  const first = [...marks].sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.at.row - b.at.row || a.at.col - b.at.col)[0];
  if (first) first.note = `${first.note}\n${COLOUR_KEY[locale]}`;
  return { values, marks };
};
