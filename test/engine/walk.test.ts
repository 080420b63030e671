// The rule API v2 contract (src/engine/rule.ts): the engine walks each bound template once and
// calls only the visitors a rule declares, typed by family; options reach a rule with defaults
// applied; findings of one cause fold into one. Checked with a recording rule on small tables.
import type { Indicator } from "../../src/engine/model";
import type { Rule } from "../../src/engine/rule";
import { defineRule, ruleTemplates } from "../../src/engine/rule";
import { RULES } from "../../src/engine/rules";
import { validate } from "../../src/engine/validate";
import { defaultProfile } from "../../src/engine/profile";
import type { Profile } from "../../src/engine/profile";
import { bindWorkbook } from "../../src/template";
import { deptBaseSheet, deptEvalSheet, DEPT_INDICATORS, profileWith } from "./rules/helpers";

const META = {
  title: { "zh-CN": "记录", en: "Recorder" },
  severity: "warning" as const,
  alsoSeverities: ["error" as const],
  sourceKind: "own" as const,
  source: "test",
  description: { "zh-CN": "测试", en: "test" },
  messages: { seen: { "zh-CN": "{{what}}", en: "{{what}}" } },
};

function record(profile: Profile = defaultProfile) {
  const calls: string[] = [];
  const seenAssessments = new Map<Indicator, unknown>();
  let options: unknown;
  const recorder = defineRule<{ limit: string }>({
    meta: { ...META, id: "recorder", options: { limit: { type: { kind: "decimal" }, default: "5", description: { "zh-CN": "上限", en: "limit" } } } },
    template: (t) => void calls.push(`template ${t.kind}`),
    evalTable: (ctx) => {
      options = ctx.options;
      calls.push(`evalTable ${ctx.table.kind} ${ctx.indicators.length}`);
    },
    fundsRow: (row, isTotal) => void calls.push(`fundsRow ${isTotal ? "total" : "part"} ${row.label}`),
    group: (g) => void calls.push(`group ${g.name}`),
    indicator: (indicator, a, ctx) => {
      calls.push(`indicator ${indicator.name}`);
      // The assessment is the shared one, made once for every rule.
      expect(ctx.assess(indicator)).toBe(a);
      seenAssessments.set(indicator, a);
    },
    baseTable: (ctx) => void calls.push(`baseTable ${ctx.table.kind}`),
  });
  const workbook = bindWorkbook({ sheets: [deptBaseSheet(), deptEvalSheet()] }, profile);
  const report = validate(workbook, profile, [recorder]);
  return { calls, options, report, seenAssessments };
}

test("each template is walked once: every visitor, in order, for its family only", () => {
  const { calls } = record();
  const names = DEPT_INDICATORS.map((i) => i.name);
  expect(calls.filter((c) => c.startsWith("template"))).toEqual(["template dept-base", "template dept-eval"]);
  expect(calls.filter((c) => c.startsWith("baseTable"))).toEqual(["baseTable dept-base"]);
  expect(calls.filter((c) => c.startsWith("evalTable"))).toEqual([`evalTable dept-eval ${names.length}`]);
  expect(calls.filter((c) => c.startsWith("indicator"))).toEqual(names.map((n) => `indicator ${n}`));
  const funds = calls.filter((c) => c.startsWith("fundsRow"));
  expect(funds[0]).toMatch(/^fundsRow total /);
  expect(funds.slice(1).every((c) => c.startsWith("fundsRow part "))).toBe(true);
  // Per template: template → table → funds rows → groups → indicators.
  const evalCalls = calls.slice(calls.indexOf("template dept-eval"));
  const firstOf = (prefix: string) => evalCalls.findIndex((c) => c.startsWith(prefix));
  expect([firstOf("evalTable"), firstOf("fundsRow"), firstOf("group"), firstOf("indicator")]).toEqual([1, 2, 2 + funds.length, expect.any(Number)]);
  expect(firstOf("indicator")).toBeGreaterThan(firstOf("group"));
});

test("a rule's options: its declared defaults, then what the profile sets under rules.<id>", () => {
  expect(record().options).toEqual({ limit: "5" });
  expect(record(profileWith({ rules: { recorder: { limit: "7" } } })).options).toEqual({ limit: "7" });
});

test("a rule turned off is not walked at all", () => {
  expect(record(profileWith({ severities: { recorder: "off" } })).calls).toEqual([]);
});

test("the families a rule runs on follow from its visitors, for every registered rule", () => {
  expect(ruleTemplates(defineRule({ meta: { ...META, id: "a" }, indicator: () => undefined }))).toEqual(["dept-eval", "project-eval"]);
  expect(ruleTemplates(defineRule({ meta: { ...META, id: "b" }, baseTable: () => undefined }))).toEqual(["dept-base"]);
  expect(ruleTemplates(defineRule({ meta: { ...META, id: "c" }, template: () => undefined }))).toEqual(["dept-eval", "dept-base", "project-eval"]);
  for (const rule of RULES) expect(Object.keys(rule).filter((k) => k !== "meta").length).toBeGreaterThan(0);
});

test("findings that name one cause fold into the most severe, the others as its details", () => {
  const sheet = deptEvalSheet();
  const say = (id: string, severity: "warning" | "error", cause?: string): Rule =>
    defineRule({
      meta: { ...META, id },
      evalTable: (ctx) => ctx.report({ at: ctx.table.headerAt, messageId: "seen", severity, data: { what: id }, cause }),
    });
  const rules = [say("first", "warning", "x"), say("second", "error", "x"), say("third", "warning", "y"), say("alone", "warning")];
  const report = validate(bindWorkbook({ sheets: [sheet] }, defaultProfile), defaultProfile, rules);
  expect(report.findings.map((f) => [f.rule, f.details?.map((d) => d.rule)])).toEqual([
    ["second", ["first"]],
    ["alone", undefined],
    ["third", undefined],
  ]);
  expect(report.findings.some((f) => "cause" in f)).toBe(false);
});
