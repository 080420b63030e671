// weight-total: Σ 指标分值 + 预算执行分值 = 100 = 总分 分值 (SPEC §4).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, error, gridFromRows, info, PROJECT_FUNDS, profileWith, projectSheet, ruleTests } from "./helpers";

const rows = (...weights: number[]): IndicatorIn[] => weights.map((w, i) => ({ level1: i === 0 ? "产出指标" : undefined, name: `指标${i + 1}`, target: "≥1个", actual: "1个", weight: w, score: w }));

describe("weight-total", () => {
  ruleTests("weight-total", {
    valid: [
      { name: "10 + 30 + 20 + 30 + 10 = 100", sheets: projectSheet() },
      { name: "decimal weights: 10 + 33.33 + 33.33 + 23.34 = 100", sheets: projectSheet({ indicators: rows(33.33, 33.33, 23.34) }) },
      { name: "no budget weight: indicators 100 alone", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, weight: null, score: null }, indicators: rows(50, 50) }) },
      { name: "no 总分 row", sheets: projectSheet({ indicators: rows(30, 30), total: null }) },
      { name: "empty input: no weights, blank 总分", sheets: projectSheet({ funds: {}, indicators: [{ level1: "产出指标", name: "指标1" }], total: { weight: null, score: null } }) },
      { name: "dept-eval: 10 + 40 + 20 + 10 + 20", sheets: deptEvalSheet() },
    ],
    invalid: [
      {
        name: "the funds block has no 分值 cell: the weights are not added up (info)",
        sheets: gridFromRows("项目支出绩效自评表", [
          ["项目支出绩效自评表"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
          [null, "年度资金总额", 100, 100, 100, 1, 10],
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["产出指标", "数量指标", "培训人次", "≥100人次", "105人次", 90, 90, null],
          ["总分", null, null, null, null, 100, 100],
        ]),
        expected: [info("F6", "unbound")],
      },
      { name: "10 + 85 = 95 against 总分 100", sheets: projectSheet({ indicators: rows(30, 20, 30, 5), total: { weight: 100, score: 95 } }), expected: [error("F13", "mismatch")] },
      { name: "总分 分值 agrees with Σ 95 but is not 100", sheets: projectSheet({ indicators: rows(30, 20, 30, 5) }), expected: [error("F13")] },
      { name: "weights add up to 100 but 总分 分值 says 90", sheets: projectSheet({ total: { weight: 90, score: 99.5 } }), expected: [error("F13")] },
      { name: "boundary: 10 + 33.33 + 33.33 + 23.35 = 100.01", sheets: projectSheet({ indicators: rows(33.33, 33.33, 23.35), total: { weight: 100, score: 100 } }), expected: [error("F12")] },
      { name: "总分 分值 blank and Σ 95", sheets: projectSheet({ indicators: rows(30, 20, 30, 5), total: { weight: null, score: 95 } }), expected: [error("F13")] },
      { name: "dept-eval: 总分 分值 in G", sheets: deptEvalSheet({ total: { weight: 90, score: 99.8 } }), expected: [error("G18")] },
      { name: "profile: severity warning", profile: profileWith({ severities: { "weight-total": "warning" } }), sheets: projectSheet({ indicators: rows(30, 20, 30, 5) }), expected: [{ severity: "warning", cell: "F13" }] },
    ],
  });
});
