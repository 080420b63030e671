// value-unparsed: A or B of a quantitative row cannot be read, or its units cannot be converted (SPEC §3.1, §4).
import type { IndicatorIn } from "./helpers";
import { renderMessage } from "../../../src/engine/messages";
import { deptBaseSheet, oneIndicator, PROJECT_FUNDS, profileWith, projectSheet, ruleTests, run, warning } from "./helpers";

const row = (target: IndicatorIn["target"], actual: IndicatorIn["actual"]) => oneIndicator({ target, actual, score: 10 });

describe("value-unparsed", () => {
  ruleTests("value-unparsed", {
    valid: [
      { name: "readable values", sheets: projectSheet() },
      { name: "≥50个 → 52个", sheets: row("≥50个", "52个") },
      { name: "full-width digits", sheets: row("≥５０个", "５２个") },
      { name: "weight and score typed with 分", sheets: oneIndicator({ target: "≥50个", actual: "52个", weight: "10分", score: "10 分" }) },
      { name: "亿元 against 万元 converts", sheets: row("9.33亿元", "100900万元") },
      { name: "a bare number against a % target", sheets: row("≥90%", 95) },
      { name: "无 against a target of 0 (安全事故 ≤0起) is 0", sheets: row("≤0起", "无") },
      { name: "未发生 against =0", sheets: row("=0次", "未发生") },
      { name: "a bare figure of at most 1 against a target below 10% is percent points (0.5 of ≤1%)", sheets: row("≤1%", 0.5) },
      { name: "0.98 formatted as a percent shows 98%: no doubt", sheets: row("≥95%", { v: 0.98, fmt: "0%" }) },
      { name: "0.98% typed with its sign: no doubt", sheets: row("≥95%", "0.98%") },
      { name: "percent-formatted result cell", sheets: row("≥90%", { v: 0.95, fmt: "0.00%" }) },
      { name: "an unknown unit compared with itself", sheets: row("≥100吨", "120吨") },
      { name: "1年 = 12月", sheets: row("≤1年", "11个月") },
      { name: "qualitative", sheets: row("达成年度指标", "基本完成") },
      { name: "deadlines are qualitative", sheets: row("12月底前", "按时完成") },
      { name: "boundary: thousands separators and a full-width point", sheets: row("≥1,234.50万元", "１２３５．００万元") },
      { name: "boundary: 1亿元 is exactly 10000万元", sheets: row("≥1亿元", "10000万元") },
      { name: "empty input: target and result blank", sheets: row(null, null) },
      { name: "a unit left where the figure was stripped (分) is nothing entered", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", score: "分" }) },
      { name: "not applicable marks are not unreadable", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, initial: "——" } }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "value-unparsed": "off" } }), sheets: row("≥50个", "约五十个") },
    ],
    invalid: [
      // Issue: unreadable money, weight and score cells were skipped in silence.
      { name: "全年执行数 in words: 八百五十七点七一", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, spent: "八百五十七点七一" } }), expected: [warning("E4", "notNumber")] },
      { name: "全年预算数 abc", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, budget: "abc" } }), expected: [warning("D4", "notNumber")] },
      { name: "a date where a score stood", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", score: "1900-01-09" }), expected: [warning("G9", "notNumber")] },
      { name: "a weight in words", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", weight: "十分", score: 10 }), expected: [warning("F9", "notNumber")] },
      { name: "基础数据表: 本年决算 in words", sheets: deptBaseSheet({ costs: { reception: [6, 6, "六万"] } }), expected: [warning("D10", "notNumber")] },
      { name: "result in words: 约五十个", sheets: row("≥50个", "约五十个"), expected: [warning("E9", "unreadable")] },
      { name: "units that cannot be converted: 个 vs 吨", sheets: row("≥50个", "3吨"), expected: [warning("E9", "units")] },
      { name: "units of different families: 万元 vs %", sheets: row("≥10万元", "95%"), expected: [warning("E9", "units")] },
      { name: "美元 cannot be converted to 元", sheets: row("≥50万美元", "300万元"), expected: [warning("E9", "units")] },
      { name: "result blank against a quantitative target", sheets: row("≥50个", null), expected: [warning("E9", "unreadable")] },
      { name: "target a range that cannot be read, result a number", sheets: row("50-60个", "55个"), expected: [warning("D9", "unreadable")] },
      // SPEC §3.1 reads a bare number as percent points: 0.98 against ≥95% would be missed and scored 0.10.
      { name: "0.98 without % against ≥95%: 98% or 0.98%?", sheets: row("≥95%", 0.98), expected: [warning("E9", "fraction")] },
      { name: "boundary: 1 against 100%", sheets: row("100%", "1"), expected: [warning("E9", "fraction")] },
      { name: "0.98 typed as text", sheets: row("≥95%", "0.98"), expected: [warning("E9", "fraction")] },
    ],
  });
});

describe("value-unparsed: a result of 无", () => {
  test("with its reason written: an info that says so; without: the warning", () => {
    const none = (reason: string | null) => run(oneIndicator({ target: "100%", actual: "无", score: 10, reason })).filter((f) => f.rule === "value-unparsed");
    expect(none("没有轮换、动用库存").map((f) => `${f.severity} ${f.cell} ${f.messageId}`)).toEqual(["info E9 explained"]);
    expect(none(null).map((f) => `${f.severity} ${f.cell} ${f.messageId}`)).toEqual(["warning E9 unreadable"]);
    // Other unreadable text stays a warning even with a reason.
    expect(run(oneIndicator({ target: "100%", actual: "约一半", score: 10, reason: "原因已说明" })).filter((f) => f.rule === "value-unparsed").map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("value-unparsed: a fraction or percent points", () => {
  test("the message offers both readings and asks for the %", () => {
    const [finding] = run(oneIndicator({ target: "≥95%", actual: 0.98, score: 10 })).filter((f) => f.rule === "value-unparsed");
    expect(renderMessage(finding, "zh-CN")).toBe("“培训人次”的实际完成值“0.98”没有写 %，对照指标值“≥95%”可能是 98%，也可能是 0.98%：未计算建议得分，请写明百分数");
    expect(renderMessage(finding, "en")).toBe("“培训人次”: the result “0.98” has no %; against the target “≥95%” it may mean 98% or 0.98%: no recommended score; write the percentage");
  });
});
