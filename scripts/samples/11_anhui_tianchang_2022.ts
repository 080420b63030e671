// Real table r7 (安徽 滁州 天长市水利局, 水旱灾害防御经费 项目支出绩效自评表 2022; page
// “天长市水利局水旱灾害防御股项目支出绩效自评”, 发布时间 2023-12-05; the stored copy of the page
// carries no address). The 财预〔2020〕10号 grid as published, with what differs from the form:
// - the side labels are 年度总体目标完成情况 and 年度绩效指标完成情况 (not 年度总体目标 / 绩效指标);
// - the 产出 and 效益 一级 cells show only their weight, `(50分)` and `(30分)`, after empty lines
//   (the name did not survive on the page); 满意度指标 (10分) is whole;
// - every name is prefixed 指标1: / 指标2:, and the official placeholder rows 指标2: and …… stay in;
// - six rows carry their goal in the name (指标1:年度资金支付完成率100%) and leave 年度指标值 and
//   实际完成值 empty; the 生态效益 row is `指标1:/` with `/` in both value cells;
// - 主管部门 is empty; the 年度资金总额 row shows 880 / 880 / 880, 分值 10, 得分 10 with 执行率
//   empty (five figures for six cells; the empty one is placed under 执行率, where the form's
//   其中 rows also leave it empty); the 其中 rows show `-` under 分值 and 得分.
// The page runs the cells together; the columns are restored from the header order. The stored copy
// ends inside the 注 (“…预算资金执行率10分。如有”); so does the sheet.
import { TEN_HEAD_MERGES } from "./layouts";
import type { CellSpec, WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

/** A 二级 block: its first indicator, then the form's 指标2: and …… rows. */
function block(level1: string | null, level2: string, first: CellSpec[]): CellSpec[][] {
  return [
    [null, level1, level2, ...first],
    [null, null, null, "指标2:"],
    [null, null, null, "……"],
  ];
}

const rows: CellSpec[][] = [
  /* 1 */ ["项目支出绩效自评表"],
  /* 2 */ ["(2022年度)"],
  /* 3 */ ["项目名称", null, "水旱灾害防御经费"],
  /* 4 */ ["主管部门", null, null, null, null, "实施单位", null, "天长市水利局"],
  /* 5 */ ["项目资金\n(万元)", null, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
  /* 6 */ [null, "年度资金总额:", 880, 880, 880, 10, null, 10],
  /* 7 */ [null, " 其中:本年财政拨款", 880, 880, 880, "-", null, "-"],
  /* 8 */ [null, "    上年结转资金", null, null, null, "-", null, "-"],
  /* 9 */ [null, "       其他资金", null, null, null, "-", null, "-"],
  /* 10 */ ["年度总体目标完成情况", "预期目标", null, null, null, "实际完成情况"],
  /* 11 */ [null, "完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。", null, null, null, "完成年度目标。"],
  /* 12 */ ["年度绩效指标完成情况", "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  /* 13 */ [null, "\n\n\n\n(50分)", "数量指标", "指标1:完成中型灌区节水改造项目数量", 1, 1, 10, 10],
  /* 14 */ [null, null, null, "指标2:完成农业综合水价改革项目", 1, 1, 10, 10],
  /* 15 */ [null, null, null, "……"],
  ...block(null, "质量指标", ["指标1:工程质量合格", null, null, 10, 10]),
  ...block(null, "时效指标", ["指标1:年度资金支付完成率100%", null, null, 10, 10]),
  ...block(null, "成本指标", ["指标1:资金执行在预算范围内", null, null, 10, 10]),
  ...block("\n\n\n\n(30分)", "经济效益\n指标", ["指标1:全市安全度汛", null, null, 10, 10]),
  ...block(null, "社会效益\n指标", ["指标1:保护全市人口财产不受损失", null, null, 10, 10]),
  ...block(null, "生态效益\n指标", ["指标1:/", "/", "/"]),
  ...block(null, "可持续影\n响指标", ["指标1:已建工程良性运行", null, null, 10, 10]),
  /* 37 */ [null, "满意度指标\n(10分)", "服务对象\n满意度指标", "指标1:服务对象满意度", "90%", "100%", 10, 10],
  /* 38 */ [null, null, null, "指标2:"],
  /* 39 */ [null, null, null, "……"],
  /* 40 */ ["总分", null, null, null, null, null, 100, 100],
  /* 41 */ ["注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。如有"],
];

export const anhuiTianchang2022: WorkbookSpec = {
  file: "11_anhui_tianchang_2022.xlsx",
  dir: "test/fixtures",
  source: "real table r7 (安徽 天长市水利局 水旱灾害防御经费 项目支出绩效自评表 2022), as published; ends inside the 注",
  sheets: [
    {
      name: SHEET,
      widths: [10, 12, 12, 30, 12, 12, 8, 8, 22],
      titleRows: [1],
      subtitleRows: [2],
      rows,
      merges: [
        ...TEN_HEAD_MERGES,
        "A12:A39",
        "B13:B24",
        "C13:C15",
        "C16:C18",
        "C19:C21",
        "C22:C24",
        "B25:B36",
        "C25:C27",
        "C28:C30",
        "C31:C33",
        "C34:C36",
        "B37:B39",
        "C37:C39",
        "A40:F40",
        "A41:I41",
      ],
      tables: ["A3:I40"],
      left: ["B6:B9", "B11:I11", "D13:D39", "A41:I41"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "100", recommended: "100.00", grade: "优" } }],
    skippedSheets: [],
    findings: (
      [
        ["E16", "工程质量合格"],
        ["E19", "年度资金支付完成率100%"],
        ["E22", "资金执行在预算范围内"],
        ["E25", "全市安全度汛"],
        ["E28", "保护全市人口财产不受损失"],
        ["E34", "已建工程良性运行"],
      ] as const
    ).map(([cell, name]) => ({
      rule: "scored-without-values",
      severity: "error" as const,
      sheet: SHEET,
      cell,
      why: `“${name}” has 分值 10 and 得分 10 but 年度指标值 and 实际完成值 are both empty (the goal is written into the name).`,
    })),
    infosComplete: true,
    notes: [
      "Funds 880 / 880 = 100.00% (the empty 执行率 G6 is recalculated and written, not reported); budget 得分 10 = min(100%, 1) × 10: right; 其中 880 = 年度资金总额 880.",
      "Weights: 产出 10 + 10 + 10 + 10 + 10 = 50 = (50分); 效益 10 + 10 + 10 = 30 = (30分) (the 生态效益 row 指标1:/ with / / is unused and not an indicator); 满意度 10 = (10分); 10 + 90 = 100 = 总分 分值; the 注's 50 / 30 / 10 / 10 agrees.",
      "Scores: 1 → 1 (twice) and 90% → 100% are met, ŝ 10 each; the six rows without values keep their entered 10. Recommended 10 + 90 = 100.00 = entered 100, 优.",
    ].join(" "),
  },
};
