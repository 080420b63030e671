// A correct, complete 项目支出绩效自评表 (财预〔2020〕10号 附1 layout) for a made-up unit: every sum,
// rate and score is right, so a correct checker reports nothing. Figures are chosen to be exact at
// two decimals (执行率 98.50%, budget score 9.85) so that not even a rounding info appears.
import { TEN_HEAD_MERGES } from "./layouts";
import type { WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

export const cleanProject: WorkbookSpec = {
  file: "clean_project.xlsx",
  dir: "test/fixtures",
  source: "constructed (10号 layout, fictional 示例区 unit); no findings",
  sheets: [
    {
      name: SHEET,
      widths: [8, 15, 14, 22, 14, 13, 8, 8, 24],
      titleRows: [1],
      subtitleRows: [2],
      rows: [
        /* 1 */ ["项目支出绩效自评表"],
        /* 2 */ ["（2023年度）"],
        /* 3 */ ["项目名称", null, "社区居家养老服务补助项目"],
        /* 4 */ ["主管部门", null, "示例区民政局", null, null, "实施单位", null, "示例区养老服务指导中心"],
        /* 5 */ ["项目资金\n（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
        /* 6 */ [null, "年度资金总额", 100, 100, 98.5, 10, { v: 0.985, f: "E6/D6", fmt: "0.00%" }, 9.85, null],
        /* 7 */ [null, "其中：当年财政拨款", 80, 80, 80, "—", null, "—", null],
        /* 8 */ [null, "上年结转资金", 20, 20, 18.5, "—", null, "—", null],
        /* 9 */ [null, "其他资金", null, null, null, "—", null, "—", null],
        /* 10 */ ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
        /* 11 */ [
          null,
          "为辖区1200名以上老年人提供居家养老助餐、助洁服务，全年助餐服务不少于3000次，补助资金按月及时发放，服务对象满意度不低于90%。",
          null,
          null,
          null,
          "全年服务老年人1260人，提供助餐服务3105次，补助资金按月发放，人均服务成本780元，服务对象满意度96%。",
        ],
        /* 12 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        /* 13 */ [null, "产出指标(50分)", "数量指标", "服务老年人数", "≥1200人", "1260人", 15, 15, null],
        /* 14 */ [null, null, null, "助餐服务次数", "≥3000次", "3105次", 10, 10, null],
        /* 15 */ [null, null, "质量指标", "服务对象信息核查准确率", "≥95%", "97%", 10, 10, null],
        /* 16 */ [null, null, "时效指标", "补助资金发放及时性", "按月及时发放", "已完成", 5, 5, null],
        /* 17 */ [null, null, "成本指标", "人均服务成本", "≤800元", "780元", 10, 10, null],
        /* 18 */ [null, "效益指标(30分)", "社会效益指标", "老年人居家生活质量", "有效提升", "有效提升", 15, 15, null],
        /* 19 */ [null, null, "可持续影响指标", "居家养老服务机制", "长效运行", "达成年度指标", 15, 15, null],
        /* 20 */ [null, "满意度指标(10分)", "服务对象满意度指标", "服务对象满意度", "≥90%", "96%", 10, 10, null],
        /* 21 */ ["总分", null, null, null, null, null, 100, 99.85, null],
        /* 22 */ [],
        /* 23 */ ["填表人：王敏    联系电话：0731-0000000    填报日期：2024年1月15日"],
      ],
      merges: [
        ...TEN_HEAD_MERGES,
        "A12:A20",
        "B13:B17",
        "C13:C14",
        "B18:B19",
        "A21:F21",
        "A23:I23",
      ],
      tables: ["A3:I21"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: SHEET, template: "project-eval", score: { entered: "99.85", recommended: "99.85", grade: "优" } }],
    skippedSheets: [],
    findings: [],
    infosComplete: true,
    notes: [
      "Zero findings of any severity.",
      "Funds: 年度资金总额 100 / 100 / 98.5 = 其中 (80 + 20) / (80 + 20) / (80 + 18.5); 执行率 G6 is the live formula =E6/D6 with cached 0.985 (98.50%); ŝ = 0.985 × 10 = 9.85 = H6 exactly. 全年预算数 = 年初预算数 and 执行率 ≥ 90%; the 10号 layout has no 原因 cell anyway. '—' in the 其中 rows' 分值 / 得分 means not applicable.",
      "Indicators (all met, all full marks, every reason empty and none needed): 1260 ÷ 1200 = 1.05; 3105 ÷ 3000 = 1.035; 97 ÷ 95 = 1.021; 按月及时发放 → 已完成 (deadline target, band-1 result); 成本 ≤800元 → 780元 met; 有效提升 and 达成年度指标 are band 1; 96 ÷ 90 = 1.067. No ratio reaches 1.2.",
      "Weights: 产出 15 + 10 + 10 + 5 + 10 = 50; 效益 15 + 15 = 30; 满意度 10; 90 + 10 = 100 = G21.",
      "Total: 9.85 + 90 = 99.85 = H21; recommended 99.85, grade 优.",
    ].join(" "),
  },
};
