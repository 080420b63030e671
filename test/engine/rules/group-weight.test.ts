// group-weight: Σ 分值 of the rows under an 一级 = its `(xx分)` (SPEC §2.1, §4).
import type { IndicatorIn } from "./helpers";
import { deptEvalSheet, error, profileWith, projectSheet, ruleTests } from "./helpers";

const row = (weight: IndicatorIn["weight"], level1?: string): IndicatorIn => ({ level1, level2: "数量指标", name: "指标", target: "≥1个", actual: "1个", weight, score: weight });
const sheet = (...indicators: IndicatorIn[]) => projectSheet({ indicators });

describe("group-weight", () => {
  ruleTests("group-weight", {
    valid: [
      { name: "30 + 20 = 产出指标（50分）; 30; 10", sheets: projectSheet() },
      { name: "half-width (40分) after line breaks", sheets: sheet(row(20, "产出指标\n\n(40分)"), row(20)) },
      { name: "full-width （40分） with a trailing ideographic space", sheets: sheet(row(25, "产出指标（40分）\u3000"), row(15)) },
      { name: "decimal weights: 20 + 13.5 = （33.5分）", sheets: sheet(row(20, "产出指标（33.5分）"), row(13.5)) },
      { name: "decimal weights that a float would miss: 0.1 + 0.2 = （0.3分）", sheets: sheet(row(0.1, "产出指标（0.3分）"), row(0.2)) },
      { name: "an 一级 without (xx分) is not checked", sheets: sheet(row(20, "产出指标"), row(15)) },
      { name: "empty input: weights blank", sheets: sheet(row(null, "产出指标（40分）"), row(null)) },
      { name: "empty input: a labelled 一级 with blank rows", sheets: projectSheet({ indicators: [{ level1: "产出指标（40分）", name: "" }], total: null }) },
      { name: "dept-eval: 40 / 20 / 10 / 20", sheets: deptEvalSheet() },
      { name: "profile: severity off", profile: profileWith({ severities: { "group-weight": "off" } }), sheets: sheet(row(20, "产出指标（50分）"), row(20)) },
    ],
    invalid: [
      { name: "30 + 15 ≠ （50分）", sheets: sheet(row(30, "产出指标（50分）"), row(15)), expected: [error("A9", "mismatch")] },
      { name: "boundary: 20 + 19.99 ≠ （40分） (weights are exact)", sheets: sheet(row(20, "产出指标（40分）"), row(19.99)), expected: [error("A9")] },
      { name: "two groups wrong", sheets: sheet(row(30, "产出指标（40分）"), row(20), row(20, "效益指标（20分）"), row(5, "满意度指标（10分）")), expected: [error("A9"), error("A12")] },
      {
        name: "dept-eval: 产出指标(40分) over 20 + 25",
        sheets: deptEvalSheet({
          indicators: [
            { level1: "产出指标(40分)", name: "全年签约引进项目", target: "≥10个", actual: "11个", weight: 20, score: 20 },
            { name: "小分队招商", target: 16, actual: 18, weight: 25, score: 25 },
          ],
        }),
        expected: [error("B13")],
      },
    ],
  });
});
