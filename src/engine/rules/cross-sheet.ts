// 基础数据表与自评表互相印证 / The 基础数据表 agrees with the 自评表 of the same workbook.
import type Decimal from "decimal.js";
import { defineRule } from "../rule";
import { plain, sumTolerance } from "../format";
import type { EvalTable } from "../model";
import { parseNumberText } from "../values";

export default defineRule({
  meta: {
    id: "cross-sheet",
    title: { "zh-CN": "基础数据表与自评表勾稽", en: "Cross sheet" },
    severity: "warning",
    sourceKind: "own",
    source: "本工具的判断：同一工作簿中，基础数据表本年决算的项目支出不应超过整体支出绩效自评表的项目支出（按支出性质分）及全年执行数",
    description: {
      "zh-CN": "同一工作簿中，基础数据表本年决算的项目支出不应超过整体支出绩效自评表的项目支出和全年执行数",
      en: "In one workbook, the 基础数据表's project spending must not exceed the 自评表's project budget or its full-year spending",
    },
    messages: {
      overProject: {
        "zh-CN": "基础数据表项目支出 {{base}} 超过自评表（{{sheet}}）按支出性质分的项目支出 {{other}}",
        en: "项目支出 {{base}} exceeds the 自评表's ({{sheet}}) project spending {{other}}",
      },
      overSpent: {
        "zh-CN": "基础数据表项目支出 {{base}} 超过自评表（{{sheet}}）全年执行数 {{other}}",
        en: "项目支出 {{base}} exceeds the 自评表's ({{sheet}}) full-year spending {{other}}",
      },
    },
  },
  baseTable(ctx) {
    const field = ctx.table.costs?.project?.final;
    const base = ctx.num(field)?.value;
    if (!field || base === undefined) return;
    const evals = ctx.templates.filter((t): t is EvalTable => t.kind === "dept-eval");
    for (const table of evals) {
      const projectText = table.funds?.expenseProject?.valueText;
      const project = projectText ? parseNumberText(projectText)?.value : undefined;
      const spent = ctx.num(table.funds?.total.annualSpent)?.value;
      const projectItems = ctx.table.costs?.projectItems.length ?? 1;
      compare(project, "overProject", table.sheet, projectItems);
      compare(spent, "overSpent", table.sheet, projectItems);
    }

    function compare(other: Decimal | undefined, messageId: string, sheet: string, items: number): void {
      if (other === undefined || base === undefined || !field) return;
      if (base.minus(other).lte(sumTolerance(items))) return;
      ctx.report({ at: field.at, messageId, data: { base: plain(base), other: plain(other), sheet }, expected: `≤ ${plain(other)}`, actual: plain(base) });
    }
  },
});
