// Real table r9 (重庆 西部(重庆)科学城 融媒体中心, 部门整体绩效自评表 2021, a .docx shown at
// https://m.yzwku.com/doc/98587.html). The 重庆 form, unlike every other fixture:
// - 自评总分(分) sits in the head (97.6), beside 主管部门 / 财政处室 and 部门联系人 / 联系电话;
// - the funds row is 年初预算数 / 全年(调整)预算数 / 全年执行数 / 执行率(%) / 执行率权重 /
//   执行率得分(分), under the side label 部门预算执行情况(万元);
// - 当年绩效目标 has three texts: 年初绩效目标 / 全年(调整)绩效目标 / 全年目标实际完成情况;
// - the indicators are ONE flat list, no 一级 / 二级 columns: 指标名称 / 计量单位 / 指标性质 (定量指标 /
//   定性指标, merged down, not a comparator) / 年初指标值 / 调整指标值 / 全年完成值 / 得分系数(%) /
//   指标权重(分) / 指标得分(分) / 是否核心指标; no reason column, no 总分 row.
// The page is the text of the document's preview images: cells run together and some characters
// are misread. The columns are restored from the header order; these misreadings are restored (the
// rest is as the page shows it): 全年(If整)预算数 → 全年(调整)预算数, 年成值全完值 → 全年完成值,
// 性标定指 → 定性指标, the unit tot扁 → 篇 (its figures read 2200篇 / 2859篇), and the target 26次
// → ≥6次 (the ≥ read as "2", as on r8's page: 290% for ≥90%). Two targets are kept as the page
// prints them, 到0次 and 第O份: no reading of them is certain. Every row shows six
// figures for seven cells after 指标性质; the empty one is placed under 调整指标值, which this form
// fills only when a target was adjusted. The three money cells of the funds row show no figures
// ("O" before 76%); they are empty here. The two “三公”经费 rows show only 100% / 2 / 2 / 否 and are
// empty under 年初指标值 and 全年完成值. The page stops at the start of the next name (公共服务…);
// the sheet stops after the last whole row.
import type { CellSpec, WorkbookSpec } from "./types";

const SHEET = "部门整体绩效自评表";

type Row = [name: string, unit: string | null, target: string | null, actual: string | number | null, coefficient: string, weight: number, score: number, core: "是" | "否"];

/** One indicator row: the 指标性质 cell (D) is merged down, so it is written only where it starts. */
function row(r: Row, nature: string | null = null): CellSpec[] {
  const [name, unit, target, actual, coefficient, weight, score, core] = r;
  return [null, name, unit, nature, target, null, actual, coefficient, weight, score, core];
}

const quantitative1: Row[] = [
  ["财政供养人员控制率", "%", "100%", "92%", "100%", 2, 2, "否"],
  ["“三公”经费变动率", "%", null, null, "100%", 2, 2, "否"],
  ["基础信息完善", "%", "100%", "100%", "100%", 1, 1, "否"],
  ["预算完成率", "%", "70%", "76%", "100%", 2, 2, "是"],
  ["预算调整率", "%", "3%", 0, "100%", 2, 2, "否"],
  ["结转结余率", "%", "2%", 0, "100%", 2, 2, "是"],
  ["公用经费控制率", "%", "100%", "97%", "100%", 2, 2, "是"],
  ["“三公”经费控制率", "%", null, null, "100%", 2, 2, "否"],
  ["政府采购执行率", "%", "100%", "72.74%", "100%", 2, 2, "是"],
];
const qualitative: Row[] = [
  ["管理制度健全性", null, "高", "高", "100%", 3, 3, "否"],
  ["资金使用合规性", null, "好", "好", "100%", 5, 5, "否"],
  ["预决算信息公开性", null, "高", "高", "100%", 1, 1, "否"],
  ["资产管理安全", null, "好", "好", "100%", 2, 2, "否"],
];
const quantitative2: Row[] = [
  ["固定资产利用率", "%", "90%", "100%", "100%", 2, 2, "否"],
  ["党性教育培训次数", "次", "≥6次", "12次", "100%", 5, 5, "是"],
  ["组织宣传活动次数", "次", "到0次", "43次", "100%", 10, 10, "是"],
  ["制作宣传品数量", "份", "第O份", "20份", "100%", 5, 5, "否"],
  ["播发稿件数量", "篇", "2200篇", "2859篇", "100%", 10, 10, "是"],
  ["业务保障能力提升", "%", "90%", "95%", "100%", 10, 10, "否"],
];

const block = (rows: Row[], nature: string) => rows.map((r, i) => row(r, i === 0 ? nature : null));

export const chongqingDept2021: WorkbookSpec = {
  file: "13_chongqing_dept_2021.xlsx",
  dir: "test/fixtures",
  source: "real table r9 (重庆 西部科学城 融媒体中心 部门整体绩效自评表 2021), as published; ends after the 业务保障能力提升 row",
  sheets: [
    {
      name: SHEET,
      widths: [8, 20, 7, 8, 10, 10, 10, 10, 10, 10, 8],
      titleRows: [1],
      rows: [
        /* 1 */ ["部门整体绩效自评表"],
        /* 2 */ ["主管部门", null, null, null, null, "财政处室", null, null, "自评总分(分)", null, 97.6],
        /* 3 */ ["部门联系人", "曾雪莲", null, null, null, "联系电话"],
        /* 4 */ ["部门预算执行情况(万元)", "年初预算数", null, "全年(调整)预算数", null, "全年执行数", null, "执行率(%)", "执行率权重", "执行率得分(分)"],
        /* 5 */ [null, null, null, null, null, null, null, { v: 0.76, fmt: "0%" }, 10, 7.6],
        /* 6 */ ["当年绩效目标", "年初绩效目标", null, null, null, "全年(调整)绩效目标", null, null, "全年目标实际完成情况"],
        /* 7 */ [
          null,
          "无",
          null,
          null,
          null,
          "通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造良好氛围。保障融媒体中心正常人事基础/日常运转,有效承担西部(重庆)科学城新闻宣传管理,思想文化领域建设等工作。",
          null,
          null,
          "中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造了良好氛围。",
        ],
        /* 8 */ ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"],
        /* 9–17 */ ...block(quantitative1, "定量指标"),
        /* 18–21 */ ...block(qualitative, "定性指标"),
        /* 22–27 */ ...block(quantitative2, "定量指标"),
      ],
      merges: ["A1:K1", "B2:E2", "G2:H2", "I2:J2", "B3:E3", "G3:K3", "A4:A5", "B4:C4", "D4:E4", "F4:G4", "J4:K4", "B5:C5", "D5:E5", "F5:G5", "J5:K5", "A6:A7", "B6:E6", "F6:H6", "I6:K6", "B7:E7", "F7:H7", "I7:K7", "A8:A27", "D9:D17", "D18:D21", "D22:D27"],
      tables: ["A2:K27"],
      left: ["B7:K7", "B9:B27"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "dept-eval", score: { entered: "97.6", recommended: "77.05", grade: "中" } }],
    skippedSheets: [],
    findings: [
      { rule: "total-score", severity: "error", sheet: SHEET, cell: "K2", why: "自评总分 97.6 in the head ≠ 执行率得分 7.6 + the 指标得分 of the rows the page shows (2 + 2 + 1 + 2 + 2 + 2 + 2 + 2 + 2 + 3 + 5 + 1 + 2 + 2 + 5 + 10 + 5 + 10 + 10 = 70) = 77.6; the page stops before the remaining rows." },
      { rule: "scored-without-values", severity: "error", sheet: SHEET, cell: "E10", why: "“三公”经费变动率 has 权重 2 and 得分 2 but no 年初指标值, 调整指标值 or 全年完成值." },
      { rule: "scored-without-values", severity: "error", sheet: SHEET, cell: "E16", why: "“三公”经费控制率 has 权重 2 and 得分 2 but no 年初指标值, 调整指标值 or 全年完成值." },
      { rule: "indicator-score", severity: "warning", sheet: SHEET, cell: "J17", why: "政府采购执行率 100% → 72.74%: ŝ = 72.74% ÷ 100% × 2 = 1.4548 → 1.45, and 2 is entered (得分系数 100% for a missed target)." },
      { rule: "over-target", severity: "warning", sheet: SHEET, cell: "J23", why: "党性教育培训次数 12次 ÷ ≥6次 = 200% ≥ 120%: the target may have been set too low (no reason column, so the score cell)." },
      { rule: "value-unparsed", severity: "warning", sheet: SHEET, cell: "E25", why: "The 年初指标值 of 制作宣传品数量 reads 第O份 on the page: no figure, so the row is not scored (its entered 5 is kept)." },
      { rule: "over-target", severity: "warning", sheet: SHEET, cell: "J26", why: "播发稿件数量 2859篇 ÷ 2200篇 = 129.95% ≥ 120%." },
    ],
    infosComplete: true,
    notes: [
      "Bound: the funds row (执行率 76%, 执行率权重 10, 执行率得分 7.6 = 76% × 10, right; no money figures, so the rate is not recomputed), the goals (年初绩效目标 无, so the filled 全年(调整)绩效目标 is the goal), 19 indicators in one group, the 自评总分 in the head as the entered total.",
      "ŝ: 2 + 2 (entered, no values) + 1 + 2 + 2 + 2 + 2 + 2 (entered) + 1.4548 + 3 + 5 + 1 + 2 + 2 + 5 + 10 (到0次 reads as 0次: met) + 5 (entered, 第O份 unreadable) + 10 + 10 = 69.4548; + 7.6 = 77.0548 → 77.05, 中.",
      "预算调整率 (3% → 0), 结转结余率 (2% → 0) and the two 控制率 rows (100% → 92%, 100% → 97%) state no comparator; their standard is a ceiling, so they read as ≤ (调整率, 结余率, 控制率 and 变动率 are among the lower-is-better words, src/engine/scoring.ts) and are met: full marks, no finding. Before that word list they read as ≥ and gave two warnings and two infos for nothing.",
    ].join(" "),
  },
};
