// 各指标分值 + 预算执行分值 = 100 = 总分分值 / Weights add up to 100.
import Decimal from "decimal.js";
import { defineRule } from "../rule";
import { plain, sum } from "../format";

export default defineRule<{ budgetWeight: string | null }>({
  meta: {
    id: "weight-total",
    title: { "zh-CN": "分值合计", en: "Weight total" },
    severity: "error",
    alsoSeverities: ["info"],
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「原则上预算执行率和一级指标权重统一设置为：产出指标50%、效益指标30%、服务对象满意度指标10%、预算执行率10%。」（合计 100%）；表式的「总分」行",
    description: {
      "zh-CN": "全部指标分值与预算执行分值之和应为 100，且等于总分行的分值",
      en: "All indicator weights plus the budget weight must add up to 100, the 总分 row's weight",
    },
    messages: {
      mismatch: {
        "zh-CN": "分值合计应为 {{expected}}，实际为 {{actual}}（预算执行 {{budget}} + 指标 {{indicators}}）",
        en: "Weights should add up to {{expected}}; they add up to {{actual}} (budget {{budget}} + indicators {{indicators}})",
      },
      budgetWeight: {
        "zh-CN": "预算执行的分值应为 {{expected}}（规则配置），表中为 {{actual}}",
        en: "The budget's weight should be {{expected}} (by the profile); the sheet shows {{actual}}",
      },
      unbound: {
        "zh-CN": "分值合计未核对：未找到{{what}}",
        en: "The weights were not added up: {{whatEn}} could not be found",
      },
    },
    options: {
      budgetWeight: {
        type: { kind: "decimal", nullable: true },
        default: null,
        alias: "budgetWeight",
        description: { "zh-CN": "地区规定的预算执行分值（如 10）；表中分值不同即报错。null：不限", en: "the budget block's weight the region sets (e.g. 10); a table whose budget 分值 differs is an error. null: any" },
      },
    },
  },
  evalTable(ctx) {
    const table = ctx.table;
    // The region's budget weight (the profile's weight-total.budgetWeight), with or without a 总分 row.
    const required = ctx.options.budgetWeight;
    const budgetField = table.funds?.total.weight;
    const entered = ctx.num(budgetField)?.value;
    if (required !== null && budgetField && entered && !entered.equals(required)) {
      ctx.report({ at: budgetField.at, messageId: "budgetWeight", data: { expected: plain(new Decimal(required)), actual: plain(entered) }, expected: required, actual: plain(entered) });
    }
    if (!table.total) return;
    const totalWeightField = table.total?.weight;
    if (!totalWeightField || ctx.isError(totalWeightField)) return;
    const rows = ctx.indicators;
    const indicatorWeights = rows.map((i) => ctx.num(i.weight)?.value).filter((v): v is Decimal => v !== undefined);
    if (indicatorWeights.length === 0) return;
    // A partial bind never asserts arithmetic: a funds block without its 分值 cell (the sheet's
    // 100 includes it) leaves the sum unknown. No funds block at all: template-incomplete says so.
    if (table.funds && !table.funds.total.weight) {
      ctx.report({ at: totalWeightField.at, messageId: "unbound", severity: "info", data: { what: "预算执行的分值栏", whatEn: "the budget's weight cell" } });
      return;
    }
    if (!table.funds) return;
    const budgetWeight = ctx.num(table.funds.total.weight)?.value ?? new Decimal(0);
    const indicators = sum(indicatorWeights);
    const actual = indicators.plus(budgetWeight);
    const expected = ctx.num(totalWeightField)?.value ?? new Decimal(100);
    if (actual.equals(expected) && expected.equals(100)) return;
    ctx.report({
      at: totalWeightField.at,
      messageId: "mismatch",
      data: { expected: plain(new Decimal(100)), actual: plain(actual), budget: plain(budgetWeight), indicators: plain(indicators) },
      expected: "100",
      actual: plain(actual),
    });
  },
});
