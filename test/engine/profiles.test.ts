// Each shipped profile, by what it changes, on small tables; and the JSON keys that express the
// regions' choices. Every shipped profile has a docs page naming its source.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import type { Profile } from "../../src/engine/profile";
import { gradeOf } from "../../src/engine/scoring";
import { defaultProfile, findProfile, PROFILE_OPTIONS, PROFILES, profileFromJson } from "../../src/engine/profile";
import { readOption } from "../../src/engine/options";
import { profilePage, profileSettings } from "../../scripts/profile-pages";
import { RULES } from "../../src/engine/rules";
import { LABEL_KEYS } from "../../src/template";
import { deptEvalSheet, DEPT_INDICATORS, oneIndicator, PROJECT_FUNDS, pct, projectSheet, run, runReport } from "./rules/helpers";

const shipped = (id: string): Profile => {
  const p = findProfile(id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};
const fromJson = (json: object): Profile => {
  const r = profileFromJson(json, RULES, LABEL_KEYS);
  if ("error" in r) throw new Error(r.error.en);
  return r.profile;
};
const rules = (found: ReturnType<typeof run>, id: string) => found.filter((f) => f.rule === id).map((f) => `${f.severity} ${f.cell} ${f.messageId}`);

describe("shipped profiles", () => {
  test.each(PROFILES.map((p) => [p.id, p] as const))("%s has a docs page with its source and a name in both languages", (id, p) => {
    const page = path.join(__dirname, "..", "..", "docs", "profiles", `${id}.md`);
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, "utf8")).toContain(p.source["zh-CN"]);
    expect(p.name["zh-CN"]).toBeTruthy();
    expect(p.name.en).toBeTruthy();
  });

  test.each(PROFILES.map((p) => [p.id, p] as const))("%s: its page's Settings block is what the code sets (scripts/profile-pages.ts)", (id, p) => {
    const page = readFileSync(profilePage(id), "utf8");
    expect(/## Settings[^\n]*\n\n```json\n([\s\S]*?)\n```/.exec(page)?.[1]).toBe(profileSettings(p));
  });

  test("default: a cost missed scores A ÷ B × w; 120% is flagged, not deducted", () => {
    const cost = oneIndicator({ level1: "成本指标", name: "基本支出预算成本", target: 262.07, actual: 311.22, weight: 20, score: null, reason: "支出增加" });
    expect(runReport(cost).recalculations.find((r) => r.field === "indicatorScore")?.value).toBe("16.84");
    const over = oneIndicator({ target: "≥40%", actual: "48%", score: 10, reason: null });
    expect(rules(run(over), "over-target")).toEqual(["warning H9 over"]);
  });

  test("hunan-dept scores as the default", () => {
    const sheet = deptEvalSheet();
    expect(runReport(sheet, shipped("hunan-dept")).templates.map((t) => t.score)).toEqual(runReport(sheet, defaultProfile).templates.map((t) => t.score));
  });

  test("yitihua: 偏离度 reverse formula, budget weight 10, 部门整体 grades 80/70/60", () => {
    const p = shipped("yitihua");
    // 1 − (311.22 − 262.07) ÷ 262.07 = 0.81245… → 16.25 of 20.
    const cost = oneIndicator({ level1: "成本指标", name: "基本支出预算成本", target: 262.07, actual: 311.22, weight: 20, score: null, reason: "支出增加" });
    expect(runReport(cost, p).recalculations.find((r) => r.field === "indicatorScore")?.value).toBe("16.25");
    const twenty = projectSheet({ funds: { ...PROJECT_FUNDS, weight: 20, score: 19 }, total: null });
    expect(rules(run(twenty, p), "weight-total")).toEqual(["error F4 budgetWeight"]);
    expect(rules(run(twenty, defaultProfile), "weight-total")).toEqual([]);
    // 部门整体 grades: 1 − (500 − 300) ÷ 300 = 0.333… × 20 = 6.67, total 86.47 → 优 at ≥ 80 (良 on the default bands).
    const dept = deptEvalSheet({ indicators: [...DEPT_INDICATORS.slice(0, 4), { ...DEPT_INDICATORS[4], target: 300, actual: 500, score: 5, reason: "成本超支" }] });
    const total = runReport(dept, p).templates.find((t) => t.kind === "dept-eval")?.score;
    expect(total?.recommended).toBe("86.47");
    expect(total?.grade).toBe("优");
    expect(gradeOf(new Decimal("86.47"), defaultProfile, "dept-eval")).toBe("良");
  });

  test("guangxi: 130% with no reason is an error; 125% is nothing; with a reason, a warning", () => {
    const p = shipped("guangxi");
    expect(rules(run(oneIndicator({ target: "≥40%", actual: "52%", score: 10, reason: null }), p), "over-target")).toEqual(["error H9 reasonRequired"]);
    expect(rules(run(oneIndicator({ target: "≥40%", actual: "50%", score: 10, reason: null }), p), "over-target")).toEqual([]);
    expect(rules(run(oneIndicator({ target: "≥40%", actual: "52%", score: 10, reason: "政策调整，需求增加" }), p), "over-target")).toEqual(["warning G9 over"]);
  });

  test("sichuan-project: the budget is 10 points; a rate below 90% needs the 原因", () => {
    const p = shipped("sichuan-project");
    const low = projectSheet({ fundsReason: true, funds: { ...PROJECT_FUNDS, spent: 85, rate: pct(0.85), score: 8.5, reason: null } });
    expect(rules(run(low, p), "execution-reason")).toEqual(["warning I4 lowRate"]);
    expect(run(projectSheet({ funds: { ...PROJECT_FUNDS, weight: 20, score: 19 }, total: null }), p).filter((f) => f.messageId === "budgetWeight")).toHaveLength(1);
  });
});

describe("profile keys for the regions' choices", () => {
  test("totalCaps: an execution rate of 75% caps the recommended total at 89, with an info", () => {
    const p = fromJson({ totalCaps: [{ rateBelow: "0.8", max: "89" }, { rateBelow: "0.7", max: "79" }, { rateBelow: "0.6", max: "69" }] });
    const sheet = projectSheet({ funds: { ...PROJECT_FUNDS, spent: 75, rate: pct(0.75), score: 7.5 }, total: null });
    const report = runReport(sheet, p);
    expect(report.templates[0].score?.recommended).toBe("89.00");
    expect(report.findings.filter((f) => f.rule === "grade-withheld").map((f) => f.messageId)).toEqual(["capped"]);
    expect(runReport(sheet, defaultProfile).templates[0].score?.recommended).toBe("97.50");
  });

  test("qualitativeBands [0.8, 0.5]: 5.5 of 10 is inside band 2", () => {
    const sheet = oneIndicator({ target: "达成年度指标", actual: "基本完成", score: 5.5, reason: "部分未完成" });
    expect(rules(run(sheet), "qualitative-band")).toEqual(["warning G9 outside"]);
    expect(rules(run(sheet, fromJson({ qualitativeBands: [0.8, 0.5] })), "qualitative-band")).toEqual([]);
  });

  test("bandWords, costWords and reasonPlaceholders extend the built-in words", () => {
    const banded = oneIndicator({ target: "达成年度指标", actual: "推进顺利", score: 10 });
    expect(runReport(banded).findings.filter((f) => f.rule === "qualitative-band")).toEqual([]);
    expect(rules(run(oneIndicator({ target: "达成年度指标", actual: "推进缓慢", score: 10, reason: "原因已说明" }), fromJson({ bandWords: { "3": ["推进缓慢"] } })), "qualitative-band")).toEqual(["warning G9 outside"]);
    const unit = oneIndicator({ name: "单位能耗", target: 100, actual: 110, score: null, reason: "设备老化" });
    expect(runReport(unit).recalculations.find((r) => r.field === "indicatorScore")?.value).toBe("10");
    expect(runReport(unit, fromJson({ costWords: ["能耗"] })).recalculations.find((r) => r.field === "indicatorScore")?.value).toBe("9.09");
    const prompt = oneIndicator({ target: "≥100人次", actual: "90人次", score: 9, reason: "请结合实际说明" });
    expect(rules(run(prompt), "reason-required")).toEqual([]);
    expect(rules(run(prompt, fromJson({ reasonPlaceholders: ["请结合实际说明"] })), "reason-required")).toEqual(["error H9 deducted"]);
  });

  test("overTargetAction deduct 2: a met target far above takes 2 points off ŝ", () => {
    const p = fromJson({ overTargetAction: "deduct", overTargetDeduct: "2" });
    const sheet = oneIndicator({ target: "≥40%", actual: "60%", score: null, reason: "目标设定偏低" });
    expect(runReport(sheet, p).recalculations.find((r) => r.field === "indicatorScore")?.value).toBe("8");
    expect(runReport(sheet, fromJson({ overTargetAction: "deviation" })).recalculations.find((r) => r.field === "indicatorScore")?.value).toBe("5");
    expect(runReport(sheet).recalculations.find((r) => r.field === "indicatorScore")?.value).toBe("10");
  });

  test("bad values are refused with the key named", () => {
    const refuse = (json: object) => profileFromJson(json, RULES, LABEL_KEYS);
    expect(refuse({ totalCaps: [{ rateBelow: "80%", max: 89 }] })).toHaveProperty("error");
    expect(refuse({ qualitativeBands: [0.5, 0.8] })).toHaveProperty("error");
    expect(refuse({ overTargetAction: "punish" })).toHaveProperty("error");
    expect(refuse({ bandWords: { "4": ["x"] } })).toHaveProperty("error");
    expect(refuse({ deptGrades: [] })).toHaveProperty("error");
  });
});

describe("rule options (declared in each rule's meta, read by one reader)", () => {
  const read = (json: object) => profileFromJson(json, RULES, LABEL_KEYS);

  test("rules.<id>.<option> and the flat alias set the same option", () => {
    expect(fromJson({ rules: { "execution-reason": { threshold: 0.95 } } }).rules["execution-reason"]).toEqual({ threshold: "0.95" });
    expect(fromJson({ executionThreshold: "0.95" }).rules["execution-reason"]).toEqual({ threshold: "0.95" });
    // A profile that extends one keeps its rule options and adds its own.
    expect(fromJson({ extends: "sichuan-project", rules: { "procurement-anomaly": { high: "2" } } }).rules).toEqual({
      "weight-total": { budgetWeight: "10" },
      "execution-reason": { threshold: "0.9" },
      "procurement-anomaly": { high: "2" },
    });
  });

  test("the option changes what the rule reports", () => {
    const sheet = projectSheet({ fundsReason: true, funds: { initial: 100, budget: 100, spent: 94, weight: 10, rate: pct(0.94), score: 9.4, reason: null } });
    expect(rules(run(sheet, defaultProfile), "execution-reason")).toEqual([]);
    expect(rules(run(sheet, fromJson({ rules: { "execution-reason": { threshold: "0.95" } } })), "execution-reason")).toEqual(["warning I4 lowRate"]);
  });

  test.each([
    [{ rules: { "execution-reason": { treshold: 0.8 } } }, '未知选项 "rules.execution-reason.treshold"', 'unknown option "rules.execution-reason.treshold"'],
    [{ rules: { "no-such-rule": {} } }, 'rules 中有未知规则 "no-such-rule"', 'unknown rule "no-such-rule" in rules'],
    [{ rules: { "execution-reason": { threshold: "90%" } } }, "rules.execution-reason.threshold 应为数字", "rules.execution-reason.threshold must be a number"],
    [{ executionThreshold: 1.2 }, "rules.execution-reason.threshold 应为不超过 1 的小数", "rules.execution-reason.threshold must be a fraction at most 1"],
    [{ rules: { "procurement-anomaly": { high: 0 } } }, "rules.procurement-anomaly.high 应大于 0", "rules.procurement-anomaly.high must be above 0"],
    [{ overTargetRatoi: 1.3 }, '未知的规则配置键 "overTargetRatoi"', 'unknown profile key "overTargetRatoi"'],
    [{ overTargetAction: "punish" }, "overTargetAction 应为", "overTargetAction must be one of"],
  ])("%j is refused in both languages", (json, zh, en) => {
    const result = read(json);
    if (!("error" in result)) throw new Error("accepted");
    expect(result.error["zh-CN"]).toContain(zh);
    expect(result.error.en).toContain(en);
  });

  test("every declared option's default is a value its own reader accepts, and aliases are unique", () => {
    const aliases: string[] = [];
    for (const rule of RULES) {
      for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
        expect(readOption(name, spec, spec.default, undefined)).toEqual({ value: spec.default });
        if (spec.alias) aliases.push(spec.alias);
      }
    }
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) expect(Object.keys(PROFILE_OPTIONS)).not.toContain(alias);
  });
});

