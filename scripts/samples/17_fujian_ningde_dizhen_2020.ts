// Real table r13 (福建 宁德市地震局, 2020年度 部门整体支出绩效自评表, published as a web page by 宁德市应急管理局:
// https://yjj.ningde.gov.cn/gzdt/ggl/zjxxgk/202111/t20211110_1546659.htm, 发布时间 2021-11-10).
// The 福建 (宁德) 部门整体 form, unlike every other fixture:
// - the funds block is 财政资金安排和使用情况(万元) with the columns numbered as a formula chain:
//   年初部门预算安排金额(含历年结余结转)① / 年中调整金额② / 小计 ③=①+② under 预算安排, 年度拨付金额 and
//   支出实现率(%)⑤=④/③ under 拨付情况, 本年度结余金额⑥=③-④ / 资金结余率(%)⑦=⑥/③ under 结余情况 — the
//   年度拨付金额 label has lost its ④ on the page, the formulas still refer to it;
// - the rates are typed as percentage POINTS in a (%) column: 99.92, 100, 99.9, 0.08, 0.1 (not 0.9992);
// - the rows are 财政资金小计, ① 项目支出, ② 基本支出, 2.单位其它收入, 合 计: ① and ② number the rows as
//   they number the columns, and the numbering jumps from an unnumbered 小计 to "2.";
// - no score for the funds (no 分值 / 得分 in the funds block), no 总分 row where the page stops;
// - the goals block is 年度总体目标完成情况 | 预期目标 | 目标实际完成情况;
// - the indicator block is 年度绩效指标完成情况 with 一级 产出目标 / 二级 数量目标 (目标, not 指标),
//   绩效\n目标值 / 实际\n完成值 (the page breaks both labels), a 评分标准 column with the rule written out,
//   指标分值 / 自评得分 / 未完成原因 (holding 已完成 on met rows).
// The page prints the table as running text; the cells are placed in the columns of its header. The
// page stops inside the third indicator row (协同相关部门开展防震减灾宣传活动场数 6场 7场 本指标满分6分,
// 协同有关部门开展防震减…): the sheet stops after the last whole row, the second.
import type { WorkbookSpec } from "./types";

const SHEET = "部门整体支出绩效自评表";

const rule1 = "本指标满分6分,开展全市地震监测台站运维情况抽查数量达9个得6分,少检查一个扣1分,扣完为止。";
const rule2 = "本指标满分6分,开展防震减灾科普进社区活动场数达10场得6分,少一场扣1分,扣完为止。";

export const fujianNingdeDizhen2020: WorkbookSpec = {
  file: "17_fujian_ningde_dizhen_2020.xlsx",
  dir: "test/fixtures",
  source: "real table r13 (福建 宁德市地震局 2020年度部门整体支出绩效自评表), rates typed as percentage points, as published; ends after the second indicator row",
  sheets: [
    {
      name: SHEET,
      widths: [10, 14, 14, 30, 10, 10, 30, 9, 9, 10],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["部门整体支出绩效自评表"],
        /* 2 */ ["( 2020 年度)"],
        /* 3 */ ["部门(单位)名称", null, "宁德市地震局", null, null, "部门预算编码", "409001007"],
        /* 4 */ ["财政资金安排和使用情况\n(万元)", "资金结构", "预算安排", null, null, "拨付情况", null, "结余情况"],
        /* 5 */ [null, null, "年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计\n③=①+②", "年度拨付金额", "支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③"],
        /* 6 */ [null, "财政资金小计", 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08],
        /* 7 */ [null, "① 项目支出", 30, 0, 30, 30, 100, 0, 0],
        /* 8 */ [null, "② 基本支出", 100.54, 58.07, 158.61, 158.45, 99.9, 0.16, 0.1],
        /* 9 */ [null, "2.单位其它收入", 0, 0, 0, 0, 0, 0, 0],
        /* 10 */ [null, "合 计", 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08],
        /* 11 */ ["年度总体目标完成情况", "预期目标", null, null, null, null, "目标实际完成情况"],
        /* 12 */ [
          null,
          "遵循创新、协调、绿色、开放、共享的发展理念,认真贯彻落实市委、市政府工作部署,加强单位效能建设,深入推进绩效管理实践,进一步转变工作作风,创新管理方法,提升工作实效,提高履职能力,推进我市防震减灾事业健康发展。",
          null,
          null,
          null,
          null,
          "完成年度目标",
        ],
        /* 13 */ ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "绩效\n目标值", "实际\n完成值", "评分标准", "指标分值", "自评得分", "未完成原因"],
        /* 14 */ [null, "产出目标", "数量目标", "抽查全市地震监测台站运维情况个数", "9个", "9个", rule1, 6, 6, "已完成"],
        /* 15 */ [null, null, null, "开展防震减灾科普“进基层”宣传活动场数", "10场", "11场", rule2, 6, 6, "已完成"],
      ],
      merges: ["A1:J1", "A2:J2", "A3:B3", "C3:E3", "G3:J3", "A4:A10", "B4:B5", "C4:E4", "F4:G4", "H4:J4", "I5:J5", ...[6, 7, 8, 9, 10].map((r) => `I${r}:J${r}`), "A11:A12", "B11:F11", "G11:J11", "B12:F12", "G12:J12", "A13:A15", "B14:B15", "C14:C15"],
      tables: ["A3:J15"],
      left: ["B6:B10", "B12:J12", "D14:D15", "G14:G15"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "dept-eval", score: { entered: "12", recommended: "12.00", grade: "差" } }],
    skippedSheets: [],
    findings: [],
    infosComplete: true,
    notes: [
      "Bound: the funds block 财政资金安排和使用情况(万元) — 小计 ③=①+② as the full-year budget, 年度拨付金额 as the spending, 支出实现率(%)⑤=④/③ as the rate (the circled numbers and their formulas are marks, not label words), 年初部门预算安排金额(含历年结余结转)① as the initial budget; the funds total is the 合 计 row, its parts 财政资金小计 and 2.单位其它收入 (numbered like the unnumbered 小计), and the 小计's parts ① 项目支出 and ② 基本支出 (before: the rows above 合 计 were dropped, nothing but the 合计 rate was checked). The goals (预期目标 / 目标实际完成情况) and the two indicator rows (指标分值 6, 自评得分 6 each).",
      "Arithmetic, all right: 130.54 + 58.07 = 188.61 (小计), 188.45 ÷ 188.61 = 99.9152% → 99.92 typed as percentage points in the (%) column (before: read as the fraction 99.92 = 9992%, an execution-rate error for nothing); 188.61 − 188.45 = 0.16; 0.16 ÷ 188.61 = 0.0848% → 0.08. The rows: 项目支出 30 + 0 = 30, 30 ÷ 30 = 100; 基本支出 100.54 + 58.07 = 158.61, 158.45 ÷ 158.61 = 99.8991% → 99.9, 0.16 ÷ 158.61 = 0.1009% → 0.1; 30 + 158.61 = 188.61 and 30 + 158.45 = 188.45 = 财政资金小计; 合计 = 小计 + 单位其它收入 0.",
      "Indicators: 9个 → 9个 (met, 6 of 6), 10场 → 11场 (110% < 120%: no over-target, 6 of 6). The funds carry no 分值 or 得分, so the budget scores nothing; no 总分 row where the page stops, so the entered total is the rows' 6 + 6 = 12, the recommended 12.00, and the grade 差 is that of the rows the page shows (as for 13).",
    ].join(" "),
  },
};
