// Runs every rule over the bound templates of a workbook and assembles the report.
import Decimal from "decimal.js";
import type { SheetGrid } from "./grid";
import type { BoundTemplate, EvalTable, Field, Indicator } from "./model";
import type { Profile } from "./profile";
import type { Finding, Recalculation, Report, Severity, TemplateReport } from "./report";
import type { EvalContext, Rule, RuleContext } from "./rule";
import { ruleDefaults } from "./rule";
import { RULES } from "./rules";
import type { Assessment, FundsAssessment } from "./scoring";
import { assessFunds, assessIndicator, assessTotal, gradeOf, readNumber } from "./scoring";
import { fixed } from "./format";
import { readCell } from "./values";

export interface BoundWorkbook {
  sheets: readonly SheetGrid[];
  templates: readonly BoundTemplate[];
  skippedSheets: readonly string[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs the rules (the registry's, or those given: a test's) over a bound workbook. */
export function validate(workbook: BoundWorkbook, profile: Profile, rules: readonly Rule[] = RULES): Report {
  const findings: (Finding & { cause?: string })[] = [];
  const recalculations: Recalculation[] = [];
  const assessments = new Map<Indicator, Assessment>();
  const fundsCache = new Map<EvalTable, FundsAssessment | null>();
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));

  const num = (field: Field | undefined) => readNumber(field);
  const filled = (field: Field | undefined) => !!field && readCell(field.cell).kind !== "empty";
  const isError = (field: Field | undefined) => !!field?.cell && readCell(field.cell).kind === "error";
  const assess = (indicator: Indicator): Assessment => {
    let a = assessments.get(indicator);
    if (!a) {
      a = assessIndicator(indicator, profile, num);
      assessments.set(indicator, a);
    }
    return a;
  };
  const fundsOf = (table: EvalTable): FundsAssessment | null => {
    if (!fundsCache.has(table)) fundsCache.set(table, assessFunds(table, num));
    return fundsCache.get(table) ?? null;
  };
  const active = rules.filter((rule) => profile.severities[rule.meta.id] !== "off");
  // Each rule's options, once: its declared defaults, then what the profile sets.
  const options = new Map(active.map((rule) => [rule, { ...ruleDefaults(rule), ...profile.rules[rule.meta.id] }]));

  for (const template of workbook.templates) {
    const sheet = workbook.sheets.find((s) => s.name === template.sheet);
    if (!sheet) continue;
    // The walk, made once per template for every rule: funds rows (total first), groups, and
    // indicator rows with their assessment.
    const walk =
      template.kind === "dept-base"
        ? null
        : {
            funds: template.funds ? [template.funds.total, ...template.funds.parts, ...(template.funds.subtotals ?? []).flatMap((s) => s.parts)] : [],
            indicators: template.groups.flatMap((g) => g.indicators),
          };
    for (const rule of active) {
      const ctx = ruleContext(rule, template, sheet);
      rule.template?.(template, ctx);
      if (template.kind === "dept-base") {
        rule.baseTable?.({ ...ctx, table: template });
        continue;
      }
      if (!walk) continue;
      const evalCtx: EvalContext = { ...ctx, table: template, indicators: walk.indicators };
      rule.evalTable?.(evalCtx);
      if (rule.fundsRow) walk.funds.forEach((row, i) => rule.fundsRow?.(row, i === 0, evalCtx));
      if (rule.group) for (const group of template.groups) rule.group(group, evalCtx);
      if (rule.indicator) for (const indicator of walk.indicators) rule.indicator(indicator, assess(indicator), evalCtx);
    }
  }

  function ruleContext(rule: Rule, template: BoundTemplate, sheet: SheetGrid): RuleContext {
    const override = profile.severities[rule.meta.id];
    const allowed = new Set<Severity>([rule.meta.severity, ...(rule.meta.alsoSeverities ?? [])]);
    return {
      template,
      templates: workbook.templates,
      sheet,
      profile,
      options: options.get(rule) ?? ruleDefaults(rule),
      num,
      filled,
      isError,
      assess,
      fundsOf,
      report(input) {
        const declared = input.severity ?? rule.meta.severity;
        if (!allowed.has(declared)) throw new Error(`rule ${rule.meta.id} reported undeclared severity ${declared}`);
        // A profile override replaces the rule's main severity; secondary ones (info within precision) stay.
        const severity = override && override !== "off" && declared === rule.meta.severity ? override : declared;
        findings.push({
          rule: rule.meta.id,
          severity,
          sheet: template.sheet,
          at: input.at,
          messageId: input.messageId,
          data: input.data ?? {},
          expected: input.expected,
          actual: input.actual,
          suggestion: input.suggestion,
          atReason: input.atReason,
          cause: input.cause,
        });
      },
      recalc(input) {
        recalculations.push({ ...input, sheet: template.sheet });
      },
    };
  }

  const unique = foldCauses(dedupe(findings));
  unique.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.at.row - b.at.row ||
      a.at.col - b.at.col ||
      a.rule.localeCompare(b.rule),
  );
  return {
    templates: workbook.templates.map((t) => templateReport(t, profile, assess, fundsOf)),
    skippedSheets: [...workbook.skippedSheets],
    findings: unique,
    recalculations: dedupeRecalculations(recalculations),
    profile: profile.id,
  };
}

/**
 * One problem, one finding: findings that name the same cause on a sheet become one, the most
 * severe (the first rule's on a tie, in SPEC §4 order), with the others as its details.
 */
function foldCauses(findings: (Finding & { cause?: string })[]): Finding[] {
  const primary = new Map<string, Finding>();
  const grouped = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cause) continue;
    const key = `${f.sheet}|${f.cause}`;
    grouped.set(key, [...(grouped.get(key) ?? []), f]);
  }
  for (const [key, group] of grouped) {
    const head = group.reduce((best, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[best.severity] ? f : best));
    primary.set(key, head);
    const details = group.filter((f) => f !== head).map((f) => ({ rule: f.rule, severity: f.severity, at: f.at, messageId: f.messageId, data: f.data }));
    if (details.length > 0) head.details = details;
  }
  return findings
    .filter((f) => !f.cause || primary.get(`${f.sheet}|${f.cause}`) === f)
    .map(({ cause: _cause, ...f }) => f);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.sheet}|${f.at.row}|${f.at.col}|${f.messageId}|${JSON.stringify(f.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupeRecalculations(recalculations: Recalculation[]): Recalculation[] {
  const seen = new Set<string>();
  return recalculations.filter((r) => {
    const key = `${r.sheet}|${r.at.row}|${r.at.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function templateReport(
  t: BoundTemplate,
  profile: Profile,
  assess: (i: Indicator) => Assessment,
  fundsOf: (t: EvalTable) => FundsAssessment | null,
): TemplateReport {
  const base: TemplateReport = { sheet: t.sheet, kind: t.kind, name: t.name, year: t.year, headerAt: t.headerAt };
  // The scoreless 绩效目标自评表 has no 分值 or 得分 by design: no score and no grade.
  if (t.kind === "dept-base" || !t.scored) return base;
  const indicators = t.groups.flatMap((g) => g.indicators);
  // Nothing to score: no indicator row, and no funds block that carries a 分值 or 得分 (福建 宁德 2018:
  // the funds block has no score column and the page stops at the indicator header). A total of
  // 0.00 差 would judge rows nobody has seen.
  if (indicators.length === 0 && (!t.funds || (t.funds.total.score === undefined && t.funds.total.weight === undefined))) return base;
  const funds = fundsOf(t);
  const budgetEntered = funds?.score?.value ?? null;
  let enteredSum = budgetEntered ?? new Decimal(0);
  let anyEntered = budgetEntered !== null;
  for (const indicator of indicators) {
    const a = assess(indicator);
    if (a.score) {
      enteredSum = enteredSum.plus(a.score.value);
      anyEntered = true;
    }
  }
  const total = assessTotal(t, assess, fundsOf, profile);
  const totalCell = readNumber(t.total?.score);
  const entered = totalCell?.value ?? (anyEntered ? enteredSum : null);
  // No grade for a total above 100, nor when a row cannot be scored (grade-withheld says which).
  const graded = total.recommended !== null && !total.overMax;
  return {
    ...base,
    score: {
      entered: entered === null ? undefined : entered.toFixed(),
      recommended: total.recommended !== null ? fixed(total.recommended) : undefined,
      grade: graded && total.recommended ? gradeOf(total.recommended.toDecimalPlaces(2, Decimal.ROUND_HALF_UP), profile, t.kind) : undefined,
    },
  };
}
