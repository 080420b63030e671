// 财政供养人员控制率 = 实际在职人数 ÷ 编制数 / Staff control rate.
import { toA1 } from "../grid";
import { defineRule } from "../rule";
import { asEntered, equalAtPrecision, percent, plain, sameAsStored } from "../format";

export default defineRule({
  meta: {
    id: "staff-control",
    title: { "zh-CN": "财政供养人员控制率", en: "Staff control" },
    severity: "error",
    alsoSeverities: ["warning"],
    sourceKind: "form",
    source: "湖南 部门整体支出绩效评价基础数据表的栏目：编制数、实际在职人数、控制率；评分表“以100%为标准”（湖南 岳阳 部门整体支出绩效评价评分表）",
    description: {
      "zh-CN": "控制率应等于实际在职人数除以编制数；超过 100% 需关注",
      en: "Staff control rate = staff in post ÷ authorised staff; above 100% needs a look",
    },
    messages: {
      mismatch: {
        "zh-CN": "控制率应为 {{expected}}（{{actualStaff}} ÷ {{authorized}}），表中为 {{actual}}",
        en: "The control rate should be {{expected}} ({{actualStaff}} ÷ {{authorized}}); the sheet shows {{actual}}",
      },
      over: {
        "zh-CN": "实际在职人数 {{actualStaff}} 超过编制数 {{authorized}}，控制率 {{expected}} 高于 100%",
        en: "Staff in post {{actualStaff}} exceed the authorised {{authorized}}; control rate {{expected}} is above 100%",
      },
    },
    templates: ["dept-base"],
  },
  check(ctx) {
    if (ctx.template.kind !== "dept-base" || !ctx.template.staff) return;
    const { authorized, actual, rate } = ctx.template.staff;
    const a = ctx.num(authorized);
    const b = ctx.num(actual);
    if (!a || !b || a.value.isZero() || !rate || ctx.isError(rate)) return;
    const exact = b.value.div(a.value);
    const entered = ctx.num(rate);
    const formula = actual && authorized ? `${toA1(actual.at)}/${toA1(authorized.at)}` : undefined;
    const data = { expected: percent(exact), actualStaff: plain(b.value), authorized: plain(a.value), actual: entered ? (entered.percent ? percent(entered.value, entered.decimals) : plain(entered.value)) : "" };
    const ok = entered !== null && equalAtPrecision(entered.percent ? entered.value.times(100) : entered.value, entered.percent ? exact.times(100) : exact, entered.decimals);
    ctx.recalc({ at: rate.at, field: "staffRate", value: exact.toString(), formula, fillsEmpty: entered === null, unchanged: ok && entered !== null && sameAsStored(exact, entered.value), existingFormula: ok ? rate.cell?.formula : undefined, previous: entered ? asEntered(entered.value, entered.decimals, entered.percent) : undefined });
    if (entered && !ok) ctx.report({ at: rate.at, messageId: "mismatch", data, expected: data.expected, actual: data.actual });
    if (exact.gt(1)) ctx.report({ at: rate.at, messageId: "over", severity: "warning", data, expected: "≤ 100%", actual: data.expected });
  },
});
