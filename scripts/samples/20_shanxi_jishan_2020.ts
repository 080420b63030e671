// Real table r15 (山西 运城 稷山县医疗保障局, 建档立卡个人缴费县级配套资金, 稷山县项目支出绩效自评表
// (2020年度)), a published .xlsx whose text a document-sharing page shows, at
// https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html (title "建档立卡个人缴费县级配套绩效自评表.xlsx").
// The 财预〔2020〕10号 grid as a 山西 county fills it in, with what differs from fixtures 01 / 08 / 11:
// - the title carries the county: 稷山县项目支出绩效自评表, the year on a line of its own;
// - the side labels 年度总\n体目标 and 绩\n效\n指\n标 (vertical, broken as printed), the 一级 labels
//   broken inside their brackets: 产出\n指标\n(50分\n), 效益指\n标(30\n分), 满意度\n指标\n(10分\n);
//   the headers 年度\n指标值, 实际\n完成值 and 偏差原因分析及改进措\n施 broken as the page prints them;
// - uneven weights (15, 15, 10, 10 under 产出; ONE row of 30 under 效益; 10 under 满意度);
// - one deviation written (全县参合人数 8755 → 8676, 13 of 15) and two met rows scored below their
//   weight with nothing written (95% → 95%, 27 of 30 and 9 of 10);
// - 总分 100 / 94 although the scores shown add up to 93.
// The page runs the cells of the sheet together in reading order, row labels and values apart; the
// columns are restored from the header order (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 /
// 得分, then 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因). The money rows show two figures each
// (65.66, 65.07): they stand under 全年预算数 and 全年执行数 (65.07 ÷ 65.66 = 99.10%, printed 99%),
// and 年初预算数 is left empty as on the page. The names broken by the page's wrapping
// (资金是否全部纳入医 / 保统筹) are joined: only labels the form itself breaks keep their line breaks.
// Whether 99% was typed or computed is not visible; it is kept as the number 0.99 shown as 0%.
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const shanxiJishan2020: WorkbookSpec = {
  file: "20_shanxi_jishan_2020.xlsx",
  dir: "test/fixtures",
  source: "real table r15 (山西 稷山县医疗保障局 建档立卡个人缴费县级配套资金 项目支出绩效自评表 2020), as published",
  sheets: [
    {
      name: SHEET,
      widths: [7, 9, 12, 26, 11, 11, 8, 8, 22],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["稷山县项目支出绩效自评表"],
        /* 2 */ ["(2020年度)"],
        /* 3 */ ["项目名称", null, "建档立卡个人缴费县级配套资金"],
        /* 4 */ ["主管部门", null, "稷山县医疗保障局", null, null, "实施单位", null, "稷山县医疗保险服务中心"],
        /* 5 */ ["项目资金\n(万元)", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        /* 6 */ [null, "年度资金总额", null, null, 65.66, 65.07, 10, { v: 0.99, fmt: "0%" }, 9],
        /* 7 */ [null, "其中:当年财政拨款", null, null, 65.66, 65.07, "—", { v: 0.99, fmt: "0%" }, "—"],
        /* 8 */ [null, "上年结转资金", null, null, null, null, "—", null, "—"],
        /* 9 */ [null, "其他资金", null, null, null, null, "—", null, "—"],
        /* 10 */ ["年度总\n体目标", "预期目标", null, null, null, "实际完成情况"],
        /* 11 */ [null, "提高医疗保障水平,推进因病致贫问题的根本性解决", null, null, null, "提高医疗保障水平,推进了因病致贫问题的基本性解决"],
        /* 12 */ ["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措\n施"],
        /* 13 */ [null, "产出\n指标\n(50分\n)", "数量指标", "指标1:全县参合人数", 8755, 8676, 15, 13, "建档立卡中有新增死亡人员,导致有偏差"],
        /* 14 */ [null, null, "质量指标", "指标1:资金是否全部纳入医保统筹", "100%", "100%", 15, 15],
        /* 15 */ [null, null, "时效指标", "指标1:资金是否全部及时纳入", "100%", "100%", 10, 10],
        /* 16 */ [null, null, "成本指标", "指标1:配套资金每人每年", "75元", "75元", 10, 10],
        /* 17 */ [null, "效益指\n标(30\n分)", "社会效益", "指标1:是否解决建档立卡人员看病难贵问题", "95%", "95%", 30, 27],
        /* 18 */ [null, "满意度\n指标\n(10分\n)", "服务对象满\n意度指标", "指标1:是否满意", "95%", "95%", 10, 9],
        /* 19 */ ["总分", null, null, null, null, null, 100, 94],
      ],
      merges: [
        "A1:I1",
        "A2:I2",
        "A3:B3",
        "C3:I3",
        "A4:B4",
        "C4:E4",
        "F4:G4",
        "H4:I4",
        "A5:A9",
        "B5:C5",
        ...[6, 7, 8, 9].map((r) => `B${r}:C${r}`),
        "A10:A11",
        "B10:E10",
        "F10:I10",
        "B11:E11",
        "F11:I11",
        "A12:A18",
        "B13:B16",
        "A19:F19",
      ],
      tables: ["A3:I19"],
      left: ["B11:I11"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "94", recommended: "99.77", grade: "优" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "total-score",
        severity: "error",
        sheet: SHEET,
        cell: "H19",
        why: "总分 得分 94, but the scores shown add up to 9 (budget) + 13 + 15 + 10 + 10 + 27 + 9 = 93.",
      },
      {
        rule: "execution-score",
        severity: "warning",
        sheet: SHEET,
        cell: "I6",
        why: "执行率 65.07 ÷ 65.66 = 99.10% (printed 99%); the budget score is 99.10% × 10 = 9.91, entered 9 — not 9.91 rounded to its precision (that would be 10).",
      },
      {
        rule: "indicator-score",
        severity: "warning",
        sheet: SHEET,
        cell: "H13",
        why: "全县参合人数 8755 → 8676 (a reason is written): ŝ = 8676 ÷ 8755 × 15 = 14.86, entered 13 — not 14.86 rounded at its precision (15).",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "I17",
        why: "是否解决建档立卡人员看病难贵问题: 95% → 95%, met, yet 27 of 30 with the 偏差原因 cell empty (met-but-deducted H17 is its detail).",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "I18",
        why: "是否满意: 95% → 95%, met, yet 9 of 10 with the 偏差原因 cell empty (met-but-deducted H18 is its detail).",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one project table: funds header row 5, total row 6 (the two money figures under 全年预算数 / 全年执行数, 年初预算数 empty), indicator header row 12, indicators rows 13–18 under 一级 labels broken inside their brackets, 总分 row 19.",
      "Weights: 产出 15 + 15 + 10 + 10 = 50, 效益 30, 满意度 10, budget 10: 100 = 总分 分值, each block equal to its (xx分).",
      "配套资金每人每年 75元 → 75元 is a cost row (成本指标): met. 100% → 100% rows met in full.",
      "Entered total 94 (H19) against 93 from the rows: total-score error. Recommended 9.91 + 14.86 + 15 + 10 + 10 + 30 + 10 = 99.77 (unrounded 9.9101 + 14.8646 + 75 = 99.7747), grade 优 (checked with decimal.js).",
    ].join(" "),
  },
};
