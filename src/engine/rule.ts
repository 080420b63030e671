// How a rule is declared (one file per rule under rules/, registered in rules/index.ts).
//
// Rule API v2: the engine walks each bound template once (src/engine/validate.ts) — its funds rows,
// its indicator groups and rows with their assessment, the table as a whole — and calls the
// visitors a rule declares, typed by template family. A rule never tests the family or walks the
// groups itself. Options a rule reads are declared in its meta (`options`, a schema read by the
// one generic reader in src/engine/options.ts) and reach it as `ctx.options`, defaults applied.
import type { CellRef, SheetGrid } from "./grid";
import type { BaseTable, BoundTemplate, EvalTable, Field, FundsRow, Indicator, IndicatorGroup, TemplateKind } from "./model";
import type { OptionSchema, OptionValue } from "./options";
import type { Profile } from "./profile";
import type { Bilingual, Finding, Recalculation, Severity } from "./report";
import type { NumberValue } from "./values";
import type { SourceKind } from "./sources";
import type { Assessment, FundsAssessment } from "./scoring";

export type { Bilingual };

/** An option a rule declares: the generic spec plus its default. */
export type RuleOptionSpec = OptionSchema[string] & {
  default: OptionValue;
  /** The flat profile key that also sets it (kept for profile files written before rule options). */
  alias?: string;
};

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
  /** Options a profile may set for this rule (`rules.<id>.<option>` in a profile file). */
  options?: Record<string, RuleOptionSpec>;
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
  /**
   * The one cause behind the finding, when other rules may report the same cause (e.g.
   * `met-but-deducted` of an indicator row): the engine keeps one finding per cause, the most
   * severe, and lists the others as its details (one problem, one finding).
   */
  cause?: string;
}

/** What every visitor gets, whatever the template family. `O` is the rule's options. */
export interface RuleContext<O = Record<string, OptionValue>> {
  template: BoundTemplate;
  /** Every template bound in the workbook, for cross-sheet rules. */
  templates: readonly BoundTemplate[];
  sheet: SheetGrid;
  profile: Profile;
  /** The rule's options: its declared defaults, then what the profile sets. */
  options: O;
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

/** An evaluation table's context (部门整体支出 or 项目支出自评表). */
export interface EvalContext<O = Record<string, OptionValue>> extends RuleContext<O> {
  table: EvalTable;
  /** The table's indicator rows in sheet order, every group's. */
  indicators: readonly Indicator[];
}

/** A 基础数据表's context. */
export interface BaseContext<O = Record<string, OptionValue>> extends RuleContext<O> {
  table: BaseTable;
}

export interface Rule<O = Record<string, OptionValue>> {
  meta: RuleMeta;
  /** Any bound template, of every family (cell errors, missing parts, unreadable values). */
  template?(template: BoundTemplate, ctx: RuleContext<O>): void;
  /** An evaluation table as a whole: totals, weights, notes, goals. */
  evalTable?(ctx: EvalContext<O>): void;
  /** Each row of an evaluation table's funds block: the total first, then its 其中 rows. */
  fundsRow?(row: FundsRow, isTotal: boolean, ctx: EvalContext<O>): void;
  /** Each 一级指标 group of an evaluation table. */
  group?(group: IndicatorGroup, ctx: EvalContext<O>): void;
  /** Each indicator row of an evaluation table, with its assessment (made once, for every rule). */
  indicator?(indicator: Indicator, a: Assessment, ctx: EvalContext<O>): void;
  /** A 基础数据表. */
  baseTable?(ctx: BaseContext<O>): void;
}

/** Declares a rule; `O` types `ctx.options` for the options its meta declares. */
export function defineRule<O = Record<string, OptionValue>>(rule: Rule<O>): Rule {
  return rule as unknown as Rule;
}

const EVAL: TemplateKind[] = ["dept-eval", "project-eval"];

/** The template families a rule runs on, from the visitors it declares. */
export function ruleTemplates(rule: Rule): TemplateKind[] {
  if (rule.template) return ["dept-eval", "dept-base", "project-eval"];
  const kinds: TemplateKind[] = [];
  if (rule.evalTable || rule.fundsRow || rule.group || rule.indicator) kinds.push(...EVAL);
  if (rule.baseTable) kinds.push("dept-base");
  return kinds;
}

/** A rule's options with their defaults. */
export function ruleDefaults(rule: Rule): Record<string, OptionValue> {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, spec]) => [k, spec.default]));
}

export type { Finding };
