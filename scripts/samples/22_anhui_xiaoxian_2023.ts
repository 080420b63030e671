// Real table r17 (安徽 宿州 萧县 张庄寨镇人民政府, 河西村特色种养补贴到户项目, 绩效目标自评表 (2023年度)),
// published at https://www.ahxx.gov.cn/grassroots/279/158998981.html. The 衔接资金 form of fixture 10
// (分值 BEFORE 年度指标值, 全年实际值, 未完成原因及拟采取的改进措施) as a 安徽 township fills it in, with
// what differs:
// - core indicators marked ★ in front of the name (★补助各类瓜果蔬菜种植面积);
// - under each ★ row, its breakdown as 其中 rows (其中桃树种植面积 1.5亩 → 1.5亩 …) that carry a
//   target and a result but no 分值 and no 得分 of their own: the page shows the ★ row's 分值 and 得分
//   cells spanning the 其中 rows (merged down), as here; 1.5 + 5 + 20 + 3 = 29.5亩, 180 + 12 = 192;
// - the 其中:本年财政拨款 funds row repeats 分值 10, 100% and 得分 10 beside the total row's;
// - 二级 labels on a row of their own above their indicators (质量指标, 经济效益指标), empty printed
//   rows (生态效益指标, 可持续影响指标) and the form's …… rows;
// - money in 万元 in the indicators (≥11.376万元 → 12万元), units 亩 / 只 / 头 / 人.
// The page stops at the first characters of the 满意度 一级 label (满意); so does the sheet.
import type { WorkbookSpec } from "./types";

const SHEET = "绩效目标自评表";

export const anhuiXiaoxian2023: WorkbookSpec = {
  file: "22_anhui_xiaoxian_2023.xlsx",
  dir: "test/fixtures",
  source: "real table r17 (安徽 萧县 河西村特色种养补贴到户项目 绩效目标自评表 2023), ★ core rows with unscored 其中 rows, as published; ends at the 满意度 label",
  sheets: [
    {
      name: SHEET,
      widths: [6, 10, 12, 30, 7, 13, 12, 7, 22],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["绩效目标自评表"],
        /* 2 */ ["(2023年度)"],
        /* 3 */ ["项目名称", null, "河西村特色种养补贴到户项目", null, null, null, "项目负责人及电话", null, "李宁0557-5788003"],
        /* 4 */ ["主管部门", null, "县农业农村局", null, null, null, "实施单位", null, "张庄寨镇人民政府"],
        /* 5 */ ["资金情况\n(万元)", null, null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        /* 6 */ [null, "年度资金总额:", null, 9.48, 9.48, 10, { v: 1, fmt: "0%" }, 10],
        /* 7 */ [null, "其中:本年财政拨款", null, 9.48, 9.48, 10, { v: 1, fmt: "0%" }, 10],
        /* 8 */ [null, "其他资金", null, "-", "-"],
        /* 9 */ ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况综述"],
        /* 10 */ [null, "落实39户特色种养业奖补政策,增加脱贫户家庭收入", null, null, null, "落实39户特色种养业奖补政策,增加脱贫户家庭收入"],
        /* 11 */ ["绩效指标", "一级\n指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
        /* 12 */ [null, "产\n出\n指\n标\n(50分)", "数量指标", "★补助各类瓜果蔬菜种植面积", 20, "29.5亩", "29.5亩", 20],
        /* 13 */ [null, null, null, "其中桃树种植面积", null, "1.5亩", "1.5亩"],
        /* 14 */ [null, null, null, "其中苹果树种植面积", null, "5亩", "5亩"],
        /* 15 */ [null, null, null, "其中露天蔬菜", null, "20亩", "20亩"],
        /* 16 */ [null, null, null, "其中大棚蔬菜", null, "3亩", "3亩"],
        /* 17 */ [null, null, null, "★补助鱼塘面积", 10, "3亩", "3亩", 10],
        /* 18 */ [null, null, null, "其中鱼塘养殖面积", null, "3亩", "3亩"],
        /* 19 */ [null, null, null, "★补助家畜家禽养殖数量", 10, "192只", "192只", 10],
        /* 20 */ [null, null, null, "其中羊养殖数量", null, "180只", "180只"],
        /* 21 */ [null, null, null, "其中猪养殖数量", null, "12头", "12头"],
        /* 22 */ [null, null, "质量指标"],
        /* 23 */ [null, null, null, "种植作物成活率", 5, "95%", "95%", 5],
        /* 24 */ [null, null, null, "养殖家畜家禽成活率", 5, "95%", "100%", 5],
        /* 25 */ [null, null, null, "……"],
        /* 26 */ [null, "效\n益\n指\n标\n(30分)", "经济效益\n指标"],
        /* 27 */ [null, null, null, "特色产业带动增加受益农户收入(总收入)", 20, "≥11.376万元", "12万元", 20],
        /* 28 */ [null, null, "社会效益\n指标", "受益人口数量", 10, "90人", "90人", 10],
        /* 29 */ [null, null, "生态效益\n指标"],
        /* 30 */ [null, null, "可持续影响指标"],
        /* 31 */ [null, null, null, "……"],
        /* 32 */ [null, "满意"],
      ],
      merges: [
        "A1:I1",
        "A2:I2",
        "A3:B3",
        "C3:F3",
        "G3:H3",
        "A4:B4",
        "C4:F4",
        "G4:H4",
        "A5:A8",
        "B5:C5",
        "B6:C6",
        "B7:C7",
        "B8:C8",
        "A9:A10",
        "B9:E9",
        "F9:I9",
        "B10:E10",
        "F10:I10",
        "A11:A32",
        "B12:B25",
        "C12:C21",
        "E12:E16",
        "H12:H16",
        "E17:E18",
        "H17:H18",
        "E19:E21",
        "H19:H21",
        "C22:C25",
        "B26:B31",
        "C26:C27",
      ],
      tables: ["A3:I32"],
      left: ["B10:I10"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "90", recommended: "90.00", grade: "优" } }],
    skippedSheets: [],
    findings: [],
    infosComplete: true,
    notes: [
      "Binds one project table: funds header row 5, total row 6 (9.48 / 9.48 = 100%, 10 of 10: right; the repeated 分值 / 得分 of the 其中:本年财政拨款 row are not the budget's), indicator header row 11, indicators rows 12–31, no 总分 row (the page stops at 满意).",
      "Seven indicators: ★补助各类瓜果蔬菜种植面积 29.5亩 → 29.5亩 20/20, ★补助鱼塘面积 3亩 → 3亩 10/10, ★补助家畜家禽养殖数量 192只 → 192只 10/10, 种植作物成活率 95% → 95% 5/5, 养殖家畜家禽成活率 95% → 100% 5/5, 特色产业带动增加受益农户收入 ≥11.376万元 → 12万元 20/20, 受益人口数量 90人 → 90人 10/10: all met in full.",
      "The seven 其中 rows (1.5 + 5 + 20 + 3 = 29.5亩, 3亩, 180只 + 12头 = 192) are breakdowns of the ★ row above them, whose 分值 and 得分 span them: no indicators, nothing to score (before: seven rows that could not be scored, no recommended total, a grade-withheld info).",
      "Weights 产出 20 + 10 + 10 + 5 + 5 = 50, 效益 20 + 10 = 30, each = its (xx分); the 满意度 block the page cuts off is not on the sheet, so the table holds 10 + 80 = 90 points and no 总分 row to check them against.",
      "Entered 10 + 80 = 90 (no 总分 row: the sum of the scores present); recommended 90.00, 优 (checked with decimal.js).",
    ].join(" "),
  },
};
