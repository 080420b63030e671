// The bound template: what the binder (src/template) finds on a sheet, by label, for the rules.
// Every field keeps its cell address so that a finding points where the user must act.
import type { Cell, CellRef } from "./grid";

export type TemplateKind = "dept-eval" | "dept-base" | "project-eval";

/**
 * A part the form's family always has that the binder could not find: a column, a row or a whole
 * block, with the glossary's display name (the binder knows the labels; the rules only say it).
 */
export interface MissingPart {
  key: string;
  /** `empty`: the part is there, with nothing in it (an indicator header and no indicator row). */
  kind: "column" | "row" | "block" | "empty";
  name: { "zh-CN": string; en: string };
  at: CellRef;
}

/** One bound cell. `cell` is undefined when the cell is empty. */
export interface Field {
  at: CellRef;
  cell: Cell | undefined;
}

/** A cell that holds both a label and its value: `其中：基本支出：311.22`. */
export interface LabeledValue {
  label: string;
  at: CellRef;
  /** The text after the label, trimmed; "" when the label stands alone. */
  valueText: string;
}

/** A row of the funds block (年度资金总额, 其中：当年财政拨款 …). */
export interface FundsRow {
  label: string;
  labelAt: CellRef;
  initialBudget?: Field; // 年初预算数
  annualBudget?: Field; // 全年预算数 / 调整后预算数
  annualSpent?: Field; // 全年执行数 / 预算执行数
  weight?: Field; // 分值 / 权重
  rate?: Field; // 执行率
  score?: Field; // 得分
  reason?: Field; // 原因 (Sichuan)
}

export interface FundsBlock {
  headerAt: CellRef;
  total: FundsRow;
  parts: FundsRow[];
  /** dept-eval breakdowns written as label-with-value cells. */
  incomeTotal?: LabeledValue; // 按收入性质分
  incomeParts: LabeledValue[]; // 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金
  expenseTotal?: LabeledValue; // 按支出性质分
  expenseBasic?: LabeledValue; // 基本支出
  expenseProject?: LabeledValue; // 项目支出
  /**
   * The rate column's label says (%) (福建 宁德 2020: 支出实现率(%)⑤=④/③): a rate typed there as a
   * plain number is in percentage points, 99.92 meaning 99.92%.
   */
  rateInPoints?: boolean;
  /**
   * The block names no 分值 or 得分 column and declares no points (银川 2021: 年初预算数 / 调整预算数(A)
   * / 全年执行数(B) / 执行率(B/A) only): the form scores the budget elsewhere, or not at all, so the
   * total has no budget score in it.
   */
  scoreless?: boolean;
  /**
   * The money unit the block's labels state: 项目资金（万元）, 资金结构(万元), 年初预算数（元）; absent
   * when no label says.
   */
  moneyUnit?: { unit: "万元" | "元"; at: CellRef };
  /**
   * The block's only budget column is 年初预算数 (贵州 绥阳 2021: 年初预算数(A) / 全年执行数(B)), bound as
   * the year's budget: spending above it is more often a mid-year addition than overspending, and a
   * message names the column as the form does.
   */
  budgetIsInitial?: boolean;
  /** 小计 rows among `parts` (福建 宁德: 财政资金小计 … 合 计), each with the rows under it. */
  subtotals?: { row: FundsRow; parts: FundsRow[] }[];
}

export interface Indicator {
  row: number;
  level1: string;
  level2: string;
  name: string;
  nameAt: CellRef;
  target?: Field; // 年度指标值 / 指标值
  comparator?: Field; // 指标性质 (split layout)
  unit?: Field; // 度量单位 (split layout)
  actual?: Field; // 实际完成值
  factor?: Field; // 得分系数 (重庆): 得分 = 系数 × 权重
  weight?: Field;
  score?: Field;
  reason?: Field;
}

export interface IndicatorGroup {
  /** The 一级 label as written, e.g. "产出指标(40分)". */
  label: string;
  name: string; // "产出指标"
  at: CellRef;
  /** The `(xx分)` weight, as text, when the label carries one. */
  declaredWeight?: string;
  indicators: Indicator[];
}

export interface EvalTable {
  kind: "dept-eval" | "project-eval";
  sheet: string;
  /** Where the table starts (title or first label); template-level findings point here. */
  headerAt: CellRef;
  title?: string;
  /** 部门（单位）名称 or 项目名称. */
  name?: string;
  year?: string;
  funds?: FundsBlock;
  /** The funds block's declared weight, e.g. 预算执行情况（10分）. */
  fundsDeclaredWeight?: string;
  indicatorHeaderAt?: CellRef;
  /** 绩效指标（90分）. */
  indicatorsDeclaredWeight?: string;
  /**
   * True when the form has a 分值 or 得分 column. The 绩效目标自评表 of transfer payments and
   * special funds has neither by design: it is checked for what it has and gets no score or grade.
   */
  scored: boolean;
  /** 年度总体目标: the expected goal and what was achieved. */
  goals?: { labelAt: CellRef; expected?: Field; actual?: Field };
  groups: IndicatorGroup[];
  /** The 总分 row; `grade` is a grade typed beside its score (总分 | 100 | 96 | 优), when there is one. */
  total?: { labelAt: CellRef; weight?: Field; score?: Field; grade?: Field };
  /**
   * The form's own words for its target and result columns (年初指标值, 全年完成值 …), so that a
   * message names the column the accountant sees; absent where the column is not bound.
   */
  columnLabels?: { target?: string; actual?: string };
  /** The table's own notes under it (注：…), which may state the weights the form must use. */
  notes: { at: CellRef; text: string }[];
  /** What this family of form always has and the binder could not find. */
  missing: MissingPart[];
}

/** A row of the 经费控制情况 block, one field per year column. */
export interface CostRow {
  label: string;
  labelAt: CellRef;
  prevFinal?: Field; // 上年决算数
  budget?: Field; // 本年预算数
  final?: Field; // 本年决算数
}

export interface BuildingRow {
  row: number;
  approvedArea?: Field;
  actualArea?: Field;
  areaRate?: Field;
  budgetInvest?: Field;
  actualInvest?: Field;
  investRate?: Field;
}

export interface BaseTable {
  kind: "dept-base";
  sheet: string;
  headerAt: CellRef;
  title?: string;
  name?: string;
  year?: string;
  staff?: { authorized?: Field; actual?: Field; rate?: Field };
  costs?: {
    headerAt: CellRef;
    threePublic?: CostRow;
    car?: CostRow;
    carPurchase?: CostRow;
    carRunning?: CostRow;
    abroad?: CostRow;
    reception?: CostRow;
    project?: CostRow;
    projectItems: CostRow[];
    publicFunds?: CostRow;
    publicItems: CostRow[];
    procurement?: CostRow;
    budgetAdjust?: CostRow;
  };
  buildings: BuildingRow[];
  missing: MissingPart[];
}

export type BoundTemplate = EvalTable | BaseTable;

/** A sheet the binder looked at. */
export interface SheetBinding {
  sheet: string;
  templates: BoundTemplate[];
}
