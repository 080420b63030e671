// Real table r3 (河北 廊坊市食品工程学校, 附件1 项目支出绩效自评表 2019, published at
// http://www.lfsp.cn/newsinfo/1158053.html): the 财预 10号 grid as published — labels broken over
// lines (年初\n预算数, 年度\n指标值), indicator names prefixed 指标1 / 指标2, the official placeholder
// rows `指标2` and `……` left in, a second 效益指标 cell for 可持续影响指标, the subtitle printed as
// "2019年度)", and 年度总体目标 holding numbers instead of goal text. The page ends in the 满意度
// 指标2 row (no 总分 row visible); the sheet ends there too.
import type { CellSpec, WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

/** One 二级 block: its indicators, then the placeholder rows the form leaves. */
function block(level1: string | null, level2: string, rows: CellSpec[][]): CellSpec[][] {
  return rows.map((r, i) => [i === 0 ? level1 : null, i === 0 ? level2 : null, ...r]);
}

const rows: CellSpec[][] = [
  /* 1 */ ["附件1"],
  /* 2 */ ["项目支出绩效自评表"],
  /* 3 */ ["2019年度)"],
  /* 4 */ ["项目名称", null, "办公宿舍楼、食堂及餐厅暖通改造经费"],
  /* 5 */ ["主管部门", null, "廊坊市发改委", null, null, "实施单位", null, "廊坊市食品工程学校"],
  /* 6 */ ["项目资金\n(万元)", null, "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"],
  /* 7 */ [null, "年度资金总额", 43.2, 43.2, 37.24, 10, { v: 0.86, fmt: "0%" }, 9],
  /* 8 */ [null, "其中:当年财政拨款", 43.2, 43.2, 37.24, " "],
  /* 9 */ [null, "      上年结转资金", " ", " ", " ", " "],
  /* 10 */ [null, "  其他资金", " ", " ", " ", " "],
  /* 11 */ ["年度总体目标", "预期目标", null, null, "实际完成情况"],
  /* 12 */ [null, 43.2, null, null, 37.24],
  /* 13 */ ["一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ...block("产出指标", "数量指标", [
    ["指标1工程资金金额", 43.2, 37.24, 10, 9, "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"],
    ["指标2", " ", " ", " ", " ", " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block(null, "质量指标", [
    ["指标1工程完工率", 100, 100, 10, 10, " "],
    ["指标2工程验收合格率", 100, 100, 10, 10, " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block(null, "时效指标", [
    ["指标1项目完成及时率", 100, 100, 10, 10, " "],
    ["指标2", " ", " ", " ", " ", " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block(null, "成本指标", [
    ["指标1成本控制率", 100, 100, 10, 10, " "],
    ["指标2", " ", " ", " ", " ", " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block("效益指标", "经济效益\n指标", [
    ["指标1安全率", 100, 100, 10, 10, 0],
    ["指标2", " ", " ", " ", " ", " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block(null, "社会效益\n指标", [
    ["指标1学校发展能力", 100, 100, 10, 10, 0],
    ["指标2", " ", " ", " ", " ", " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block(null, "生态效益\n指标", [
    ["指标1", " ", " ", " ", " ", " "],
    ["指标2", " ", " ", " ", " ", " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block("效益指标", "可持续影响\n指标", [
    ["指标1长期使用性", 100, 100, 10, 10, " "],
    ["指标2", " ", " ", " ", " ", " "],
    ["……", " ", " ", " ", " ", " "],
  ]),
  ...block("满意度\n指标", "服务对象满意度指标", [
    ["指标1学生满意度", 100, 100, 10, 10, 0],
    ["指标2", " ", " ", " ", " "],
  ]),
];

export const hebeiProject2019: WorkbookSpec = {
  file: "08_hebei_project_2019.xlsx",
  dir: "test/fixtures",
  source: "real table r3 (河北 廊坊 项目支出绩效自评表 2019), as published; ends in the 满意度 指标2 row",
  sheets: [
    {
      name: SHEET,
      widths: [10, 12, 22, 10, 10, 8, 8, 36],
      titleRows: [2],
      subtitleRows: [3],
      rows,
      merges: [
        "A2:H2",
        "A3:H3",
        "A4:B4",
        "C4:H4",
        "A5:B5",
        "C5:E5",
        "F5:G5",
        "A6:A10",
        "A11:A12",
        "B11:D11",
        "E11:H11",
        "B12:D12",
        "E12:H12",
        "A14:A25",
        "B14:B16",
        "B17:B19",
        "B20:B22",
        "B23:B25",
        "A26:A34",
        "B26:B28",
        "B29:B31",
        "B32:B34",
        "A35:A37",
        "B35:B37",
        "A38:A39",
        "B38:B39",
      ],
      tables: ["A4:H39"],
      left: ["H14:H39"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "98", recommended: "97.24", grade: "优" } }],
    skippedSheets: [],
    findings: [
      { rule: "execution-score", severity: "info", sheet: SHEET, cell: "H7", why: "37.24 ÷ 43.2 = 86.2037%; ŝ = 8.62; 9 entered as an integer is 8.62 rounded (±0.5)." },
      { rule: "indicator-score", severity: "info", sheet: SHEET, cell: "G14", why: "工程资金金额 43.2 → 37.24 (≥ by default): ŝ = 37.24 ÷ 43.2 × 10 = 8.62; 9 is its integer rounding; the reason is given." },
      { rule: "goal-text", severity: "warning", sheet: SHEET, cell: "B12", why: "年度总体目标's 预期目标 holds the number 43.2 (the budget), not the goal." },
      { rule: "goal-text", severity: "warning", sheet: SHEET, cell: "E12", why: "实际完成情况 holds the number 37.24 (the spending), not what was achieved." },
    ],
    infosComplete: false,
    notes: [
      "执行率 entered 86% (0.86, 0%) is 86.20% at the precision entered (±0.5%): rounding, not a mismatch.",
      "Placeholder rows 指标2 / …… (and 生态效益's bare 指标1) are not indicators and do not block the recommended total.",
      "Weights 10 (budget) + 9 × 10 = 100; no 总分 row is visible, so no total-score or weight-total check.",
      "Entered: 9 + 9 + 8 × 10 = 98. Recommended: 8.62 + 8.62 + 80 = 97.24, 优. execution-reason needs a 原因 cell, which this form lacks.",
    ].join(" "),
  },
};
