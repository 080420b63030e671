// A 部门（单位）整体支出绩效自评表 (seed 附件3 layout, Hunan 一级 产出/效益/满意度/成本) for a made-up unit,
// with every number typed as text: thousands separators "1,234.50", full-width digits
// "１２０９．８１", full-width percent "１００％", percent text "98.99%", weights and scores as text.
// It must bind and check exactly like numbers. One deliberate error: the 执行率 (98.99% typed; the
// right value is 1209.81 ÷ 1234.50 = 98.00%).
import type { WorkbookSpec } from "./types";

const SHEET = "整体支出绩效自评表";

export const textNumbers: WorkbookSpec = {
  file: "text_numbers.xlsx",
  dir: "test/fixtures",
  source: "constructed (seed 附件3 layout, fictional 示例区 unit), numbers typed as text; one execution-rate error",
  sheets: [
    {
      name: SHEET,
      widths: [8, 15, 16, 20, 12, 12, 10, 8, 30],
      titleRows: [1],
      rows: [
        /* 1 */ ["2023年度部门（单位）整体支出绩效自评表"],
        /* 2 */ ["部门（单位）名称", null, null, "示例区统计局"],
        /* 3 */ ["年度预\n算申请\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        /* 4 */ [null, "年度资金总额", "1,200.00", "1,234.50", "１２０９．８１", "10", "98.99%", "9.80", null],
        /* 5 */ [null, "按收入性质分：1,234.50", null, null, null, "按支出性质分：１２３４．５０"],
        /* 6 */ [null, "其中：一般公共预算：1,234.50", null, null, null, "其中：基本支出：４３４．５０"],
        /* 7 */ [null, "政府性基金拨款：", null, null, null, "项目支出：800.00"],
        /* 8 */ [null, "纳入专户管理的非税收入拨款：", null, null, null, null],
        /* 9 */ [null, "其他资金：", null, null, null, null],
        /* 10 */ ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
        /* 11 */ [null, "按时完成各项统计调查任务，及时发布统计信息，提高统计数据质量。", null, null, null, "完成统计调查项目13项，发布统计信息55篇，数据差错率0.5%。"],
        /* 12 */ ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        /* 13 */ [null, "产出指标(40分)", "数量指标", "完成统计调查项目", "≥１２项", "１３项", "10", "10", null],
        /* 14 */ [null, null, null, "发布统计信息", "50篇", "５５篇", "10", "10", null],
        /* 15 */ [null, null, "质量指标", "数据差错率", "≤1%", "0.5%", "10", "10", null],
        /* 16 */ [null, null, "时效指标", "统计报表按时报送率", "100%", "１００％", "10", "10", null],
        /* 17 */ [null, "效益指标（20分）", "社会效益指标", "统计服务覆盖单位", "1,200家", "1,236家", "20", "20", null],
        /* 18 */ [null, "满意度指标（10分）", "服务对象满意度指标", "满意度", "90%", "95.50%", "10", "10", null],
        /* 19 */ [null, "成本指标（20分）", "经济成本指标", "基本支出预算成本", "434.50", "４３０．２０", "20", "20", null],
        /* 20 */ ["总分", null, null, null, null, null, "100", "99.8", null],
      ],
      merges: [
        "A1:I1",
        "A2:C2",
        "D2:I2",
        "A3:A9",
        "H3:I3",
        "H4:I4",
        ...[5, 6, 7, 8, 9].flatMap((r) => [`B${r}:E${r}`, `F${r}:I${r}`]),
        "A10:A11",
        "B10:E10",
        "F10:I10",
        "B11:E11",
        "F11:I11",
        "A12:A19",
        "B13:B16",
        "C13:C14",
        "A20:F20",
      ],
      tables: ["A2:I20"],
      left: ["B5:I9", "B11:I11", "I13:I19"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "dept-eval", score: { entered: "99.8", recommended: "99.80", grade: "优" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "execution-rate",
        severity: "error",
        sheet: SHEET,
        cell: "G4",
        why: "执行率 = 全年执行数 １２０９．８１ ÷ 全年预算数 1,234.50 = 0.98 exactly → 98.00%; the cell holds the text '98.99%' (2 decimals, ±0.005 points) → mismatch.",
      },
    ],
    infosComplete: true,
    notes: [
      "Every numeric cell is a text cell. Expected readings: C4 '1,200.00' → 1200; D4 '1,234.50' → 1234.5; E4 '１２０９．８１' → 1209.81; F4 '10'; G4 '98.99%' → 0.9899; H4 '9.80' → 9.8; '１００％' → 100%; '≥１２项' → ≥ 12 项; '1,236家' → 1236 家; '４３０．２０' → 430.2.",
      "Budget: the score is checked against the recomputed rate: ŝ = 0.98 × 10 = 9.80 = H4, so execution-score reports nothing (the wrong rate is owned by execution-rate). The rule would report a warning only if it used the typed 98.99% (9.899 vs 9.80).",
      "funds-breakdown: 按收入性质 1,234.50 = 按支出性质 １２３４．５０ = 全年预算数 1,234.50; 基本 ４３４．５０ + 项目 800.00 = 1234.50; 一般公共预算 1,234.50 → fine. 全年 ≠ 年初 but dept-eval has no 原因 cell.",
      "Indicators, all met and scored in full: 13 ÷ 12 = 1.083; 55 ÷ 50 = 1.1; 数据差错率 ≤1% → 0.5% met; 100% → 100% met; 1236 ÷ 1200 = 1.03; 95.5 ÷ 90 = 1.061; 成本 (no comparator, cost → ≤) 430.20 ≤ 434.50 met. No ratio reaches 1.2.",
      "Weights 40 + 20 + 10 + 20 = 90 + 10 = 100 = G20; each 一级 (xx分) matches. Total '99.8' = 9.8 + 90 → no total-score. Recommended 99.80, grade 优.",
    ].join(" "),
  },
};
