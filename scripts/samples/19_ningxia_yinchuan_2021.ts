// Real table r15 (宁夏 银川市第六中学, 银川市本级部门项目支出绩效自评表(2021年), project 初中公用经费, 主管部门
// 银川市教育局; a .docx shown at https://m.yzwku.com/doc/476505.html, the text of its preview images).
// The 银川 市本级 form, unlike every other fixture:
// - 自评得分 (98) and 财政审核 … 评分 (empty) in the head, beside 实施单位;
// - the funds block has no 分值 and no 得分: 年初预算数 / 调整预算数(A) / 全年执行数(B) / 执行率(B/A) over
//   年度资金总额 64.8 / 64.8 / 64.8 / 100%; the budget is scored inside the indicator list instead
//   (项目管理 › 投入管理 › 预算执行率, 10 points);
// - the indicator list mixes the 评价 framework's 一级 项目决策(10分) / 项目管理(25分) (rows judged
//   against a rule, 指标值 “—”) with the 10号 form's 项目产出(30分) / 项目效益(35分), whose 二级 carry
//   their own points (数量指标(10分) …, 服务对象满意度指标(10分) under 项目效益);
// - the weight column is 参考分值; 指标值(A) / 全年实际值(B) / 得分 / 未完成原因分析及改进措施;
// - the official placeholder rows 指标1: / 指标2: left in place, empty.
// The page is the text of the document's preview images: cells run together and characters are
// misread. The columns are restored from the header order; these misreadings are restored (the rest
// is as the page shows it): 实施第位 → 实施单位, 项Fl资金(万兀) → 项目资金(万元), 年初预匏数 → 年初预算数,
// 调整预算将,A、 → 调整预算数(A), 年度总体r二 → 年度总体目标, 考值参分 → 参考分值 (its four characters out of
// order), 指标值(八) → 指标值(A), 项Fl实施 and 顼目产出 → 项目实施, 项目产出, 有资金测第标准 → 有资金测算标准,
// IO → 10 (the 得分 of 保障人数), M.8万元 → 14.8万元 (the 实际值 beside it reads 14.8万元), 指标L → 指标1:, and
// 一 → — in the 指标值 column of the 决策 and 管理 rows (a dash read as the numeral one; one row prints "-"
// and keeps it). Kept as printed: 财政审1度评分 (the head label after 自评得分; no reading is certain),
// the goal's achievement “公,4”, and 使学生和老师行个更好的学习和工作环境,做到. The head reads
// 项目名称 初中公用经费 主管部门 银川市教育局 实施单位 自评得分 98 财政审1度评分 银川市第六中学: the unit's name is placed
// beside 实施单位, the two score labels after it. The page stops inside the
// first 满意度 row (学生和老…): the sheet stops after the last whole row, 可持续影响指标's 指标2:.
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const ningxiaYinchuan2021: WorkbookSpec = {
  file: "19_ningxia_yinchuan_2021.xlsx",
  dir: "test/fixtures",
  source: "real table r15 (宁夏 银川市第六中学 2021 银川市本级部门项目支出绩效自评表 初中公用经费), as published; ends before the 满意度 row",
  sheets: [
    {
      name: SHEET,
      widths: [12, 14, 26, 8, 18, 22, 8, 16],
      titleRows: [1],
      rows: [
        /* 1 */ ["银川市本级部门项目支出绩效自评表(2021年)"],
        /* 2 */ ["项目名称", null, "初中公用经费", null, "主管部门", "银川市教育局"],
        /* 3 */ ["实施单位", null, "银川市第六中学", null, "自评得分", 98, "财政审1度评分"],
        /* 4 */ ["项目资金\n(万元)", null, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        /* 5 */ [null, "年度资金总额", 64.8, 64.8, 64.8, { v: 1, fmt: "0%" }],
        /* 6 */ ["年度总体目标", "年初设定目标", "保障学校正常工作运行"],
        /* 7 */ [null, "年度总体目标完成情况", "公,4"],
        /* 8 */ ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
        /* 9 */ ["项目决策(10分)", "项目目标", "完整性", 4, "—", "目标明确、内容细化、目标量化", 4],
        /* 10 */ [null, "项目立项", "相关性", 2, "—", "按照学校管理标准对学校进行管理", 2],
        /* 11 */ [null, null, "可行性", 2, null, "实际工作需求", 2],
        /* 12 */ [null, null, "适当性", 2, null, "有资金测算标准", 2],
        /* 13 */ ["项目管理(25分)", "投入管理", "预算执行率", 10, "—", "100%", 9],
        /* 14 */ [null, "财务管理", "财务管理制度有效性", 7, "—", "财务制度健全,严格执行制度,会计核算规范", 7],
        /* 15 */ [null, "项目实施", "绩效监控有效性", 2, "—", "持续有效", 2],
        /* 16 */ [null, null, "管理制度有效性", 6, "-", "严格执行相关管理制度", 6],
        /* 17 */ ["项目产出(30分)", "数量指标(10分)", "保障人数", 10, "2370人", "2370人", 10],
        /* 18 */ [null, null, "指标2:"],
        /* 19 */ [null, "质量指标(5分)", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5],
        /* 20 */ [null, null, "指标2:"],
        /* 21 */ [null, "时效指标(5分)", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4],
        /* 22 */ [null, null, "指标2:"],
        /* 23 */ [null, "成本指标(10分)", "办公所需成本", 4, "15万元", "15万元", 4],
        /* 24 */ [null, null, "维修(维护)所需成本", 3, "35万元", "35万元", 3],
        /* 25 */ [null, null, "绿化、水电费等成本", 3, "14.8万元", "14.8万元", 3],
        /* 26 */ ["项目效益(35分)", "经济效益指标", "指标1:"],
        /* 27 */ [null, null, "指标2:"],
        /* 28 */ [null, "社会效益指标", "效果显著", 15, "改善学校的办学条件", "改善学校的办学条件", 13],
        /* 29 */ [null, "生态效益指标", "指标1:"],
        /* 30 */ [null, null, "指标2:"],
        /* 31 */ [null, "可持续影响指标", "使学生和老师行个更好的学习和工作环境,做到", 10, "社会认可的办学环境.", "社会认可的办学环境.", 8],
        /* 32 */ [null, null, "指标2:"],
      ],
      merges: ["A1:H1", "A2:B2", "C2:D2", "F2:H2", "A3:B3", "C3:D3", "G3:H3", "A4:B4", "F4:H4", "F5:H5", "A6:A7", "C6:H6", "C7:H7", "A9:A12", "B10:B12", "A13:A16", "B15:B16", "A17:A25", "B17:B18", "B19:B20", "B21:B22", "B23:B25", "A26:A32", "B26:B27", "B29:B30", "B31:B32"],
      tables: ["A2:H32"],
      left: ["C6:C7", "C9:C32", "F9:F16"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "98", recommended: "85.00", grade: "良" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "total-score",
        severity: "error",
        sheet: SHEET,
        cell: "F3",
        why: "自评得分 98 in the head ≠ the 得分 of the rows the page shows: 项目决策 4 + 2 + 2 + 2 = 10, 项目管理 9 + 7 + 2 + 6 = 24, 项目产出 10 + 5 + 4 + 4 + 3 + 3 = 29, 项目效益 13 + 8 = 21; 10 + 24 + 29 + 21 = 84 (the funds block has no 分值 or 得分, so no budget score is added). Even the full 10 of the 满意度 row the page cuts off would make 94, not 98.",
      },
      { rule: "value-unparsed", severity: "warning", sheet: SHEET, cell: "E13", why: "预算执行率 has the result 100% but the 指标值 —: a quantitative row without a target cannot be scored, so its entered 9 is kept." },
      { rule: "reason-required", severity: "error", sheet: SHEET, cell: "H13", why: "预算执行率 scored 9 of 10 with no reason, although its result is 100% (and the funds block shows 64.8 ÷ 64.8 = 100%)." },
      { rule: "reason-required", severity: "error", sheet: SHEET, cell: "H21", why: "公用经费完成时间 2021年12月完成 → 2021年12月完成 (met, ŝ 5) scored 4 of 5 with no reason." },
      {
        rule: "group-weight",
        severity: "error",
        sheet: SHEET,
        cell: "A26",
        why: "项目效益(35分) declares 35, its rows on the sheet weigh 15 + 10 = 25: the page stops before 服务对象满意度指标(10分), whose 10 would make 35. As the sheet stands, the group's weights do not add up.",
      },
      { rule: "reason-required", severity: "error", sheet: SHEET, cell: "H28", why: "效果显著: 改善学校的办学条件 → 改善学校的办学条件 (achieved as worded) scored 13 of 15 with no reason." },
      { rule: "reason-required", severity: "error", sheet: SHEET, cell: "H31", why: "可持续影响: 社会认可的办学环境. → 社会认可的办学环境. scored 8 of 10 with no reason." },
    ],
    infosComplete: true,
    notes: [
      "Bound: 自评得分 98 in the head as the entered total (before: not bound; entered 84, the rows' sum), 参考分值 as the weight column (before: not bound, so no row had a weight: no reason-required, no group-weight, recommended = entered), the funds block without a score (64.8 ÷ 64.8 = 100%, right), the goal 年初设定目标, 19 indicator rows in four groups; the nine 指标1: / 指标2: rows are the form's placeholders, not indicators.",
      "Weights: 项目决策 4 + 2 + 2 + 2 = 10 ✓, 项目管理 10 + 7 + 2 + 6 = 25 ✓, 项目产出 10 + 5 + 5 + 4 + 3 + 3 = 30 ✓ (数量 10, 质量 5, 时效 5, 成本 4 + 3 + 3 = 10, as their 二级 labels say), 项目效益 15 + 10 = 25 of 35 (the 满意度 row is cut).",
      "ŝ: the rows judged against a rule (指标值 — or empty, a written result) keep their entered scores; 保障人数 2370人 → 2370人 = 10; 公用经费完成时间 met → 5 (entered 4); the three cost rows are met (≤, cost words) → 4, 3, 3; 预算执行率 (— as target) keeps 9; the two 效益 rows keep 13 and 8. 10 + 24 + (10 + 5 + 5 + 4 + 3 + 3) + 21 = 85.00, 良 — the grade of the rows the page shows (as for 13). The checked copy writes 84, the rows' sum, into the head's 自评得分 (the total is a recalculated field, as in 13).",
    ].join(" "),
  },
};
