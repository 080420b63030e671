// Example 03, table B (reference/examples/03_sichuan_daying_sifaju_2023_project.txt): 大英县司法局
// 2023年全县安可替代补助资金项目, Sichuan 部门预算项目支出绩效自评表 (510000_0013zp): 预算执行情况（10分）
// with 权重 and 原因, 绩效指标（90分） with 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 未完成原因分析,
// a 合计 row and the 评价结论 / 存在问题 / 改进措施 tail. The excerpt stops after the first indicator's
// 指标值; the block is completed with three indicators and the tail as in table A of the same page.
import { PCT, SICHUAN_HEAD_MERGES, SICHUAN_REASON_PROMPT, TWO } from "./layouts";
import type { WorkbookSpec } from "./types";

const SHEET = "部门预算项目支出绩效自评表";

export const sichuanProject: WorkbookSpec = {
  file: "03_sichuan_project.xlsx",
  dir: "test/fixtures",
  source: "reference example 03 table B (四川 遂宁 大英县司法局 2023, Sichuan 510000_0013zp layout); indicator block, 合计 and tail completed",
  sheets: [
    {
      name: SHEET,
      widths: [10, 14, 12, 22, 8, 9, 9, 9, 8, 8, 16],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["部门预算项目支出绩效自评表"],
        /* 2 */ ["（2023年度）"],
        /* 3 */ ["项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目"],
        /* 4 */ ["主管部门", "大英县司法局部门", null, null, null, "实施单位", null, "大英县司法局"],
        /* 5 */ ["项目基本情况", "1.项目年度目标完成情况", null, "项目年度目标：根据要求购买安可设备，并完成项目资金支付。", null, null, null, "年度目标完成情况：完成"],
        /* 6 */ [null, "2.项目实施内容及过程概述：2023年购买13台安可电脑，并于12月前完成资金支付。"],
        /* 7 */ ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", null, null],
        /* 8 */ [null, "总额", { v: 0, fmt: TWO }, { v: 3.36, fmt: TWO }, { v: 3.36, fmt: TWO }, { v: 1, fmt: PCT }, 10, 10, SICHUAN_REASON_PROMPT, null, null],
        /* 9 */ [null, "其中：财政资金", { v: 0, fmt: TWO }, { v: 3.36, fmt: TWO }, { v: 3.36, fmt: TWO }, { v: 1, fmt: PCT }, "/", "/", null, null, null],
        /* 10 */ [null, "财政专户管理资金", { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: PCT }, "/", "/", null, null, null],
        /* 11 */ [null, "单位资金", { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: PCT }, "/", "/", null, null, null],
        /* 12 */ [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
        /* 13 */ ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        /* 14 */ [null, "产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", 100, "%", 100, 40, 40, null],
        /* 15 */ [null, null, "数量指标", "购买安可电脑数量", "≥", 13, "台", 13, 30, 30, null],
        /* 16 */ [null, "满意度指标", "服务对象满意度指标", "使用人员满意度", "≥", 90, "%", 95, 20, 20, null],
        /* 17 */ ["合计", null, null, null, null, null, null, null, 100, 100, null],
        /* 18 */ ["评价结论", "项目按要求完成安可设备购买并完成资金支付，预算执行率100%，各项绩效指标均已完成，自评得分100分。"],
        /* 19 */ ["存在问题", "无"],
        /* 20 */ ["改进措施", "无"],
        /* 21 */ ["项目负责人：查小兵", null, null, null, null, "财务负责人：唐勇"],
      ],
      merges: [
        ...SICHUAN_HEAD_MERGES,
        "A7:A12",
        "I7:K7",
        "I8:K12",
        "A13:A16",
        "B14:B15",
        "A17:H17",
        "B18:K18",
        "B19:K19",
        "B20:K20",
        "A21:E21",
        "F21:K21",
      ],
      tables: ["A3:K20"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "100", recommended: "100.00", grade: "优" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "execution-reason",
        severity: "warning",
        sheet: SHEET,
        cell: "I8",
        why: "调整后预算数 3.36 ≠ 年初预算 0.00 (whole budget added mid-year) and the 原因 cell (I8:K12) holds only the template's instruction text, which counts as empty.",
      },
    ],
    infosComplete: true,
    notes: [
      "Completed: the published table stops at '绩效指标（90分） | 产出指标 | 质量指标 | 完成安可产品购买并按要求支付资金 | = | 100'. Added: 度量单位 %, 完成值 100, 权重 40, 得分 40; 产出/数量指标 购买安可电脑数量 ≥ 13 台 → 13, 30/30 (from '购买13台安可电脑'); 满意度指标 使用人员满意度 ≥ 90 % → 95, 20/20; 合计 100 / 100; 评价结论 text; 存在问题 / 改进措施 '无' and the signature row as in table A of the same page.",
      "Budget: 预算执行率 3.36 ÷ 3.36 = 100.00% (F8 = 1) correct; ŝ = 1 × 10 = 10 = H8. Sub-rows 财政专户管理资金 and 单位资金 are 0 ÷ 0 shown 0.00%: accepted, not scored ('/' in 权重 and 得分). 其他资金 is blank.",
      "Only one 原因 cell exists (merged I8:K12, value in I8), so the adjustment on the 其中：财政资金 row (0 → 3.36) points at the same cell; one finding is expected there, not two.",
      "B7 '年度预算数（万元）' is the row-label column's header, not the budget column (调整后预算数 in D7): a binder that takes it for the budget column binds wrongly.",
      "funds-breakdown: 总额 = 财政资金 + 财政专户 + 单位资金 + 其他资金 → 0 = 0, 3.36 = 3.36, 3.36 = 3.36.",
      "Indicators all met, scored in full (95 ÷ 90 = 1.056, no over-target); weights 40 + 30 + 20 = 90 (绩效指标（90分）) + 10 = 100 = I17; 合计 得分 J17 = 10 + 90 = 100 → no total-score. Recommended 100.00, grade 优.",
      "The tail '无' cells are not reason cells and trigger nothing.",
    ].join(" "),
  },
};
