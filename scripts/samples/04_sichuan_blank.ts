// Example 04 (reference/examples/04_sichuan_qingshen_fgj_2023_project.txt): 青神县发展和改革局
// 工资性支出, 2023, the same Sichuan layout as example 03, published partly filled: 完成值, 得分 and the
// 合计 得分 blank, and the template's prompts still in the narrative cells. Transcribed as published.
import { PCT, SICHUAN_HEAD_MERGES, SICHUAN_REASON_PROMPT, TWO } from "./layouts";
import type { WorkbookSpec } from "./types";

const SHEET = "部门预算项目支出绩效自评表";

export const sichuanBlank: WorkbookSpec = {
  file: "04_sichuan_blank.xlsx",
  dir: "test/fixtures",
  source: "reference example 04 (四川 眉山 青神县发展和改革局 2023, report 510000_0013zp), partly filled as published",
  sheets: [
    {
      name: SHEET,
      widths: [10, 14, 12, 22, 8, 9, 9, 9, 8, 8, 16],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["部门预算项目支出绩效自评表"],
        /* 2 */ ["（2023年度）"],
        /* 3 */ ["项目名称", "51000021R000000019951-工资性支出"],
        /* 4 */ ["主管部门", "青神县发展和改革局本级", null, null, null, "实施单位（盖章）", null, "青神县发展和改革局"],
        /* 5 */ [
          "项目基本情况",
          "1.项目年度目标完成情况",
          null,
          "项目年度目标：严格执行相关政策，保障工资及时、足额发放或社保及时、足额缴纳，预算编制科学合理，减少结余资金。",
          null,
          null,
          null,
          "年度目标完成情况：对照年度目标，说明相关任务目标的完成情况（100字以内）",
        ],
        /* 6 */ [null, "2.项目实施内容及过程概述："],
        /* 7 */ ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", null, null],
        /* 8 */ [null, "总额", { v: 238.93, fmt: TWO }, { v: 251.89, fmt: TWO }, { v: 251.89, fmt: TWO }, { v: 1, fmt: PCT }, 10, null, SICHUAN_REASON_PROMPT, null, null],
        /* 9 */ [null, "其中：财政资金", { v: 238.93, fmt: TWO }, { v: 251.89, fmt: TWO }, { v: 251.89, fmt: TWO }, { v: 1, fmt: PCT }, "/", "/", null, null, null],
        /* 10 */ [null, "财政专户管理资金", { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: PCT }, "/", "/", null, null, null],
        /* 11 */ [null, "单位资金", { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: TWO }, { v: 0, fmt: PCT }, "/", "/", null, null, null],
        /* 12 */ [null, "其他资金", null, null, null, null, "/", "/", null, null, null],
        /* 13 */ ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        /* 14 */ [null, "产出指标", "数量指标", "发放（缴纳）覆盖率", "=", 100, "%", null, 60, null, null],
        /* 15 */ [null, "效益指标", "社会效益指标", "足额保障率（参保率）", "=", 100, "%", null, 30, null, null],
        /* 16 */ ["合计", null, null, null, null, null, null, null, 100, null, null],
        /* 17 */ ["评价结论", "结合自评情况，说明项目自评总分，说明项目实施取得的成效或成果。（200字以内）"],
        /* 18 */ ["存在问题", "结合自评情况，分析存在的问题及原因。（200字以内）"],
        /* 19 */ ["改进措施", "针对项目自评中发现的问题，提出下一步改进完善的意见及有关政策性建议。（200字以内）"],
      ],
      merges: [
        ...SICHUAN_HEAD_MERGES,
        "A7:A12",
        "I7:K7",
        "I8:K12",
        "A13:A15",
        "A16:H16",
        "B17:K17",
        "B18:K18",
        "B19:K19",
      ],
      tables: ["A3:K19"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: {} }],
    skippedSheets: [],
    findings: [
      {
        rule: "execution-reason",
        severity: "warning",
        sheet: SHEET,
        cell: "I8",
        why: "调整后预算数 251.89 ≠ 年初预算 238.93 (+12.96, +5.42%) and the 原因 cell holds only the template's instruction text, which counts as empty. (执行率 100% ≥ 90% is not the trigger.)",
      },
      {
        rule: "value-unparsed",
        severity: "warning",
        sheet: SHEET,
        cell: "H14",
        why: "Quantitative row (= 100 %) with a blank 完成值: B cannot be read, so no ŝ and no score check for 发放（缴纳）覆盖率.",
      },
      {
        rule: "value-unparsed",
        severity: "warning",
        sheet: SHEET,
        cell: "H15",
        why: "Quantitative row (= 100 %) with a blank 完成值 for 足额保障率（参保率）.",
      },
      {
        rule: "grade-withheld",
        severity: "info",
        sheet: SHEET,
        cell: "J16",
        why: "Rows 14 and 15 have neither a ŝ (blank 完成值) nor an entered 得分: no recommended total or grade, and the info names both rows.",
      },
    ],
    infosComplete: true,
    notes: [
      "Transcribed as published: 完成值 (H14, H15), indicator 得分 (J14, J15), the budget 得分 (H8) and the 合计 得分 (J16) are blank; narrative cells hold the template prompts.",
      "Budget: 执行率 251.89 ÷ 251.89 = 100.00% correct. The budget 得分 H8 is blank: there is nothing entered to compare, so execution-score reports nothing; the run fills it with ŝ = 10 (a recalculation, not a finding).",
      "Indicator 得分 blank and not computable (no B) → not filled, no indicator-score, score-range, met-but-deducted or reason-required (s is not < w when s is absent; no target is known to be missed).",
      "合计 得分 J16 blank: with two indicator scores unknown the total cannot be recalculated → no total-score finding and no fill.",
      "Weights 60 + 30 = 90 + budget 10 = 100 = I16 → no weight-total. funds-breakdown: 238.93 = 238.93 + 0 + 0, 251.89 = 251.89 + 0 + 0 → fine. Sub-rows 0 ÷ 0 shown 0.00% accepted.",
      "Score: nothing entered and no recommended total can be formed (two indicators have no ŝ), so the expected score object is empty ({}): no entered, recommended or grade.",
      "The prompts in 年度目标完成情况 / 评价结论 / 存在问题 / 改进措施 are not rule-bound cells; no rule reports them.",
    ].join(" "),
  },
};
