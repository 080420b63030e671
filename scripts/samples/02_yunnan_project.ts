// Real table r4 (云南 丽江 古城区 2020, mirror http://m.jjiadianqingjie.com.cn/changyong/13241.html):
// 2020年省级自然资源卫片执法补助经费, the 2020年度项目支出绩效自评表 as published, with its TWO-ROW
// indicator header: 绩效指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施 over
// 一级指标 / 二级指标 / 三级指标 / 指标性质 / 指标值 / 度量单位, 实际完成值 … 偏差原因 merged down over
// both rows. The mirror renders traditional characters; the published original is simplified, as
// here. The page ends inside the 满意度 row, before its 得分 and before any 总分 row: the table
// stops there too, as published.
import { TWO } from "./layouts";
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const yunnanProject: WorkbookSpec = {
  file: "02_yunnan_project.xlsx",
  dir: "test/fixtures",
  source: "real table r4 (云南 丽江 古城区 2020), two-row indicator header as published; ends inside the 满意度 row",
  sheets: [
    {
      name: SHEET,
      widths: [10, 14, 18, 8, 9, 8, 10, 8, 8, 24],
      titleRows: [1],
      rows: [
        /* 1 */ ["2020年度项目支出绩效自评表"],
        /* 2 */ ["项目名称", null, "2020年省级自然资源卫片执法补助经费支出绩效自评表"],
        /* 3 */ ["主管部门", null, "丽江市自然资源和规划局", null, null, null, "实施单位", null, "丽江市古城区自然资源局"],
        /* 4 */ ["项目资金\n（万元）", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        /* 5 */ [null, "年度资金总额", null, 7.29, 7.29, 7.29, { v: 10, fmt: TWO }, { v: 1, fmt: "0%" }, { v: 10, fmt: TWO }],
        /* 6 */ [null, "其中：当年财政拨款", null, 7.29, 7.29, 7.29, null, { v: 1, fmt: "0%" }, null],
        /* 7 */ [null, "上年结转资金"],
        /* 8 */ [null, "其他资金"],
        /* 9 */ ["年度\n总体\n目标", "预期目标", null, null, null, null, "实际完成情况"],
        /* 10 */ [null, "自然资源卫片执法补助经费", null, null, null, null, "自然资源卫片执法补助经费"],
        /* 11 */ ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        /* 12 */ ["一级\n指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        /* 13 */ ["产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, { v: 10, fmt: TWO }, { v: 9, fmt: TWO }, null],
        /* 14 */ [null, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19, null],
        /* 15 */ [null, "时效指标", "项目完成及时率", "﹦", 100, "%", 100, { v: 20, fmt: TWO }, { v: 19, fmt: TWO }, null],
        /* 16 */ ["效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, { v: 30, fmt: TWO }, { v: 27, fmt: TWO }, null],
        /* 17 */ ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, { v: 10, fmt: TWO }, null, null],
      ],
      merges: [
        "A1:J1",
        "A2:B2",
        "C2:J2",
        "A3:B3",
        "C3:F3",
        "G3:H3",
        "I3:J3",
        "A4:A8",
        "B4:C4",
        "I4:J4",
        ...[5, 6, 7, 8].map((r) => `B${r}:C${r}`),
        ...[5, 6, 7, 8].map((r) => `I${r}:J${r}`),
        "A9:A10",
        "B9:F9",
        "G9:J9",
        "B10:F10",
        "G10:J10",
        "A11:C11",
        "D11:F11",
        "G11:G12",
        "H11:H12",
        "I11:I12",
        "J11:J12",
        "A13:A15",
      ],
      tables: ["A2:J17"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "84", recommended: "100.00", grade: "优" } }],
    skippedSheets: [],
    findings: [
      ...(["J13", "J14", "J15", "J16"] as const).map((cell) => ({
        rule: "reason-required",
        severity: "error" as const,
        sheet: SHEET,
        cell,
        why: "得分 below 分值 and the 偏差原因分析及改进措施 cell is empty.",
      })),
      { rule: "met-but-deducted", severity: "warning", sheet: SHEET, cell: "I13", why: "﹦ 72890 元, actual 72890: '=' with A > 0 reads as ≥ and is met; scored 9.00 of 10.00." },
      { rule: "met-but-deducted", severity: "warning", sheet: SHEET, cell: "I14", why: "﹦ 100 %, actual 100: met; scored 19 of 20." },
      { rule: "met-but-deducted", severity: "warning", sheet: SHEET, cell: "I15", why: "﹦ 100 %, actual 100: met; scored 19.00 of 20.00." },
      { rule: "met-but-deducted", severity: "warning", sheet: SHEET, cell: "I16", why: "≥ 95 %, actual 95: met; scored 27.00 of 30.00." },
    ],
    infosComplete: true,
    notes: [
      "The header is two rows (11–12): 绩效指标 (A11:C11) and 年度指标值 (D11:F11) merged across, 实际完成值 / 分值 / 得分 / 偏差原因 merged down; the binder reads 一级/二级/三级/指标性质/指标值/度量单位 from row 12 and the rest from row 11.",
      "Every target is met exactly, so each ŝ = w; the gap between s and w is owned by met-but-deducted (warning at the score) and the empty reason by reason-required (error at the reason).",
      "'﹦' is U+FE66 and must normalise to '='; the bare actual values take the row's unit from 度量单位.",
      "Funds: 7.29 = 7.29 (其中 row) in every column; 执行率 7.29 ÷ 7.29 = 100% (H5 = 1, 0%) is correct; ŝ = 10 = 10.00 entered.",
      "The page ends inside the 满意度 row: its 得分 (I17) is blank, so the checked copy fills it with ŝ = 10 (met), and there is no 总分 row, so no total or weight-total check. Weights 10 + 20 + 20 + 30 + 10 = 90 + budget 10 = 100.",
      "Entered total: the scores present, 10 + 9 + 19 + 19 + 27 = 84. Recommended 10 + 10 + 20 + 20 + 30 + 10 = 100.00, grade 优.",
    ].join(" "),
  },
};
