// How a rule is declared (one file per rule under rules/, registered in rules/index.ts).
import type { CellRef, SheetGrid } from "./grid";
import type { BoundTemplate, Field, Indicator, TemplateKind, EvalTable } from "./model";
import type { Profile } from "./profile";
import type { Finding, Locale, Recalculation, Severity } from "./report";
import type { NumberValue } from "./values";
import type { SourceKind } from "./sources";
import type { Assessment, FundsAssessment } from "./scoring";

export type Bilingual = Record<Locale, string>;

export interface RuleMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  /** A short name for people (the rule page's title; the 校验报告 sheet's rule column). */
  title: Bilingual;
  severity: Severity;
  /** Other severities the rule may report (e.g. info within rounding precision). */
  alsoSeverities?: Severity[];
  /** What kind of source the rule stands on (src/engine/sources.ts). */
  sourceKind: SourceKind;
  /**
   * The source itself: official text quoted verbatim in 「…」, the form's own columns or note, a
   * named practice, or our own judgement — never more than the source says.
   */
  source: string;
  description: Bilingual;
  /** Message templates with {{placeholders}}, by message id. */
  messages: Record<string, Bilingual>;
  templates: TemplateKind[];
}

export interface ReportInput {
  at: CellRef;
  messageId: string;
  data?: Record<string, string>;
  /** Defaults to meta.severity; must be meta.severity or one of alsoSeverities. */
  severity?: Severity;
  expected?: string;
  actual?: string;
  suggestion?: { at: CellRef; value: string };
  atReason?: boolean;
}

export interface RuleContext {
  template: BoundTemplate;
  /** Every template bound in the workbook, for cross-sheet rules. */
  templates: readonly BoundTemplate[];
  sheet: SheetGrid;
  profile: Profile;
  /** Reads a bound cell as a number; null when empty, not applicable, text or an error. */
  num(field: Field | undefined): NumberValue | null;
  /** True when the field holds something (not blank, not only whitespace). */
  filled(field: Field | undefined): boolean;
  /** True when the cell holds an Excel error; cell-error owns those, other rules skip them. */
  isError(field: Field | undefined): boolean;
  assess(indicator: Indicator): Assessment;
  fundsOf(table: EvalTable): FundsAssessment | null;
  report(input: ReportInput): void;
  recalc(input: Omit<Recalculation, "sheet">): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type { Finding };
