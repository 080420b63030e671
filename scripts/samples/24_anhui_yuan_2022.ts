// Real table r17 (安徽 六安 裕安区文化和旅游局, 市级文物保护专项经费绩效自评表 (2022年度), 发布时间
// 2023-05-22, 信息来源 裕安区文旅局), published at https://www.yuan.gov.cn/public/6596881/25080505.html
// The 财预〔2020〕10号 grid as a 六安 district fills it in, with what differs from fixtures 01 / 08 / 11 / 20:
// - the budget row's 分值 is 9, not the form's 10, and its 执行率 is typed as the bare fraction 0.958
//   (27.8 ÷ 29 = 0.95862…, so 0.958 is cut, not rounded); 得分 8;
// - the 其中:当年财政拨款 row repeats 29 / 29 / 27.8 / 9 / 0.958 / 8 of the total row;
// - 三级 names numbered 指标1: / 指标2: / 指标3: under 数量指标 and 质量指标, unnumbered under the others;
// - a 数量 target and result written as the same long sentence (the page's “六安市六安市” kept);
// - two rows scored below their weight with nothing written: 验收通过率 100% → 95% (5 of 6) and the
//   时效 row 完成时间为2022年12月30日 → the same (5 of 6);
// - a 成本 row whose target is a sentence (本着节约的原则,控制在预算中。) and whose result is 100%.
// The page prints the table as lines of text; the columns are restored from the header order
// (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, then 年度\n指标值 / 实际\n完成值 / 分值 /
// 得分 / 偏差原因分析及改进措施): the page's line breaks inside 项目资金 (万元), 年度 指标值 and 实际 完成值
// are those cells' own lines, as in fixture 08. The heading above the table is the page's. The stored
// copy of the page stops at the first character of the next 二级 label (可, the 可持续影响指标 row); so
// does the sheet: no 满意度 block, no 总分 row.
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

const REPAIRS = "完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装";

export const anhuiYuan2022: WorkbookSpec = {
  file: "24_anhui_yuan_2022.xlsx",
  dir: "test/fixtures",
  source:
    "real table r17 (安徽 六安 裕安区 市级文物保护专项经费绩效自评表 2022), budget weight 9 and rate typed 0.958, as published; ends at the 可(持续影响指标) label",
  sheets: [
    {
      name: SHEET,
      widths: [7, 9, 12, 26, 22, 22, 7, 7, 22],
      titleRows: [1],
      rows: [
        /* 1 */ ["市级文物保护专项经费绩效自评表(2022年度)"],
        /* 2 */ ["项目名称", null, "市级文物保护专项经费"],
        /* 3 */ ["主管部门", null, "裕安区文化和旅游局", null, null, "实施单位", null, "裕安区文化和旅游局"],
        /* 4 */ ["项目资金\n(万元)", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        /* 5 */ [null, "年度资金总额", null, 29, 29, 27.8, 9, 0.958, 8],
        /* 6 */ [null, "其中:当年财政拨款", null, 29, 29, 27.8, 9, 0.958, 8],
        /* 7 */ [null, "      上年结转资金"],
        /* 8 */ [null, "  其他资金"],
        /* 9 */ ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
        /* 10 */ [
          null,
          "通过项目实施,完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,赤卫军指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装,加大文物保护力度,发挥文物的宣传教育价值。",
          null,
          null,
          null,
          "基本完成年度目标。",
        ],
        /* 11 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
        /* 12 */ [null, "产出指标", "数量指标", "指标1:修缮建筑数量", REPAIRS, REPAIRS, 7, 7],
        /* 13 */ [null, null, null, "指标2:修缮建筑面积", "6000平方米", "6000平方米", 7, 7],
        /* 14 */ [null, null, null, "指标3:修缮级别", "市级保护单位", "市级保护单位", 7, 7],
        /* 15 */ [null, null, "质量指标", "指标1:验收通过率", "100%", "95%", 6, 5],
        /* 16 */ [null, null, null, "指标2:工程质量管理", "≥95%", "98%", 6, 6],
        /* 17 */ [null, null, null, "指标3:文明施工", "≥95%", "97%", 6, 6],
        /* 18 */ [null, null, "时效指标", "项目设计、招标、施工", "完成时间为2022年12月30日", "完成时间为2022年12月30日", 6, 5],
        /* 19 */ [null, null, "成本指标", "项目成本控制在预算内", "本着节约的原则,控制在预算中。", "100%", 5, 5],
        /* 20 */ [null, "效益指标", "社会效益指标", "文物本体安全、体现文物价值,提升知名度", "加大文物保护,展示文物价值", "程度较高", 15, 15],
        /* 21 */ [null, null, "可"],
      ],
      merges: [
        "A1:I1",
        "A2:B2",
        "C2:I2",
        "A3:B3",
        "C3:E3",
        "F3:G3",
        "H3:I3",
        "A4:A8",
        "B4:C4",
        ...[5, 6, 7, 8].map((r) => `B${r}:C${r}`),
        "A9:A10",
        "B9:E9",
        "F9:I9",
        "B10:E10",
        "F10:I10",
        "A11:A21",
        "B12:B19",
        "C12:C14",
        "C15:C17",
        "B20:B21",
      ],
      tables: ["A2:I21"],
      left: ["B10:I10"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "71", recommended: "73.33", grade: "中" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "execution-rate",
        severity: "error",
        sheet: SHEET,
        cell: "H5",
        why: "27.8 ÷ 29 = 0.958620… = 95.86%; at the three decimals typed that is 0.959, not 0.958 (cut, not rounded).",
      },
      {
        rule: "execution-rate",
        severity: "error",
        sheet: SHEET,
        cell: "H6",
        why: "The 其中:当年财政拨款 row repeats the same figures and the same cut rate 0.958: 27.8 ÷ 29 = 0.959 at three decimals.",
      },
      {
        rule: "execution-score",
        severity: "warning",
        sheet: SHEET,
        cell: "I5",
        why: "ŝ = 95.86% × 9 = 8.6276 → 8.63 (the row's own 分值 9); entered 8 is neither ŝ nor its rounding (9).",
      },
      {
        rule: "indicator-score",
        severity: "warning",
        sheet: SHEET,
        cell: "H15",
        why: "验收通过率 100% → 95%: ŝ = 95 ÷ 100 × 6 = 5.70; entered 5, with no reason written.",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "I15",
        why: "验收通过率 scored 5 of 6 (95% of a 100% target): the 偏差原因分析及改进措施 cell is empty.",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "I18",
        why: "项目设计、招标、施工: 完成时间为2022年12月30日 → the same, met, yet scored 5 of 6 with the 偏差原因 cell empty (met-but-deducted is its detail).",
      },
      {
        rule: "value-unparsed",
        severity: "warning",
        sheet: SHEET,
        cell: "E19",
        why: "The 成本指标 target “本着节约的原则,控制在预算中。” is a sentence, not a figure, while the result is 100%: no ŝ can be computed (the entered 5 of 5 stands); a cost target needs its amount (e.g. ≤29万元).",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one project table: funds header row 4, total row 5 (29 / 29 / 27.8, 分值 9, 执行率 0.958, 得分 8), indicator header row 11, indicators rows 12–20; row 21 (可, the cut 可持续影响指标 label) is no indicator; no 总分 row.",
      "Weights shown: 产出 7 + 7 + 7 + 6 + 6 + 6 + 6 + 5 = 50, 效益 15 (the rest of 效益 and the 满意度 block are cut off), budget 9: 74 points on the sheet, so no weight-total check.",
      "Entered 8 + 7 + 7 + 7 + 5 + 6 + 6 + 5 + 5 + 15 = 71 (no 总分 row). Recommended 8.6276 + 7 + 7 + 7 + 5.70 + 6 + 6 + 6 (时效 met: full 6) + 5 (成本: entered, no ŝ) + 15 = 73.3276 → 73.33, 中 (checked with decimal.js), graded on what the sheet holds as in fixture 22.",
      "SelfEval was right on this table before any change.",
    ].join(" "),
  },
};
