// Real table r12 (湖北 黄石市第三中学, 2023年度校园维修改造及设备购置项目自评表, the 湖北 市级部门项目
// 自评表, published as a web page: http://hssz.hssedu.cn/info/1230/4301.htm, 发布日期 2024-06-16).
// The 湖北 form of fixtures 09 and 14 as this school filled it in, with what differs:
// - NO score column at all: the funds block has 预算数(A) / 执行数(B) / 执行率(B/A) only, the goal block
//   年初目标值(A) / 实际完成值(B) only — yet the side labels still carry points, (20分) and (98分);
// - labels with their brackets broken as published: “预算执行情况(万元)” over “20分)”, “执行数B)”,
//   “执行率B/A)”, “年度绩效目标” over “98分)”, “年初目标值(A”, “实际完成值(B”;
// - the money typed with its unit: 800万元 / 800万元 / 100%;
// - 具体指标 as the 二级 label of the two 满意度 rows; a cost row whose name states the budget
//   (本年预算安排800万元) with 100% / 100%; actual values typed with ≥ (≥95% → ≥95%);
// - the head line 项目单位(盖章) / 主要领导签字 / 填报日期, and 偏差大或目标未完成原因分析 /
//   改进措施及结果应用方案 (empty) and the 备注 under the table, where the page stops (“…相关政府采购”).
// The page prints each cell on its own line; the cells are placed in the columns of the form's header
// (the merges are those of the 湖北 form, fixture 09). Line breaks inside the side labels are the page's.
import type { WorkbookSpec } from "./types";

const SHEET = "项目自评表";

export const hubeiHuangshi2023: WorkbookSpec = {
  file: "16_hubei_huangshi_2023.xlsx",
  dir: "test/fixtures",
  source: "real table r12 (湖北 黄石市第三中学 2023年度校园维修改造及设备购置项目自评表), no score columns, broken brackets in the labels, as published; ends inside 备注 3",
  sheets: [
    {
      name: SHEET,
      widths: [12, 12, 14, 34, 14, 14],
      titleRows: [1],
      rows: [
        /* 1 */ ["2023年度校园维修改造及设备购置项目自评表"],
        /* 2 */ ["项目单位(盖章):黄石市第三中学", null, null, "主要领导签字:", "填报日期:2024年6月14"],
        /* 3 */ ["项目名称", null, "校园维修改造及设备购置"],
        /* 4 */ ["主管部门", null, "黄石市教育局", null, "项目实施单位", "黄石市第三中学"],
        /* 5 */ ["项目类别", null, "1、部门预算项目   2、市直专项"],
        /* 6 */ ["项目属性", null, "1、持续性项目   2、新增性项目"],
        /* 7 */ ["项目类型", null, "1、常年性项目   2、延续性项目      3、一次性项目"],
        /* 8 */ ["预算执行情况(万元)\n20分)", null, null, "预算数(A)", "执行数B)", "执行率B/A)"],
        /* 9 */ ["年度财政资金总额", null, null, "800万元", "800万元", "100%"],
        /* 10 */ ["年度绩效目标\n98分)", "一级指标", "二级指标", "三级指标", "年初目标值(A", "实际完成值(B"],
        /* 11 */ [null, "产出指标", "数量指标", "完成校园维修改造及设备购置项目", "800万元", "800万元"],
        /* 12 */ [null, null, "质量指标", "校园维修改造及设备购置合格率", "100%", "100%"],
        /* 13 */ [null, null, "成本指标", "本年预算安排800万元", "100%", "100%"],
        /* 14 */ [null, null, "时效指标", "2023年项目完工、投入使用", "100%", "100%"],
        /* 15 */ [null, "效益指标", "社会效益指标", "保障校园环境安全、教学工作正常运转", "良好", "良好"],
        /* 16 */ [null, null, "可持续影响指标", "建设平安校园,满足教师和学生生活、学习的需要", "≥95%", "≥95%"],
        /* 17 */ [null, "满意度指标", "具体指标", "教师满意度", "≥95%", "≥95%"],
        /* 18 */ [null, null, "具体指标", "学生满意度", "≥95%", "≥95%"],
        /* 19 */ ["偏差大或\n目标未完成\n原因分析"],
        /* 20 */ ["改进措施及\n结果应用方案"],
        /* 21 */ ["备注:"],
        /* 22 */ ["1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。涉及政府采购的项目支出要设置相关绩效指标反映政府采购管理情况。"],
        /* 23 */ ["2.基于经济性和必要性等因素考虑,满意度指标暂可不作为必评指标。"],
        /* 24 */ ["3.涉及政府采购的项目支出应设置相关政府采购"],
      ],
      merges: [
        "A1:F1",
        "A2:C2",
        "A3:B3",
        "C3:F3",
        "A4:B4",
        "C4:D4",
        ...[5, 6, 7].flatMap((r) => [`A${r}:B${r}`, `C${r}:F${r}`]),
        "A8:C8",
        "A9:C9",
        "A10:A18",
        "B11:B14",
        "B15:B16",
        "B17:B18",
        "A19:C19",
        "D19:F19",
        "A20:C20",
        "D20:F20",
        ...[21, 22, 23, 24].map((r) => `A${r}:F${r}`),
      ],
      tables: ["A3:F20"],
      left: ["A2:A2", "A21:A24"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval" }],
    skippedSheets: [],
    findings: [
      {
        rule: "actual-with-comparator",
        severity: "warning",
        sheet: SHEET,
        cell: "F16",
        why: "建设平安校园,满足教师和学生生活、学习的需要: the 实际完成值 is typed as “≥95%”, the target's wording, not the figure reached; the row cannot be judged from it.",
      },
      {
        rule: "actual-with-comparator",
        severity: "warning",
        sheet: SHEET,
        cell: "F17",
        why: "教师满意度: the 实际完成值 is typed as “≥95%”, the target's wording, not the figure reached; the row cannot be judged from it.",
      },
      {
        rule: "actual-with-comparator",
        severity: "warning",
        sheet: SHEET,
        cell: "F18",
        why: "学生满意度: the 实际完成值 is typed as “≥95%”, the target's wording, not the figure reached; the row cannot be judged from it.",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one scoreless project table (no 分值 and no 得分 column anywhere, so no score and no grade): funds header row 8 (预算数(A) / 执行数B) / 执行率B/A), read through their broken brackets), total row 9, indicator header row 10 (年初目标值(A / 实际完成值(B), eight indicators in rows 11–18. Before the glossary read labels with a lost bracket, no header bound and the file was refused (no template recognised, exit 2).",
      "Funds: 800万元 ÷ 800万元 = 100% = F9: nothing. The (20分) and (98分) on the side labels weigh nothing on a form without score columns.",
      "完成校园维修改造及设备购置项目 800万元 → 800万元, 合格率 100% → 100%, 本年预算安排800万元 (成本指标, ≤) 100% → 100%, 2023年项目完工 100% → 100%: met. 良好 → 良好 is a band-1 qualitative result.",
      "The three rows whose 实际完成值 repeats the target's ≥95% get one actual-with-comparator warning each (as fixture 10).",
    ].join(" "),
  },
};
