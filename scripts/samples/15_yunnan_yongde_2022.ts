// Real table r11 (云南 临沧 永德县明朗中学, 义务教育营养改善计划专项资金, 2022年度项目支出绩效自评表,
// 部门决算 公开14表, https://www.yongde.gov.cn/info/3003/116104.htm). The 云南 project form of fixture 02
// (two-row indicator header with 指标性质 / 指标值 / 度量单位), published by a school, with what differs:
// - the money in 元, not 万元 (项目资金(元), 387664.62); the 年初预算数 cells are empty;
// - a head row “部门:临沧市永德县明朗中学 … 公开14表” above the form;
// - the comparators as the page prints them: ≧ (U+2267) and ═ (U+2550, a box-drawing double bar used
//   as “=”), and one qualitative row (减轻贫困学生家庭经济负担, 有效 → 有效) with no 指标性质;
// - an empty printed row (生态效益指标); two 满意度 rows under 服务对象满意度指标等;
// - the total in the LAST row together with the notes: 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优 —
//   the grade typed beside the total.
// The page renders the table as runs of cells and drops some empty ones; the columns are restored
// from the header order. In the funds rows the page shows two figures per money row (全年预算数 and
// 全年执行数; 年初预算数 empty) and dashes where the form prints “—” (分值 and 得分 of the 其中 rows,
// every cell of 其他资金), as here.
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const yunnanYongde2022: WorkbookSpec = {
  file: "15_yunnan_yongde_2022.xlsx",
  dir: "test/fixtures",
  source: "real table r11 (云南 永德县明朗中学 2022 项目支出绩效自评表, 公开14表), money in 元, 总分 and grade in the notes row, as published",
  sheets: [
    {
      name: SHEET,
      widths: [10, 14, 20, 8, 9, 8, 10, 8, 8, 24],
      titleRows: [1],
      rows: [
        /* 1 */ ["2022年度项目支出绩效自评表"],
        /* 2 */ ["部门:临沧市永德县明朗中学", null, null, null, null, null, null, null, null, "公开14表"],
        /* 3 */ ["项目名称", null, "义务教育营养改善计划专项资金"],
        /* 4 */ ["主管部门", null, "永德县教育体育局", null, null, null, "实施单位", null, "永德县明朗中学"],
        /* 5 */ ["项目资金\n(元)", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        /* 6 */ [null, "年度资金总额", null, null, 387664.62, 387664.62, 10, { v: 1, fmt: "0%" }, 10],
        /* 7 */ [null, "其中:当年财政\n拨款", null, null, 387664.62, 387664.62, "—", null, "—"],
        /* 8 */ [null, "上年结转\n资金", null, null, null, null, "—", null, "—"],
        /* 9 */ [null, "其他资金", null, "—", "—", "—", "—", null, "—"],
        /* 10 */ ["年度\n总体\n目标", "预期目标", null, null, null, null, "实际完成情况"],
        /* 11 */ [null, "确保每一个学生都能享受到国家政策福利,改善学生体质", null, null, null, null, "确保每一个学生都能享受到国家政策福利,改善学生体质"],
        /* 12 */ ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        /* 13 */ ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        /* 14 */ ["产出指标", "数量指标", "学生受资助人数", "≧", 735, "人次", 735, 10, 10, null],
        /* 15 */ [null, "质量指标", "营养改善计划覆盖率", "≧", 100, "%", "100%", 10, 10, null],
        /* 16 */ [null, "时效指标", "资金到位及时率", "≧", 100, "%", "100%", 10, 7, null],
        /* 17 */ [null, "成本指标", "生均补助标准达标率", "═", 100, "%", "100%", 10, 10, null],
        /* 18 */ ["效益指标", "经济效益\n指标", "减轻贫困学生家庭经济负担", null, "有效", null, "有效", 10, 10, null],
        /* 19 */ [null, "社会效益\n指标", "政策知晓率", "═", 100, "%", "98%", 10, 9, null],
        /* 20 */ [null, "生态效益\n指标"],
        /* 21 */ [null, "可持续影响\n指标", "促进学校教育事业健康发展", "≧", 100, "%", "100%", 10, 10, null],
        /* 22 */ ["满意度指标", "服务对象满意度指标等", "学生满意度", "≧", 95, "%", "100%", 10, 10, null],
        /* 23 */ [null, null, "家长满意度", "≧", 95, "%", "100%", 10, 10, null],
        /* 24 */ ["其他需要说明事项", null, "无", null, null, null, "总分", 100, 96, "优"],
      ],
      merges: [
        "A1:J1",
        "A2:I2",
        "A3:B3",
        "C3:J3",
        "A4:B4",
        "C4:F4",
        "G4:H4",
        "I4:J4",
        "A5:A9",
        "B5:C5",
        "I5:J5",
        ...[6, 7, 8, 9].map((r) => `B${r}:C${r}`),
        ...[6, 7, 8, 9].map((r) => `I${r}:J${r}`),
        "A10:A11",
        "B10:F10",
        "G10:J10",
        "B11:F11",
        "G11:J11",
        "A12:C12",
        "D12:F12",
        "G12:G13",
        "H12:H13",
        "I12:I13",
        "J12:J13",
        "A14:A17",
        "A18:A21",
        "A22:A23",
        "B22:B23",
        "A24:B24",
        "C24:F24",
      ],
      tables: ["A3:J24"],
      left: ["A2:A2"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "96", recommended: "99.80", grade: "优" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "J16",
        why: "资金到位及时率: target ≧100%, actual 100% — met — yet 得分 7 of 分值 10, and the 偏差原因 cell is empty: one problem, one finding at the reason cell (write why 3 points were taken, or raise the score to 10, the suggestion); met-but-deducted I16 is kept as its detail.",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "J19",
        why: "政策知晓率: target ═100% (═ read as =, which with A > 0 scores as ≥), actual 98% — missed — and 得分 9 < 分值 10 with the 偏差原因 cell empty.",
      },
      {
        rule: "indicator-score",
        severity: "warning",
        sheet: SHEET,
        cell: "I19",
        why: "ŝ = 98 ÷ 100 × 10 = 9.80; the entered 9 is not 9.80 rounded half up at its precision (that would be 10), so a mismatch, not rounding.",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one project table: funds header row 5 (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), total row 6, indicator header rows 12–13 (two rows, as fixture 02), indicators rows 14–23, and the 总分 in row 24: the label 总分 stands in G24 (the 实际完成值 column) after 其他需要说明事项 | 无, with its 分值 100 in H24 and 得分 96 in I24. The typed grade 优 (J24) agrees with the recommended total's (99.80 → 优): grade-entered is silent.",
      "Funds in 元: 387664.62 ÷ 387664.62 = 100% (H6 = 1, 0%) is right and the budget 得分 10 = 100% × 10; the empty 年初预算数 cells and the — marks of the 其中 rows are not findings.",
      "Weights 10 (budget) + 9 × 10 = 100 = the 总分 分值. Entered total 10 + 10 + 10 + 7 + 10 + 10 + 9 + 10 + 10 + 10 = 96 = I24: no total-score finding.",
      "减轻贫困学生家庭经济负担 有效 → 有效 is a band-1 qualitative result scored 10 of 10: nothing. 生均补助标准达标率 ═100 → 100% met. The empty 生态效益指标 row is no indicator.",
      "Recommended 10 + 10 + 10 + 10 (资金到位及时率 met → 10) + 10 + 10 + 9.80 + 10 + 10 + 10 = 99.80, grade 优 (checked with decimal.js).",
    ].join(" "),
  },
};
