// 预算执行率未达到90%、或年中调整预算的，需说明原因 / A low rate or a mid-year budget change needs a reason.
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { fixed, percent } from "../format";
import { reasonIsFilled } from "../scoring";

export default defineRule<{ threshold: string }>({
  meta: {
    id: "execution-reason",
    title: { "zh-CN": "预算执行原因说明", en: "Execution reason" },
    severity: "warning",
    sourceKind: "form",
    source: "四川 部门预算项目支出绩效自评表（510000_0013zp）原因栏的表注：“预算执行率未达到90%的需说明原因；年中发生预算调整的（追加或调减），应单独说明理由”",
    description: {
      "zh-CN": "执行率低于 90% 或全年预算数不等于年初预算数时，模板的原因栏须说明原因",
      en: "When the rate is below 90% or the budget changed during the year, the template's reason cell must explain why",
    },
    messages: {
      lowRate: {
        "zh-CN": "执行率 {{rate}} 低于 {{threshold}}，请在原因栏说明原因",
        en: "Execution rate {{rate}} is below {{threshold}}; explain why in the reason cell",
      },
      adjusted: {
        "zh-CN": "预算由年初 {{initial}} 调整为 {{budget}}，请在原因栏说明调整理由",
        en: "The budget changed from {{initial}} to {{budget}} during the year; explain why in the reason cell",
      },
    },
    options: {
      threshold: {
        type: { kind: "decimal", atMostOne: true },
        default: "0.9",
        alias: "executionThreshold",
        description: { "zh-CN": "执行率低于此值（小数，0.9 即 90%）须在原因栏说明原因", en: "an execution rate below this fraction (0.9 = 90%) needs a reason" },
      },
    },
  },
  fundsRow(row, isTotal, ctx) {
    const reason = row.reason;
    const funds = ctx.fundsOf(ctx.table);
    if (!isTotal || !reason || !funds || reasonIsFilled(reason, ctx.profile.reasonPlaceholders)) return;
    const threshold = new Decimal(ctx.options.threshold);
    if (funds.rate !== null && funds.rate.lt(threshold)) {
      ctx.report({ at: reason.at, atReason: true, messageId: "lowRate", data: { rate: percent(funds.rate), threshold: percent(threshold, 0) } });
      return;
    }
    if (funds.initial !== null && funds.budget !== null && !funds.initial.equals(funds.budget)) {
      ctx.report({ at: reason.at, atReason: true, messageId: "adjusted", data: { initial: fixed(funds.initial), budget: fixed(funds.budget) } });
    }
  },
});
