// Recommended scores (SPEC §4, "Recommended score ŝ") and the per-indicator reading that several
// rules share. Computed once per indicator and memoised by the validator.
import Decimal from "decimal.js";
import type { Cell } from "./grid";
import { isCellError } from "./grid";
import type { EvalTable, Field, Indicator } from "./model";
import type { Profile } from "./profile";
import type { Band, Comparator, NumberValue, Quantity } from "./values";
import { convertUnit, isNotApplicable, normalizeText, parseIndicatorValue, readCell, readNumber as readCellNumber } from "./values";

export type IndicatorKind = "quantitative" | "qualitative" | "unreadable" | "empty";

export interface Assessment {
  indicator: Indicator;
  weight: Decimal | null;
  score: NumberValue | null;
  scoreEmpty: boolean;
  kind: IndicatorKind;
  comparator: Comparator;
  target: Quantity | null;
  /** B in the target's unit. */
  actual: Decimal | null;
  /** Why a quantitative row could not be scored. */
  unparsed?: { field: "target" | "actual"; why: "unreadable" | "units" | "fraction" };
  met: boolean | null;
  /** B ÷ A, for over-target. */
  ratio: Decimal | null;
  band: Band | null;
  recommended: Decimal | null;
  /** Qualitative: the score range of the result's band. */
  range: { min: Decimal; max: Decimal; maxInclusive: boolean } | null;
  reasonFilled: boolean;
}

export interface FundsAssessment {
  initial: Decimal | null;
  budget: Decimal | null;
  spent: Decimal | null;
  /** 全年执行数 ÷ 全年预算数 at full precision; null when it cannot be computed. */
  rate: Decimal | null;
  /** 全年预算数 is 0 (or empty with nothing spent): 0 ÷ 0, not scored. */
  zeroBudget: boolean;
  weight: Decimal | null;
  recommended: Decimal | null;
  score: NumberValue | null;
}

/**
 * Lower-is-better by nature when no comparator is written: costs and incidents (SPEC §3.1), and
 * the 部门整体 rates whose standard is a ceiling — 预算调整率, 结转结余率, 控制率 (财政供养人员,
 * 公用经费, 规模, 投资概算: 以100%为标准), 变动率 (三公经费) — as the 重庆 部门整体绩效自评表
 * (test/fixtures/13_chongqing_dept_2021) writes them without ≤.
 */
const COST_WORDS = ["成本", "费用", "支出", "投诉", "事故", "差错", "发生率", "超标", "调整率", "结余率", "控制率", "变动率"];

/** SPEC §3.1: without a comparator, cost indicators are lower-is-better (a profile may add words). */
export function isCostIndicator(indicator: Indicator, extraWords: readonly string[] = []): boolean {
  if (indicator.level1.includes("成本") || indicator.level2.includes("成本")) return true;
  return [...COST_WORDS, ...extraWords].some((w) => indicator.name.includes(w));
}

/**
 * 预算执行率 scored as an indicator row instead of in the funds block (the evaluation framework's
 * 项目管理 / 过程 heading: 银川 2021 投入管理 | 预算执行率 | 10 | — | 100% | 9). Its standard is the
 * whole budget spent, so the row is read against ≥100% when its 指标值 is left blank or a dash.
 */
export function isExecutionRateRow(indicator: Indicator): boolean {
  return /^(?:项目)?(?:预算|资金)?执行率(?:\(%\))?$/.test(indicator.name.normalize("NFKC").replace(/\s+/g, ""));
}

const NO_TARGET = /^(?:|[-—–－─/／]+)$/;

/** Text of a cell as a person reads it: percent-formatted numbers as "98.99%". */
export function cellText(cell: Cell | undefined): string {
  const reading = readCell(cell);
  switch (reading.kind) {
    case "empty":
      return "";
    case "na":
      return reading.text;
    case "text":
      return reading.text;
    case "error":
      return reading.code;
    case "number": {
      const n = reading.num;
      if (n.percent) return `${n.value.times(100).toString()}%`;
      return `${n.value.toString()}${n.unit ?? ""}`;
    }
  }
}

export function readNumber(field: Field | undefined): NumberValue | null {
  return field ? readCellNumber(field.cell) : null;
}

const PLACEHOLDER = /字以内|需说明原因|应单独说明|说明理由|对照年度目标|结合自评情况|针对项目自评|请填写|填写说明/;
const EMPTY_REASON = new Set(["", "无", "/", "／", "-", "—", "——", "无。", "暂无"]);

/** A reason counts when it holds real text: not blank, not 无 or /, not the template's prompt (or a profile's). */
export function reasonIsFilled(field: Field | undefined, extraPlaceholders: readonly string[] = []): boolean {
  if (!field || !field.cell || isCellError(field.cell.value)) return false;
  const text = normalizeText(String(field.cell.value ?? ""));
  if (EMPTY_REASON.has(text)) return false;
  if (extraPlaceholders.some((p) => text.includes(normalizeText(p)))) return false;
  return !PLACEHOLDER.test(text);
}

function meets(comparator: Comparator, actual: Decimal, target: Decimal): boolean {
  switch (comparator) {
    case ">=":
      return actual.gte(target);
    case ">":
      return actual.gt(target);
    case "<=":
      return actual.lte(target);
    case "<":
      return actual.lt(target);
    case "=":
      return target.isZero() ? actual.lte(0) : actual.gte(target);
  }
}

function clampScore(value: Decimal, weight: Decimal): Decimal {
  return Decimal.max(0, Decimal.min(value, weight));
}

/** ŝ for a quantitative row that missed its target. */
function partialScore(comparator: Comparator, actual: Decimal, target: Decimal, weight: Decimal, profile: Profile): Decimal {
  if (comparator === "=" && target.isZero()) return new Decimal(0);
  const higherIsBetter = comparator === ">=" || comparator === ">" || comparator === "=";
  if (higherIsBetter) {
    if (target.lte(0)) return new Decimal(0);
    return clampScore(actual.div(target).times(weight), weight);
  }
  if (profile.reverseFormula === "deviation") {
    if (target.lte(0)) return new Decimal(0);
    return clampScore(new Decimal(1).minus(actual.minus(target).div(target)).times(weight), weight);
  }
  if (actual.lte(0)) return new Decimal(0);
  return clampScore(target.div(actual).times(weight), weight);
}

/** A result word the profile adds to a band (bandWords). */
function profileBand(text: string, profile: Profile): Band | null {
  const t = normalizeText(text);
  if (!t) return null;
  for (const band of ["3", "2", "1"] as const) if ((profile.bandWords[band] ?? []).some((w) => t.includes(normalizeText(w)))) return Number(band) as Band;
  return null;
}

/** Comparators over-target looks at, as the profile writes them. */
const SCOPE: Record<"≥" | ">" | "=", Comparator> = { "≥": ">=", ">": ">", "=": "=" };

/** True when B ÷ A reaches the profile's over-target ratio on a comparator in its scope. */
export function isOverTarget(a: Pick<Assessment, "kind" | "ratio" | "comparator" | "target">, profile: Profile): boolean {
  if (a.kind !== "quantitative" || a.ratio === null || a.target === null || a.target.value.lte(0)) return false;
  if (!profile.overTargetScope.some((c) => SCOPE[c] === a.comparator)) return false;
  return a.ratio.gte(profile.overTargetRatio);
}

/**
 * The one cause behind an indicator row's findings about its score and its reason (validate.ts
 * folds findings of one cause into one): a result far over target explains a deduction and the
 * reason it needs; else a met target scored below its weight is one problem however many rules
 * see it.
 */
export function indicatorCause(a: Assessment, profile: Profile): string {
  return `${isOverTarget(a, profile) ? "over-target" : "met-but-deducted"}@${a.indicator.row}`;
}

/** ŝ of a met target: w, or less where the profile deducts for a result far above its target. */
function overTargetScore(a: Assessment, w: Decimal, profile: Profile): Decimal {
  if (!isOverTarget(a, profile) || a.ratio === null) return w;
  if (profile.overTargetAction === "deduct") return clampScore(w.minus(profile.overTargetDeduct), w);
  // 偏离度适度调减: the share by which B passes A comes off the weight.
  if (profile.overTargetAction === "deviation") return clampScore(new Decimal(1).minus(a.ratio.minus(1)).times(w), w);
  return w;
}

function readValue(field: Field | undefined, options: { comparatorText?: string; unitText?: string }) {
  const text = cellText(field?.cell);
  return { text, value: parseIndicatorValue(text, options) };
}

/** Words that say nothing happened. */
const NOTHING = /^(?:无|没有|零|未发生|无发生|没有发生)[。.]?$/;

/** 无 against a target of 0 (安全事故 ≤0起) is that 0: nothing happened, as the target asked. */
function noneAgainstZero(text: string, target: Quantity): Quantity | null {
  if (!target.value.isZero() || !NOTHING.test(normalizeText(text))) return null;
  return { value: new Decimal(0), unit: target.unit, decimals: 0 };
}

/**
 * A result typed without % against a percent target of 10% or more, as a figure of at most 1
 * (0.98, 1): a fraction (98%, 100%) or percent points (0.98%, 1%)? SPEC §3.1 reads a bare number
 * as percent points, which makes 0.98 against ≥95% a missed target scored near 0; a reviewer would
 * ask which was meant, so the row is not scored and the accountant is asked to write the %.
 */
function fractionOrPercent(text: string, actual: Quantity, target: Quantity): boolean {
  if (target.unit !== "%" || target.value.lt("0.1") || /[%％]/.test(text)) return false;
  const typed = actual.unit === "%" ? actual.value.times(100) : actual.unit === null ? actual.value : null;
  return typed !== null && typed.gt(0) && typed.lte(1);
}

export function assessIndicator(indicator: Indicator, profile: Profile, num: (f: Field | undefined) => NumberValue | null): Assessment {
  const weightValue = num(indicator.weight);
  const score = num(indicator.score);
  const scoreEmpty = !indicator.score?.cell || readCell(indicator.score.cell).kind === "empty";
  const comparatorText = indicator.comparator ? cellText(indicator.comparator.cell) : undefined;
  const unitText = indicator.unit ? cellText(indicator.unit.cell) : undefined;
  const options = { comparatorText: comparatorText || undefined, unitText: unitText || undefined };
  let target = readValue(indicator.target, options);
  const actual = readValue(indicator.actual, { unitText: options.unitText });
  if (isExecutionRateRow(indicator) && !target.value.quantity && NO_TARGET.test(target.text.trim()) && actual.value.quantity?.unit === "%") {
    target = { text: target.text, value: parseIndicatorValue("≥100%", {}) };
  }
  const base: Assessment = {
    indicator,
    weight: weightValue ? weightValue.value : null,
    score,
    scoreEmpty,
    kind: "empty",
    comparator: target.value.comparator ?? (isCostIndicator(indicator, profile.costWords) ? "<=" : ">="),
    target: null,
    actual: null,
    met: null,
    ratio: null,
    band: null,
    recommended: null,
    range: null,
    reasonFilled: reasonIsFilled(indicator.reason, profile.reasonPlaceholders),
  };
  if (!target.text && !actual.text) return base;

  const w = base.weight;
  const targetQuantity = target.value.quantity;
  const quantitative = targetQuantity !== null && !target.value.deadline;
  if (quantitative) {
    base.kind = "quantitative";
    base.target = targetQuantity;
    const actualQuantity = actual.value.quantity ?? noneAgainstZero(actual.text, targetQuantity);
    if (!actualQuantity) {
      base.unparsed = { field: "actual", why: "unreadable" };
      return base;
    }
    if (fractionOrPercent(actual.text, actualQuantity, targetQuantity)) {
      base.unparsed = { field: "actual", why: "fraction" };
      return base;
    }
    const converted = convertUnit(actualQuantity.value, actualQuantity.unit, targetQuantity.unit);
    if (!converted) {
      base.unparsed = { field: "actual", why: "units" };
      return base;
    }
    base.actual = converted;
    base.met = meets(base.comparator, converted, targetQuantity.value);
    if (!targetQuantity.value.isZero()) base.ratio = converted.div(targetQuantity.value);
    if (w) base.recommended = base.met ? overTargetScore(base, w, profile) : partialScore(base.comparator, converted, targetQuantity.value, w, profile);
    return base;
  }

  // A result that repeats its target word for word (高 → 高, 全覆盖 → 全覆盖, 有所提升 → 有所提升,
  // 否 → 否 for 是否发生安全事故) says the target was reached, whatever band its words would fall in.
  // A mark for "not applicable" (/, 无, ——) repeated is not a result.
  const repeatsTarget =
    target.value.quantity === null && !!target.text && !isNotApplicable(target.text) && normalizeText(actual.text) === normalizeText(target.text);
  const band = repeatsTarget ? 1 : (actual.value.band ?? profileBand(actual.text, profile));
  if (actual.value.quantity) {
    // A number as the result, but a target that is not one ("50-60个", blank): cannot be scored.
    base.kind = "unreadable";
    base.unparsed = { field: "target", why: "unreadable" };
    return base;
  }
  if (band === null) {
    // Text nobody can band: left to the accountant, not scored.
    base.kind = "qualitative";
    return base;
  }
  base.kind = "qualitative";
  base.band = band;
  base.met = band === 1;
  if (w) {
    // Band ranges as 财预〔2020〕10号 states them: 100–80%（含）, 80–60%（含）, 60–0%, i.e.
    // 1 → [0.8w, w], 2 → [0.6w, 0.8w), 3 → [0, 0.6w). Below band 1 no score is invented: an
    // entered score inside its band stands, an empty one stays empty (the range is reported).
    const inside = (min: Decimal, max: Decimal) => !!score && score.value.gte(min) && score.value.lt(max);
    const [top, middle] = profile.qualitativeBands;
    if (band === 1) {
      base.range = { min: w.times(top), max: w, maxInclusive: true };
      base.recommended = w;
    } else if (band === 2) {
      base.range = { min: w.times(middle), max: w.times(top), maxInclusive: false };
      base.recommended = inside(base.range.min, base.range.max) && score ? score.value : null;
    } else {
      base.range = { min: new Decimal(0), max: w.times(middle), maxInclusive: false };
      base.recommended = inside(base.range.min, base.range.max) && score ? score.value : null;
    }
  }
  return base;
}

export function assessFunds(table: EvalTable, num: (f: Field | undefined) => NumberValue | null): FundsAssessment | null {
  const funds = table.funds;
  if (!funds) return null;
  const row = funds.total;
  const budget = num(row.annualBudget)?.value ?? null;
  const spent = num(row.annualSpent)?.value ?? null;
  const initial = num(row.initialBudget)?.value ?? null;
  // No 分值 cell: the weight the block's label declares (预算执行情况(万元)(20分) of the 湖北-type form,
  // whose 得分 is 20分*执行率), when the row is scored at all.
  const declared = row.score && table.fundsDeclaredWeight ? new Decimal(table.fundsDeclaredWeight) : null;
  const weight = num(row.weight)?.value ?? (readCell(row.weight?.cell).kind === "empty" ? declared : null);
  const zeroBudget = budget !== null ? budget.isZero() : spent === null || spent.isZero();
  const rate = budget !== null && !budget.isZero() && spent !== null ? spent.div(budget) : null;
  const recommended = rate !== null && weight !== null ? Decimal.min(rate, 1).times(weight) : null;
  return { initial, budget, spent, rate, zeroBudget, weight, recommended, score: num(row.score) };
}

/** A 年度指标值 / 实际完成值 as a person reads it, with the split 度量单位 column appended. */
export function indicatorText(indicator: Indicator, which: "target" | "actual"): string {
  const text = cellText(indicator[which]?.cell);
  const unit = indicator.unit ? cellText(indicator.unit.cell) : "";
  if (!text || !unit || !/\d$/.test(text)) return text;
  return `${text}${unit}`;
}

export interface TotalAssessment {
  /** Budget ŝ (or the entered budget score where none can be recommended) + Σ ŝ; null when some part can be neither. */
  recommended: Decimal | null;
  /** Indicators with neither a recommended nor an entered score: they block the recommended total. */
  blockers: Indicator[];
  /** The funds row has a 得分 cell but its score can be neither recommended nor read. */
  budgetBlocked: boolean;
  /** Set when the profile's cap by execution rate lowered the recommended total. */
  cap?: { rateBelow: Decimal; max: Decimal; rate: Decimal; before?: Decimal };
  /** The recommended total exceeds the most a total can be (100): no grade is given. */
  overMax: boolean;
  max: Decimal;
}

/** The most points a table can give: 100 (the forms' 总分 row: 100 分; weight-total's source). */
export const TOTAL_MAX = new Decimal(100);

/**
 * The recommended total of a scored table, shared by the report and the rules so they never
 * disagree: the budget score plus every indicator's ŝ (an entered score stands in where no ŝ can
 * be computed). Rows that have neither block it, and are named.
 */
export function assessTotal(table: EvalTable, assess: (i: Indicator) => Assessment, fundsOf: (t: EvalTable) => FundsAssessment | null, profile?: Profile): TotalAssessment {
  const funds = fundsOf(table);
  const budgetEntered = funds?.score?.value ?? null;
  const budgetHasCell = table.funds?.total.score !== undefined;
  const budgetValue = funds?.recommended ?? budgetEntered ?? (budgetHasCell && funds && !funds.zeroBudget ? null : new Decimal(0));
  const blockers: Indicator[] = [];
  let recommended = budgetValue ?? new Decimal(0);
  for (const indicator of table.groups.flatMap((g) => g.indicators)) {
    const a = assess(indicator);
    const value = a.recommended ?? a.score?.value ?? null;
    if (value === null) blockers.push(indicator);
    else recommended = recommended.plus(value);
  }
  // A table without a single indicator row holds at most the budget's points (10 of 100): a
  // total and a grade from those alone would read as 差 for a table that was never scored.
  const empty = !table.groups.some((g) => g.indicators.length > 0);
  const complete = blockers.length === 0 && budgetValue !== null && !empty;
  // A region's cap on the total by execution rate: the strictest cap whose bound the rate is under.
  let cap: TotalAssessment["cap"];
  if (complete && profile && funds?.rate) {
    for (const c of profile.totalCaps) {
      if (funds.rate.lt(c.rateBelow) && (!cap || cap.max.gt(c.max))) cap = { rateBelow: new Decimal(c.rateBelow), max: new Decimal(c.max), rate: funds.rate };
    }
    if (cap && recommended.gt(cap.max)) {
      cap.before = recommended;
      recommended = cap.max;
    } else cap = undefined;
  }
  return {
    cap,
    recommended: complete ? recommended : null,
    blockers,
    budgetBlocked: budgetValue === null,
    overMax: complete && recommended.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).gt(TOTAL_MAX),
    max: TOTAL_MAX,
  };
}

/**
 * Grade words as forms print them, by the default grade they name (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差):
 * the binder finds a typed grade by these words, grade-entered reads it by them.
 */
export const GRADE_WORDS: Readonly<Record<string, string>> = { 优: "优", 优秀: "优", 良: "良", 良好: "良", 中: "中", 中等: "中", 合格: "中", 差: "差", 较差: "差", 不合格: "差" };

/** The grade of a total: the 部门整体支出 family may have grades of its own (deptGrades). */
export function gradeOf(total: Decimal, profile: Profile, kind: "dept-eval" | "project-eval" = "project-eval"): string {
  const grades = (kind === "dept-eval" ? profile.deptGrades : null) ?? profile.grades;
  for (const band of grades) if (total.gte(band.min)) return band.label;
  return grades[grades.length - 1]?.label ?? "";
}
