// 财政供养人员控制率 = 实际在职人数 ÷ 编制数 / Staff control rate.
import { defineRule } from "../rule";
import { checkRatio } from "../checks";
import { percent, plain } from "../format";

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
  },
  baseTable(ctx) {
    const staff = ctx.table.staff;
    if (!staff?.rate) return;
    const check = checkRatio(ctx, { numerator: staff.actual, denominator: staff.authorized, rate: staff.rate, field: "staffRate", fillEmpty: true });
    if (!check) return;
    const { exact, entered, ok } = check;
    const data = { expected: percent(exact), actualStaff: plain(check.numerator), authorized: plain(check.denominator), actual: entered ? (entered.percent ? percent(entered.value, entered.decimals) : plain(entered.value)) : "" };
    if (entered && !ok) ctx.report({ at: staff.rate.at, messageId: "mismatch", data, expected: data.expected, actual: data.actual });
    if (exact.gt(1)) ctx.report({ at: staff.rate.at, messageId: "over", severity: "warning", data, expected: "≤ 100%", actual: data.expected });
  },
});
