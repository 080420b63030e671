// Value parsing (SPEC §3): what a cell holds → numbers, comparators, units, qualitative bands.
// Pure and total: these functions never throw, whatever the input.
//
// Numbers are read from their text into Decimal (never through JS float arithmetic); a JS number
// read from a cell goes through its shortest representation, rounded to Excel's 15 significant
// digits when it carries a float artefact.
import { toSimplified } from "./hant";
import Decimal from "decimal.js";
import type { Cell } from "./grid";
import { formatSections } from "./numfmt";

export type Comparator = ">=" | ">" | "<=" | "<" | "=";

/** A number read from a cell: money, rate, weight, score. */
export interface NumberValue {
  /** For a percent, the fraction: 98.99% → 0.9899. */
  value: Decimal;
  /** Decimals as entered or shown, in the displayed unit: 98.99% → 2, 9.8 → 1, 10 → 0, 10.00 (format 0.00) → 2. */
  decimals: number;
  /** Shown with a % number format, or typed with %. */
  percent: boolean;
  /** Canonical unit found in typed text ("亿元", "万元", "元", "个", "%"…); null when none. */
  unit: string | null;
}

export type CellReading =
  | { kind: "empty" }
  | { kind: "na"; text: string }
  | { kind: "number"; num: NumberValue }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string };

export type Band = 1 | 2 | 3;

export interface Quantity {
  /** For a percent, the fraction (40% → 0.4), with unit "%". */
  value: Decimal;
  unit: string | null;
  decimals: number;
}

/** A 年度指标值 or 实际完成值. */
export interface IndicatorValue {
  comparator: Comparator | null;
  quantity: Quantity | null;
  band: Band | null;
  /** 12月底前, 按时, 及时 … (qualitative unless both sides are dates). */
  deadline: boolean;
  /** The normalised text. */
  text: string;
}

export type UnitFamily = "money" | "usd" | "percent" | "count" | "area" | "length" | "mass" | "time-long" | "time-short" | "points";

// Unit conversions run at 40 significant digits so that 10⁸ factors and 亩 (10000/15 ㎡) stay
// exact or far below any displayed precision; results are handed back as ordinary Decimals.
const Wide = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Shifts the decimal point: shift(0.9899, 2) = 98.99. Exact, whatever the global Decimal precision. */
function shift(value: Decimal, places: number): Decimal {
  return new Decimal(new Wide(value).times(new Wide(10).pow(places)));
}

// ---------------------------------------------------------------------------------------------
// Text

/** Own keys only: "constructor" or "__proto__" in a cell must not reach Object.prototype. */
function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function asText(text: unknown): string {
  if (typeof text === "string") return text;
  if (text === null || text === undefined) return "";
  if (typeof text === "number" || typeof text === "boolean") return String(text);
  return "";
}

/**
 * Full-width ASCII (U+FF01–FF5E) → half-width, ideographic space → space, whitespace (line
 * breaks, NBSP) collapsed to one space, trimmed. Chinese characters and ≥ ≤ ≧ ≦ ﹦ are kept.
 */
export function normalizeText(text: string): string {
  // Traditional characters (a mirror's 達成, 實際完成值) read as simplified.
  const source = toSimplified(asText(text));
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += source[i];
  }
  return out
    .replace(/[\u200b-\u200d\u2060]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Units

interface UnitDef {
  family: UnitFamily;
  /** Size in the family's base unit, as the fraction num / den (亩 = 2000/3 平方米). */
  num: string;
  den: string;
}

const unit = (family: UnitFamily, num: string, den = "1"): UnitDef => ({ family, num, den });

const COUNT_UNITS = [
  "个", "家", "次", "场", "人", "人次", "户", "户次", "台", "套", "件", "项", "篇", "期", "所", "辆",
  "座", "处", "条", "份", "本", "册", "批", "名", "间", "张", "轮", "株", "棵", "只", "头", "块",
  "部", "栋", "支", "艘", "架", "种", "类", "位", "组", "对", "幅", "首", "门", "节", "课", "村",
  "县", "乡", "镇", "校", "家次",
];

const UNITS: Record<string, UnitDef> = {
  元: unit("money", "1"),
  千元: unit("money", "1e3"),
  万元: unit("money", "1e4"),
  百万元: unit("money", "1e6"),
  千万元: unit("money", "1e7"),
  亿元: unit("money", "1e8"),
  美元: unit("usd", "1"),
  千美元: unit("usd", "1e3"),
  万美元: unit("usd", "1e4"),
  百万美元: unit("usd", "1e6"),
  亿美元: unit("usd", "1e8"),
  "%": unit("percent", "1"),
  平方米: unit("area", "1"),
  亩: unit("area", "2000", "3"),
  公顷: unit("area", "1e4"),
  平方公里: unit("area", "1e6"),
  // Roads, pipes and channels are counted in 米 and 公里 on the same table (≥10公里 → 10500米).
  厘米: unit("length", "1", "100"),
  米: unit("length", "1"),
  公里: unit("length", "1e3"),
  千米: unit("length", "1e3"),
  克: unit("mass", "1", "1000"),
  千克: unit("mass", "1"),
  公斤: unit("mass", "1"),
  吨: unit("mass", "1e3"),
  万吨: unit("mass", "1e7"),
  月: unit("time-long", "1"),
  季度: unit("time-long", "3"),
  年: unit("time-long", "12"),
  分钟: unit("time-short", "1"),
  小时: unit("time-short", "60"),
  日: unit("time-short", "1440"),
  天: unit("time-short", "1440"),
  周: unit("time-short", "10080"),
  // Points, as weights and scores are sometimes typed ("10分", "90 分") and satisfaction is scored.
  分: unit("points", "1"),
};
for (const name of COUNT_UNITS) UNITS[name] = unit("count", "1");

const UNIT_ALIASES: Record<string, string> = {
  百分比: "%",
  "㎡": "平方米",
  "m²": "平方米",
  m2: "平方米",
  平米: "平方米",
  "km²": "平方公里",
  km2: "平方公里",
  km: "公里",
  kg: "千克",
  时: "小时",
  元人民币: "元",
  人民币元: "元",
  "¥": "元",
  "\uffe5": "元",
};

/**
 * The canonical spelling of a unit: 百分比 → %, ㎡/m² → 平方米, 个月 → 月, (万元) → 万元.
 * Unknown units come back normalised (they still compare equal to themselves); blank → null.
 */
export function canonicalUnit(text: string | null | undefined): string | null {
  let u = normalizeText(asText(text)).replace(/\s+/g, "");
  const wrapped = /^[([]([^()[\]]*)[)\]]$/.exec(u);
  if (wrapped) u = wrapped[1];
  if (u === "") return null;
  if (hasOwn(UNIT_ALIASES, u)) return UNIT_ALIASES[u];
  // 个月, 个工作日, 个百分点: the measure word 个 adds nothing.
  if (u.length >= 2 && u.startsWith("个") && u !== "个人") {
    const rest = u.slice(1);
    return hasOwn(UNIT_ALIASES, rest) ? UNIT_ALIASES[rest] : rest;
  }
  return u;
}

function unitDef(canonical: string | null): UnitDef | undefined {
  if (canonical === null) return undefined;
  if (hasOwn(UNITS, canonical)) return UNITS[canonical];
  // 万人次, 万户, 万亩, 亿人次: a 万/亿 multiplier in front of a count or area unit.
  const prefixed = /^([万亿])(.+)$/.exec(canonical);
  if (prefixed && hasOwn(UNITS, prefixed[2])) {
    const base = UNITS[prefixed[2]];
    if (base.family === "count" || base.family === "area") {
      const factor = prefixed[1] === "万" ? "1e4" : "1e8";
      return { family: base.family, num: new Decimal(base.num).times(factor).toString(), den: base.den };
    }
  }
  return undefined;
}

/** The family a unit belongs to; null for no unit or a unit we cannot convert (立方米, 千瓦 …). */
export function unitFamily(unit: string | null): UnitFamily | null {
  return unitDef(canonicalUnit(unit))?.family ?? null;
}

const MEASURES = new Set<UnitFamily>(["length", "mass"]);

const PER_YEAR = /(?:\/|每)(?:年|年度)$/;

/**
 * Converts `value` from one unit to another of the same family; null when they cannot be
 * converted (different families, or an unknown unit other than the same one).
 *
 * A bare number (null unit) facing a unit: against % it is read in percent points
 * (100 → 1, SPEC §3.1 "a bare number against a % target is a percent"); against any other unit
 * it is taken to be in that unit already, as a bare figure in a column that states its unit is.
 */
export function convertUnit(value: Decimal, from: string | null, to: string | null): Decimal | null {
  if (!Decimal.isDecimal(value)) return null;
  let a = canonicalUnit(from);
  let b = canonicalUnit(to);
  // A self-evaluation covers one year: ≥1次/年 against 2次 compares 次 with 次.
  if (a !== null && b !== null && PER_YEAR.test(a) !== PER_YEAR.test(b)) {
    a = a.replace(PER_YEAR, "");
    b = b.replace(PER_YEAR, "");
  }
  if (a === b) return value;
  if (a === null) return b === "%" ? shift(value, -2) : value;
  if (b === null) return a === "%" ? shift(value, 2) : value;
  const da = unitDef(a);
  const db = unitDef(b);
  if (!da || !db || da.family !== db.family) return null;
  const result = new Wide(value).times(da.num).times(db.den).div(new Wide(da.den).times(db.num));
  return new Decimal(result);
}

// ---------------------------------------------------------------------------------------------
// Numbers

const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)([\s\S]*)$/;

interface ParsedNumber {
  value: Decimal;
  decimals: number;
  /** Whatever follows the number, trimmed. */
  rest: string;
}

/** The number at the start of already-normalised text. */
function leadingNumber(text: string): ParsedNumber | null {
  const match = NUMBER_RE.exec(text);
  if (!match) return null;
  const body = match[2].replace(/,/g, "");
  const point = body.indexOf(".");
  const decimals = point < 0 ? 0 : body.length - point - 1;
  let value = new Decimal(match[1] + (point === 0 ? "0" + body : body));
  if (value.isZero()) value = new Decimal(0); // no -0
  return { value, decimals, rest: match[3].trim() };
}

/** A number plus a unit (already canonical) → NumberValue; % becomes a fraction. */
function withUnit(parsed: ParsedNumber, canonical: string | null): NumberValue {
  if (canonical === "%") return { value: shift(parsed.value, -2), decimals: parsed.decimals, percent: true, unit: "%" };
  return { value: parsed.value, decimals: parsed.decimals, percent: false, unit: canonical };
}

const MINUS_SIGNS = /[\u2212\u2012\u2013\ufe63]/g;

/**
 * Text holding one number with an optional known unit: "98.99%", "1,234.50", "８５７．７１",
 * "9.33亿元", "-3.5", "100百分比", "72890元", "¥1,200". Null for anything else ("12月底前",
 * "1.5-2", "达成预期指标").
 */
export function parseNumberText(text: string): NumberValue | null {
  let t = normalizeText(text).replace(MINUS_SIGNS, "-");
  let currency = false;
  if (/^[¥\uffe5]/.test(t)) {
    currency = true;
    t = t.slice(1).trim();
  }
  const parsed = leadingNumber(t);
  if (!parsed) return null;
  const canonical = canonicalUnit(parsed.rest);
  if (currency) return canonical === null || canonical === "元" ? withUnit(parsed, "元") : null;
  // 米 and 吨 are measures of an indicator, never of a funds, rate or score cell.
  const def = canonical === null ? undefined : unitDef(canonical);
  if (canonical !== null && (!def || MEASURES.has(def.family))) return null;
  return withUnit(parsed, canonical);
}

/** Renders a number as it was entered or shown: "98.99%", "1234.50", "9.33亿元". */
export function formatNumberValue(num: NumberValue): string {
  const decimals = Math.max(0, Math.min(100, Math.trunc(num.decimals) || 0));
  if (num.percent) return `${shift(num.value, 2).toFixed(decimals)}%`;
  return `${num.value.toFixed(decimals)}${num.unit ?? ""}`;
}

/** A JS number as Decimal via its shortest text; float artefacts (> 15 digits) cut as Excel does. */
export function decimalFromNumber(n: number): Decimal {
  const d = new Decimal(String(n));
  if (d.isFinite() && d.sd() > 15) return d.toSignificantDigits(15, Decimal.ROUND_HALF_UP);
  return d.isZero() ? new Decimal(0) : d;
}

interface FormatInfo {
  /** Decimals always shown. */
  fixed: number;
  /** Decimals shown when present (# and ? after the point). */
  optional: number;
  /** An unquoted %: Excel multiplies by 100. */
  scaledPercent: boolean;
  /** A quoted or escaped %: the stored number is already in percent points. */
  literalPercent: boolean;
  /** A quoted unit the format appends: 0.00"万元". */
  unit: string | null;
}

/** Reads the decimals and percent sign of an Excel number format; null for General, dates, text. */
function readFormat(numFmt: string | undefined): FormatInfo | null {
  if (typeof numFmt !== "string" || numFmt.trim() === "" || /^general$/i.test(numFmt.trim())) return null;
  // The first (positive) section decides the decimals shown.
  const section = formatSections(numFmt)[0];
  const literals = (section.match(/"[^"]*"|\\./g) ?? []).map((l) => (l.startsWith("\\") ? l.slice(1) : l.slice(1, -1)));
  const bare = section.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  if (!/[0#?]/.test(bare)) return null;
  const fraction = /\.([0#?]*)/.exec(bare);
  const places = fraction ? fraction[1] : "";
  const literalText = literals.join("").trim();
  const literalUnit = canonicalUnit(literalText.replace(/%/g, ""));
  return {
    fixed: (places.match(/0/g) ?? []).length,
    optional: (places.match(/[#?]/g) ?? []).length,
    scaledPercent: bare.includes("%"),
    literalPercent: !bare.includes("%") && literalText.includes("%"),
    unit: literalUnit !== null && unitDef(literalUnit) ? literalUnit : null,
  };
}

function numberCell(n: number, numFmt: string | undefined): NumberValue {
  let value = decimalFromNumber(n);
  const format = readFormat(numFmt);
  let percent = false;
  if (format?.scaledPercent) percent = true;
  else if (format?.literalPercent) {
    // 98.99 with format 0.00"%" shows 98.99%: read it as the percent it shows.
    percent = true;
    value = shift(value, -2);
  }
  const own = Math.max(0, value.decimalPlaces() - (percent ? 2 : 0));
  const decimals = format ? Math.max(format.fixed, Math.min(own, format.fixed + format.optional)) : own;
  // A percent carries unit "%" whether typed or formatted, so that percent ⇔ unit "%" holds.
  return { value, decimals, percent, unit: percent ? "%" : (format?.unit ?? null) };
}

const NA_MARKS = /^(?:[-—–―─_/\\]+|无|不适用|不涉及|暂无|n\/?a)$/i;
const ERROR_CODES = /^#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** True for the marks people write for "not applicable": ——, /, 无, 不适用, N/A … */
export function isNotApplicable(text: string): boolean {
  return NA_MARKS.test(normalizeText(text));
}

function readText(raw: string): CellReading {
  const text = normalizeText(raw);
  if (text === "") return { kind: "empty" };
  // Office.js hands formula errors over as text.
  if (ERROR_CODES.test(text)) return { kind: "error", code: text.toUpperCase() };
  if (NA_MARKS.test(text)) return { kind: "na", text };
  const num = parseNumberText(text);
  return num ? { kind: "number", num } : { kind: "text", text };
}

/** What a cell holds, as the rules read it. */
export function readCell(cell: Cell | undefined): CellReading {
  if (!cell || typeof cell !== "object") return { kind: "empty" };
  const value: unknown = cell.value;
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "error", code: "#NUM!" };
    return { kind: "number", num: numberCell(value, cell.numFmt) };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (typeof value === "string") return readText(value);
  if (typeof value === "object") {
    const error = (value as { error?: unknown }).error;
    if (error !== undefined) return { kind: "error", code: asText(error) || "#VALUE!" };
    // Adapters should flatten rich text; read it anyway rather than drop it.
    const rich = (value as { richText?: unknown }).richText;
    if (Array.isArray(rich)) return readText(rich.map((r) => asText((r as { text?: unknown } | null)?.text)).join(""));
  }
  return { kind: "empty" };
}

/** The number a cell holds, or null when it holds anything else. */
export function readNumber(cell: Cell | undefined): NumberValue | null {
  const reading = readCell(cell);
  return reading.kind === "number" ? reading.num : null;
}

// ---------------------------------------------------------------------------------------------
// Comparators (SPEC §3.1)

type Token = readonly [string, Comparator];

function byLength(tokens: Token[]): Token[] {
  return [...tokens].sort((x, y) => y[0].length - x[0].length);
}

/** Comparators written before the number. Longest first: 不低于 before 低于, >= before >. */
const START_TOKENS = byLength([
  ["≥", ">="], ["≧", ">="], [">=", ">="], ["不低于", ">="], ["不少于", ">="], ["不小于", ">="],
  ["至少", ">="], ["最少", ">="], ["最低", ">="], ["达到", ">="], ["大于等于", ">="], ["大于或等于", ">="],
  [">", ">"], ["高于", ">"], ["多于", ">"], ["超过", ">"], ["大于", ">"],
  ["≤", "<="], ["≦", "<="], ["<=", "<="], ["不超过", "<="], ["不高于", "<="], ["不多于", "<="],
  ["不大于", "<="], ["控制在", "<="], ["小于等于", "<="], ["小于或等于", "<="], ["最多", "<="], ["至多", "<="], ["最高", "<="],
  ["<", "<"], ["低于", "<"], ["少于", "<"], ["不足", "<"], ["小于", "<"],
  // ═ (U+2550, a box-drawing line) stands for = on published tables (云南 永德 2022, fixture 15).
  ["=", "="], ["﹦", "="], ["═", "="], ["等于", "="],
]);

/** Comparators written after the number. 以上/以下/以内 include the number (民法典 第1259条). */
const END_TOKENS = byLength([
  ["以上", ">="], ["及以上", ">="], ["或以上", ">="],
  ["以下", "<="], ["及以下", "<="], ["或以下", "<="], ["以内", "<="], ["之内", "<="],
]);

/** Whole-cell values of a separate 指标性质 column. */
const WHOLE_TOKENS: Record<string, Comparator> = { 正向: ">=", 正向指标: ">=", 反向: "<=", 反向指标: "<=" };

/**
 * "(含)" beside 以上/以下 only repeats that the number is included: 90%以上(含), 95%(含)以上 (the
 * order 10号's own bands are written in: 100-80%（含）).
 */
function stripInclusive(text: string): string {
  return text.replace(/\s*\(含[^()]*\)\s*(?=(?:及|或)?(?:以上|以下|以内)?$)/, "").trim();
}

interface Split {
  comparator: Comparator | null;
  rest: string;
}

/** Takes a comparator off the start and one off the end; the one at the start wins. */
function splitComparator(normalized: string): Split {
  let rest = stripInclusive(normalized);
  let start: Comparator | null = null;
  let end: Comparator | null = null;
  for (const [token, comparator] of START_TOKENS) {
    if (rest.startsWith(token)) {
      start = comparator;
      rest = rest.slice(token.length).trim();
      break;
    }
  }
  for (const [token, comparator] of END_TOKENS) {
    if (rest.endsWith(token)) {
      end = comparator;
      rest = rest.slice(0, rest.length - token.length).trim();
      break;
    }
  }
  return { comparator: start ?? end, rest };
}

/** The comparator stated at the start or end of the text, or as the whole text; null when none. */
export function parseComparator(text: string): Comparator | null {
  const t = stripInclusive(normalizeText(text));
  if (t === "") return null;
  if (hasOwn(WHOLE_TOKENS, t)) return WHOLE_TOKENS[t];
  return splitComparator(t).comparator;
}

// ---------------------------------------------------------------------------------------------
// Qualitative bands (SPEC §3.1)

// SPEC §3.1 words, plus the common 达到预期/符合要求 family (beyond the SPEC list).
const BAND1 = [
  "达成年度指标", "达成预期指标", "按时完成", "已完成", "有效提升", "明显提升", "效果明显",
  "达标", "合格", "完成", "达成", "显著", "良好", "满意",
  "达到预期", "达到目标", "达到要求", "符合要求", "符合预期", "符合标准",
  // Verdicts published results use beyond SPEC §3.1's list (优秀 / 优良 / 较好 / 有效 / 已实现).
  "优秀", "优良", "较好", "有效", "实现",
];
const BAND2 = [
  "部分达成", "基本达成", "基本达标", "基本完成", "部分完成", "基本合格", "基本满意", "有所提升",
  "基本达到", "基本符合",
];
const BAND3 = ["未达成", "未达标", "未达到", "不达标", "不合格", "未完成", "没有完成", "较差", "不满意", "无效"];
/** A band-1 word after one of these is its opposite: 不显著, 未按时完成, 无法完成. */
const NEGATION = /(?:不|未|没|没有|无法|未能|尚未|不能)$/;
/** 一般 as a verdict, not 一般公共预算 or 一般性. */
const ORDINARY = /一般(?=$|[\s,.;:!?，。；：！？、)）])/;

/** Drops trailing characters of a set; a loop, since /[…]+$/ is quadratic on long runs. */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

function wholeWord(text: string): string {
  return trimEndOf(text, " 。.!！;；,，、");
}

function negatedBand1(text: string): boolean {
  for (const word of BAND1) {
    let at = text.indexOf(word);
    while (at >= 0) {
      if (NEGATION.test(text.slice(Math.max(0, at - 2), at))) return true;
      at = text.indexOf(word, at + 1);
    }
  }
  return false;
}

/**
 * The band a result word falls in: 3 (未完成, 不合格, 否 …), 2 (基本完成, 一般 …), 1 (完成, 达标,
 * 是 …). Checked 3 → 2 → 1 because 未完成 contains 完成 and 基本满意 contains 满意. 是, 否 and
 * 差 count only as the whole text. Null when no band word is present.
 */
export function qualitativeBand(text: string): Band | null {
  const t = normalizeText(text);
  if (t === "") return null;
  const whole = wholeWord(t);
  if (whole === "否" || whole === "差" || BAND3.some((w) => t.includes(w)) || negatedBand1(t)) return 3;
  if (BAND2.some((w) => t.includes(w)) || ORDINARY.test(t)) return 2;
  if (whole === "是" || BAND1.some((w) => t.includes(w))) return 1;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Indicator values (年度指标值, 实际完成值)

const DEADLINE_RE =
  /\d{1,2}月份?(?:底|末|中旬|上旬|下旬|初)?(?:前|之前|以前)|\d{1,2}月\d{1,2}[日号]|年[底末]|季度[末底]?(?:前|之前|以前|内)|半年(?:前|之前|内)|按时|及时|按期|如期|准时|限期|(?:时间|期限|时限|工期|周期|期)内/;
/** A calendar date: 2024年, 2024年12月, 2024-12-31, 2024/12, 2024.12.31. */
const DATE_RE = /^(?:19|20)\d{2}\s*(?:年|[-/]\d{1,2}(?:[-/]\d{1,2})?$|\.\d{1,2}\.\d{1,2}$)/;
/**
 * A unit we do not know but can still compare with itself (吨, 公里, 次/年, 分). Rejected when it
 * looks like words rather than a unit: 月底前, 年内完成, 人左右.
 */
const LOOSE_UNIT = /^[\u4e00-\u9fffA-Za-z㎡²³°℃/·]{1,6}$/;
const NOT_A_UNIT = /[前后底末内外以及约余多左右达完成未已否]/;
/** Labels that make the number relative (较上年提高5%): not a target quantity. */
const RELATIVE_LABEL = /提高|增长|增加|下降|降低|减少|提升|同比|环比|较/;

function quantityOf(parsed: ParsedNumber, canonical: string | null): Quantity {
  const num = withUnit(parsed, canonical);
  return { value: num.value, unit: num.unit, decimals: num.decimals };
}

/** number + unit, the whole text. `loose` accepts units we cannot convert. */
function parseQuantity(text: string, unitText: string | null, loose: boolean): Quantity | null {
  const parsed = leadingNumber(text.replace(MINUS_SIGNS, "-"));
  if (!parsed) return null;
  const typed = canonicalUnit(parsed.rest);
  if (typed === null) return quantityOf(parsed, unitText);
  if (unitDef(typed)) return quantityOf(parsed, typed);
  if (loose && LOOSE_UNIT.test(typed) && !NOT_A_UNIT.test(typed)) return quantityOf(parsed, typed);
  return null;
}

/** 合格率≥95%, 满意度90%以上, 完成率100%: a label, then the value. */
function labelledQuantity(text: string, unitText: string | null): { comparator: Comparator | null; quantity: Quantity } | null {
  const first = text.search(/\d/);
  if (first <= 0) return null;
  let label = text.slice(0, first);
  if (label.endsWith(".")) return null; // .5 belongs to the number
  let comparator: Comparator | null = null;
  for (const [token, c] of START_TOKENS) {
    if (label.trimEnd().endsWith(token)) {
      comparator = c;
      label = label.trimEnd().slice(0, label.trimEnd().length - token.length);
      break;
    }
  }
  label = trimEndOf(label, " :：为是");
  // 及时率100% names a rate (资金拨付及时率), not a deadline as 按时完成90% does.
  if (label === "" || RELATIVE_LABEL.test(label) || (DEADLINE_RE.test(label) && !label.endsWith("率"))) return null;
  const tail = splitComparator(text.slice(first));
  const quantity = parseQuantity(tail.rest, unitText, false);
  if (!quantity) return null;
  return { comparator: comparator ?? tail.comparator, quantity };
}

/**
 * A round figure as results state them: 1000余人, 3万多人, 约50人, 50人左右 read as the figure they
 * name (1000人, 3万人, 50人); "more than" is never less, so a ≥ target is judged on the safe side.
 */
function roundFigure(text: string): string {
  let t = text.replace(/^约\s*(?=\d)/, "").replace(/([\d万千百])[余多](?=[^\d\s])/, "$1");
  // No regular expression for the tail: a lazy run before 左右$ would be quadratic on long cells.
  if (t.endsWith("左右") && /\d/.test(t)) t = t.slice(0, -2).trimEnd();
  return t;
}

/**
 * Reads a 年度指标值 or 实际完成值: "≥50个", "不低于95%", "控制在100万元以内", "12月底前",
 * "达成预期指标". `comparatorText` is a separate 指标性质 cell and wins over the text;
 * `unitText` is a separate 度量单位 cell and applies when the text has no unit (a bare 95 under
 * "%" is 95%). A quantity, when found, makes the value quantitative: band and deadline are then
 * left null/false.
 */
export function parseIndicatorValue(text: string, options?: { comparatorText?: string; unitText?: string }): IndicatorValue {
  const normalized = normalizeText(text);
  const figure = roundFigure(normalized);
  const split = splitComparator(figure);
  const stated = options && options.comparatorText !== undefined ? parseComparator(options.comparatorText) : null;
  const unitRaw = options && options.unitText !== undefined ? normalizeText(options.unitText) : "";
  const unitText = unitRaw === "" || NA_MARKS.test(unitRaw) || /\d/.test(unitRaw) ? null : canonicalUnit(unitRaw);

  let comparator = split.comparator;
  let quantity: Quantity | null = null;
  if (!DATE_RE.test(split.rest)) {
    quantity = parseQuantity(split.rest, unitText, true);
    if (!quantity && split.rest.endsWith("内")) {
      // 3个工作日内, 1年内: within, the number included.
      quantity = parseQuantity(split.rest.slice(0, -1).trim(), unitText, true);
      if (quantity) comparator = comparator ?? "<=";
    }
    if (!quantity) {
      const labelled = labelledQuantity(figure, unitText);
      if (labelled) {
        quantity = labelled.quantity;
        comparator = labelled.comparator;
      }
    }
  }
  const deadline = quantity === null && (DEADLINE_RE.test(normalized) || DATE_RE.test(split.rest));
  return {
    comparator: stated ?? comparator,
    quantity,
    band: quantity === null ? qualitativeBand(normalized) : null,
    deadline,
    text: normalized,
  };
}
