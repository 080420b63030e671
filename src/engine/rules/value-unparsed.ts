// 数值无法识别 / A value the checks need cannot be read: a quantitative target or result, or a
// bound money, weight or score cell (八百五十七点七一, abc, a date). Never silence: the checks that
// need the cell did not run, and the user must know which.
import type { CellRef } from "../grid";
import type { BoundTemplate, Field } from "../model";
import { defineRule } from "../rule";
import { cellText } from "../scoring";
import { plain } from "../format";
import { normalizeText, parseNumberText, readCell } from "../values";

interface NumericField {
  field: Field | undefined;
  what: string;
  whatEn: string;
  label: string;
}

/** The money, weight and score cells of a template, with what each holds (for the message). */
function numericFields(t: BoundTemplate): NumericField[] {
  const out: NumericField[] = [];
  if (t.kind === "dept-base") {
    const c = t.costs;
    if (c) {
      const rows = [c.threePublic, c.car, c.carPurchase, c.carRunning, c.abroad, c.reception, c.project, ...c.projectItems, c.publicFunds, ...c.publicItems, c.procurement];
      for (const r of rows) {
        if (!r) continue;
        out.push({ field: r.prevFinal, what: "上年决算数", whatEn: "last year's final accounts", label: r.label });
        out.push({ field: r.budget, what: "本年预算数", whatEn: "this year's budget", label: r.label });
        out.push({ field: r.final, what: "本年决算数", whatEn: "this year's final accounts", label: r.label });
      }
    }
    if (t.staff) {
      out.push({ field: t.staff.authorized, what: "编制数", whatEn: "authorised staff", label: "财政供养人员情况" });
      out.push({ field: t.staff.actual, what: "实际在职人数", whatEn: "staff in post", label: "财政供养人员情况" });
    }
    return out;
  }
  const f = t.funds;
  if (f) {
    for (const r of [f.total, ...f.parts, ...(f.subtotals ?? []).flatMap((s) => s.parts)]) {
      out.push({ field: r.initialBudget, what: "年初预算数", whatEn: "initial budget", label: r.label });
      out.push({ field: r.annualBudget, what: "全年预算数", whatEn: "full-year budget", label: r.label });
      out.push({ field: r.annualSpent, what: "全年执行数", whatEn: "full-year spending", label: r.label });
    }
    out.push({ field: f.total.weight, what: "分值", whatEn: "weight", label: f.total.label });
    out.push({ field: f.total.score, what: "得分", whatEn: "score", label: f.total.label });
  }
  for (const i of t.groups.flatMap((g) => g.indicators)) {
    out.push({ field: i.weight, what: "分值", whatEn: "weight", label: i.name });
    out.push({ field: i.score, what: "得分", whatEn: "score", label: i.name });
    out.push({ field: i.factor, what: "得分系数", whatEn: "score factor", label: i.name });
  }
  return out;
}

/** 0.98 read as a fraction: "98%". */
function asPercent(text: string): string {
  const n = parseNumberText(text);
  return n ? `${plain(n.value.times(100))}%` : "";
}

/** A result that says there is none: 无, 暂无, 没有. */
const NONE = new Set(["无", "暂无", "没有", "无此项"]);

/** Only a unit where a figure stood (分, 万元): nothing was entered, as on pages that strip figures. */
const ONLY_UNIT = /^(?:分|万元|元|%|个|人|次|户|家|项)$/;

export default defineRule({
  meta: {
    id: "value-unparsed",
    title: { "zh-CN": "数值无法识别", en: "Value unparsed" },
    severity: "warning",
    alsoSeverities: ["info"],
    sourceKind: "own",
    source: "本工具的判断：无法读取为数字的金额、分值、得分、指标值或完成值，相关校验无法进行，须指出而不是略过",
    description: {
      "zh-CN": "参与校验的金额、分值、得分，或定量指标的年度指标值、实际完成值无法读取（或单位无法换算），相关校验未进行",
      en: "A money, weight or score cell, or a quantitative target or result, cannot be read (or its units converted), so the checks that need it did not run",
    },
    messages: {
      unreadable: {
        "zh-CN": "“{{name}}”的{{which}}“{{value}}”无法识别为数值，未计算建议得分",
        en: "“{{name}}”: the {{whichEn}} “{{value}}” is not a readable number; no recommended score",
      },
      notNumber: {
        "zh-CN": "“{{label}}”的{{what}}“{{value}}”不是可读的数字，相关校验未进行；请填写数字",
        en: "“{{label}}”: the {{whatEn}} “{{value}}” is not a readable number, so the checks that need it did not run; enter a number",
      },
      explained: {
        "zh-CN": "“{{name}}”的{{which}}为“{{value}}”，已在原因栏说明：未计算建议得分",
        en: "“{{name}}”: the {{whichEn}} is “{{value}}”, explained in the reason cell; no recommended score",
      },
      fraction: {
        "zh-CN": "“{{name}}”的{{which}}“{{value}}”没有写 %，对照指标值“{{target}}”可能是 {{asFraction}}，也可能是 {{value}}%：未计算建议得分，请写明百分数",
        en: "“{{name}}”: the {{whichEn}} “{{value}}” has no %; against the target “{{target}}” it may mean {{asFraction}} or {{value}}%: no recommended score; write the percentage",
      },
      units: {
        "zh-CN": "“{{name}}”的实际完成值“{{value}}”与指标值“{{target}}”单位不同且无法换算，未计算建议得分",
        en: "“{{name}}”: the result “{{value}}” and the target “{{target}}” have units that cannot be converted; no recommended score",
      },
    },
  },
  template(template, ctx) {
    const seen = new Set<string>();
    const at = (ref: CellRef) => `${ref.row}:${ref.col}`;
    for (const { field, what, whatEn, label } of numericFields(template)) {
      if (!field || seen.has(at(field.at))) continue;
      seen.add(at(field.at));
      const reading = readCell(field.cell);
      if (reading.kind !== "text" || ONLY_UNIT.test(reading.text.trim())) continue;
      ctx.report({ at: field.at, messageId: "notNumber", data: { label: label || what, what, whatEn, value: reading.text }, actual: reading.text });
    }
  },
  indicator(indicator, a, ctx) {
    if (!a.unparsed) return;
    const field = a.unparsed.field === "target" ? indicator.target : indicator.actual;
    if (!field || ctx.isError(field)) return;
    const value = cellText(field.cell);
    // 无 (nothing to report, 没有轮换 …) as the result with its reason written: the accountant has
    // said why there is no figure, so it is worth knowing, not a warning (衡山 2020, fixture 12).
    const explained = a.unparsed.field === "actual" && a.unparsed.why === "unreadable" && NONE.has(normalizeText(value)) && a.reasonFilled;
    ctx.report({
      at: field.at,
      messageId: explained ? "explained" : a.unparsed.why,
      severity: explained ? "info" : undefined,
      data: {
        name: indicator.name,
        which: (a.unparsed.field === "target" ? ctx.table.columnLabels?.target : ctx.table.columnLabels?.actual) ?? (a.unparsed.field === "target" ? "年度指标值" : "实际完成值"),
        whichEn: a.unparsed.field === "target" ? "target" : "result",
        value: value || "（空白）",
        target: cellText(indicator.target?.cell),
        asFraction: a.unparsed.why === "fraction" ? asPercent(value) : "",
      },
      actual: value,
    });
  },
});
