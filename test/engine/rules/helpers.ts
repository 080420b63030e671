// Small grids for rule tests (STYLE.md "Testing a rule"): builders for the three template families
// with fixed, documented layouts, a runner that binds and validates them, and an eslint-style
// valid/invalid table where every expected finding of the rule is listed and any extra one fails.
import Decimal from "decimal.js";
import type { CellValue, SheetGrid } from "../../../src/engine/grid";
import { sheetFromRows, toA1 } from "../../../src/engine/grid";
import type { Profile } from "../../../src/engine/profile";
import { defaultProfile } from "../../../src/engine/profile";
import type { Report, Severity } from "../../../src/engine/report";
import { findRule } from "../../../src/engine/rules";
import { checkWorkbook } from "../../../src/template";

// ------------------------------------------------------------------------------------------ cells

/** A cell that needs more than a literal: a number format (percent) or a formula with its cached value. */
export interface Formatted {
  v: CellValue;
  fmt?: string;
  f?: string;
}

/** What a builder accepts for one cell; undefined, null and "" are blank. */
export type In = CellValue | Formatted | undefined;

function isFormatted(value: In): value is Formatted {
  return typeof value === "object" && value !== null && "v" in value;
}

/** A rate stored as a fraction and shown as a percent: pct(0.9899) shows 98.99%. */
export const pct = (fraction: number, fmt = "0.00%"): Formatted => ({ v: fraction, fmt });

/** An Excel error value as ExcelJS hands it over: { error: "#DIV/0!" }. */
export const xlError = (code: string): CellValue => ({ error: code });

/** Builds a sheet from rows of In, then sets number formats and formulas (sheetFromRows takes plain values). */
export function gridFromRows(name: string, rows: In[][]): SheetGrid {
  const plain = rows.map((row) => row.map((cell) => (isFormatted(cell) ? cell.v : (cell ?? null))));
  const sheet = sheetFromRows(name, plain);
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isFormatted(cell)) return;
      const target = sheet.cells[r]?.[c];
      if (!target) return;
      if (cell.fmt) target.numFmt = cell.fmt;
      if (cell.f) target.formula = cell.f;
    }),
  );
  return sheet;
}

function num(value: In): Decimal | null {
  const v = isFormatted(value) ? value.v : value;
  return typeof v === "number" ? new Decimal(String(v)) : null;
}

// ------------------------------------------------------------------------------ funds & indicators

/** One row of a funds block (年度资金总额 or a 其中 row). */
export interface FundsIn {
  initial?: In; // 年初预算数
  budget?: In; // 全年预算数
  spent?: In; // 全年执行数
  weight?: In; // 分值
  rate?: In; // 执行率
  score?: In; // 得分
  reason?: In; // 原因 (only with fundsReason)
}

export interface IndicatorIn {
  /** 一级指标 label, e.g. "产出指标（40分）"; blank inherits from the row above. */
  level1?: string;
  level2?: string;
  name: string; // 三级指标
  target?: In; // 年度指标值
  actual?: In; // 实际完成值
  weight?: In; // 分值
  score?: In; // 得分
  reason?: In; // 偏差原因分析及改进措施
}

/** Entered 总分 row; "auto" (the default) enters Σ 分值 and Σ 得分 of the sheet, computed in decimal. */
export type TotalIn = { weight?: In; score?: In } | "auto" | null;

function autoTotal(funds: FundsIn | null, indicators: IndicatorIn[]): { weight: In; score: In } {
  const weights = [funds?.weight, ...indicators.map((i) => i.weight)].map(num).filter((v): v is Decimal => v !== null);
  const scores = [funds?.score, ...indicators.map((i) => i.score)].map(num).filter((v): v is Decimal => v !== null);
  const add = (list: Decimal[]) => list.reduce((a, b) => a.plus(b), new Decimal(0)).toNumber();
  return { weight: add(weights), score: add(scores) };
}

function totalRow(total: TotalIn, funds: FundsIn | null, indicators: IndicatorIn[]): { weight: In; score: In } | null {
  if (total === null) return null;
  if (total === "auto") return autoTotal(funds, indicators);
  return { weight: total.weight, score: total.score };
}

// ------------------------------------------------------------------------- 项目支出绩效自评表

/**
 * A clean project: 100 / 100 / 95 万元, rate 95.00%, budget score 9.5 of 10; four indicators that
 * meet their targets with full marks; weights 30 + 20 + 30 + 10 + 10 = 100; 总分 99.5.
 */
export const PROJECT_FUNDS: FundsIn = { initial: 100, budget: 100, spent: 95, weight: 10, rate: pct(0.95), score: 9.5 };

export const PROJECT_INDICATORS: IndicatorIn[] = [
  { level1: "产出指标（50分）", level2: "数量指标", name: "培训人次", target: "≥100人次", actual: "105人次", weight: 30, score: 30 },
  { level2: "质量指标", name: "培训合格率", target: "≥95%", actual: "98%", weight: 20, score: 20 },
  { level1: "效益指标（30分）", level2: "社会效益指标", name: "群众知晓率", target: "≥90%", actual: "92%", weight: 30, score: 30 },
  { level1: "满意度指标（10分）", level2: "服务对象满意度指标", name: "参训人员满意度", target: "≥90%", actual: "95%", weight: 10, score: 10 },
];

export interface ProjectOptions {
  sheetName?: string;
  title?: string;
  projectName?: In;
  /** The 年度资金总额 row; null leaves rows 3–7 blank (no funds block). */
  funds?: FundsIn | null;
  /** Adds a 原因 column (I) to the funds block, as the Sichuan layout has. */
  fundsReason?: boolean;
  /** Rows 5–7: 其中：当年财政拨款, 上年结转资金, 其他资金 (blank unless given). */
  parts?: [FundsIn?, FundsIn?, FundsIn?];
  indicators?: IndicatorIn[];
  total?: TotalIn;
  /** A grade typed in the 总分 row beside its score (H), as 云南 永德 2022 prints it. */
  totalGrade?: In;
  /** Indicator header columns left out (their cells stay blank): for template-incomplete. */
  omit?: ("target" | "actual" | "weight" | "score" | "reason")[];
  /** Other spellings of the indicator header labels (synonyms, line breaks, （A）/（B） suffixes). */
  labels?: Partial<Record<"target" | "actual" | "weight" | "score" | "reason", string>>;
}

/**
 * 项目支出绩效自评表, fixed layout (1-based rows):
 *
 *     1  A1 title
 *     2  A2 项目名称 | B2 name
 *     3  A3 项目资金（万元） | C 年初预算数 | D 全年预算数 | E 全年执行数 | F 分值 | G 执行率 | H 得分 | I 原因 (fundsReason)
 *     4  B4 年度资金总额 | C4 … I4
 *     5–7 B 其中：当年财政拨款 / 上年结转资金 / 其他资金 | C–G
 *     8  A8 一级指标 | B 二级指标 | C 三级指标 | D 年度指标值 | E 实际完成值 | F 分值 | G 得分 | H 偏差原因分析及改进措施
 *     9… one row per indicator (row 8 + n): D target, E actual, F weight, G score, H reason
 *     then 总分 | F 分值 | G 得分 (row 9 + indicators.length)
 */
export function projectSheet(options: ProjectOptions = {}): SheetGrid {
  const funds = options.funds === undefined ? PROJECT_FUNDS : options.funds;
  const indicators = options.indicators ?? PROJECT_INDICATORS;
  const omit = new Set(options.omit ?? []);
  const rows: In[][] = [];
  rows.push([options.title ?? "2023年度项目支出绩效自评表"]);
  rows.push(["项目名称", options.projectName ?? "职业技能培训项目"]);
  if (funds) {
    const header: In[] = ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
    if (options.fundsReason) header.push("原因");
    rows.push(header);
    const total: In[] = [null, "年度资金总额", funds.initial, funds.budget, funds.spent, funds.weight, funds.rate, funds.score];
    if (options.fundsReason) total.push(funds.reason);
    rows.push(total);
    const labels = ["其中：当年财政拨款", "上年结转资金", "其他资金"];
    labels.forEach((label, i) => {
      const p = options.parts?.[i] ?? {};
      rows.push([null, label, p.initial, p.budget, p.spent, null, p.rate]);
    });
  } else {
    for (let i = 0; i < 5; i++) rows.push([]);
  }
  const col = (key: "target" | "actual" | "weight" | "score" | "reason", label: string) => (omit.has(key) ? null : (options.labels?.[key] ?? label));
  rows.push(["一级指标", "二级指标", "三级指标", col("target", "年度指标值"), col("actual", "实际完成值"), col("weight", "分值"), col("score", "得分"), col("reason", "偏差原因分析及改进措施")]);
  for (const i of indicators) rows.push([i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.reason]);
  const total = totalRow(options.total === undefined ? "auto" : options.total, funds, indicators);
  if (total) rows.push(["总分", null, null, null, null, total.weight, total.score, ...(options.totalGrade === undefined ? [] : [options.totalGrade])]);
  return gridFromRows(options.sheetName ?? "项目支出绩效自评表", rows);
}

/** A project sheet with one indicator at row 9 (D9 target, E9 actual, F9 weight, G9 score, H9 reason). */
export function oneIndicator(indicator: Partial<IndicatorIn>, options: ProjectOptions = {}): SheetGrid {
  return projectSheet({
    ...options,
    indicators: [{ level1: "产出指标", level2: "数量指标", name: "培训人次", weight: 10, ...indicator }],
  });
}

// -------------------------------------------------------------- 部门（单位）整体支出绩效自评表

export const DEPT_FUNDS: FundsIn = { initial: 500, budget: 500, spent: 490, weight: 10, rate: pct(0.98), score: 9.8 };

export const DEPT_INDICATORS: IndicatorIn[] = [
  { level1: "产出指标(40分)", level2: "数量指标", name: "全年签约引进项目", target: "≥10个", actual: "11个", weight: 20, score: 20 },
  { level2: "质量指标", name: "新引进项目开工率", target: "40%", actual: "45%", weight: 20, score: 20 },
  { level1: "效益指标（20分）", level2: "经济效益指标", name: "年度进出口总额", target: "9亿元", actual: "9.5亿元", weight: 20, score: 20 },
  { level1: "满意度指标（10分）", level2: "服务对象满意度指标", name: "满意度", target: "90%", actual: "95%", weight: 10, score: 10 },
  { level1: "成本指标（20分）", level2: "经济成本指标", name: "基本支出预算成本", target: 300, actual: 290, weight: 20, score: 20 },
];

/** A 按收入性质分 / 按支出性质分 figure; null writes the label with nothing after the colon. */
type Breakdown = string | number | null;

export interface DeptEvalOptions {
  sheetName?: string;
  unitName?: string;
  funds?: FundsIn;
  income?: { total?: Breakdown; general?: Breakdown; fund?: Breakdown; special?: Breakdown; other?: Breakdown };
  expense?: { total?: Breakdown; basic?: Breakdown; project?: Breakdown };
  indicators?: IndicatorIn[];
  total?: TotalIn;
}

const labelled = (label: string, value: Breakdown | undefined) => `${label}：${value ?? ""}`;

/**
 * 部门（单位）整体支出绩效自评表 (seed 附件3), fixed layout (1-based rows):
 *
 *     1  A1 title
 *     2  A2 区级预算部门（单位）名称 | B2 name
 *     3  A3 年度预算申请（万元） | C 年初预算数 | D 全年预算数 | E 全年执行数 | F 分值 | G 执行率 | H 得分
 *     4  B4 年度资金总额 | C4 … H4
 *     5  B5 按收入性质分：x            | E5 按支出性质分：x
 *     6  B6 其中：一般公共预算：x       | E6 其中：基本支出：x
 *     7  B7 政府性基金拨款：x          | E7 项目支出：x
 *     8  B8 纳入专户管理的非税收入拨款：x
 *     9  B9 其他资金：x
 *    10–11 年度总体目标 | 预期目标 | 实际完成情况
 *    12  A12 绩效指标 | B 一级指标 | C 二级指标 | D 三级指标 | E 年度指标值 | F 实际完成值 | G 分值 | H 得分 | I 偏差原因分析及改进措施
 *    13… one row per indicator (row 12 + n): E target, F actual, G weight, H score, I reason
 *    then A 总分 | G 分值 | H 得分 (row 13 + indicators.length)
 */
export function deptEvalSheet(options: DeptEvalOptions = {}): SheetGrid {
  const funds = options.funds ?? DEPT_FUNDS;
  const income = { total: 500, general: 500, fund: null, special: null, other: null, ...options.income };
  const expense = { total: 500, basic: 300, project: 200, ...options.expense };
  const indicators = options.indicators ?? DEPT_INDICATORS;
  const rows: In[][] = [
    ["2023年度部门（单位）整体支出绩效自评表"],
    ["区级预算部门（单位）名称", options.unitName ?? "株洲市芦淞区商务局"],
    ["年度预算申请（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", funds.initial, funds.budget, funds.spent, funds.weight, funds.rate, funds.score],
    [null, labelled("按收入性质分", income.total), null, null, labelled("按支出性质分", expense.total)],
    [null, labelled("其中：一般公共预算", income.general), null, null, labelled("其中：基本支出", expense.basic)],
    [null, labelled("政府性基金拨款", income.fund), null, null, labelled("项目支出", expense.project)],
    [null, labelled("纳入专户管理的非税收入拨款", income.special)],
    [null, labelled("其他资金", income.other)],
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    [null, "实现高标准招商引资", null, null, "全力招商引资，提升项目质效"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ];
  for (const i of indicators) rows.push([null, i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.reason]);
  const total = totalRow(options.total === undefined ? "auto" : options.total, funds, indicators);
  if (total) rows.push(["总分", null, null, null, null, null, total.weight, total.score]);
  return gridFromRows(options.sheetName ?? "附件3", rows);
}

// ------------------------------------------------- 部门（单位）整体支出绩效评价基础数据表

/** 上年决算数 | 本年预算数 | 本年决算数. */
export type CostIn = [In, In, In];

export type CostKey =
  | "threePublic"
  | "car"
  | "carPurchase"
  | "carRunning"
  | "abroad"
  | "reception"
  | "project"
  | "business"
  | "maintenance"
  | "special"
  | "publicFunds"
  | "office"
  | "utilities"
  | "meetings"
  | "procurement"
  | "budgetAdjust";

/** Consistent figures: 三公 flat year on year, every sum adds up, procurement at 90% of budget. */
export const BASE_COSTS: Record<CostKey, CostIn> = {
  threePublic: [8, 8, 8],
  car: [2, 2, 2],
  carPurchase: [0, 0, 0],
  carRunning: [2, 2, 2],
  abroad: [0, 0, 0],
  reception: [6, 6, 6],
  project: [200, 180, 180],
  business: [150, 150, 150],
  maintenance: [50, 30, 30],
  special: [null, null, null],
  publicFunds: [36, 30, 28],
  office: [3, 2, 1],
  utilities: [0, 0.05, 0],
  meetings: [0.28, 0, 0],
  procurement: ["——", 10, 9],
  budgetAdjust: ["——", null, null],
};

const COST_LABELS: [CostKey, string][] = [
  ["threePublic", "三公经费"],
  ["car", "   1、公务用车购置和维护经费"],
  ["carPurchase", "       其中：公车购置"],
  ["carRunning", "             公车运行维护"],
  ["abroad", "   2、出国经费"],
  ["reception", "   3、公务接待"],
  ["project", "项目支出："],
  ["business", "    1、业务工作经费"],
  ["maintenance", "    2、运行维护经费"],
  ["special", "3、市级专项资金（一个专项一行）"],
];

const COST_LABELS_AFTER: [CostKey, string][] = [
  ["publicFunds", "公用经费"],
  ["office", "    其中：办公经费"],
  ["utilities", "          水费、电费、差旅费"],
  ["meetings", "          会议费、培训费"],
  ["procurement", "政府采购金额"],
  ["budgetAdjust", "部门基本支出预算调整 "],
];

export interface BuildingIn {
  approvedArea?: In;
  actualArea?: In;
  areaRate?: In;
  budgetInvest?: In;
  actualInvest?: In;
  investRate?: In;
}

export interface DeptBaseOptions {
  sheetName?: string;
  /** 编制数 | 实际在职人数 | 控制率; null leaves rows 2–3 blank. */
  staff?: { authorized?: In; actual?: In; rate?: In } | null;
  /** Leave the 控制率 column header out (template-incomplete). */
  omitStaffRate?: boolean;
  costs?: Partial<Record<CostKey, CostIn>>;
  /** Extra 市级专项资金 rows right after row 14; every later row moves down by one per row. */
  specialFunds?: CostIn[];
  /** Rows under the 楼堂馆所 header (blank by default). */
  buildings?: BuildingIn[];
}

/**
 * 部门（单位）整体支出绩效评价基础数据表 (seed 附件2), fixed layout (1-based rows, without extra
 * specialFunds rows; B 上年决算数 | C 本年预算数 | D 本年决算数):
 *
 *     1  A1 title
 *     2  A2 财政供养人员情况（人） | B 编制数 | C 2023年实际在职人数 | D 控制率
 *     3  B3 编制数 | C3 实际在职人数 | D3 控制率
 *     4  A4 经费控制情况（万元） | B 2022年决算数 | C 2023年预算数 | D 2023年决算数
 *     5  三公经费   6 1、公务用车购置和维护经费   7 其中：公车购置   8 公车运行维护   9 2、出国经费   10 3、公务接待
 *    11  项目支出：   12 1、业务工作经费   13 2、运行维护经费   14 3、市级专项资金（一个专项一行）
 *    15  公用经费   16 其中：办公经费   17 水费、电费、差旅费   18 会议费、培训费
 *    19  政府采购金额   20 部门基本支出预算调整
 *    21  A21 楼堂馆所控制情况 | B 批复规模（㎡）| C 实际规模（㎡）| D 规模控制率 | E 预算投资（万元）| F 实际投资（万元）| G 投资概算控制率
 *    22… one row per building (blank row 22 when none)
 *    then 厉行节约保障措施
 */
export function deptBaseSheet(options: DeptBaseOptions = {}): SheetGrid {
  const costs = { ...BASE_COSTS, ...options.costs };
  const staff = options.staff === undefined ? { authorized: 14, actual: 14, rate: pct(1, "0%") } : options.staff;
  const rows: In[][] = [["2023年度部门（单位）整体支出绩效评价基础数据表"]];
  if (staff) {
    rows.push(["财政供养人员情况（人）", "编制数", "2023年实际在职人数", options.omitStaffRate ? null : "控制率"]);
    rows.push([null, staff.authorized, staff.actual, options.omitStaffRate ? null : staff.rate]);
  } else {
    rows.push([], []);
  }
  rows.push(["经费控制情况（万元）", "2022年决算数", "2023年预算数", "2023年决算数"]);
  for (const [key, label] of COST_LABELS) rows.push([label, ...costs[key]]);
  for (const [i, values] of (options.specialFunds ?? []).entries()) rows.push([`市级专项资金${i + 2}`, ...values]);
  for (const [key, label] of COST_LABELS_AFTER) rows.push([label, ...costs[key]]);
  rows.push(["楼堂馆所控制情况\n（2023年完工项目）", "批复规模\n（㎡）", "实际规模（㎡）", "规模控制率", "预算投资（万元）", "实际投资（万元）", "投资概算控制率"]);
  const buildings = options.buildings ?? [];
  if (buildings.length === 0) rows.push([]);
  for (const b of buildings) rows.push([null, b.approvedArea, b.actualArea, b.areaRate, b.budgetInvest, b.actualInvest, b.investRate]);
  rows.push(["厉行节约保障措施"]);
  return gridFromRows(options.sheetName ?? "附件2", rows);
}

// ------------------------------------------------------------------------------------ running

/** A finding as the tables compare it. */
export interface Found {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  messageId: string;
  data: Record<string, string>;
}

/**
 * Binds the sheets as one workbook, runs every rule and returns the findings with A1 cells. Fails
 * when a finding's message is unknown or lacks data for one of its {{placeholders}}, in either language.
 */
export function run(sheets: SheetGrid | SheetGrid[], profile: Profile = defaultProfile): Found[] {
  const findings = runReport(sheets, profile).findings;
  for (const f of findings) {
    const message = findRule(f.rule)?.meta.messages[f.messageId];
    if (!message) throw new Error(`${f.rule} reported unknown message ${f.messageId}`);
    for (const text of [message["zh-CN"], message.en]) {
      for (const [, key] of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        if (f.data[key] === undefined) throw new Error(`${f.rule}.${f.messageId} reported without data for {{${key}}}`);
      }
    }
  }
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: toA1(f.at),
    messageId: f.messageId,
    data: f.data,
  }));
}

/** The whole report, for tests that look at recalculations or scores. */
export function runReport(sheets: SheetGrid | SheetGrid[], profile: Profile = defaultProfile): Report {
  return checkWorkbook({ sheets: Array.isArray(sheets) ? sheets : [sheets] }, profile);
}

export interface Expected {
  severity: Severity;
  cell: string;
  /** Compared only when some expected finding of the case gives it. */
  sheet?: string;
  /** Compared only when some expected finding of the case gives it. */
  messageId?: string;
}

export const error = (cell: string, messageId?: string, sheet?: string): Expected => ({ severity: "error", cell, messageId, sheet });
export const warning = (cell: string, messageId?: string, sheet?: string): Expected => ({ severity: "warning", cell, messageId, sheet });
export const info = (cell: string, messageId?: string, sheet?: string): Expected => ({ severity: "info", cell, messageId, sheet });

/** Asserts that the findings of `ruleId` are exactly `expected`: none missing, none extra. */
export function expectFindings(result: Found[], ruleId: string, expected: Expected[]): void {
  const withSheet = expected.some((e) => e.sheet !== undefined);
  const withMessage = expected.some((e) => e.messageId !== undefined);
  const key = (f: { severity: string; cell: string; sheet?: string; messageId?: string }) =>
    [f.severity, withSheet ? `${f.sheet}!${f.cell}` : f.cell, withMessage ? f.messageId : ""].join(" ").trim();
  const actual = result.filter((f) => f.rule === ruleId).map(key).sort();
  expect(actual).toEqual(expected.map(key).sort());
}

// ------------------------------------------------------------------------------------- tables

export interface RuleCase {
  name: string;
  sheets: SheetGrid | SheetGrid[];
  profile?: Profile;
}

export interface InvalidCase extends RuleCase {
  expected: Expected[];
}

/**
 * The eslint RuleTester shape: every valid case yields no finding of the rule, every invalid case
 * exactly its expected findings. Building and checking must not throw.
 */
export function ruleTests(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe("valid", () => {
    for (const c of cases.valid) {
      test(c.name, () => expectFindings(run(c.sheets, c.profile), ruleId, []));
    }
  });
  describe("invalid", () => {
    for (const c of cases.invalid) {
      test(c.name, () => {
        expect(c.expected.length).toBeGreaterThan(0);
        expectFindings(run(c.sheets, c.profile), ruleId, c.expected);
      });
    }
  });
}

/** A profile derived from the default, for override cases. */
export function profileWith(changes: Partial<Profile>): Profile {
  return { ...defaultProfile, ...changes, severities: { ...defaultProfile.severities, ...changes.severities } };
}

// ---------------------------------------------------------------------------- the 重庆 form

/** Rows of the 重庆 form: head, funds row, indicator header, then [name, target, actual, factor, weight, score]. */
export function chongqing(rows: [string, In, In, In, In, In][]) {
  return gridFromRows("部门整体绩效自评表", [
    ["部门整体绩效自评表"],
    ["主管部门", null, null, null, null, "财政处室", null, null, "自评总分(分)", null, null],
    ["部门预算执行情况(万元)", "年初预算数", null, "全年(调整)预算数", null, "全年执行数", null, "执行率(%)", "执行率权重", "执行率得分(分)"],
    [null, 100, null, 100, null, 100, null, pct(1, "0%"), 10, 10],
    ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"],
    ...rows.map(([name, target, actual, factor, weight, score]) => [null, name, "%", "定量指标", target, null, actual, factor, weight, score, "否"]),
  ]);
}
