// Real table r20 (安徽 滁州 天长市 塘湖镇人民政府, 部门整体支出绩效自评表 for 2020, 填报日期 2021.5.18),
// published at http://www.zgtc.gov.cn/xxgk/dfbmptlj/xzxxgkpt/thz/fdzdgknr_22529/czzj_22533/202108/t20210825_2381407.shtml
// The form of fixtures 09 / 14 / 16 (预算执行情况(万元)(20分), 得分(20分*执行率), 年度目标 blocks with
// 年初目标值(A) / 实际完成值(B) / 得分 and no 分值 column) used by a township for its 部门整体 self-evaluation,
// with what differs from those fixtures:
// - 单位名称 twice (单位名称:塘湖镇政府 beside 填报日期, then 单位名称 | 塘湖镇人民政府 in the grid) and no
//   项目名称: this is the 部门 itself; 基本支出总额 | 864.2万 (the unit typed into the amount) | 项目支出总额 | 0;
// - the funds row 部门整体支出总额 shows ONE amount, 864.2, then 100% and 20: the 执行数(B) cell is empty
//   (the page prints no second figure), so the 100% cannot be verified;
// - one goal block, 年度目标1:(80分), with its goal text on the same row, then 年度绩效指标 as the side
//   label of the indicator header;
// - 二级 labels repeated on each row (数量指标 twice, 社会效益指标 twice), the typo 日效性指标 for 时效指标,
//   群众满意度 指标 with the page's space, `≧` (U+2267) for ≥;
// - 总分 | 100分: the total typed with its unit, in the first value column;
// - 偏差大或 目标未完成 原因分析 | 无 and 改进措施及 结果应用方案 | 无, then the form's 备注 1–3 and the start
//   of 备注 4, where the stored copy of the page stops (“4.基于经济性”); so does the sheet.
// The page prints the table as an HTML grid whose empty cells it drops; the columns are restored from
// the header order. The spaces inside 偏差大或 目标未完成 原因分析 and 得分 (20分*执行率) are the page's
// line breaks, kept as line breaks.
import type { WorkbookSpec } from "./types";

const SHEET = "部门整体支出绩效自评表";

export const anhuiTanghu2020: WorkbookSpec = {
  file: "25_anhui_tanghu_2020.xlsx",
  dir: "test/fixtures",
  source:
    "real table r20 (安徽 天长 塘湖镇人民政府 部门整体支出绩效自评表 2020, 填报日期 2021.5.18), the 湖北-type form at 部门 level, 执行数 empty, 总分 100分, as published; ends inside 备注 4",
  sheets: [
    {
      name: SHEET,
      widths: [12, 10, 12, 22, 12, 12, 12],
      rows: [
        /* 1 */ ["单位名称:塘湖镇政府", null, null, null, "填报日期:2021.5.18"],
        /* 2 */ ["单位名称", null, "塘湖镇人民政府"],
        /* 3 */ ["基本支出总额", null, "864.2万", null, "项目支出总额", 0],
        /* 4 */ ["预算执行情况(万元)\n(20分)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        /* 5 */ ["部门整体支出总额", null, null, 864.2, null, "100%", 20],
        /* 6 */ ["年度目标1:(80分)", null, "增强政府工作效率、改善乡镇居住环境"],
        /* 7 */ ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        /* 8 */ [null, "产出指标", "数量指标", "办结信访案件", "168起", "168起", 10],
        /* 9 */ [null, null, "数量指标", "拆除活人墓、豪华墓", "32座", "32座", 20],
        /* 10 */ [null, null, "日效性指标", "解决群众问题时间", "2天以内", "2天以内", 10],
        /* 11 */ [null, "效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", 10],
        /* 12 */ [null, null, "社会效益指标", "提升出行效率", "有效提升", "有效提升", 10],
        /* 13 */ [null, "满意度指标", "群众满意度\n指标", "群众对政府工作满意度", "≧90%", "95%", 20],
        /* 14 */ ["总分", "100分"],
        /* 15 */ ["偏差大或\n目标未完成\n原因分析", "无"],
        /* 16 */ ["改进措施及\n结果应用方案", "无"],
        /* 17 */ ["备注:"],
        /* 18 */ ["1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"],
        /* 19 */ [
          "2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为≥X,得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。",
        ],
        /* 20 */ [
          "3.定性指标计分原则:达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档,分别按照该指标对应分值区间100-80%(含80%)、80-50%(含50%)、50-0%合理确定分值。汇总时,以资金额度为权重,对分值进行加权平均计算。",
        ],
        /* 21 */ ["4.基于经济性"],
      ],
      merges: [
        "A1:D1",
        "E1:G1",
        "A2:B2",
        "C2:G2",
        "A3:B3",
        "C3:D3",
        "F3:G3",
        "A4:C4",
        "A5:C5",
        "A6:B6",
        "C6:G6",
        "A7:A13",
        "B8:B10",
        "B11:B12",
        "B14:G14",
        "B15:G15",
        "B16:G16",
        ...[17, 18, 19, 20, 21].map((r) => `A${r}:G${r}`),
      ],
      tables: ["A2:G16"],
      left: ["A1:A1", "A17:A21"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "dept-eval", score: { entered: "100", recommended: "100.00", grade: "优" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "execution-rate",
        severity: "warning",
        sheet: SHEET,
        cell: "E5",
        why: "部门整体支出总额 864.2 with 执行率(B/A) 100% and 得分 20, but the 执行数(B) cell is blank: nothing to divide, so neither the 100% nor the 20 (= 20分 × 执行率) can be checked. The spending must be filled in.",
      },
      {
        rule: "actual-with-comparator",
        severity: "warning",
        sheet: SHEET,
        cell: "F10",
        why: "解决群众问题时间: the 实际完成值 repeats the target “2天以内” (a bound, 以内 = ≤) instead of the time reached.",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one 部门整体 table (单位名称, no 项目名称): funds header row 4 (预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率), the block's (20分)), total row 5 部门整体支出总额 (before: not read as the total row — a template-incomplete error “资金表没有‘年度资金总额’行”, no budget score, 建议 80.00 · 良, and a total-score info), goal block 年度目标1:(80分), indicator header row 7, indicators rows 8–13, 总分 row 14 (100分).",
      "Budget: ŝ cannot be recomputed without 执行数; the entered 20 stands (= 100% × 20, the rate as typed).",
      "No 分值 column: every row keeps its entered score; 10 + 20 + 10 + 10 + 10 + 20 = 80 = the block's (80分); 20 + 80 = 100 = 总分 100分 (checked with decimal.js). Recommended 100.00, 优.",
      "有效改善 → 有效改善 and 有效提升 → 有效提升 are met; ≧90% → 95% is met; 168起 → 168起 and 32座 → 32座 are met.",
    ].join(" "),
  },
};
