// Real table r10 (湖北 黄冈市水土保持与农田水利科研所, 2020年度水土保持监测项目绩效自评表, 填报日期
// 2021年3月10日; a .docx shown on a document-sharing page whose stored copy in the search store carries
// no address). The 湖北 project form of fixture 09, this time with its figures, and with what differs
// from every other fixture:
// - TWO goal blocks, 年度绩效目标1(40分) and 年度绩效目标2(40分), each a vertical side label in column A
//   merged down over its own header row (一级指标 / 二级指标 / 三级指标 / 年初目标值(A) / 实际完成值(B) /
//   得分) and its rows: the indicator header is repeated in the middle of the table;
// - no 分值 column anywhere (the weights are the block labels' (40分) and the funds label's (20分));
// - 预算执行情况(万元)(20分) with 得分(20分*执行率): the budget is worth 20, not 10;
// - 二级 labels of this form (质量指标, 进度指标, 满意度指标, 社会效益指标) and empty printed rows
//   (社会效益指标, 满意度指标 / 服务对象满意度指标 in block 2, nothing entered);
// - 总分 after the second block, then 偏差大或目标未完成原因分析 and 改进措施及结果应用方案 (both empty)
//   and the 备注, where the stored copy stops (“…预算数为调整后财政资金”); so does the sheet.
// The page runs the cells together; the columns are restored from the header order, and the merges
// are those of the 湖北 form (fixture 09). In block 1's 满意度 row the page prints the form's own
// “服务对象满意度指标” and the name the unit typed (“整编资料审核”) as one run; they are kept in the
// one 三级 cell, on two lines. 项目类别 / 项目属性 / 项目类型 lost their tick boxes on the page, as here.
import type { WorkbookSpec } from "./types";

const SHEET = "项目绩效自评表";

export const hubeiHuanggang2020: WorkbookSpec = {
  file: "14_hubei_huanggang_2020.xlsx",
  dir: "test/fixtures",
  source:
    "real table r10 (湖北 黄冈 水土保持监测 2020年度项目绩效自评表, 填报日期 2021-03-10), two goal blocks with repeated headers, as published; ends inside 备注 1",
  sheets: [
    {
      name: SHEET,
      widths: [10, 12, 14, 26, 14, 14, 12],
      titleRows: [1],
      rows: [
        /* 1 */ ["2020年度水土保持监测项目绩效自评表"],
        /* 2 */ ["单位名称:黄冈市水土保持与农田水利科研所", null, null, null, "填报日期:2021年3月10日"],
        /* 3 */ ["项目名称", null, "水土保持监测"],
        /* 4 */ ["主管部门", null, "黄冈市水利和湖泊局", null, "项目实施单位", "本单位"],
        /* 5 */ ["项目类别", null, "1、上级专项 2、本级专项"],
        /* 6 */ ["项目属性", null, "1、持续性项目 2、新增性项目"],
        /* 7 */ ["项目类型", null, "1、常年性项目 2、延续性项目 3、一次性项目"],
        /* 8 */ ["预算执行情况(万元)(20分)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
        /* 9 */ ["年度财政资金总额", null, null, 10, 10, { v: 1, fmt: "0%" }, 20],
        /* 10 */ ["年度绩效目标1(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        /* 11 */ [null, "产出指标", "质量指标", "监测数据必须合格", "100%", "100%", 10],
        /* 12 */ [null, null, "进度指标", "取得2018-2022监测资料", "100%", "100%", 10],
        /* 13 */ [null, "效益指标", "满意度指标", "服务对象满意度指标\n整编资料审核", "98%", "98%", 19.6],
        /* 14 */ ["年度绩效目标2(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        /* 15 */ [null, "产出指标", "质量指标", "监测数据资料整编", "100%", "100%", 20],
        /* 16 */ [null, null, "进度指标", "完成年度资料上报", "100%", "100%", 20],
        /* 17 */ [null, "效益指标", "社会效益指标"],
        /* 18 */ [null, null, "满意度指标", "服务对象满意度指标"],
        /* 19 */ ["总分", null, null, null, null, null, 99.6],
        /* 20 */ ["偏差大或目标未完成原因分析"],
        /* 21 */ ["改进措施及结果应用方案"],
        /* 22 */ ["备注:1.预算执行情况口径:预算数为调整后财政资金"],
      ],
      merges: [
        "A1:G1",
        "A2:D2",
        "E2:G2",
        "A3:B3",
        "C3:G3",
        "A4:B4",
        "C4:D4",
        "F4:G4",
        ...[5, 6, 7].flatMap((r) => [`A${r}:B${r}`, `C${r}:G${r}`]),
        "A8:C8",
        "A9:C9",
        "A10:A13",
        "B11:B12",
        "A14:A18",
        "B15:B16",
        "B17:B18",
        "A19:F19",
        "A20:C20",
        "D20:G20",
        "A21:C21",
        "D21:G21",
        "A22:G22",
      ],
      tables: ["A3:G21"],
      left: ["A2:A2", "A22:A22"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "99.6", recommended: "99.60", grade: "优" } }],
    skippedSheets: [],
    findings: [],
    infosComplete: true,
    notes: [
      "ONE project table (not two, and not 部门整体: 单位名称 heads this project form, which names its 项目名称): funds header row 8 (预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率)), total row 9, indicator header row 10, and row 14 — the same header printed again for 年度绩效目标2 — continues the table; 总分 row 19.",
      "Budget: 10 ÷ 10 = 100% (F9 = 1, 0%) is right; its weight is the label's (20分) and 得分 20 = 100% × 20.",
      "No 分值 column: no row weight is printed (the blocks carry (40分) only), so no row can be recomputed and no weight rule applies; every row has an entered score, so the recommended total is the budget's ŝ plus the entered scores: 20 + 10 + 10 + 19.6 + 20 + 20 = 99.60 = 总分 G19 (checked with decimal.js), grade 优.",
      "整编资料审核 98% → 98% is met yet scored 19.6 — if its weight is the 20 left of block 1's 40 after 10 + 10, the unit scored 98% × 20 instead of full marks; the table does not print that weight, so a checker cannot assert it: no finding (see the report on rule coverage).",
      "Rows 17 (社会效益指标, nothing entered) and 18 (the form's printed 服务对象满意度指标, nothing entered) are empty rows of the form, not indicators: no grade-withheld info for them.",
    ].join(" "),
  },
};
