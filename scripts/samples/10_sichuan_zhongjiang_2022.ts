// Real table r6 (四川 德阳 中江县水利局, 衔接资金 绩效目标自评表 2022, published at
// https://chacewang.com/newsdetail/news242266.html). The page runs the cells together; the columns are
// restored from the label order: 资金情况（万元）, 全年预算数(A) / 全年执行数(B) / 分值 / 执行率(B/A) /
// 得分; the indicator header with 分值 BEFORE 年度指标值, 全年实际值 and 未完成原因及拟采取的改进措施;
// 一级 labels 产出指标(70分) / 效益指标(20分) / 满意度指标(10分); a 总分 row 100 / 100; and the
// sheet's own 注 (産出 50 / 效益 30). The page ends inside 注 3.; so does the sheet.
import { PCT } from "./layouts";
import type { WorkbookSpec } from "./types";

const SHEET = "绩效目标自评表";

export const sichuanZhongjiang2022: WorkbookSpec = {
  file: "10_sichuan_zhongjiang_2022.xlsx",
  dir: "test/fixtures",
  source: "real table r6 (四川 中江 衔接资金 绩效目标自评表 2022), as published",
  sheets: [
    {
      name: SHEET,
      widths: [10, 14, 16, 26, 8, 14, 14, 8, 24],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["绩效目标自评表"],
        /* 2 */ ["(2022年度)"],
        /* 3 */ ["项目名称", null, "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", null, null, null, "项目负责人及电话", null, "谢凯13990260322(办公)"],
        /* 4 */ ["主管部门", null, "中江县水利局", null, null, null, "实施单位", null, "中江县水利局"],
        /* 5 */ ["资金情况(万元)", null, null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        /* 6 */ [null, "年度资金总额:", null, 20, 20, 10, { v: 1, fmt: PCT }, 10],
        /* 7 */ [null, "其中:本年财政拨款", null, 20, 20],
        /* 8 */ [null, "其他资金"],
        /* 9 */ ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况综述"],
        /* 10 */ [null, "对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,", null, null, null, "对项目区农业用水计量,为项目区农业生产夯实基础,"],
        /* 11 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
        /* 12 */ [null, "产出指标(70分)", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10],
        /* 13 */ [null, null, null, "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10],
        /* 14 */ [null, null, "质量指标", "项目(工程)验收合格率", 20, "100%", "100%", 20],
        /* 15 */ [null, null, "时效指标", "及时(按期)开工率", 10, "≥90%", "≥90%", 10],
        /* 16 */ [null, null, null, "及时(按期)完工率", 10, "≥90%", "≥90%", 10],
        /* 17 */ [null, null, "成本指标", "项目计划总投资", 10, "20万元", "20万元", 10],
        /* 18 */ [null, "效益指标(20分)", "经济效益指标"],
        /* 19 */ [null, null, "社会效益指标", "受益脱贫(含监测对象)户人口数", 10, "≥1000人", "≥1000人", 10],
        /* 20 */ [null, null, null, "群众生产生活条件改善状况", 10, "显著提升", "显著提升", 10],
        /* 21 */ [null, "满意度指标(10分)", "服务对象满意度指标", "受益脱贫(含监测对象)户满意度", 10, "≥95%", "≥95%", 10],
        /* 22 */ [null, null, null, "……"],
        /* 23 */ ["总分", null, null, null, 100, null, null, 100],
        /* 24 */ [
          "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限,分别按照该指标对应分值区间100-80%(含80%)、80-60%(含60%)、60-0%合理确定得分,3.定量指标若为正向",
        ],
      ],
      merges: ["A1:I1", "A2:I2", "A3:B3", "C3:F3", "G3:H3", "A4:B4", "C4:F4", "G4:H4", "A5:C5", "B6:C6", "B7:C7", "B8:C8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10", "A11:A22", "B12:B17", "C12:C13", "C15:C16", "B18:B20", "C19:C20", "B21:B22", "C21:C22", "A23:D23", "A24:I24"],
      tables: ["A3:I23"],
      left: ["B10:I10", "A24:I24"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "100", recommended: "110.00" } }],
    skippedSheets: [],
    findings: [
      { rule: "weight-total", severity: "error", sheet: SHEET, cell: "E23", why: "Indicator weights 70 + 20 + 10 = 100 plus the budget's 10 = 110 ≠ 总分 分值 100." },
      { rule: "total-score", severity: "error", sheet: SHEET, cell: "H23", why: "Budget 10 + indicator scores 100 = 110 ≠ 总分 得分 100." },
      ...(["G12", "G13", "G15", "G16", "G19", "G21"] as const).map((cell) => ({
        rule: "actual-with-comparator",
        severity: "warning" as const,
        sheet: SHEET,
        cell,
        why: "全年实际值 repeats the target with its comparator (≥…) instead of a measured value.",
      })),
      { rule: "note-weights", severity: "warning", sheet: SHEET, cell: "B12", why: "The sheet's own 注 sets 产出指标 50分; the table gives 产出指标(70分)." },
      { rule: "note-weights", severity: "warning", sheet: SHEET, cell: "B18", why: "The sheet's own 注 sets 效益指标 30分; the table gives 效益指标(20分)." },
      { rule: "grade-withheld", severity: "info", sheet: SHEET, cell: "H23", why: "The recommended total 10 + 100 = 110.00 exceeds 100: no grade, and the 总分 cell is not rewritten with 110." },
    ],
    infosComplete: true,
    notes: [
      "Funds 20 / 20 = 100.00%, budget score 10 of 10: right.",
      "group-weight holds: 产出 10 + 10 + 20 + 10 + 10 + 10 = 70, 效益 10 + 10 = 20, 满意度 10 — each equals its (xx分); the problem is the split, which the 注 fixes at 50 / 30 / 10 / 10.",
      "The recommended total would be 110 (> 100): no grade is given, and an info says why.",
    ].join(" "),
  },
};
