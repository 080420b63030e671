// Real table r8 (湖南 衡阳 衡山县商务和粮食局, 县级储备粮 2020年度县级专项资金绩效目标自评表, a .docx
// shown at https://taowenge.com/p-72820237.html). A scoreless 县级专项资金 form (no 分值, no 得分), as
// published, with what differs from the other fixtures:
// - the head names the money, not a project: 专项资金名称 / 负责人及电话, 县级主管部门 / 实施单位;
// - 全年预算数(A) / 全年执行数(B) / 执行率(B/A), no 年初预算数; 其中:中央、省、市补助县级资金;
// - 年初设定目标 / 全年实际完成情况; 年度指标值 / 全年完成值 / 未完成原因和改进措施;
// - the table runs over two pages of the .docx and the second page repeats the side label 绩效指标 and
//   the 一级 label 效益指标 in cells of their own (reproduced: A22 and B22 start new cells);
// - 政策性挂账利息补贴保障率 has 无 as its 全年完成值 with the reason 没有轮换、动用库存;
// - a 说明 row (无) and the form's 注 under the table.
// The page runs the cells together (the line breaks inside cells show as spaces, kept here as line
// breaks); the columns are restored from the header order. One figure is restored: the page shows
// the 市民满意度调查 target as "290%", read here as ≥90% (the ≥ lost in the page's text, which prints
// it nowhere else either; 100% is the 全年完成值). The stored copy ends inside 注 1 (“…同一项目的自”);
// so does the sheet.
import type { WorkbookSpec } from "./types";

const SHEET = "县级专项资金绩效目标自评表";

export const hunanHengshan2020: WorkbookSpec = {
  file: "12_hunan_hengshan_2020.xlsx",
  dir: "test/fixtures",
  source: "real table r8 (湖南 衡山县 县级储备粮 2020年度县级专项资金绩效目标自评表), as published; ends inside 注 1",
  sheets: [
    {
      name: SHEET,
      widths: [8, 8, 10, 30, 12, 12, 22],
      titleRows: [1],
      rows: [
        /* 1 */ ["2020年度县级专项资金绩效目标自评表"],
        /* 2 */ ["专项资金名称", "县级储备粮", null, "负责人及电话", "旷建成、向建军"],
        /* 3 */ ["县级主管部门", "衡山县商务和粮食局", null, "实施单位", "粮食调控储备与产业发展股"],
        /* 4 */ ["项目资金\n(万元)", null, null, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        /* 5 */ [null, "年度资金总额", null, 194.9, 194.9, { v: 1, fmt: "0%" }],
        /* 6 */ [null, "其中:中央、省、市补助县级资金", null, 194.9, 194.9, { v: 1, fmt: "0%" }],
        /* 7 */ [null, "其他资金"],
        /* 8 */ ["年度\n总体\n目标", "年初设定目标", null, null, "全年实际完成情况"],
        /* 9 */ [null, "保持和稳定地方粮食储备机制", null, null, "地方储备粮食规模达标"],
        /* 10 */ ["绩\n效\n指\n标", "一级\n指标", "二级\n指标", "三级指标", "年度指标\n值", "全年\n完成值", "未完成原因和\n改进措施"],
        /* 11 */ [null, "产\n出\n指\n标", "数量\n指标", "5000吨稻谷、500吨成\n品粮储备到位率", "100%", "100%"],
        /* 12 */ [null, null, null, "库存数量真实率", "100%", "100%"],
        /* 13 */ [null, null, "质量\n指标", "县级储备粮管理制\n度严格执行率", "100%", "100%"],
        /* 14 */ [null, null, null, "储备粮管理专户管\n理率", "100%", "100%"],
        /* 15 */ [null, null, null, "县级储备粮库存粮\n食明显变质比例", 0, 0],
        /* 16 */ [null, null, "时效\n指标", "县级储备粮贷款付\n息及时率", "100%", "100%"],
        /* 17 */ [null, null, null, "县级储备粮应急保\n障率", "100%", "100%"],
        /* 18 */ [null, null, "成本\n指标", "国家政策性粮收购\n价格执行率", "100%", "100%"],
        /* 19 */ [null, null, null, "县级储备粮库存成\n本核算率", "100%", "100%"],
        /* 20 */ [null, "效益\n指标", "经济\n效益\n指标", "利息费用保障率", "100%", "100%"],
        /* 21 */ [null, null, null, "政策性挂账利息补\n贴保障率", "100%", "无", "没有轮换、动用库存"],
        /* 22 */ ["绩效\n指标", "效\n益\n指\n标", "生态\n效益\n指标", "低温、低氧、低剂量\n科学保粮率", "100%", "100%"],
        /* 23 */ [null, null, null, "食品安全指标达标\n率", "100%", "100%"],
        /* 24 */ [null, null, "可持\n续影\n响指标", "粮食储备设备维\n护及安全性", "高", "高"],
        /* 25 */ [null, "满意\n度指\n标", "服务\n对象\n满意\n度指\n标", "因粮食市场波动引\n起的粮食安全事件\n发生数", "0起", "0起"],
        /* 26 */ [null, null, null, "市民满意度调查", "≥90%", "100%"],
        /* 27 */ ["说明", "无"],
        /* 28 */ ["注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自"],
      ],
      merges: [
        "A1:G1",
        "B2:C2",
        "E2:G2",
        "B3:C3",
        "E3:G3",
        "A4:A7",
        "B4:C4",
        "F4:G4",
        "B5:C5",
        "F5:G5",
        "B6:C6",
        "F6:G6",
        "B7:C7",
        "F7:G7",
        "A8:A9",
        "B8:D8",
        "E8:G8",
        "B9:D9",
        "E9:G9",
        "A10:A21",
        "B11:B19",
        "C11:C12",
        "C13:C15",
        "C16:C17",
        "C18:C19",
        "B20:B21",
        "C20:C21",
        "A22:A26",
        "B22:B24",
        "C22:C23",
        "B25:B26",
        "C25:C26",
        "B27:G27",
        "A28:G28",
      ],
      tables: ["A2:G27"],
      left: ["B9:G9", "D11:D26", "A28:G28"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval" }],
    skippedSheets: [],
    findings: [
      {
        rule: "value-unparsed",
        severity: "info",
        sheet: SHEET,
        cell: "F21",
        why: "政策性挂账利息补贴保障率 is quantitative (年度指标值 100%) and its 全年完成值 is 无: no figure to compare, so the result checks did not run; the reason 没有轮换、动用库存 says why there is none, so it is an info, not a warning.",
      },
    ],
    infosComplete: true,
    notes: [
      "Funds: 194.9 = 194.9 (其中:中央、省、市补助县级资金) in both columns; 执行率 194.9 ÷ 194.9 = 100% (1 in 0%) on both rows: right.",
      "No 分值 or 得分 column anywhere: a scoreless form; no score, no grade, no template-incomplete.",
      "Both parts of the table bind as one: the repeated 绩效指标 (A22) and 效益指标 (B22) cells after the page break start a second 效益指标 group, and 说明 ends the table.",
      "Every other row meets its target: 100% → 100%, 0 → 0 (变质比例), 高 → 高, 0起 → 0起, ≥90% → 100%.",
    ].join(" "),
  },
};
