// 政府采购决算与预算差异过大 / Government procurement far from its budget.
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { percent, plain } from "../format";

export default defineRule<{ low: string; high: string }>({
  meta: {
    id: "procurement-anomaly",
    title: { "zh-CN": "政府采购执行异常", en: "Procurement anomaly" },
    severity: "info",
    sourceKind: "own",
    source: "本工具的判断：政府采购本年决算与本年预算之比在 50%–150% 之外值得核实；此区间无官方出处，规则配置可改（rules.procurement-anomaly.low / high）",
    description: {
      "zh-CN": "政府采购本年决算与本年预算之比在 50%–150%（默认区间）之外",
      en: "Government procurement: this year's spending ÷ budget is outside 50%–150% (the default band)",
    },
    messages: {
      outside: {
        "zh-CN": "政府采购本年决算 {{final}} 为本年预算 {{budget}} 的 {{rate}}，在 {{band}} 之外，请核实",
        en: "Procurement spending {{final}} is {{rate}} of the budget {{budget}}, outside {{band}}; please verify",
      },
      noBudget: {
        "zh-CN": "政府采购本年决算 {{final}}，但本年预算为 0，请核实",
        en: "Procurement spending is {{final}} with a budget of 0; please verify",
      },
    },
    options: {
      low: { type: { kind: "decimal" }, default: "0.5", description: { "zh-CN": "决算 ÷ 预算 低于此值（小数）需核实", en: "spending ÷ budget below this fraction is worth a look" } },
      high: { type: { kind: "decimal", positive: true }, default: "1.5", description: { "zh-CN": "决算 ÷ 预算 高于此值（小数）需核实", en: "spending ÷ budget above this fraction is worth a look" } },
    },
  },
  baseTable(ctx) {
    const row = ctx.table.costs?.procurement;
    if (!row?.final || ctx.isError(row.final) || ctx.isError(row.budget)) return;
    const final = ctx.num(row.final)?.value;
    const budget = ctx.num(row.budget)?.value;
    if (final === undefined || budget === undefined) return;
    if (budget.isZero()) {
      if (final.gt(0)) ctx.report({ at: row.final.at, messageId: "noBudget", data: { final: plain(final) }, actual: plain(final) });
      return;
    }
    const rate = final.div(budget);
    const low = new Decimal(ctx.options.low);
    const high = new Decimal(ctx.options.high);
    if (rate.gte(low) && rate.lte(high)) return;
    const band = `${percent(low, 0)}–${percent(high, 0)}`;
    ctx.report({ at: row.final.at, messageId: "outside", data: { final: plain(final), budget: plain(budget), rate: percent(rate), band }, expected: band, actual: percent(rate) });
  },
});
