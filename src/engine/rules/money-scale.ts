// 金额单位存疑 / A money figure out of scale for the unit its label states.
// 2537695 under (万元) is 253.77 亿元 — for a 市 office whose other tables state 171.41 万元 (福建 宁德
// 2018, fixture 18): the figures were typed in 元. The unit is the label's; the check is a look.
import Decimal from "decimal.js";
import { plain } from "../format";
import { defineRule } from "../rule";

export default defineRule({
  meta: {
    id: "money-scale",
    title: { "zh-CN": "金额单位存疑", en: "Money scale" },
    severity: "info",
    sourceKind: "own",
    source: "本工具的判断：表头注明“万元”而金额达到或超过 100 万万元（100 亿元），多半是按元填写；仅供核实",
    description: {
      "zh-CN": "资金表注明以万元为单位，但年度资金总额大到不相称（默认 ≥ 1000000 万元，即 100 亿元），可能按元填写",
      en: "The funds block states 万元 but its total is out of scale (by default ≥ 1,000,000 万元, i.e. 10 billion yuan): it may have been typed in 元",
    },
    messages: {
      scale: {
        "zh-CN": "资金表以万元为单位，{{what}}为 {{value}} 万元（即 {{yi}} 亿元），金额是否按元填写？请核实单位",
        en: "The funds block is in 万元 and its {{whatEn}} is {{value}} 万元 ({{yi}} 亿元, 100 million yuan each): was it typed in 元? Check the unit",
      },
    },
    options: {
      threshold: {
        type: { kind: "decimal", positive: true },
        default: "1000000",
        description: { "zh-CN": "以万元计的金额达到此值即提示", en: "a 万元 figure at or above this is worth a look" },
      },
    },
  },
  evalTable(ctx) {
    const funds = ctx.table.funds;
    if (funds?.moneyUnit?.unit !== "万元") return;
    const threshold = new Decimal(String(ctx.options.threshold));
    const cells = [
      { field: funds.total.annualBudget, what: "全年预算数", whatEn: "full-year budget" },
      { field: funds.total.annualSpent, what: "全年执行数", whatEn: "full-year spending" },
      { field: funds.total.initialBudget, what: "年初预算数", whatEn: "initial budget" },
    ];
    for (const { field, what, whatEn } of cells) {
      const value = ctx.num(field)?.value;
      if (!field || value === undefined || value.lt(threshold)) continue;
      ctx.report({
        at: field.at,
        messageId: "scale",
        data: { what, whatEn, value: plain(value), yi: value.div(10_000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) },
        actual: plain(value),
      });
      return; // one look per table
    }
  },
});
