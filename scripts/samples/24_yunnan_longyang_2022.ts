// Real table r19 (云南 保山 隆阳区土壤肥料工作站, 隆阳区2021年中央化肥减量增效示范县项目补助资金,
// 2022年度项目支出绩效自评表, 填报日期 2023年3月20日; page dated 2023-05-29, 发文机构 隆阳区农业农村局),
// published at https://longyang.gov.cn/info/5311/13352539.htm
// Not the 云南 form of fixtures 02 / 15 but the form of fixtures 09 / 14 / 16 / 25 (预算执行情况(万元)(20分),
// 得分(20分*执行率), 年初目标值(A) / 实际完成值(B) / 得分, no 分值 column), with what differs from them:
// - ONE block label 年度绩效目标\n(80分) as the side label of the indicator header;
// - 项目类别 / 项目属性 with the form's tick boxes printed as the Wingdings letters £ (empty) and R
//   (ticked): 3、上级转移支付项目 R, 2、新增性项目 R;
// - money to four decimals (278.4449) and a very low execution: 30.00 of 278.4449 = 10.77%, 得分 2.16;
// - numbered indicators: 一、示范区建立 ≧20000亩 → 20000亩, 15.0, then its breakdown 1、水稻侧深施肥+缓控释肥
//   5.0 + 2、玉米种肥同播+缓控释肥 5.0 + 3、施用配方肥 5.0 = 15.0 (500 + 1000 + 18500 = 20000亩), and
//   二、化肥减量增效田间试验 15.0 over 1、… 5.0 + 5.0 + 3.0 + 2.0 (5 + 5 + 3 + 2 = 15组); 三、 and 四、
//   without a breakdown; scores typed with one decimal (15.0);
// - the 二级 label 社会效益效益指标 (效益 twice, as printed), `≧` (U+2267) for ≥.
// The page prints the table as an HTML grid whose empty cells it drops; the columns are restored from
// the header order. The merges are the form's (fixture 14). The stored copy of the page stops at the
// first characters of the next 二级 label (生态); so does the sheet: the rest of 效益, 满意度, 总分 and
// the 原因分析 rows are not on it.
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const yunnanLongyang2022: WorkbookSpec = {
  file: "24_yunnan_longyang_2022.xlsx",
  dir: "test/fixtures",
  source:
    "real table r19 (云南 保山 隆阳区 中央化肥减量增效示范县项目补助资金 2022年度项目支出绩效自评表, 填报日期 2023-03-20), numbered rows 一、 over 1、2、3、 breakdowns, as published; ends at the 生态 label",
  sheets: [
    {
      name: SHEET,
      widths: [12, 10, 14, 28, 14, 14, 12],
      titleRows: [1],
      rows: [
        /* 1 */ ["2022年度项目支出绩效自评表"],
        /* 2 */ ["单位名称:隆阳区土壤肥料工作站", null, null, null, "填报日期:2023年3月20日"],
        /* 3 */ ["项目名称", null, "隆阳区2021年中央化肥减量增效示范县项目补助资金"],
        /* 4 */ ["主管部门", null, "隆阳区农业农村局", null, "项目实施单位", "隆阳区土壤肥料工作站"],
        /* 5 */ ["项目类别", null, "1、部门预算项目 £ 2、区直专项 £ 3、上级转移支付项目 R"],
        /* 6 */ ["项目属性", null, "1、持续性项目 £ 2、新增性项目 R"],
        /* 7 */ ["预算执行情况(万元)\n(20分)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        /* 8 */ ["年度财政资金总额", null, null, 278.4449, { v: 30, fmt: "0.00" }, { v: 0.1077, fmt: "0.00%" }, 2.16],
        /* 9 */ ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        /* 10 */ [null, "产出指标", "数量指标", "一、示范区建立", "≧20000亩", "20000亩", { v: 15, fmt: "0.0" }],
        /* 11 */ [null, null, null, "1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", { v: 5, fmt: "0.0" }],
        /* 12 */ [null, null, null, "2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", { v: 5, fmt: "0.0" }],
        /* 13 */ [null, null, null, "3、施用配方肥", "≧18500亩", "18500亩", { v: 5, fmt: "0.0" }],
        /* 14 */ [null, null, null, "二、化肥减量增效田间试验", "≧15组", "15组", { v: 15, fmt: "0.0" }],
        /* 15 */ [null, null, null, "1、肥料利用率", "≧5组", "5组", { v: 5, fmt: "0.0" }],
        /* 16 */ [null, null, null, "2、化肥减量增效", "≧5组", "5组", { v: 5, fmt: "0.0" }],
        /* 17 */ [null, null, null, "3、其他试验(水稻)", "≧3组", "3组", { v: 3, fmt: "0.0" }],
        /* 18 */ [null, null, null, "4、其他试验(玉米)", "≧2组", "2组", { v: 2, fmt: "0.0" }],
        /* 19 */ [null, null, null, "三、土样植株化验", "≧60个", "105个", { v: 5, fmt: "0.0" }],
        /* 20 */ [null, null, null, "四、农户施肥情况调查(户)", "≧300户", "300户", { v: 5, fmt: "0.0" }],
        /* 21 */ [null, null, "质量指标", "示范区配方肥到位率", "≧80%", "85.6%", { v: 10, fmt: "0.0" }],
        /* 22 */ [null, null, "时效指标", "项目按时完成率", "100%", "100%", { v: 10, fmt: "0.0" }],
        /* 23 */ [null, "效益指标", "社会效益效益指标", "受益农户数", "5000户", "5000户", { v: 5, fmt: "0.0" }],
        /* 24 */ [null, null, "生态"],
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
        "A5:B5",
        "C5:G5",
        "A6:B6",
        "C6:G6",
        "A7:C7",
        "A8:C8",
        "A9:A24",
        "B10:B22",
        "C10:C20",
        "B23:B24",
      ],
      tables: ["A3:G24"],
      left: ["A2:A2"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "67.16", recommended: "67.15", grade: "中" } }],
    skippedSheets: [],
    findings: [
      {
        rule: "execution-score",
        severity: "warning",
        sheet: SHEET,
        cell: "G8",
        why: "30.00 ÷ 278.4449 = 10.774124…% (10.77% right); 得分(20分*执行率) = 0.10774124… × 20 = 2.1548 → 2.15, the weight being the block's (20分) (no 分值 cell on this form). The 2.16 typed is 10.8% × 20: the rate rounded to one decimal first.",
      },
      {
        rule: "over-target",
        severity: "warning",
        sheet: SHEET,
        cell: "G19",
        why: "三、土样植株化验 ≧60个 → 105个 = 175.0% of the target (scored 5, full): a target set far too low needs its reason.",
      },
    ],
    infosComplete: true,
    notes: [
      "Binds one project table: funds header row 7 (预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率)), total row 8, indicator header row 9 (年度绩效目标(80分)), indicators rows 10–23; row 24 (生态, the cut 二级 label) is no indicator; no 总分 row.",
      "The numbered rows 1、2、3、 under 一、示范区建立 (5 + 5 + 5 = 15.0) and 1、2、3、4、 under 二、化肥减量增效田间试验 (5 + 5 + 3 + 2 = 15.0) are the 一、 / 二、 rows' breakdowns and are not counted again (before: counted twice — entered and recommended 97.16, 优, 30 points too many). Indicators: 15 + 15 + 5 + 5 + 10 + 10 + 5 = 65, every one met (三、 at 175%).",
      "Before, the block's (20分) was not used as the budget weight: no ŝ, the 2.16 stood unchecked.",
      "Entered 2.16 + 65 = 67.16 (no 总分 row: the scores present); recommended 2.1548 + 65 = 67.1548 → 67.15, 中 (checked with decimal.js), graded on what the sheet holds as in fixture 22 (the 生态 and 满意度 rows, 15 of the 80, are cut off).",
      "The very low execution (10.77%) has no reason cell on this form: its 偏差大或目标未完成原因分析 row is below where the page stops.",
    ].join(" "),
  },
};
