// Example 02 (reference/examples/02_yunnan_lijiang_gucheng_2020_project.txt): 丽江市古城区自然资源局
// 2020年省级自然资源卫片执法补助经费, Yunnan variant with 年度指标值 split into 指标性质 | 指标值 | 度量单位
// and the full-width "﹦" (U+FE66) comparator. The excerpt stops before the 满意度 得分; it is completed
// with 9.00, following the 10% cut on every other row, and a 总分 row is added.
import { TWO } from "./layouts";
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const yunnanProject: WorkbookSpec = {
  file: "02_yunnan_project.xlsx",
  dir: "test/fixtures",
  source: "reference example 02 (云南 丽江 古城区 2020, split 指标性质/指标值/度量单位 columns); 满意度 得分 and 总分 row completed",
  sheets: [
    {
      name: SHEET,
      widths: [8, 12, 16, 18, 8, 9, 8, 10, 8, 8, 22],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["项目支出绩效自评表"],
        /* 2 */ ["（2020年度）"],
        /* 3 */ ["项目名称", null, "2020年省级自然资源卫片执法补助经费支出绩效自评表"],
        /* 4 */ ["主管部门", null, "丽江市自然资源和规划局", null, null, null, "实施单位", null, "丽江市古城区自然资源局"],
        /* 5 */ ["项目资金\n（万元）", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null, null],
        /* 6 */ [null, "年度资金总额", null, 7.29, 7.29, 7.29, { v: 10, fmt: TWO }, { v: 1, fmt: "0%" }, { v: 10, fmt: TWO }, null, null],
        /* 7 */ [null, "其中：当年财政拨款", null, 7.29, 7.29, 7.29, null, { v: 1, fmt: "0%" }, null, null, null],
        /* 8 */ [null, "上年结转资金", null, null, null, null, null, null, null, null, null],
        /* 9 */ [null, "其他资金", null, null, null, null, null, null, null, null, null],
        /* 10 */ ["年度总体目标", null, "预期目标：自然资源卫片执法补助经费", null, null, null, "实际完成情况：自然资源卫片执法补助经费"],
        /* 11 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        /* 12 */ [null, "产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, { v: 10, fmt: TWO }, { v: 9, fmt: TWO }, null],
        /* 13 */ [null, null, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19, null],
        /* 14 */ [null, null, "时效指标", "项目完成及时率", "﹦", 100, "%", 100, { v: 20, fmt: TWO }, { v: 19, fmt: TWO }, null],
        /* 15 */ [null, "效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, { v: 30, fmt: TWO }, { v: 27, fmt: TWO }, null],
        /* 16 */ [null, "满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, { v: 10, fmt: TWO }, { v: 9, fmt: TWO }, null],
        /* 17 */ ["总分", null, null, null, null, null, null, null, 100, 93, null],
      ],
      merges: [
        "A1:K1",
        "A2:K2",
        "A3:B3",
        "C3:K3",
        "A4:B4",
        "C4:F4",
        "G4:H4",
        "I4:K4",
        "A5:A9",
        "B5:C5",
        ...[5, 6, 7, 8, 9].map((r) => `I${r}:K${r}`),
        ...[6, 7, 8, 9].map((r) => `B${r}:C${r}`),
        "A10:B10",
        "C10:F10",
        "G10:K10",
        "A11:A16",
        "B12:B14",
        "A17:H17",
      ],
      tables: ["A3:K17"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "93", recommended: "100.00", grade: "优" } }],
    skippedSheets: [],
    findings: [
      ...(["K12", "K13", "K14", "K15", "K16"] as const).map((cell) => ({
        rule: "reason-required",
        severity: "error" as const,
        sheet: SHEET,
        cell,
        why: "得分 below 分值 and the 偏差原因分析及改进措施 cell is empty.",
      })),
      {
        rule: "met-but-deducted",
        severity: "warning",
        sheet: SHEET,
        cell: "J12",
        why: "﹦ 72890 元, actual 72890: '=' with A > 0 reads as ≥ and is met; scored 9.00 of 10.00.",
      },
      {
        rule: "met-but-deducted",
        severity: "warning",
        sheet: SHEET,
        cell: "J13",
        why: "﹦ 100 %, actual 100: met; scored 19 of 20.",
      },
      {
        rule: "met-but-deducted",
        severity: "warning",
        sheet: SHEET,
        cell: "J14",
        why: "﹦ 100 %, actual 100: met; scored 19.00 of 20.00.",
      },
      {
        rule: "met-but-deducted",
        severity: "warning",
        sheet: SHEET,
        cell: "J15",
        why: "≥ 95 %, actual 95: met; scored 27.00 of 30.00.",
      },
      {
        rule: "met-but-deducted",
        severity: "warning",
        sheet: SHEET,
        cell: "J16",
        why: "≥ 95 %, actual 95: met; scored 9.00 of 10.00 (completed row).",
      },
    ],
    infosComplete: true,
    notes: [
      "Completed: the 满意度 得分 (J16, 9.00) continues the published 10% cut; the 总分 row (I17 100, J17 93 = 10 + 9 + 19 + 19 + 27 + 9) is added.",
      "Every target is met exactly, so each ŝ = w; the gap between s and w is owned by met-but-deducted (warning at the score) and the empty reason by reason-required (error at the reason); indicator-score does not report the same rows again (as for the seed's 满意度 row, SPEC §5).",
      "The comparator sits in the 指标性质 column (E) and the unit in 度量单位 (G); the bare actual values take the row's unit. '﹦' is U+FE66 and must normalise to '='.",
      "Funds: 7.29 = 7.29 (其中 row) in every column → no funds-breakdown; 执行率 7.29 ÷ 7.29 = 100% (H6 = 1, format 0%) → correct; ŝ = 10 = 10.00 entered.",
      "一级 labels carry no (xx分), so group-weight has nothing to check; weights 10 + 20 + 20 + 30 + 10 = 90 + budget 10 = 100 = I17.",
      "Total: entered 93 adds up (no total-score). Recommended 10 + 10 + 20 + 20 + 30 + 10 = 100.00, grade 优.",
      "No over-target: every B ÷ A = 1.",
    ].join(" "),
  },
};
