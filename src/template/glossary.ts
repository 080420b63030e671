// Every label the binder matches, as data: one English identifier per Chinese label (STYLE.md
// "Names"), its bilingual display name, and the synonyms seen on published tables. No label
// pattern lives in the binding code; a profile's `labels` can extend any key.
//
// Labels are compared after normalisation (`coreLabel`): NFKC (full-width → half-width), no white
// space or line breaks, no leading numbering (1、 （一）), no trailing colon, no trailing bracketed
// parts such as (A), (B/A), (万元), (10分). A synonym is the normalised label itself, or a pattern:
// `*` stands for any text (also none), `#` for one or more digits. A synonym in `[…]` is matched
// against the label with its brackets kept (`normLabel`), for the few keys whose brackets matter.

import type { CellRef } from "../engine/grid";
import { toSimplified } from "../engine/hant";
import { GRADE_WORDS } from "../engine/scoring";
import type { MissingPart } from "../engine/model";

export interface LabelEntry {
  "zh-CN": string;
  en: string;
  /** Best first: when two cells match one key, the earlier synonym wins. */
  synonyms: readonly string[];
}

const entries = {
  // ---------------------------------------------------------------- 自评表 funds block columns
  initialBudget: { "zh-CN": "年初预算数", en: "initial budget", synonyms: ["年初预算数", "年初预算", "年初预算金额", "年初批复预算数", "年初数", "年初部门预算安排金额", "年初预算安排金额"] },
  annualBudget: {
    "zh-CN": "全年预算数",
    en: "full-year budget",
    synonyms: ["全年预算数", "调整后预算数", "调整后预算", "年度预算数", "全年预算", "预算数", "全年预算金额", "预算金额", "全年预算数(调整后)", "全年(调整)预算数", "全年调整预算数", "调整预算数", "小计"],
  },
  annualSpent: {
    "zh-CN": "全年执行数",
    en: "full-year spending",
    synonyms: ["全年执行数", "预算执行数", "执行数", "全年实际执行数", "实际执行数", "全年执行金额", "实际支出数", "实际支出", "全年支出数", "年度拨付金额", "拨付金额"],
  },
  rate: { "zh-CN": "执行率", en: "execution rate", synonyms: ["执行率", "预算执行率", "资金执行率", "全年执行率", "支出实现率"] },
  weight: { "zh-CN": "分值", en: "weight", synonyms: ["分值", "权重", "指标分值", "权重(分)", "分数", "标准分值", "权重分", "指标权重", "执行率权重", "参考分值", "标准分", "满分", "满分值"] },
  score: { "zh-CN": "得分", en: "score", synonyms: ["得分", "自评得分", "实际得分", "评分", "自评分", "指标得分", "执行率得分", "评价得分", "考核得分", "自评分数"] },
  reason: {
    "zh-CN": "偏差原因分析及改进措施",
    en: "deviation reason",
    synonyms: [
      "偏差原因分析及改进措施",
      "偏差原因分析及改进措施说明",
      "偏差原因及改进措施",
      "未完成原因分析",
      "未完成原因和改进措施",
      "未完成原因及改进措施",
      "未完成原因及拟采取的改进措施",
      "偏差原因分析",
      "原因",
      "扣分原因和其他说明",
      "扣分原因",
      "*原因*",
    ],
  },

  // ---------------------------------------------------------------- 自评表 funds block rows
  fundsBlock: { "zh-CN": "资金（预算执行）栏", en: "funds block", synonyms: ["项目资金", "资金情况", "预算执行情况", "年度预算申请", "项目资金情况", "预算资金", "资金投入情况", "部门预算执行情况", "财政资金安排和使用情况", "资金安排和使用情况"] },
  /** A funds block label that only the 部门整体 form uses. */
  deptFundsBlock: { "zh-CN": "年度预算申请", en: "annual budget request", synonyms: ["年度预算申请"] },
  fundsTotal: {
    "zh-CN": "年度资金总额",
    en: "annual funds total",
    // 部门整体支出总额: the 湖北-type form filled in for a 部门 (安徽 天长 塘湖镇 2020, fixture 25).
    synonyms: ["年度资金总额", "资金总额", "总额", "合计", "年度财政资金总额", "年度资金总额合计", "资金总计", "总计", "部门整体支出总额"],
  },
  fundsPart: {
    "zh-CN": "其中各项资金",
    en: "funds part",
    synonyms: [
      "其中*",
      "当年财政拨款",
      "本年财政拨款",
      "上年结转*",
      "财政资金",
      "财政拨款",
      "财政专户管理资金",
      "单位资金",
      "其他资金",
      "中央补助",
      "中央资金",
      "地方资金",
      "省级资金",
      "市级资金",
      "县级资金",
      "*财政资金",
      "*补助资金",
      "*资金",
    ],
  },
  /** A subtotal row of the funds block (福建 宁德: 财政资金小计 … 其他资金小计 … 合 计). */
  fundsSubtotal: { "zh-CN": "小计", en: "subtotal", synonyms: ["*小计"] },
  incomeBreakdown: { "zh-CN": "按收入性质分", en: "by source of income", synonyms: ["按收入性质分"] },
  expenseBreakdown: { "zh-CN": "按支出性质分", en: "by type of spending", synonyms: ["按支出性质分"] },
  expenseBasic: { "zh-CN": "基本支出", en: "basic spending", synonyms: ["基本支出*"] },
  expenseProject: { "zh-CN": "项目支出", en: "project spending", synonyms: ["项目支出*"] },
  /** A row label that ends the funds block. */
  fundsEnd: {
    "zh-CN": "年度总体目标",
    en: "annual goals",
    synonyms: ["年度总体目标*", "总体目标*", "绩效指标*", "一级指标*", "项目基本情况*", "项目名称*", "评价结论*", "年初设定目标*", "预期目标*"],
  },

  // ---------------------------------------------------------------- 自评表 goals block
  goals: { "zh-CN": "年度总体目标", en: "annual goals", synonyms: ["年度总体目标", "总体目标", "年度总体目标完成情况", "总体目标完成情况", "当年绩效目标"] },
  goalExpected: { "zh-CN": "预期目标", en: "expected goal", synonyms: ["预期目标", "年初设定目标", "年度目标", "总体目标", "年初绩效目标"] },
  /** The goal as adjusted during the year (重庆: 全年(调整)绩效目标); when filled, it is the goal the year is judged by. */
  goalAdjusted: { "zh-CN": "全年（调整）绩效目标", en: "adjusted goal", synonyms: ["全年(调整)绩效目标", "调整后绩效目标", "全年调整绩效目标", "调整后目标"] },
  goalActual: {
    "zh-CN": "实际完成情况",
    en: "what was achieved",
    synonyms: ["实际完成情况", "全年实际完成情况", "年度总体目标完成情况综述", "总体目标完成情况", "目标实际完成情况", "完成情况", "全年目标实际完成情况"],
  },

  // ---------------------------------------------------------------- 自评表 indicator block columns
  level1: { "zh-CN": "一级指标", en: "first-level indicator", synonyms: ["一级指标", "一级"] },
  level2: { "zh-CN": "二级指标", en: "second-level indicator", synonyms: ["二级指标", "二级"] },
  name: { "zh-CN": "三级指标", en: "indicator", synonyms: ["三级指标", "三级", "指标名称", "三级指标名称", "具体指标", "绩效指标名称"] },
  /**
   * The 二级 labels of each 一级, for a 一级 cell that shows only its weight (天长 2022: `(50分)` over
   * 数量指标 … 成本指标): the group is named by the 二级 labels under it.
   */
  outputLevel2: { "zh-CN": "产出指标", en: "output indicators", synonyms: ["数量指标", "质量指标", "时效指标", "数量", "质量", "时效"] },
  /** 成本指标: a 二级 under 产出 on the 10号 form, a 一级 of its own on the 湖南 form. */
  costLevel2: { "zh-CN": "成本指标", en: "cost indicators", synonyms: ["成本指标", "成本", "经济成本指标", "社会成本指标", "生态环境成本指标"] },
  benefitLevel2: { "zh-CN": "效益指标", en: "benefit indicators", synonyms: ["*效益指标", "*效益", "可持续影响指标", "可持续影响"] },
  satisfactionLevel2: { "zh-CN": "满意度指标", en: "satisfaction indicators", synonyms: ["*满意度指标", "*满意度"] },
  comparator: { "zh-CN": "指标性质", en: "comparator", synonyms: ["指标性质", "指标方向", "比较符"] },
  target: {
    "zh-CN": "年度指标值",
    en: "target",
    synonyms: ["年度指标值", "指标值", "年初目标值", "年度目标值", "目标值", "年度绩效目标值", "绩效目标值", "预期指标值", "计划指标值", "全年指标值", "预期目标值", "指标目标值", "年初指标值", "预期值", "计划值", "年度计划值", "绩效指标值", "年度预期指标值"],
  },
  /** The target as adjusted during the year (重庆: 调整指标值); when filled, it replaces 年初指标值. */
  adjustedTarget: { "zh-CN": "调整指标值", en: "adjusted target", synonyms: ["调整指标值", "调整后指标值", "全年(调整)指标值", "调整后目标值", "调整目标值"] },
  unit: { "zh-CN": "度量单位", en: "unit", synonyms: ["度量单位", "计量单位", "单位"] },
  /** The share of the weight a row earns (重庆: 得分系数(%) · 指标权重(分) · 指标得分(分)). */
  scoreFactor: { "zh-CN": "得分系数", en: "score factor", synonyms: ["得分系数", "得分系数(%)", "评分系数", "得分比例"] },
  actual: {
    "zh-CN": "实际完成值",
    en: "result",
    synonyms: ["实际完成值", "完成值", "全年实际值", "实际值", "全年实际完成值", "全年完成值", "实际完成指标值", "实际完成", "指标完成值", "实际完成数", "年终完成值", "年末完成值", "年终实际完成值", "年度实际完成值", "实际达成值", "实际达到值"],
  },
  /**
   * The entered total printed in the head instead of a 总分 row (重庆: 自评总分(分) | 97.6; 银川 2021:
   * 自评得分 | 98). 自评得分 is also a score column's header: the binder takes it as the head total
   * only with a number in the cell right of it.
   */
  headTotal: { "zh-CN": "自评总分", en: "total in the head", synonyms: ["自评总分", "项目自评总分", "部门自评总分", "自评总得分", "自评得分"] },
  /** Total row of the indicator table. */
  total: { "zh-CN": "总分", en: "total", synonyms: ["总分", "合计", "总计", "自评总分", "合计得分", "总得分"] },
  /** A grade typed into the 总分 row beside the score (云南 永德 2022: 总分 | 100 | 96 | 优). */
  gradeWord: { "zh-CN": "等级", en: "grade", synonyms: Object.keys(GRADE_WORDS) },
  /** Rows that end an indicator table. */
  tableTail: {
    "zh-CN": "评价结论",
    en: "table tail",
    synonyms: [
      "评价结论*",
      "存在问题*",
      "改进措施*",
      "填表人*",
      "填报人*",
      "项目负责人*",
      "财务负责人*",
      "单位负责人*",
      "说明*",
      "备注*",
      "联系电话*",
      "注:*",
      "注#*",
      "注",
      "审核人*",
      "自评结论*",
    ],
  },
  /** Rows that start another table (so the indicator block ends). */
  tableStart: { "zh-CN": "项目名称", en: "next table", synonyms: ["项目名称*", "预算执行情况*", "转移支付(项目)名称*"] },
  /** The official form's placeholder rows: not indicators. */
  placeholder: { "zh-CN": "示例行", en: "placeholder row", synonyms: ["指标#", "指标#:", "指标#:*", "……", "…", "...", "......", "例:*", "例如:*", "如:*", "xx指标", "XX指标"] },
  /**
   * A cell that says "does not apply" instead of a value: an indicator row whose name (after 指标1:)
   * and value cells hold only these marks is the form's placeholder row marked unused (天长 2022:
   * 指标1:/ with / under 年度指标值 and 实际完成值), not an indicator.
   */
  notApplicable: { "zh-CN": "不适用", en: "not applicable", synonyms: ["/", "//", "-", "--", "—", "——", "无", "不适用", "不涉及", "\\"] },
  /** A prefix the official form puts before a real indicator name: 指标1工程资金金额. */
  placeholderPrefix: { "zh-CN": "指标序号", en: "indicator number", synonyms: ["指标#"] },
  /** A note under a table (注：1.一级指标分值统一设置为…). */
  tableNote: { "zh-CN": "注", en: "note", synonyms: ["注*", "说明*", "备注*", "填表说明*"] },
  /** The indicator block's own label, which may carry the block's weight: 绩效指标（90分）. */
  indicatorBlock: { "zh-CN": "绩效指标栏", en: "indicator block", synonyms: ["绩效指标*"] },

  // ---------------------------------------------------------------- heads
  title: {
    "zh-CN": "自评表",
    en: "title",
    synonyms: ["*绩效自评表", "*自评表", "*评价表", "*基础数据表", "*绩效目标自评", "*绩效自评"],
  },
  /** Words in a title that make a 自评表 the 部门（单位）整体支出 one. */
  deptTitle: { "zh-CN": "部门整体支出", en: "department overall", synonyms: ["*整体支出*", "*部门(单位)*", "*部门绩效*", "*部门整体*"] },
  deptName: { "zh-CN": "部门（单位）名称", en: "department name", synonyms: ["*部门(单位)名称", "*单位名称", "部门名称"] },
  /** Names the unit without saying which form this is (基础数据表, some 项目 forms). */
  reportingUnit: { "zh-CN": "填报单位", en: "reporting unit", synonyms: ["填报单位", "填报部门"] },
  /** 单位：万元 — a unit of measure for the table, never a name. */
  unitNote: { "zh-CN": "金额单位", en: "unit of amounts", synonyms: ["单位:*", "金额单位*", "单位(*)", "单位"] },
  projectName: { "zh-CN": "项目名称", en: "project name", synonyms: ["项目名称", "转移支付(项目)名称", "转移支付名称", "专项资金名称", "资金名称"] },

  // ---------------------------------------------------------------- 基础数据表 columns
  staffBlock: { "zh-CN": "财政供养人员情况", en: "staff", synonyms: ["财政供养人员情况*"] },
  authorizedStaff: { "zh-CN": "编制数", en: "authorised staff", synonyms: ["编制数", "核定编制数", "编制人数"] },
  actualStaff: { "zh-CN": "实际在职人数", en: "staff in post", synonyms: ["*实际在职人数", "*在职人数"] },
  staffRate: { "zh-CN": "控制率", en: "staff control rate", synonyms: ["控制率", "在职人员控制率", "人员控制率"] },
  costBlock: { "zh-CN": "经费控制情况", en: "spending control", synonyms: ["经费控制情况*"] },
  prevFinal: { "zh-CN": "上年决算数", en: "last year's final accounts", synonyms: ["上年决算数", "上年决算"] },
  costBudget: { "zh-CN": "本年预算数", en: "this year's budget", synonyms: ["本年预算数", "本年预算", "#年预算数", "#年度预算数"] },
  costFinal: { "zh-CN": "本年决算数", en: "this year's final accounts", synonyms: ["本年决算数", "本年决算", "#年决算数", "#年度决算数"] },
  approvedArea: { "zh-CN": "批复规模", en: "approved area", synonyms: ["批复规模"] },
  actualArea: { "zh-CN": "实际规模", en: "actual area", synonyms: ["实际规模"] },
  areaRate: { "zh-CN": "规模控制率", en: "area control rate", synonyms: ["规模控制率"] },
  budgetInvest: { "zh-CN": "预算投资", en: "budgeted investment", synonyms: ["预算投资"] },
  actualInvest: { "zh-CN": "实际投资", en: "actual investment", synonyms: ["实际投资"] },
  investRate: { "zh-CN": "投资概算控制率", en: "investment control rate", synonyms: ["投资概算控制率"] },

  // ---------------------------------------------------------------- 基础数据表 rows
  threePublic: { "zh-CN": "三公经费", en: "三公 spending", synonyms: ["三公经费*", "\"三公\"经费*", "“三公”经费*"] },
  car: { "zh-CN": "公务用车购置和维护经费", en: "official vehicles", synonyms: ["*公务用车购置和维护*", "*公务用车购置及运行维护*", "*公务用车购置及运行*"] },
  carPurchase: { "zh-CN": "公车购置", en: "vehicle purchase", synonyms: ["公车购置*", "公务用车购置"] },
  carRunning: { "zh-CN": "公车运行维护", en: "vehicle running", synonyms: ["*公车运行维护*", "*公务用车运行维护*"] },
  abroad: { "zh-CN": "出国经费", en: "trips abroad", synonyms: ["*出国*"] },
  reception: { "zh-CN": "公务接待", en: "hospitality", synonyms: ["*公务接待*"] },
  project: { "zh-CN": "项目支出", en: "project spending", synonyms: ["项目支出*"] },
  publicFunds: { "zh-CN": "公用经费", en: "public funds", synonyms: ["公用经费*"] },
  procurement: { "zh-CN": "政府采购金额", en: "government procurement", synonyms: ["*政府采购*"] },
  budgetAdjust: { "zh-CN": "部门基本支出预算调整", en: "budget adjustment", synonyms: ["*预算调整*"] },
  /** The 其中 that marks a row as a part of the row above. */
  partMarker: { "zh-CN": "其中", en: "of which", synonyms: ["其中:", "其中"] },
  /** Rows after the 经费控制情况 block. */
  costEnd: { "zh-CN": "厉行节约", en: "end of spending block", synonyms: ["厉行节约*", "楼堂馆所*", "说明*", "填表人*", "填报人*", "部门整体支出绩效评价指标表*", "*评分表", "*指标表"] },
  /** Rows after the 楼堂馆所 block. */
  buildingEnd: { "zh-CN": "说明", en: "end of buildings block", synonyms: ["厉行节约*", "说明*", "填表人*", "填报人*", "部门整体支出绩效评价指标表*", "*评分表", "*指标表", "一级指标*"] },
} satisfies Record<string, LabelEntry>;

export type LabelKey = keyof typeof entries;

export const GLOSSARY: Readonly<Record<LabelKey, LabelEntry>> = entries;

export const LABEL_KEYS: readonly LabelKey[] = Object.keys(entries) as LabelKey[];

export function isLabelKey(key: string): key is LabelKey {
  return Object.prototype.hasOwnProperty.call(entries, key);
}

const NUMBERING = /^(?:\d+[、.．]|\(\d+\)|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;

/**
 * Circled numbers (① … ⑳) that number a form's columns and rows, and the formula they make (福建
 * 宁德 部门整体 2020: 小计 ③=①+②, 支出实现率(%)⑤=④/③; rows ① 项目支出, ② 基本支出). They are
 * marks, not part of the label; NFKC would turn them into plain digits (① → 1), so they go first.
 */
const CIRCLED = "[\u2460-\u2473]";
const CIRCLED_TAIL = new RegExp(`\\s*${CIRCLED}(?:\\s*=\\s*${CIRCLED}(?:\\s*[+\\-−/×÷*]\\s*${CIRCLED})*)?\\s*$`);
const CIRCLED_HEAD = new RegExp(`^\\s*${CIRCLED}\\s*`);

/** NFKC, no white space, no leading numbering, no trailing colon. Keeps bracketed parts. */
export function normLabel(text: string): string {
  // Traditional characters (年度資金總額 on a mirror of a published table) read as simplified.
  const unmarked = text.replace(CIRCLED_TAIL, "").replace(CIRCLED_HEAD, "");
  let s = toSimplified((unmarked || text).normalize("NFKC")).replace(/[\s\u3000\u00a0]+/g, "");
  s = s.replace(NUMBERING, "");
  s = s.replace(/[:：]+$/, "");
  return s;
}

/** normLabel, then without trailing bracketed parts: 批复规模(m2) → 批复规模, 得分(分*执行率) → 得分. */
export function coreLabel(text: string): string {
  let s = normLabel(text);
  let previous = "";
  while (previous !== s) {
    previous = s;
    s = s.replace(/\([^()]*\)$/, "").replace(/[:：]+$/, "");
    // A trailing part that lost one of its brackets on the published page (黄石 2023: 执行数B),
    // 执行率B/A), 年初目标值(A, 预算执行情况(万元) over 20分)): a letter and up to five letters, digits, / * . %,
    // or a number of 分.
    const open = (s.match(/\(/g) ?? []).length;
    const close = (s.match(/\)/g) ?? []).length;
    if (close > open) s = s.replace(/(?<=[\u4e00-\u9fff)])(?:[A-Za-z][A-Za-z0-9/*.%]{0,5}|\d+(?:\.\d+)?分)\)$/, "");
    else if (open > close) s = s.replace(/\([A-Za-z][A-Za-z0-9/*.%]{0,5}$/, "");
  }
  return s;
}

/** The `(xx分)` weight a label carries: 产出指标(40分) → "40", 预算执行情况(10分) → "10". */
export function declaredWeight(text: string): string | undefined {
  const match = /\((\d+(?:\.\d+)?)分\)/.exec(normLabel(text));
  return match ? match[1] : undefined;
}

/** A year written in a label: 2023年决算数 → "2023". */
export function yearIn(text: string): string | undefined {
  return /((?:19|20)\d{2})\s*年/.exec(text.normalize("NFKC"))?.[1];
}

/** A subtitle that is only a year: （2023年度） → "2023". */
export function yearOfSubtitle(label: string): string | undefined {
  return /^\(?((?:19|20)\d{2})年度?\)?$/.exec(label.normalize("NFKC"))?.[1];
}

interface CompiledSynonym {
  /** Exact core label, or a pattern. */
  exact?: string;
  pattern?: RegExp;
  /** Match against normLabel (brackets kept) instead of coreLabel. */
  bracketed: boolean;
}

function compile(synonym: string): CompiledSynonym {
  const bracketed = synonym.startsWith("[") && synonym.endsWith("]");
  const body = normLabel(bracketed ? synonym.slice(1, -1) : synonym);
  if (!/[*#]/.test(body)) return { exact: body, bracketed };
  const source = body
    .split("")
    .map((ch) => (ch === "*" ? ".*" : ch === "#" ? "\\d+" : ch.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return { pattern: new RegExp(`^${source}$`), bracketed };
}

/**
 * The glossary compiled for one bind, with a profile's extra synonyms. Normalising a label costs
 * as much as the rest of binding, so each distinct text is normalised once per bind and every
 * key's answer for it is kept.
 */
export class Glossary {
  private readonly compiled: Record<LabelKey, CompiledSynonym[]>;
  private readonly norms = new Map<string, { norm: string; core: string }>();
  private readonly ranks = new Map<string, Int16Array>();

  /**
   * `cache: false` normalises a label again for every key it is matched against, as the binder did
   * before this class existed; only the benchmark uses it, to show what the cache saves.
   */
  constructor(
    extra: Readonly<Record<string, readonly string[]>> = {},
    private readonly options: { cache: boolean } = { cache: true },
  ) {
    const compiled = {} as Record<LabelKey, CompiledSynonym[]>;
    for (const key of LABEL_KEYS) {
      const own = GLOSSARY[key].synonyms;
      // Extra synonyms come first among the exact ones: a profile names its region's labels.
      compiled[key] = [...(extra[key] ?? []), ...own].map(compile);
    }
    this.compiled = compiled;
  }

  normalised(text: string): { norm: string; core: string } {
    if (!this.options.cache) return { norm: normLabel(text), core: coreLabel(text) };
    let n = this.norms.get(text);
    if (!n) {
      n = { norm: normLabel(text), core: coreLabel(text) };
      this.norms.set(text, n);
    }
    return n;
  }

  /** Index of the best synonym of `key` this label matches, or -1. */
  rank(text: string, key: LabelKey): number {
    if (!this.options.cache) return this.match(text, key);
    let row = this.ranks.get(text);
    if (!row) {
      row = new Int16Array(LABEL_KEYS.length).fill(-2);
      this.ranks.set(text, row);
    }
    const index = KEY_INDEX[key];
    if (row[index] === -2) row[index] = this.match(text, key);
    return row[index];
  }

  private match(text: string, key: LabelKey): number {
    const { norm, core } = this.normalised(text);
    let found = -1;
    if (core || norm) {
      const list = this.compiled[key];
      for (let i = 0; i < list.length; i++) {
        const s = list[i];
        const label = s.bracketed ? norm : core;
        if (!label) continue;
        if (s.exact !== undefined ? s.exact === label : (s.pattern as RegExp).test(label)) {
          found = i;
          break;
        }
      }
    }
    return found;
  }

  matches(text: string, key: LabelKey): boolean {
    return this.rank(text, key) >= 0;
  }

  /**
   * The length of the longest start of `text` that matches the key (0 when none): 指标1工程资金金额
   * starts with 指标1, a placeholderPrefix.
   */
  prefixMatch(text: string, key: LabelKey): number {
    for (let end = Math.min(text.length, 12); end > 0; end--) if (this.rank(text.slice(0, end), key) >= 0) return end;
    return 0;
  }

  /** The first of `keys` this label matches, in the order given. */
  firstMatch<K extends LabelKey>(text: string, keys: readonly K[]): K | undefined {
    for (const key of keys) if (this.rank(text, key) >= 0) return key;
    return undefined;
  }
}

const KEY_INDEX = Object.fromEntries(LABEL_KEYS.map((k, i) => [k, i])) as Record<LabelKey, number>;

/** A part of the form the binder could not find, named by the glossary. */
export function missingPart(key: LabelKey, kind: MissingPart["kind"], at: CellRef): MissingPart {
  const { "zh-CN": zh, en } = GLOSSARY[key];
  return { key, kind, name: { "zh-CN": zh, en }, at };
}

/** The display name of a key in a locale. */
export function labelName(key: LabelKey, locale: "zh-CN" | "en"): string {
  return GLOSSARY[key][locale];
}
