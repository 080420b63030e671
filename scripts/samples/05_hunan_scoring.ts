// Reference example 05 (岳阳市 部门整体支出绩效自评评分表, Hunan) beside the seed's 附件2 基础数据表:
// the scoring sheet is another family (评分标准 | 分值 | 自评得分 | 扣分原因和其他说明, no 年度指标值 or
// 实际完成值), so it must be skipped and named, while the 基础数据表 in the same workbook is checked.
import { base } from "./seed";
import type { WorkbookSpec } from "./types";

const SCORING = "部门整体支出绩效自评评分表";

export const hunanScoring: WorkbookSpec = {
  file: "05_hunan_scoring.xlsx",
  dir: "test/fixtures",
  source: "reference example 05 (岳阳市 评分表, transcribed rows; cut where the example is cut) + seed 附件2",
  sheets: [
    base,
    {
      name: SCORING,
      widths: [12, 14, 22, 60, 8, 10, 20],
      titleRows: [1],
      rows: [
        /* 1 */ ["部门整体支出绩效自评评分表"],
        /* 2 */ ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"],
        /* 3 */ ["投入(15分)", "预算配置(15分)", "财政供养人员控制率", "以100%为标准。在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止。", 5, 5, null],
        /* 4 */ [null, null, "“三公经费”变动率", "“三公经费”变动率≦0，计5分；“三公经费”>0，每超过一个百分点扣0.5分，扣完为止。", 5, 5, null],
        /* 5 */ [null, null, "重点支出安排率", "重点支出安排率≥90%，计5分；80%(含)-90%，计4分；70%(含)-80%，计3分；60%(含)-70%，计2分；低于60%不得分。", 5, 5, null],
        /* 6 */ ["过程(40分)", "预算执行(15分)", "预算调整率", "预算调整率=0，计3分；0-10%(含)，计2分；10-20%(含)，计1分；20-30%(含)，计0.5分；大于30%不得分。", 3, 3, null],
        /* 7 */ [null, null, "支付进度", "春节前下达全部专项资金的50%；6月底前所有专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分，扣完为止。", 3, 3, null],
        /* 8 */ [null, null, "资金结余", "无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分。", 3, 3, null],
        /* 9 */ [null, null, "“三公经费”控制率", "以100%为标准。三公经费控制率≦100%，计6分；每超过一个百分点扣1分，扣完为止。", 6, 6, null],
      ],
      merges: ["A1:G1", "A3:A5", "B3:B5", "A6:A9", "B6:B9"],
      tables: ["A2:G9"],
      left: ["D3:D9"],
    },
  ],
  expected: {
    profile: "default",
    templates: [{ sheet: "附件2 基础数据表", template: "dept-base" }],
    skippedSheets: [SCORING],
    findings: [
      {
        rule: "spending-control",
        severity: "info",
        sheet: "附件2 基础数据表",
        cell: "F6",
        why: "三公 2023年决算 7.86 vs 2022年决算 17.33: (7.86 − 17.33) ÷ 17.33 = −54.65%, a fall, reported as information only.",
      },
      {
        rule: "procurement-anomaly",
        severity: "info",
        sheet: "附件2 基础数据表",
        cell: "F20",
        why: "政府采购金额 88.26 ÷ 2.2 = 4011.8%, outside 50%–150%.",
      },
    ],
    infosComplete: true,
    notes:
      "The 评分表 scores the 基础数据表's ratios by local bands (控制率, 三公经费变动率, 三公经费控制率); SelfEval computes those ratios on the 基础数据表 but does not bind the 评分表 itself: it has no 年度指标值/实际完成值 columns, so it is named as skipped. Every visible row is self-scored at full marks, which the 基础数据表 supports (控制率 100%, 三公 fell, 三公 within budget).",
  },
};
