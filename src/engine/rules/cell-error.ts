// 单元格含错误值 / A bound cell holds an Excel error.
import { defineRule } from "../rule";
import { readCell } from "../values";
import type { BoundTemplate, Field } from "../model";

/** Every bound field of a template, in sheet order. */
export function boundFields(t: BoundTemplate): Field[] {
  const out: (Field | undefined)[] = [];
  if (t.kind === "dept-base") {
    out.push(t.staff?.authorized, t.staff?.actual, t.staff?.rate);
    const c = t.costs;
    if (c) {
      const rows = [c.threePublic, c.car, c.carPurchase, c.carRunning, c.abroad, c.reception, c.project, ...c.projectItems, c.publicFunds, ...c.publicItems, c.procurement, c.budgetAdjust];
      for (const r of rows) out.push(r?.prevFinal, r?.budget, r?.final);
    }
    for (const b of t.buildings) out.push(b.approvedArea, b.actualArea, b.areaRate, b.budgetInvest, b.actualInvest, b.investRate);
  } else {
    if (t.funds) for (const r of [t.funds.total, ...t.funds.parts, ...(t.funds.subtotals ?? []).flatMap((s) => s.parts)]) out.push(r.initialBudget, r.annualBudget, r.annualSpent, r.weight, r.rate, r.score, r.reason);
    for (const i of t.groups.flatMap((g) => g.indicators)) out.push(i.comparator, i.target, i.unit, i.actual, i.factor, i.weight, i.score, i.reason);
    out.push(t.total?.weight, t.total?.score);
  }
  return out.filter((f): f is Field => f !== undefined);
}

export default defineRule({
  meta: {
    id: "cell-error",
    title: { "zh-CN": "单元格错误值", en: "Cell error" },
    severity: "error",
    sourceKind: "own",
    source: "本工具的判断：参与校验的单元格含有 #DIV/0!、#REF!、#VALUE! 等错误值时，校验无法进行",
    description: { "zh-CN": "模板中参与校验的单元格含有 Excel 错误值", en: "A cell the checks read holds an Excel error value" },
    messages: {
      error: { "zh-CN": "单元格为错误值 {{code}}，请修正公式或数据", en: "The cell holds the error {{code}}; fix the formula or the data" },
    },
  },
  template(template, ctx) {
    for (const field of boundFields(template)) {
      if (!ctx.isError(field)) continue;
      const reading = readCell(field.cell);
      const code = reading.kind === "error" ? reading.code : "#ERROR";
      ctx.report({ at: field.at, messageId: "error", data: { code }, actual: code });
    }
  },
});
