// Example 01 (reference/examples/01_anhui_chizhou_tangxi_2022_project.txt): 池州市贵池区棠溪镇
// 委托业务项目, 2022, central 财预〔2020〕10号 附1 layout. Transcribed as published; the excerpt stops
// inside the 满意度 row, which is completed here (公众满意度 ≥90% → 95%, 10/10) with a 总分 row.
import { TEN_HEAD_MERGES } from "./layouts";
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const anhuiProject: WorkbookSpec = {
  file: "01_anhui_project.xlsx",
  dir: "test/fixtures",
  source: "reference example 01 (安徽 池州 棠溪镇 2022, 10号 layout); 满意度 row and 总分 row completed",
  sheets: [
    {
      name: SHEET,
      widths: [8, 15, 13, 26, 16, 12, 8, 8, 24],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["项目支出绩效自评表"],
        /* 2 */ ["（2022年度）"],
        /* 3 */ ["项目名称", null, "委托业务项目"],
        /* 4 */ ["主管部门", null, "219-池州市贵池区棠溪镇人民政府", null, null, "实施单位", null, "219001-池州市贵池区棠溪镇人民政府"],
        /* 5 */ ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        /* 6 */ [null, "年度资金总额：", 0, 0, 0, 10, 0, 0, null],
        /* 7 */ [null, "其中：本年财政拨款", 90, 89.974, 89.974, null, null, null, null],
        /* 8 */ [null, "上年结转资金", null, null, null, null, null, null, null],
        /* 9 */ [null, "其他资金", null, null, null, null, null, null, null],
        /* 10 */ ["年度\n总体\n目标", "预期目标", null, null, null, "实际完成情况"],
        /* 11 */ [
          null,
          "本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；30万元用于基建工程项目设计、规划、测绘。",
          null,
          null,
          null,
          "本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。",
        ],
        /* 12 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        /* 13 */ [null, "产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8, null],
        /* 14 */ [null, null, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8, null],
        /* 15 */ [null, null, null, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, null],
        /* 16 */ [null, null, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, null],
        /* 17 */ [null, null, "成本指标", "项目总成本", "≤90万元", 90, 8, 8, null],
        /* 18 */ [null, null, null, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, null],
        /* 19 */ [null, "效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, null],
        /* 20 */ [null, null, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, null],
        /* 21 */ [null, null, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10, null],
        /* 22 */ [null, null, "经济效益指标", null, null, null, null, null, null],
        /* 23 */ [null, "满意度指标(10分)", "满意度指标", "公众满意度", "≥90%", "95%", 10, 10, null],
        /* 24 */ ["总分", null, null, null, null, null, 100, 90, null],
      ],
      merges: [
        ...TEN_HEAD_MERGES,
        "A12:A23",
        "B13:B18",
        "C14:C15",
        "C17:C18",
        "B19:B22",
        "A24:F24",
      ],
      tables: ["A3:I24"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "90", recommended: "90.00", grade: "优" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "funds-breakdown",
        severity: "error",
        sheet: SHEET,
        cell: "C6",
        why: "年初预算数: 年度资金总额 0 ≠ 本年财政拨款 90 + 上年结转 (empty) + 其他资金 (empty) = 90.",
      },
      {
        rule: "funds-breakdown",
        severity: "error",
        sheet: SHEET,
        cell: "D6",
        why: "全年预算数: 年度资金总额 0 ≠ Σ 其中 = 89.974.",
      },
      {
        rule: "funds-breakdown",
        severity: "error",
        sheet: SHEET,
        cell: "E6",
        why: "全年执行数: 年度资金总额 0 ≠ Σ 其中 = 89.974.",
      },
    ],
    infosComplete: true,
    notes: [
      "Completed: the excerpt ends at '满意度指标(10分) | 满意度指标 | 公众满……'; row 23 is completed as 公众满意度 ≥90% → 95%, 10/10 (95 ÷ 90 = 1.056, no over-target), and row 24 adds 总分 100 / 90 (= 0 + 90 as the entered scores add).",
      "funds-breakdown is reported once per column at the 年度资金总额 cell of that column (C6, D6, E6); an implementation that merges them into one finding at C6 would need this file updated.",
      "execution-rate / execution-score: 全年预算数 D6 is 0, so 执行率 is 0 ÷ 0: the entered 0 is accepted and the budget score is not scored (SPEC §3, §4) → no finding, even though the 其中 row shows 89.974 ÷ 89.974 = 100%.",
      "execution-reason: 全年预算数 89.974 ≠ 年初预算数 90 on the 其中 row, but the 10号 layout has no 原因 cell → no finding.",
      "Indicators: ≥50个 vs 50 met; '≥100百分比' reads as ≥100% and the bare 100 against a % target is 100% → met; '≤90万元' vs 90 met (cost); qualitative rows are 达成预期指标 (band 1) with full marks → no qualitative-band. Row 22 (经济效益指标 with no 三级 name, values or weight) is an empty row and yields nothing.",
      "Weights: 产出 8+8+8+8+8+10 = 50 = (50分); 效益 10+10+10 = 30; 满意度 10; 90 + budget 10 = 100 = G24 → no group-weight / weight-total.",
      "Total: entered H24 90 = budget 0 + 90 → no total-score. Recommended: budget not scored (0 ÷ 0); the indicators' ŝ sum to 90 → 90.00 whether the unscored budget counts as 0 or as its entered 0; grade 优 (≥ 90).",
      "No info is expected: the budget is not scored and every indicator's ŝ equals its entered score.",
    ].join(" "),
  },
};
