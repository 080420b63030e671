// Real table r14 (福建 中共宁德市委党史和地方志研究室 (原方志委), 2018年度 部门整体支出绩效自评表, 附件9 of the
// unit's 2019-12-31 notice “18年度部门整体支出绩效自评(原方志委)”: http://ndfzw.com/ggl/2019-12-31/7212.html;
// the page shows the attached .xls as text). The earlier 宁德 form of fixture 17, with what differs:
// - FOUR budget columns: 年初部门预算安排金额 / 历年结余结转 / 年中调整金额③ / 小计 ④ = ①+② +③ — the first two
//   labels have lost their ① and ② on the page while the formula still adds them; 年度拨付金额 has no ⑤,
//   支出实现率(%) ⑥=⑤/④, 本年度结余金额 ⑦=④-⑤, 资金结余率 (%) ⑧=⑦/④;
// - the money in 元 (2537695, 2546673.98) under 资金结构 (万元): 2537695 万元 would be 253.8 亿元 for a
//   市 方志 office, whose 2019 target table (same site, 7211.html) states 资金总额 171.41 万元;
// - the rates in whole percent as the .xls shows them (93%, 7%): 2546673.98 ÷ 2751417.82 = 92.5586%;
// - the rows 财政资金小计 / ①中央及省级财政资金 / ②市级财政资金 / ③县(市、区)财政资金 / 其他资金小计 /
//   ①…… / 合 计: the circled numbers number the rows as well as the columns, three rows are empty,
//   ①…… is the form's placeholder;
// - vertical side labels written one character a line (年度\n总体\n目标\n完成\n情况), 一级\n指标, 二级\n指标;
// - the indicator header has a 指标解释 column and 绩效目标值 / 实际完成值 / 指标分值 / 得分, no reason column.
// The page stops inside the first indicator row (产出\n指标\n(60分) | 数量\n指标 | 指标1  按月发放员工工…):
// the sheet stops after the last whole row, the indicator header. Cell values are the page's; the rates
// are written as the .xls most likely holds them, numbers shown with the format 0% (the page cannot say
// whether the cell held 0.93 or the formula's 0.9256; both show 93%, and 0.93 is used).
import type { WorkbookSpec } from "./types";

const SHEET = "部门整体支出绩效自评表";

const pct = (v: number) => ({ v, fmt: "0%" });
const figures = [2537695, 213722.82, 0, 2751417.82, 2546673.98, pct(0.93), 204743.84, pct(0.07)];

export const fujianNingdeFangzhi2018: WorkbookSpec = {
  file: "18_fujian_ningde_fangzhi_2018.xlsx",
  dir: "test/fixtures",
  source: "real table r14 (福建 中共宁德市委党史和地方志研究室 2018年度部门整体支出绩效自评表), money in 元 under (万元), as published; ends after the indicator header",
  sheets: [
    {
      name: SHEET,
      widths: [8, 16, 14, 12, 12, 14, 14, 12, 14, 12],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["部门整体支出绩效自评表"],
        /* 2 */ ["(2018年度)"],
        /* 3 */ ["部门(单位)名称", null, "中共宁德市委党史和地方志研究室", null, null, null, "部门预算编码", "901001033"],
        /* 4 */ ["财政资金安排和使用情况", "资金结构\n(万元)", "预算安排", null, null, null, "拨付情况", null, "结余情况"],
        /* 5 */ [null, null, "年初部门预算安排金额", "历年结余结转", "年中调整金额③", "小计\n④ = ①+② +③", "年度拨付金额", "支出实现率(%)\n⑥=⑤/④", "本年度结余金额\n⑦=④-⑤", "资金结余率\n(%)\n⑧=⑦/④"],
        /* 6 */ [null, "财政资金小计", ...figures],
        /* 7 */ [null, "①中央及省级财政资金"],
        /* 8 */ [null, "②市级财政资金", ...figures],
        /* 9 */ [null, "③县(市、区)财政资金"],
        /* 10 */ [null, "其他资金小计"],
        /* 11 */ [null, "①……"],
        /* 12 */ [null, "合 计", ...figures],
        /* 13 */ ["年度\n总体\n目标\n完成\n情况", "预期目标", null, null, null, "目标实际完成情况"],
        /* 14 */ [
          null,
          "目标1:确保本委在职及退休人员工资、福利的发放;\n目标2:确保本委日常办公所需经费正常运行;\n目标3:保障志鉴地情相关工作开展所需资金,确保完成2018年度任务。",
          null,
          null,
          null,
          "目标1完成情况:基本完成,达成率为90%以上\n目标2完成情况:基本完成,达成率为90%以上\n目标3完成情况:基本完成,达成率为97%",
        ],
        /* 15 */ ["年度\n绩效\n指标\n完成\n情况", "一级\n指标", "二级\n指标", "三级指标", "指标解释", "绩效目标值", "实际完成值", "指标分值", "得分"],
      ],
      merges: ["A1:J1", "A2:J2", "A3:B3", "C3:F3", "H3:J3", "A4:A12", "B4:B5", "C4:F4", "G4:H4", "I4:J4", "A13:A14", "B13:E13", "F13:J13", "B14:E14", "F14:J14", "I15:J15"],
      tables: ["A3:J15"],
      left: ["B6:B12", "B14:J14"],
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
        cell: "A15",
        why: "The indicator header (row 15) has no indicator under it: as the sheet stands (the page stops there), the table was handed in without its indicators, so nothing can be scored.",
      },
      {
        rule: "money-scale",
        severity: "info",
        sheet: SHEET,
        cell: "F12",
        why: "资金结构(万元) states 万元, and the 合计's 小计 (the full-year budget) is 2751417.82 万元 = 275.14 亿元 for a 市 office whose 2019 target table states 171.41 万元: the figures were typed in 元.",
      },
    ],
    infosComplete: true,
    notes: [
      "Bound: the funds block (小计 ④ = ①+② +③ as the full-year budget, 年度拨付金额 as the spending, 支出实现率(%) ⑥=⑤/④ as the rate; 年初部门预算安排金额 as the initial budget); the 合 计 row as the total, its parts the two 小计 rows, 财政资金小计's parts ①中央及省级 / ②市级 / ③县(市、区)财政资金, 其他资金小计's part ①……; the goals; the indicator header, with no row under it where the page stops.",
      "Arithmetic, all right at the precision shown: 2537695 + 213722.82 + 0 = 2751417.82 (小计); 2546673.98 ÷ 2751417.82 = 92.5586% → 93% (whole percent, format 0%); 2751417.82 − 2546673.98 = 204743.84; 204743.84 ÷ 2751417.82 = 7.4414% → 7%; 合计 = 财政资金小计 + 其他资金小计 (empty) and 财政资金小计 = ②市级财政资金 with ① and ③ empty. The rates are recalculated to full precision (they still show 93%), which is no finding.",
      "template-incomplete at A15: the indicator block is empty. No score and no grade: the funds block has no 分值 or 得分 and no indicator row is shown (before: recommended 0.00, grade 差, for rows nobody has seen). money-scale (info) at F12: the 元 figures under (万元) are out of scale for 万元.",
    ].join(" "),
  },
};
