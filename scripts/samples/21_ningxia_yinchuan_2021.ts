// Real table r16 (宁夏 银川市第六中学, 初中公用经费, 银川市本级部门项目支出绩效自评表(2021年)), a .docx on a
// document-sharing page, https://m.yzwku.com/doc/476505.html (the text of the document's preview
// images). Not the 财预 10号 grid: the 银川 form scores the project on the evaluation framework's four
// 一级 headings, with the budget scored as an indicator row:
// - 自评得分 98 and 财政审…评分 (empty) in the head, beside 项目名称;
// - 项目资金(万元) with 年初预算数 / 调整预算数(A) / 全年执行数(B) / 执行率(B/A) and NO 分值 or 得分;
// - one indicator list under 项目决策(10分) / 项目管理(25分) / 项目产出(30分) / 项目效益(35分), the 二级
//   labels carrying their own points (数量指标(10分), 服务对象满意度指标(10分)), columns 参考分值 /
//   指标值(A) / 全年实际值(B) / 得分 / 未完成原因分析及改进措施 — 分值 BEFORE the target;
// - 预算执行率 as the 三级 of 投入管理: 指标值 —, 全年实际值 100%, 9 of 10;
// - management rows whose 指标值 is — and whose 全年实际值 is a sentence (财务制度健全,严格执行制度,…);
// - the form's 指标2: placeholder rows, and 指标1: / 指标2: under 经济效益 and 生态效益 left empty;
// - a 可持续影响 name that stops mid-sentence (…做到) as printed.
// The page stops inside the 服务对象满意度指标(10分) row, after the first characters of its name
// (学生和老); so does the sheet — no score, no 总分 row.
// Misreadings of the preview text restored where the reading is certain: 项Fl → 项目, 实施第位 →
// 实施单位, 万兀 → 万元, 预匏数 → 预算数, 调整预算将,A、 → 调整预算数(A), IO → 10, M.8万元 → 14.8万元
// (the actual beside it), 测第 → 测算, 顼目 → 项目, 指标L: → 指标1:, 年度总体r二 → 年度总体目标,
// 完成情况公,4 → 完成情况综述, 考值参分 → 参考\n分值 (a two-line header read column by column), 指标值(八)
// → 指标值(A). Kept as printed: 财政审1度评分 (not certain), 行个 (有个?), the “一” / “-” marks in the
// 指标值 column (written — / - as printed).
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const ningxiaYinchuan2021: WorkbookSpec = {
  file: "21_ningxia_yinchuan_2021.xlsx",
  dir: "test/fixtures",
  source: "real table r16 (宁夏 银川市本级部门项目支出绩效自评表 2021, 银川市第六中学 初中公用经费), as published; ends inside the 满意度 row",
  sheets: [
    {
      name: SHEET,
      widths: [11, 14, 26, 7, 18, 20, 7, 20],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["银川市本级部门项目支出绩效自评表"],
        /* 2 */ ["(2021年)"],
        /* 3 */ ["项目名称", "初中公用经费", null, null, "自评得分", 98, "财政审1度评分", null],
        /* 4 */ ["主管部门", "银川市教育局", null, null, "实施单位", "银川市第六中学"],
        /* 5 */ ["项目资金\n(万元)", null, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        /* 6 */ [null, "年度资金总额", 64.8, 64.8, 64.8, { v: 1, fmt: "0%" }],
        /* 7 */ ["年度总体目标", "年初设定目标", null, null, "年度总体目标完成情况综述"],
        /* 8 */ [null, "保障学校正常工作运行"],
        /* 9 */ ["一级指标", "二级指标", "三级指标", "参考\n分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
        /* 10 */ ["项目决策\n(10分)", "项目目标", "完整性", 4, "—", "目标明确、内容细化、目标量化", 4],
        /* 11 */ [null, "项目立项", "相关性", 2, "—", "按照学校管理标准对学校进行管理", 2],
        /* 12 */ [null, null, "可行性", 2, null, "实际工作需求", 2],
        /* 13 */ [null, null, "适当性", 2, null, "有资金测算标准", 2],
        /* 14 */ ["项目管理\n(25分)", "投入管理", "预算执行率", 10, "—", "100%", 9],
        /* 15 */ [null, "财务管理", "财务管理制度有效性", 7, "—", "财务制度健全,严格执行制度,会计核算规范", 7],
        /* 16 */ [null, "项目实施", "绩效监控有效性", 2, "—", "持续有效", 2],
        /* 17 */ [null, null, "管理制度有效性", 6, "-", "严格执行相关管理制度", 6],
        /* 18 */ ["项目产出\n(30分)", "数量指标\n(10分)", "保障人数", 10, "2370人", "2370人", 10],
        /* 19 */ [null, null, "指标2:"],
        /* 20 */ [null, "质量指标\n(5分)", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5],
        /* 21 */ [null, null, "指标2:"],
        /* 22 */ [null, "时效指标\n(5分)", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4],
        /* 23 */ [null, null, "指标2:"],
        /* 24 */ [null, "成本指标\n(10分)", "办公所需成本", 4, "15万元", "15万元", 4],
        /* 25 */ [null, null, "维修(维护)所需成本", 3, "35万元", "35万元", 3],
        /* 26 */ [null, null, "绿化、水电费等成本", 3, "14.8万元", "14.8万元", 3],
        /* 27 */ ["项目效益\n(35分)", "经济效益指标", "指标1:"],
        /* 28 */ [null, null, "指标2:"],
        /* 29 */ [null, "社会效益指标", "效果显著", 15, "改善学校的办学条件", "改善学校的办学条件", 13],
        /* 30 */ [null, "生态效益指标", "指标1:"],
        /* 31 */ [null, null, "指标2:"],
        /* 32 */ [null, "可持续影响指标", "使学生和老师行个更好的学习和工作环境,做到", 10, "社会认可的办学环境.", "社会认可的办学环境.", 8],
        /* 33 */ [null, null, "指标2:"],
        /* 34 */ [null, "服务对象满意度指标(10分)", "学生和老"],
      ],
      merges: [
        "A1:H1",
        "A2:H2",
        "B3:D3",
        "B4:D4",
        "F4:H4",
        "A5:B5",
        "A6:A6",
        "A7:A8",
        "B7:D7",
        "E7:H7",
        "B8:D8",
        "E8:H8",
        "A10:A13",
        "B11:B13",
        "A14:A17",
        "B16:B17",
        "A18:A26",
        "B18:B19",
        "B20:B21",
        "B22:B23",
        "B24:B26",
        "A27:A34",
        "B27:B28",
        "B30:B31",
        "B32:B33",
      ],
      tables: ["A3:H34"],
      left: ["B8:H8"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "98" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "total-score",
        severity: "error",
        sheet: SHEET,
        cell: "F3",
        why: "自评得分 98 in the head, but the scores shown add up to 84: 项目决策 4 + 2 + 2 + 2 = 10, 项目管理 9 + 7 + 2 + 6 = 24, 项目产出 10 + 5 + 4 + 4 + 3 + 3 = 29, 项目效益 13 + 8 = 21. The 满意度 row stops before its score; at most it adds its (10分), 94 < 98 either way. The budget is scored in the rows (预算执行率), not in the funds block.",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "H14",
        why: "预算执行率: the funds block shows 64.8 ÷ 64.8 = 100% and the row's 全年实际值 is 100% (指标值 —, the standard being the whole budget spent), yet 9 of 10 with no reason; met-but-deducted G14 is its detail (suggestion 10).",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "H22",
        why: "公用经费完成时间 2021年12月完成 → 2021年12月完成: 4 of 5 and the 未完成原因 cell empty (a band-1 result inside [0.8w, w], so no met-but-deducted, but a score below the weight needs its reason).",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "H29",
        why: "效果显著 (改善学校的办学条件 → the same text): 13 of 15 with the reason cell empty.",
      },
      {
        rule: "reason-required",
        severity: "error",
        sheet: SHEET,
        cell: "H32",
        why: "可持续影响 (社会认可的办学环境. → the same text): 8 of 10 with the reason cell empty.",
      },
      {
        rule: "grade-withheld",
        severity: "info",
        sheet: SHEET,
        cell: "F3",
        why: "Row 34 (学生和老, where the page stops) has no 分值, values or 得分: no recommended total and no grade.",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one project table: funds header row 5 (年初预算数 / 调整预算数(A) / 全年执行数(B) / 执行率(B/A), no 分值 or 得分 by design), total row 6, goals rows 7–8, indicator header row 9 with 参考\n分值 BEFORE 指标值(A), indicators rows 10–34 under 项目决策 / 项目管理 / 项目产出 / 项目效益, the entered total 98 from the head (自评得分 | 98, F3).",
      "Funds 64.8 / 64.8 = 100% (F6 = 1): right.",
      "Weights: 项目决策 4 + 2 + 2 + 2 = 10, 项目管理 10 + 7 + 2 + 6 = 25, 项目产出 10 + 5 + 5 + 4 + 3 + 3 = 30, each = its (xx分); 项目效益 15 + 10 = 25 shown of its (35分), the 满意度 row's 10 (its 二级 label 服务对象满意度指标(10分)) being where the page stops: no group-weight finding for a group with a blank 分值.",
      "The rows whose 指标值 is — or blank and whose 全年实际值 is a sentence (完整性, 财务管理制度有效性 …) score their full weight: nothing to report. Cost rows 15万元 / 35万元 / 14.8万元 met (= 64.8 spent).",
      "The 指标1: / 指标2: placeholder rows are no indicators.",
      "Before: the 参考分值 column was not bound (every weight unknown), 自评得分 98 in the head was not read (entered shown as 84, total unchecked), and 预算执行率's — was a value-unparsed warning.",
    ].join(" "),
  },
};
