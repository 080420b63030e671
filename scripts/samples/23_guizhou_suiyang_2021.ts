// Real table r18 (贵州 遵义 绥阳县太白镇人民政府, 部门整体支出绩效自评表 for 2021, 填报日期 2022年2月3日),
// published at https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html
// A 贵州 township's 部门整体 form, with what differs from every other fixture:
// - 单位(盖章): and 填报日期 on the row under the title, then 部门(单位)名称;
// - the funds block is headed 部门(单位)总体\n资金(万元) (vertical, merged down) and 资 金 来 源 (with the
//   form's spaces), with ONE budget column 年初预算数(A) beside 全年执行数(B), 分值(10分) carrying its
//   weight in the label, 得分, and a column 得分计算方法 whose cell holds the method as a sentence
//   (执行率*该指标分值,最高不得超过分值上限。), merged down over the funds rows;
// - the breakdown rows are 基本支出 / 项目支出 / 其他 (not 其中:财政拨款), and the first two repeat 分值 10
//   and 得分 10 beside the total row's;
// - spending above the 年初 budget: 1268.72 of 1172.55 (108.20%), the 项目支出 row 353.75 of 187.36;
// - the indicator header has a column 得分计算方法 between 分值 and the 得分 after it.
// The page prints the sheet as an HTML table of ten columns; the store's copy of the page stops inside
// the indicator header, at “得分计算”, so the sheet stops there (no indicator row, no 总分 row). The
// columns are restored from the header order; 资金来源 and the goal texts span the columns the page's
// empty cells show. The line break in 部门(单位)总体 资金(万元) is the page's.
import type { WorkbookSpec } from "./types";

const SHEET = "部门整体支出绩效自评表";

export const guizhouSuiyang2021: WorkbookSpec = {
  file: "23_guizhou_suiyang_2021.xlsx",
  dir: "test/fixtures",
  source:
    "real table r18 (贵州 绥阳县太白镇人民政府 部门整体支出绩效自评表 2021, 填报日期 2022-02-03), 年初预算数(A) only, 得分计算方法 column, as published; ends inside the indicator header",
  sheets: [
    {
      name: SHEET,
      widths: [10, 12, 12, 16, 13, 13, 10, 10, 14, 16],
      titleRows: [1],
      rows: [
        /* 1 */ ["部门整体支出绩效自评表"],
        /* 2 */ ["单位(盖章):绥阳县太白镇人民政府", null, null, null, null, null, "填报日期:2022年2月3日"],
        /* 3 */ ["部门(单位)名称", null, "绥阳县太白镇人民政府"],
        /* 4 */ ["部门(单位)总体\n资金(万元)", "资 金 来 源", null, null, "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分", "得分计算方法"],
        /* 5 */ [null, "年度资金总额:", null, null, 1172.55, 1268.72, 10, 10, "执行率*该指标分值,最高不得超过分值上限。"],
        /* 6 */ [null, "基本支出", null, null, 985.19, 914.97, 10, 10],
        /* 7 */ [null, "项目支出", null, null, 187.36, 353.75, 10, 10],
        /* 8 */ [null, "其他"],
        /* 9 */ ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况"],
        /* 10 */ [
          null,
          "(1)制定和组织实施经济、科技和社会发展计划,制定资源开发技术改造和产业结构调整方案,组织指导好各业生产,搞好商品流通,协调好本乡与外地区的经济交流与合作,抓好招商引资,人才引进项目开发,不断培育市场体系,组织经济运行,促进经济发展。(2)制定并组织实施村镇建设规划,部署重点工程建设,地方道路建设及公共设施,水利设施的管理,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。(3)按计划组织本级财政收入和地方税的征收,完成国家财政计划,不断培植税源,管好财政资金,增强财政实力。(4)完成上级政府交办的其它事项。",
          null,
          null,
          null,
          "(1)积极履职,强化管理,较好地完成本年工作任务。 (2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平得到提升 (3)制定并组织实施村镇建设规划,负责土地、林木、水等自然资源和生态环境的保护,做好护林防火工作。 (4)按计划组织本级财政收入和地方税的征收,管好财政资金,增强财政实力。 (5)完成上级政府交办的其它事项。",
        ],
        /* 11 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分计算"],
      ],
      merges: [
        "A1:J1",
        "A2:F2",
        "G2:J2",
        "A3:B3",
        "C3:J3",
        "A4:A8",
        "B4:D4",
        "I4:J4",
        "B5:D5",
        "I5:J8",
        "B6:D6",
        "B7:D7",
        "B8:D8",
        "A9:A10",
        "B9:E9",
        "F9:J9",
        "B10:E10",
        "F10:J10",
      ],
      tables: ["A3:J11"],
      left: ["A2:A2", "B10:J10"],
      heights: { 10: 150 },
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "dept-eval", score: { entered: "10" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "over-budget",
        severity: "warning",
        sheet: SHEET,
        cell: "F5",
        why: "全年执行数 1268.72 above the only budget column, 年初预算数(A) 1172.55: 1268.72 ÷ 1172.55 = 108.20% (the 项目支出 row: 353.75 of 187.36). Spending above the budget needs checking (a mid-year addition is the usual reason, and the form has no column for the adjusted budget); 得分 10 = the weight stays right (capped).",
      },
      {
        rule: "template-incomplete",
        severity: "error",
        sheet: SHEET,
        cell: "G11",
        why: "The indicator header has 分值 (G11) but no 得分 column: the sheet stops at “得分计算” (H11), as the stored page does. 得分计算方法 is the method, not the score, so the checks of row scores cannot run.",
      },
      {
        rule: "template-incomplete",
        severity: "error",
        sheet: SHEET,
        cell: "A11",
        why: "The indicator block has its header and not a single indicator row: the table holds the budget's 10 points only. One cause, one finding: grade-withheld's info (no recommended total and no grade — 10.00 would grade the 部门 差 for indicators that are not on the sheet; before the fix: 建议 10.00 · 等级 差) is this error's detail.",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one 部门整体 table (部门整体支出绩效自评表, 部门(单位)名称): funds header row 4 with 年初预算数(A) as the budget column (the only one), 全年执行数(B), 分值(10分), 得分; total row 5; goals rows 9–10; indicator header row 11 and nothing under it.",
      "Funds: 985.19 + 187.36 = 1172.55 and 914.97 + 353.75 = 1268.72 (checked with decimal.js): the breakdown adds up. Rate 1268.72 ÷ 1172.55 = 1.0820… → 108.20%; ŝ = min(rate, 1) × 10 = 10 = 得分 H5 (no execution-score finding). The 10 / 10 repeated on 基本支出 and 项目支出 are not the budget's score and are not checked.",
      "Entered 10 (no 总分 row: the scores present). No recommended total and no grade: the table has no indicator row.",
    ].join(" "),
  },
};
