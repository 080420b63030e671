// Real table r1 (湖南, 附件3 部门整体支出绩效评价基础数据表 2018, published at
// https://wanglu.net/thread/t4-462766-0.html), followed on the same sheet by the start of its
// 部门整体支出绩效评价指标表 (another family, not bound). As published: years in the column labels
// (2017年决算数 / 2018年预算数 / 2018年决算数), 业务工作专项 / 运行维护专项 instead of 业务工作经费 /
// 运行维护经费, a 部门整体支出预算调整 row, and the 项目支出 and 公用经费 rows left blank while their
// items hold figures. The page runs the cells together; the columns are restored from the row order
// of the official form. The page ends inside the 评分表; the sheet ends there too.
import type { WorkbookSpec } from "./types";

const SHEET = "附件3";

export const hunanBase2018: WorkbookSpec = {
  file: "06_hunan_base_2018.xlsx",
  dir: "test/fixtures",
  source: "real table r1 (湖南 基础数据表 2018 + the start of its 评分表), as published",
  sheets: [
    {
      name: SHEET,
      widths: [30, 14, 16, 14, 16, 16, 14, 30, 30, 8],
      titleRows: [2],
      rows: [
        /* 1 */ ["附件3"],
        /* 2 */ ["部门整体支出绩效评价基础数据表"],
        /* 3 */ ["填报单位：", null, null, "单位：万元"],
        /* 4 */ ["财政供养人员情况", "编制数", "2018年实际在职人数", "控制率"],
        /* 5 */ [null, 143, 136, { v: 0.951, fmt: "0.00%" }],
        /* 6 */ ["经费控制情况", "2017年决算数", "2018年预算数", "2018年决算数"],
        /* 7 */ ["三公经费", 29.08, 63.46, 44.29],
        /* 8 */ ["1、公务用车购置和维护经费", 11.86, 41.46, 39.3],
        /* 9 */ ["其中：公车购置", null, 29.46, 29.46],
        /* 10 */ ["公车运行维护", 11.86, 12, 9.84],
        /* 11 */ ["2、出国经费"],
        /* 12 */ ["3、公务接待", 17.22, 22, 4.99],
        /* 13 */ ["项目支出："],
        /* 14 */ ["1、业务工作专项", 938.8, 320, 689.16],
        /* 15 */ ["2、运行维护专项"],
        /* 16 */ ["公用经费"],
        /* 17 */ ["其中：办公经费", 14.44, 10, 0.68],
        /* 18 */ ["水费、电费、差旅费", 17.92, 7.5, 25.36],
        /* 19 */ ["会议费、培训费", 0, 0.8, 0],
        /* 20 */ ["政府采购金额", 16.14, 30.66, 30.66],
        /* 21 */ ["部门整体支出预算调整", null, 1922.76, 2690.62],
        /* 22 */ [],
        /* 23 */ ["部门整体支出绩效评价指标表"],
        /* 24 */ ["一级指标", "得分", "二级指标", "得分", "三级指标", "得分", "评价标准", "指标说明", "得分"],
        /* 25 */ ["投入", 16, "预算配置", 16, "在职人员控制率", 8, "以100%为标准.在职人员控制率≤100%,计8分;每超过一个百分点扣0.5分,扣完为止.", "本单位2018年年末实际在职人员为136人,占编委核定的落实编制数143人的比率为95.10%.", 8],
        /* 26 */ [null, null, null, null, "三公经费变动率", 8, "三公经费变动率≤0,计8分;三公经费>0,每超过一个百分点扣0.8分,扣完为止.", "2018年度本单位预算安排三公经费总额为63.46万元,而2017年度预算安排的三公经费总额为32万元.本单位三公经费变动率=(本年度三公经费预算数-上年度三公经费预算数)÷上年度=(63.46-32)÷32=98.31%", 0],
        /* 27 */ ["过程", 58, "预算执行", 16, "预算完成率", 8, "100%计满分,每低于5%扣2分,扣完为止.", "年初结余未19.8万元;预算1922.76万元,本年追加预算767.86万元;年未结余数19.8万元.计算本单位预算完成率99.27%.", 8],
        /* 28 */ [null, null, null, null, "预算控制率", 8, "预算控制率=0,计8分;0-10%(含),计6分;10-20%(含),计4分;20-30%(含),计2分;大于30%不得分", "本年预算追加数为767.86万元,年初预算为1922.76"],
      ],
      merges: ["A2:D2", "A4:A5", "A25:A26", "B25:B26", "C25:C26", "D25:D26", "A27:A28", "B27:B28", "C27:C28", "D27:D28"],
      tables: ["A4:D21", "A24:I28"],
      left: ["A7:A21", "G25:H28"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "dept-base" }],
    skippedSheets: [],
    findings: [
      {
        rule: "spending-control",
        severity: "warning",
        sheet: SHEET,
        cell: "D7",
        why: "三公 2018年决算 44.29 above 2017年决算 29.08: (44.29 − 29.08) ÷ 29.08 = +52.30%.",
      },
      ...(["B13", "C13", "D13"] as const).map((cell, i) => ({
        rule: "project-sum",
        severity: "error" as const,
        sheet: SHEET,
        cell,
        why: `项目支出 is blank while its items hold ${["938.8", "320", "689.16"][i]} in this column: the total is missing.`,
      })),
      ...(["B16", "C16", "D16"] as const).map((cell, i) => ({
        rule: "public-items",
        severity: "error" as const,
        sheet: SHEET,
        cell,
        why: `公用经费 is blank while its 其中 items add up to ${["32.36", "18.3", "26.04"][i]} in this column: the total is missing.`,
      })),
    ],
    infosComplete: false,
    notes: [
      "控制率 136 ÷ 143 = 95.10% (0.951 in 0.00%) is right. 三公: 29.08 = 11.86 + 17.22; 63.46 = 41.46 + 22; 44.29 = 39.30 + 4.99; 公务用车 11.86 = 11.86; 41.46 = 29.46 + 12; 39.30 = 29.46 + 9.84 — all right.",
      "三公 2018 决算 44.29 ≤ 预算 63.46; above 2017 决算: warning at D7.",
      "项目支出 (row 13) and 公用经费 (row 16) are blank while their items are filled: a blank total with filled items is a missing total, one finding per column with items.",
      "政府采购 30.66 ÷ 30.66 = 100%: inside 50%–150%.",
      "The 评分表 below (rows 23–28) has 一级/二级/三级指标 and 得分 but no 年度指标值 or 实际完成值: another family, not bound; the 基础数据表's cost block ends at its title.",
    ].join(" "),
  },
};
