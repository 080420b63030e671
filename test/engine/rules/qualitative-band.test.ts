// qualitative-band: a qualitative row's 得分 lies in the band of its result: band 1 [0.8w, w], band 2 [0.6w, 0.8w),
// band 3 [0, 0.6w) (SPEC §3.1, §4; 财预〔2020〕10号 80–100% / 60–80% / 0–60%).
import type { IndicatorIn } from "./helpers";
import { oneIndicator, profileWith, projectSheet, ruleTests, runReport, warning } from "./helpers";

const row = (actual: IndicatorIn["actual"], score: IndicatorIn["score"], more: Partial<IndicatorIn> = {}) =>
  oneIndicator({ target: "达成年度指标", actual, score, reason: "原因已说明", ...more });

describe("qualitative-band", () => {
  ruleTests("qualitative-band", {
    valid: [
      { name: "quantitative rows only", sheets: projectSheet() },
      { name: "band 1 full marks", sheets: row("达成年度指标", 10) },
      { name: "band 1 boundary: 8 = 0.8w", sheets: row("已完成", 8) },
      { name: "band 1 with an empty score: filled with w, not a finding here", sheets: row("已完成", null) },
      { name: "band 2 boundary: 6 = 0.6w", sheets: row("基本完成", 6) },
      { name: "band 2: 7.99", sheets: row("部分达成年度指标并具有一定效果", 7.99) },
      { name: "band 3 boundary: 5.99 < 0.6w", sheets: row("未完成", 5.99) },
      { name: "band 3: 0", sheets: row("不合格", 0) },
      { name: "是 is band 1", sheets: row("是", 10, { target: "是" }) },
      { name: "a result nobody can band is not checked", sheets: row("正在推进", 3) },
      { name: "score above the weight: score-range owns it", sheets: row("未完成", 12) },
      { name: "empty input: blank result and score", sheets: row(null, null, { target: null }) },
      { name: "weight 20: band 2 at 12", sheets: row("基本达标", 12, { weight: 20 }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "qualitative-band": "off" } }), sheets: row("未完成", 10) },
    ],
    invalid: [
      { name: "band 1 boundary: 7.99 < 0.8w", sheets: row("达成年度指标", 7.99), expected: [warning("G9", "outside")] },
      { name: "band 2 boundary: 5.99 < 0.6w", sheets: row("基本完成", 5.99), expected: [warning("G9")] },
      { name: "band 2 with full marks", sheets: row("基本满意", 10), expected: [warning("G9")] },
      { name: "band 3 boundary: 6 = 0.6w is outside [0, 0.6w)", sheets: row("未完成", 6), expected: [warning("G9")] },
      { name: "否 is band 3", sheets: row("否", 10, { target: "是" }), expected: [warning("G9")] },
      { name: "weight 20: band 3 at 15", sheets: row("较差", 15, { weight: 20 }), expected: [warning("G9")] },
      // 10号: 80–60%（含）— 0.8w belongs to the top band, not to band 2.
      { name: "band 2 boundary: exactly 0.8w is outside [0.6w, 0.8w)", sheets: row("基本完成", 8), expected: [warning("G9", "outside")] },
      // No score is invented below band 1: the range is reported and the cell stays empty.
      { name: "band 2 with an empty score: the range, not a score", sheets: row("基本完成", null), expected: [warning("G9", "empty")] },
      { name: "band 3 with an empty score", sheets: row("未完成", null), expected: [warning("G9", "empty")] },
    ],
  });
});

test("an empty score below band 1 is never filled in", () => {
  const report = runReport(oneIndicator({ target: "达成年度指标", actual: "基本完成", score: null, reason: "原因已说明" }));
  expect(report.recalculations.filter((r) => r.field === "indicatorScore")).toEqual([]);
  expect(report.findings.find((f) => f.rule === "qualitative-band")?.data.range).toBe("6 至 8 分之间（不含 8）");
});
