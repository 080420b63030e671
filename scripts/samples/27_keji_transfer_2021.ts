// Real table r21 (附件3 中央引导地方科技发展资金绩效目标自评表 (2021年度), the 中央对地方转移支付 form a
// province's 财政厅 and 科技厅 send to the units that carry the projects; shared as a .docx on a
// document-sharing site, https://m.jinchutou.com/shtml/view-209397929.html, 上传时间 2021-11-09). The
// form as the province issued it, before any unit filled it in:
// - a head ABOVE the title's year: 项目类别: / 项目名称: / 承担单位:(盖章) with nothing after the colons,
//   then (2021年度);
// - 转移支付(项目)名称 中央引导地方科技发展资金, 中央主管部门 财政部、科技部, 地方主管部门
//   省财政厅、省科技厅, 实施单位 (empty);
// - 项目资金(万元) with 全年预算数(A) / 全年执行数(B) / 预算执行率(B/A) and the rows 年度资金总额: /
//   其中:中央补助 / 地方资金 / 其他资金, all empty;
// - 年度总体目标 | 年初设定目标 | 全年实际完成情况, empty;
// - the indicator block 一级指标 / 二级指标 / 三级指标 / 年度指标值 / 全年完成值 / 未完成原因和改进措施
//   with the province's own indicator names PRINTED (产出指标 / 数量指标 / 支持自由探索类基础研究项目数量 …)
//   and every value cell empty: the unit writes its targets and results in;
// - no 分值 and no 得分 anywhere (the scoreless transfer-payment form, as fixture 07).
// The page runs the cells together; each name is placed in the 三级指标 column, one a row, in the order
// printed. The page stops inside a name (支持东西部科技合作及区域协同创新项…): the sheet stops after the
// last whole name.
import type { WorkbookSpec } from "./types";

const SHEET = "绩效目标自评表";

const names = [
  "支持自由探索类基础研究项目数量",
  "支持省部共建国家重点实验室项目数量",
  "支持国家临床医学研究中心项目数量",
  "支持新型研发机构项目数量",
  "转化科技成果数量",
  "支持科技特派员项目数量",
  "支持国家高新技术产业开发区项目数量",
  "支持国家创新型城市项目数量",
  "支持国家创新型县(市)项目数量",
  "支持国家自主创新示范区项目数量",
  "支持国家科技成果转移转化示范区项目数量",
  "支持国家级科技企业孵化器、大学科技园、众创空间、双创示范基地、星创天地项目数量",
];

const FIRST = 15;

export const kejiTransfer2021: WorkbookSpec = {
  file: "27_keji_transfer_2021.xlsx",
  dir: "test/fixtures",
  source: "real table r21 (附件3 中央引导地方科技发展资金绩效目标自评表 2021), the province's blank form with its indicator names printed, as published; ends inside the 数量指标 names",
  sheets: [
    {
      name: SHEET,
      widths: [10, 10, 12, 40, 14, 14, 24],
      titleRows: [2],
      subtitleRows: [4],
      rows: [
        /* 1 */ ["附件3"],
        /* 2 */ ["中央引导地方科技发展资金绩效目标自评表"],
        /* 3 */ ["项目类别:", null, "项目名称:", null, "承担单位:(盖章)"],
        /* 4 */ ["(2021年度)"],
        /* 5 */ ["转移支付(项目)名称", null, "中央引导地方科技发展资金"],
        /* 6 */ ["中央主管部门", null, "财政部、科技部"],
        /* 7 */ ["地方主管部门", null, "省财政厅、省科技厅", null, "实施单位"],
        /* 8 */ ["项目资金\n(万元)", null, null, null, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
        /* 9 */ [null, "年度资金总额:"],
        /* 10 */ [null, "其中:中央补助"],
        /* 11 */ [null, "地方资金"],
        /* 12 */ [null, "其他资金"],
        /* 13 */ ["年度总体目标", "年初设定目标", null, null, "全年实际完成情况"],
        /* 14 */ [],
        /* 15 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
        ...names.map((n, i) => (i === 0 ? [null, "产出指标", "数量指标", n] : [null, null, null, n])),
      ],
      merges: [
        "A2:G2",
        "A3:B3",
        "C3:D3",
        "E3:G3",
        "A4:G4",
        "A5:B5",
        "C5:G5",
        "A6:B6",
        "C6:G6",
        "A7:B7",
        "C7:D7",
        "F7:G7",
        "A8:A12",
        "B8:D8",
        ...[9, 10, 11, 12].map((r) => `B${r}:D${r}`),
        "A13:A14",
        "B13:D13",
        "E13:G13",
        "B14:D14",
        "E14:G14",
        `A${FIRST}:A${FIRST + names.length}`,
        `B${FIRST + 1}:B${FIRST + names.length}`,
        `C${FIRST + 1}:C${FIRST + names.length}`,
      ],
      tables: [`A5:G${FIRST + names.length}`],
      left: [`D${FIRST + 1}:D${FIRST + names.length}`],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval" }],
    skippedSheets: [],
    findings: [
      {
        rule: "template-incomplete",
        severity: "error",
        sheet: SHEET,
        cell: "A2",
        why: "The form binds, but nothing is filled in: no figure in the funds rows and no 年度指标值 or 全年完成值 on any of the twelve rows. Handed in like this it must not pass as clean (before: no finding, exit 0).",
      },
    ],
    infosComplete: true,
    notes: [
      "Bound: a scoreless transfer-payment table named by its 转移支付(项目)名称, 中央引导地方科技发展资金 (before: named 承担单位:(盖章), the empty label beside the empty 项目名称: of the head); the funds block 全年预算数(A) / 全年执行数(B) / 预算执行率(B/A) with 年度资金总额: and its parts 其中:中央补助 / 地方资金 / 其他资金; the goals; twelve 数量指标 rows under 产出指标, each a printed name with empty 年度指标值 and 全年完成值.",
      "Nothing is filled in: no money, no goal, no target, no result. With no 分值 or 得分 column the form has no score and no grade by design (as 07); an empty row has nothing to read or compare, so no value-unparsed (unlike 04, whose targets were written and whose results were not); no template-incomplete (every block of the family is there).",
    ].join(" "),
  },
};
