// What a run produces: findings, scores, recalculated fields. Plain data; text is rendered at the edge.
import type { CellRef } from "./grid";
import type { TemplateKind } from "./model";

export type Severity = "error" | "warning" | "info";
export type Locale = "zh-CN" | "en";

/** A text in both languages of the product. */
export type Bilingual = Record<Locale, string>;

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  at: CellRef;
  messageId: string;
  /** Message parameters; numbers are already formatted strings. */
  data: Record<string, string>;
  expected?: string;
  actual?: string;
  /** A recommended value the user may accept (采用建议), e.g. a score. */
  suggestion?: { at: CellRef; value: string };
  /** The finding points at a reason cell that needs text (marked with its own fill). */
  atReason?: boolean;
  /**
   * What other rules said of the same cause, kept under this finding instead of as findings of
   * their own (one problem, one finding); rendered with their own rule's message.
   */
  details?: FindingDetail[];
}

/** Another rule's finding of the same cause, folded into the finding that offers the way out. */
export interface FindingDetail {
  rule: string;
  severity: Severity;
  at: CellRef;
  messageId: string;
  data: Record<string, string>;
}

/** An arithmetic field the engine recalculated (SPEC §6). */
export interface Recalculation {
  sheet: string;
  at: CellRef;
  field: "executionRate" | "executionScore" | "staffRate" | "areaRate" | "investRate" | "totalScore" | "indicatorScore";
  /** Full-precision value as a string (a fraction for rates). */
  value: string;
  /** The same as an Excel formula over the source cells, without "=", in A1 terms. */
  formula?: string;
  /** The cell's own formula, when it already computes the right thing: kept, only its result changes. */
  existingFormula?: string;
  /** True when the cell was empty and the engine fills it (indicator scores). */
  fillsEmpty: boolean;
  /** True when the cell already shows this value at its precision; nothing needs writing. */
  unchanged: boolean;
  /** The cell's value before the run as it was entered (9.8, 98.00%), so that the pane can show
   *  old → new; absent when the cell was empty or not a number. */
  previous?: string;
}

export interface TemplateScore {
  entered?: string;
  recommended?: string;
  grade?: string;
}

export interface TemplateReport {
  sheet: string;
  kind: TemplateKind;
  name?: string;
  year?: string;
  headerAt: CellRef;
  score?: TemplateScore;
}

export interface Report {
  templates: TemplateReport[];
  /** Sheets that hold no template, by name. */
  skippedSheets: string[];
  findings: Finding[];
  recalculations: Recalculation[];
  profile: string;
}
