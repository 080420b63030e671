// Real table r5 (湖北工程学院, 学生资助项目绩效目标自评表, the 湖北 省级 form, published as a .docx at
// https://m.777doc.com/doc-4336759.html): the site stripped every figure, so only labels survive —
// 预算执行情况(万元)(分), 预算数() / 执行数() / 执行率() / 得分(分*执行率), 年初目标值() / 实际完成值() /
// 得分, and NO 分值 and NO 偏差原因 column. Where a figure stood the page shows what was left of it
// ("分", "年"), as here. A label-binding probe: the funds block, the indicator block and the budget
// score column must bind, and nothing is a missing column.
import type { WorkbookSpec } from "./types";

const SHEET = "绩效目标自评表";

export const hubeiStudentAid: WorkbookSpec = {
  file: "09_hubei_student_aid.xlsx",
  dir: "test/fixtures",
  source: "real table r5 (湖北 学生资助项目绩效目标自评表, labels only — the page stripped the figures)",
  sheets: [
    {
      name: SHEET,
      widths: [14, 16, 24, 14, 14, 14, 40],
      titleRows: [1],
      rows: [
        /* 1 */ ["年学生资助项目绩效目标自评表"],
        /* 2 */ ["填报日期:", null, null, null, "总分:", "分"],
        /* 3 */ ["项目名称", "湖北工程学院年学生资助项目"],
        /* 4 */ ["主管部门", "湖北省教育厅", null, "项目实施单位", "湖北工程学院"],
        /* 5 */ ["项目类别", "、部门预算项目☑、省直专项□、省对下转移支付项目□"],
        /* 6 */ ["项目属性", "、持续性项目□、新增性项目☑"],
        /* 7 */ ["项目类型", "、常年性项目☑、延续性项目□、一次性项目□"],
        /* 8 */ ["预算执行情况(万元)(分)", null, "预算数()", "执行数()", "执行率()", "得分(分*执行率)"],
        /* 9 */ ["年度财政资金总额", null, null, null, null, "分"],
        /* 10 */ ["一级指标", "二级指标", "三级指标", "年初目标值()", "实际完成值()", "得分"],
        /* 11 */ ["产出指标", "数量", "国家奖学金人数", null, null, "分", "(因全校总人数减少,总指标数减少,但奖励、资助比例没减少)"],
        /* 12 */ [null, null, "国家励志奖学金人数"],
        /* 13 */ [null, null, "国家助学金人数"],
        /* 14 */ [null, null, "应征入伍人数"],
        /* 15 */ [null, "成本指标", "国家奖学金人均资助"],
        /* 16 */ [null, null, "国家励志奖学金人均资助"],
        /* 17 */ [null, null, "国家助学金人均资助"],
        /* 18 */ ["效益指标(分)", "社会效益指标", "资金发放率", null, null, "分"],
        /* 19 */ [null, null, "困难生完成学业率"],
        /* 20 */ [null, "服务对象满意度指标"],
        /* 21 */ ["过程指标", null, "评审程序是否公正", "是", "是"],
      ],
      merges: ["A1:F1", "B3:F3", "B5:F5", "B6:F6", "B7:F7", "A8:B8", "A9:B9", "A11:A17", "B11:B14", "B15:B17", "A18:A20", "B18:B19", "F11:F17", "F18:F20"],
      tables: ["A3:F21"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: {} }],
    skippedSheets: [],
    findings: [
      {
        rule: "grade-withheld",
        severity: "info",
        sheet: SHEET,
        cell: "A10",
        why: "No figure survives and the form has no 分值 column: no row can be scored, so no recommended total and no grade; the info names the first rows. (No 总分 cell is bound, so it points at the indicator header.)",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds: funds header row 8 (预算数 / 执行数 / 执行率 / 得分), total row 9 (年度财政资金总额), indicator header row 10 (年初目标值 / 实际完成值 / 得分).",
      "No 分值 and no 偏差原因 column, by design of this form: not reported. The cells that held figures show only their unit (分): nothing was entered there.",
      "No figure survives, so nothing can be scored: no recommended total and no grade (an info names the rows).",
      "评审程序是否公正 是 → 是 is a band-1 qualitative result with no score: nothing to report.",
    ].join(" "),
  },
};
