// One workbook, three sheets: a 说明 sheet of notes (no template: skipped) and two 项目支出绩效自评表
// (10号 layout) for made-up projects. 项目1 is correct; 项目2 has one deliberate error, a 总分 that does
// not add up (99.2 entered, 98.2 by its own scores).
import { TEN_HEAD_MERGES } from "./layouts";
import type { SheetSpec, WorkbookSpec } from "./types";

const MERGES = (indicatorRows: number, groups: string[]): string[] => {
  const last = 12 + indicatorRows;
  return [
    ...TEN_HEAD_MERGES,
    `A12:A${last}`,
    ...groups,
    `A${last + 1}:F${last + 1}`,
  ];
};

const notes: SheetSpec = {
  name: "说明",
  widths: [80],
  rows: [
    ["填报说明"],
    ["1. 本工作簿收录两个项目的年度自评数据，分别见工作表“项目1”“项目2”。"],
    ["2. 金额单位：万元；比例保留两位小数。"],
    ["3. 本页为说明，不需填报。"],
  ],
  merges: [],
  tables: [],
};

const project1: SheetSpec = {
  name: "项目1",
  widths: [8, 15, 14, 22, 14, 13, 8, 8, 24],
  titleRows: [1],
  subtitleRows: [2],
  rows: [
    /* 1 */ ["项目支出绩效自评表"],
    /* 2 */ ["（2023年度）"],
    /* 3 */ ["项目名称", null, "农村公路养护补助资金"],
    /* 4 */ ["主管部门", null, "示例区交通运输局", null, null, "实施单位", null, "示例区公路养护中心"],
    /* 5 */ ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
    /* 6 */ [null, "年度资金总额", 200, 200, 200, 10, { v: 1, fmt: "0.00%" }, 10, null],
    /* 7 */ [null, "其中：当年财政拨款", 200, 200, 200, null, null, null, null],
    /* 8 */ [null, "上年结转资金", null, null, null, null, null, null, null],
    /* 9 */ [null, "其他资金", null, null, null, null, null, null, null],
    /* 10 */ ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    /* 11 */ [null, "完成12个农村公路养护项目，路面养护质量合格率不低于80%，12月底前完成。", null, null, null, "完成12个养护项目，合格率85%，按时完成。"],
    /* 12 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    /* 13 */ [null, "产出指标(50分)", "数量指标", "养护项目数", "≥12个", "12个", 20, 20, null],
    /* 14 */ [null, null, "质量指标", "路面养护质量合格率", "≥80%", "85%", 20, 20, null],
    /* 15 */ [null, null, "时效指标", "养护任务完成时间", "12月底前", "按时完成", 10, 10, null],
    /* 16 */ [null, "效益指标(30分)", "社会效益指标", "群众出行条件改善", "有效改善", "达成年度指标", 30, 30, null],
    /* 17 */ [null, "满意度指标(10分)", "服务对象满意度指标", "沿线群众满意度", "≥85%", "92%", 10, 10, null],
    /* 18 */ ["总分", null, null, null, null, null, 100, 100, null],
  ],
  merges: MERGES(5, ["B13:B15"]),
  tables: ["A3:I18"],
};

const project2: SheetSpec = {
  name: "项目2",
  widths: [8, 15, 14, 22, 14, 13, 8, 8, 24],
  titleRows: [1],
  subtitleRows: [2],
  rows: [
    /* 1 */ ["项目支出绩效自评表"],
    /* 2 */ ["（2023年度）"],
    /* 3 */ ["项目名称", null, "职业技能培训补贴"],
    /* 4 */ ["主管部门", null, "示例区人力资源和社会保障局", null, null, "实施单位", null, "示例区就业服务中心"],
    /* 5 */ ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
    /* 6 */ [null, "年度资金总额", 50, 50, 45, 10, { v: 0.9, fmt: "0.00%" }, 9, null],
    /* 7 */ [null, "其中：当年财政拨款", 50, 50, 45, null, null, null, null],
    /* 8 */ [null, "上年结转资金", null, null, null, null, null, null, null],
    /* 9 */ [null, "其他资金", null, null, null, null, null, null, null],
    /* 10 */ ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    /* 11 */ [null, "开展职业技能培训500人次以上，培训合格率不低于90%，参训人员就业率不低于60%。", null, null, null, "培训480人次，合格率92%，就业率65%。"],
    /* 12 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    /* 13 */ [null, "产出指标(50分)", "数量指标", "培训人数", "≥500人次", "480人次", 20, 19.2, "部分报名学员外出务工未能参训，下一步将增设夜间班和线上课程。"],
    /* 14 */ [null, null, "质量指标", "培训合格率", "≥90%", "92%", 15, 15, null],
    /* 15 */ [null, null, "时效指标", "补贴发放及时率", "100%", "100%", 15, 15, null],
    /* 16 */ [null, "效益指标(30分)", "社会效益指标", "参训人员就业率", "≥60%", "65%", 30, 30, null],
    /* 17 */ [null, "满意度指标(10分)", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", 10, 10, null],
    /* 18 */ ["总分", null, null, null, null, null, 100, 99.2, null],
  ],
  merges: MERGES(5, ["B13:B15"]),
  tables: ["A3:I18"],
};

export const multiTemplate: WorkbookSpec = {
  file: "multi_template.xlsx",
  dir: "test/fixtures",
  source: "constructed: 说明 sheet (no template) + two 10号 project tables (fictional 示例区 units)",
  sheets: [notes, project1, project2],
  expected: {
    profile: "default",
    templates: [
      { sheet: "项目1", template: "project-eval", score: { entered: "100", recommended: "100.00", grade: "优" } },
      { sheet: "项目2", template: "project-eval", score: { entered: "99.2", recommended: "98.20", grade: "优" } },
    ],
    skippedSheets: ["说明"],
    findings: [
      {
        rule: "total-score",
        severity: "error",
        sheet: "项目2",
        cell: "H18",
        why: "总分 得分 should be budget 9 + (19.2 + 15 + 15 + 30 + 10) = 98.2; 99.2 is entered.",
      },
    ],
    infosComplete: true,
    notes: [
      "说明 holds notes only (no 项目资金 / 绩效指标 blocks) → skipped, not an error; the other two sheets bind independently.",
      "项目1: 200 / 200 / 200, 执行率 100%, ŝ 10 = 10; ≥12个 → 12个 met; 85 ÷ 80 = 1.0625; 12月底前 → 按时完成 (deadline, band 1); 达成年度指标 band 1; 92 ÷ 85 = 1.082; weights 20 + 20 + 10 + 30 + 10 = 90 + 10 = 100; total 100 adds up. Nothing reported. Recommended 100.00.",
      "项目2: 执行率 45 ÷ 50 = 90.00% (not < 90%, and no 原因 cell) → ŝ = 9 = H6. 培训人数 ≥500人次 → 480人次 missed: ŝ = 480 ÷ 500 × 20 = 19.2 = entered 19.2 exactly, reason filled → nothing. Others met in full (92 ÷ 90, 100 = 100, 65 ÷ 60 = 1.083, 93 ÷ 90). Weights 20 + 15 + 15 + 30 + 10 = 90 + 10 = 100.",
      "项目2 total: entered 99.2 ≠ 98.2 → total-score error at H18. Recommended 9 + 89.2 = 98.20, grade 优.",
    ].join(" "),
  },
};
