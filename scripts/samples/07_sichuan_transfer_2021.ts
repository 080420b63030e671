// Real table r2 (四川 阆中市交通运输局, 中央车购税对地方补助资金绩效目标自评表 2021, published at
// http://langzhong.gov.cn/zwgk/zdlygk/zxzj/202208/t20220817_1715346.html): a transfer-payment
// 绩效目标自评表 with NO 分值 or 得分 columns by design — 全年预算数(A) / 全年执行数(B) / 预算执行率(B/A),
// 其中：中央补助 / 地方资金, 指标值 / 全年实际完成值 / 未完成原因和改进措施 and the official `……`
// placeholder rows. As on the page: the 一级 cells of the 产出 and 效益 rows are empty (only
// 满意度指标 shows), and the 指标值 / 全年实际完成值 columns hold 20, 20, 10 … (sum 100). The page ends
// inside 说明 3.; so does the sheet.
import type { WorkbookSpec } from "./types";

const SHEET = "绩效目标自评表";

export const sichuanTransfer2021: WorkbookSpec = {
  file: "07_sichuan_transfer_2021.xlsx",
  dir: "test/fixtures",
  source: "real table r2 (四川 阆中 车购税 转移支付 绩效目标自评表 2021), as published",
  sheets: [
    {
      name: SHEET,
      widths: [12, 10, 14, 30, 14, 16, 24],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评"],
        /* 2 */ ["(2021年度)"],
        /* 3 */ ["转移支付(项目)名称", null, "车辆购置税收入补助地方资金(普通省道公路建设)"],
        /* 4 */ ["中央主管部门", null, "财政部"],
        /* 5 */ ["地方主管部门", null, "阆中市交通运输局", null, "资金使用单位", "阆中市交通运输局"],
        /* 6 */ ["项目资金\n(万元)", null, null, null, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
        /* 7 */ [null, "年度资金总额:", null, null, 4000, 4000, { v: 1, fmt: "0%" }],
        /* 8 */ [null, " 其中:中央补助", null, null, 4000, 4000, { v: 1, fmt: "0%" }],
        /* 9 */ [null, "地方资金"],
        /* 10 */ [null, " 其他资金"],
        /* 11 */ ["总体目标完成情况", "总体目标", null, null, "全年实际完成情况"],
        /* 12 */ [null, "按计划完成2021年度省道公路建设。", null, null, "建设普通省道二级公路32.1公里,保证道路安全畅通。"],
        /* 13 */ ["绩效指标", "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
        /* 14 */ [null, null, "数量指标", "建设普通省道二级公路32.1公里", 20, 20],
        /* 15 */ [null, null, "质量指标", "建设符合验收要求", 20, 20],
        /* 16 */ [null, null, "时效指标", "按期完成投资", 10, 10],
        /* 17 */ [null, null, "成本指标"],
        /* 18 */ [null, null, null, "……"],
        /* 19 */ [null, null, "经济效益\n指标", "对经济发展的促进作用", 10, 10],
        /* 20 */ [null, null, "社会效益\n指标", "基本公共服务水平", 10, 10],
        /* 21 */ [null, null, "生态效益\n指标", "交通建设符合环评审批要求", 10, 10],
        /* 22 */ [null, null, "可持续影响指标"],
        /* 23 */ [null, null, null, "……"],
        /* 24 */ [null, "满意度指标", "服务对象\n满意度指标", "改善通行服务水平群众满意度", 20, 20],
        /* 25 */ [null, null, null, "……"],
        /* 26 */ [
          "说明",
          "注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报。\n    2.其他资金包括与中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金,以及以前年度的结转结余资金等。\n    3.全年执行数是指按照国库集中支付制度要",
        ],
      ],
      merges: ["A1:G1", "A2:G2", "A3:B3", "C3:G3", "A4:B4", "C4:G4", "A5:B5", "C5:D5", "A6:A10", "B6:D6", ...[7, 8, 9, 10].map((r) => `B${r}:D${r}`), "A11:A12", "B11:D11", "E11:G11", "B12:D12", "E12:G12", "A13:A25", "B24:B25", "C24:C25", "B26:G26"],
      tables: ["A3:G26"],
      left: ["B12:G12", "B26:G26"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval" }],
    skippedSheets: [],
    findings: [
      {
        rule: "values-look-like-weights",
        severity: "warning",
        sheet: SHEET,
        cell: "E14",
        why: "A scoreless form whose 指标值 column holds bare numbers adding up to 100 (20 + 20 + 10 + 10 + 10 + 10 + 20), equal to the 全年实际完成值, against indicators such as 建设普通省道二级公路32.1公里: weights typed into the target and result columns.",
      },
    ],
    infosComplete: false,
    notes: [
      "Funds: 4000 = 4000 (中央补助) in both columns; 执行率 4000 ÷ 4000 = 100% (1 in 0%), right, also on the 其中 row.",
      "No 分值 or 得分 column anywhere: a scoreless form; no score, no grade, no template-incomplete.",
      "The `……` rows and the empty 成本指标 / 可持续影响指标 rows are placeholders, not indicators.",
    ].join(" "),
  },
};
