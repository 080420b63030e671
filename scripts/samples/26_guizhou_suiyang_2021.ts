// Real table r21 (贵州 遵义 绥阳县太白镇人民政府, 部门整体支出绩效自评表, 填报日期 2022年2月3日 — the
// 2021 年度 table, published with the town's 2021 决算 on 2022-08-24):
// https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html
// The 贵州 (遵义) 部门整体 form, unlike every other fixture:
// - the funds block is 部门(单位)总体\n资金(万元) with a 资 金 来 源 row-label column (spaced letters) and
//   only TWO money columns: 年初预算数(A) and 全年执行数(B) — no 全年预算数; the rate is B / A;
// - 分值(10分) carries its weight in the label; 得分计算方法 holds the rule in words beside the total:
//   执行率*该指标分值,最高不得超过分值上限。 (the rate times the weight, capped at the weight);
// - the rows are 年度资金总额: / 基本支出 / 项目支出 / 其他 (parts by kind of spending, not by source),
//   and each part repeats 分值 10 and 得分 10 beside the total's;
// - the town spent MORE than its initial budget: 1268.72 of 1172.55 (108.20%), with 项目支出 at 353.75
//   of 187.36 (188.81%) and 基本支出 at 914.97 of 985.19 (92.87%);
// - 年度总体目标 | 年初设定目标 | 年度总体目标完成情况, the texts numbered (1) … (4) and (1) … (5);
// - 单位(盖章): and 填报日期: in the row under the title.
// The page prints the table as a text grid; each cell is placed in the column of its header. The page
// stops inside the indicator header (… | 分值 | 得分计算…): the sheet keeps the header cells shown
// whole and stops there, so the table has an indicator header and no indicator row.
import type { WorkbookSpec } from "./types";

const SHEET = "部门整体支出绩效自评表";

const goal =
  "(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,搞好商品流通,协调好本乡与外地区的经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济运行,促进经济发展。(2)制定并组织实施村镇建设规划,部署重点工程建设,地方道路建设及公共设施,水利设施的管理,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的征收,完成国家财政计划,不断培植税源,管好财政资金,增强财政实力。(4)完成上级政府交办的其它事项。";
const done =
  "(1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平得到提升 (3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。 (4)按计划组织本级财政收入和地方税的征收,管好财政资金,增强财政实力。 (5)完成上级政府交办的其它事项。";

export const guizhouSuiyang2021: WorkbookSpec = {
  file: "26_guizhou_suiyang_2021.xlsx",
  dir: "test/fixtures",
  source: "real table r21 (贵州 绥阳县太白镇人民政府 部门整体支出绩效自评表 2021), 年初预算数(A) / 全年执行数(B) only, as published; ends in the indicator header",
  sheets: [
    {
      name: SHEET,
      widths: [14, 12, 12, 12, 11, 8, 12, 12, 12, 12],
      titleRows: [1],
      rows: [
        /* 1 */ ["部门整体支出绩效自评表"],
        /* 2 */ ["单位(盖章):绥阳县太白镇人民政府", null, null, null, null, null, "填报日期:2022年2月3日"],
        /* 3 */ ["部门(单位)名称", "绥阳县太白镇人民政府"],
        /* 4 */ ["部门(单位)总体\n资金(万元)", "资 金 来 源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分", "得分计算方法"],
        /* 5 */ [null, "年度资金总额:", 1172.55, 1268.72, 10, 10, "执行率*该指标分值,最高不得超过分值上限。"],
        /* 6 */ [null, "基本支出", 985.19, 914.97, 10, 10],
        /* 7 */ [null, "项目支出", 187.36, 353.75, 10, 10],
        /* 8 */ [null, "其他"],
        /* 9 */ ["年度总体目标", "年初设定目标", null, null, null, null, "年度总体目标完成情况"],
        /* 10 */ [null, goal, null, null, null, null, done],
      ],
      merges: ["A1:J1", "A2:F2", "G2:J2", "B3:J3", "A4:A8", "G4:J4", "G5:J8", "A9:A10", "B9:F9", "G9:J9", "B10:F10", "G10:J10"],
      tables: ["A3:J10"],
      left: ["A2:J2", "B5:B8", "G5:J5", "B10:J10"],
      heights: { 10: 150 },
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "dept-eval" }],
    skippedSheets: [],
    findings: [
      {
        rule: "template-incomplete",
        severity: "error",
        sheet: SHEET,
        cell: "A1",
        why: "The sheet has the funds block and the goals but no indicator block (the page stops inside the indicator header): a 部门整体支出绩效自评表 always has one, and the indicator checks cannot run. The finding points at the table's title, as for a missing block.",
      },
      {
        rule: "over-budget",
        severity: "warning",
        sheet: SHEET,
        cell: "D5",
        why: "全年执行数 1268.72 > 年初预算数(A) 1172.55: 1268.72 ÷ 1172.55 = 108.2018% → 108.20%, 96.17 above the budget (项目支出 353.75 of 187.36, 188.81%). The form has no 全年预算数 column, so the excess is most likely a mid-year addition the table cannot show; the message names the 年初预算数 and asks for the amount added (before: it called 1172.55 the 全年预算数). The budget score stays capped: min(108.20% × 10, 10) = 10, as entered.",
      },
    ],
    infosComplete: true,
    notes: [
      "Bound: a dept-eval table (部门(单位)名称 绥阳县太白镇人民政府); the funds block 部门(单位)总体资金(万元) with 年初预算数(A) as the budget the rate divides by (the only budget column), 全年执行数(B) the spending, 分值(10分) the weight and 得分 the score; 年度资金总额: the total, 基本支出 and 项目支出 its parts (其他 is empty). 得分计算方法 is the rule in words, not a value.",
      "Arithmetic: 985.19 + 187.36 = 1172.55 and 914.97 + 353.75 = 1268.72, so the parts add up (no funds-breakdown). Rate 1268.72 ÷ 1172.55 = 108.2018%; the score by the printed method, 执行率 × 分值 capped at 分值, is min(10.82, 10) = 10 = entered (no execution-score).",
      "The parts repeat 分值 10 and 得分 10: 基本支出 914.97 ÷ 985.19 = 92.8724%, which by the same method would be 9.29, not 10. The budget is scored once, on the total (the three 10s are not added), so the parts' scores are not checked (see the doubts).",
      "No indicator row, so no score and no grade (before: entered 10, recommended 10.00, 差 — the budget's 10 points judged as the whole table, 90 points of indicators nobody has seen; as 18, which has no funds score, gets none). template-incomplete says why.",
    ].join(" "),
  },
};
