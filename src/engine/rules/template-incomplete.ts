// 模板缺少校验所需的栏目 / A recognised template lacks a part that its family of form always has.
// Only what the family always has is asked for: a scoreless 绩效目标自评表 has no 分值 or 得分 by
// design, and a 湖北 省级 form no 分值 or 偏差原因 column, so their absence is never reported.
import { isBlankTable, tableCause } from "../checks";
import { defineRule } from "../rule";

export default defineRule({
  meta: {
    id: "template-incomplete",
    title: { "zh-CN": "模板栏目缺失", en: "Template incomplete" },
    severity: "error",
    sourceKind: "own",
    source: "本工具的判断：识别出的模板须包含其所属表式一贯具有的栏目（依据各地已公开表式）",
    description: { "zh-CN": "识别出的模板缺少该类表式一贯具有的栏目、行或栏块", en: "A recognised template lacks a column, row or block that its family of form always has" },
    messages: {
      missing: { "zh-CN": "模板缺少“{{column}}”栏，相关校验无法进行", en: "The template has no “{{columnEn}}” column; the checks that need it cannot run" },
      missingRow: { "zh-CN": "资金表没有“{{column}}”行，资金核对无法进行", en: "The funds block has no “{{columnEn}}” row; the funds cannot be checked" },
      missingBlock: { "zh-CN": "模板缺少{{column}}，相关校验无法进行", en: "The template has no {{columnEn}}; the checks that need it cannot run" },
      blank: {
        "zh-CN": "表中资金和指标都没有填写（无金额、指标值、完成值、分值或得分），请填写后再提交",
        en: "Nothing is filled in: no money, target, result, weight or score anywhere in the table; fill it in before submitting",
      },
      empty: { "zh-CN": "{{column}}没有填写任何指标，相关校验无法进行", en: "The {{columnEn}} holds no indicator; the checks that need them cannot run" },
    },
  },
  evalTable(ctx) {
    if (isBlankTable(ctx.table, ctx.filled)) ctx.report({ at: ctx.table.headerAt, messageId: "blank", cause: tableCause("blank-table", ctx.table.headerAt) });
  },
  template(template, ctx) {
    for (const m of template.missing) {
      const messageId = m.kind === "row" ? "missingRow" : m.kind === "block" ? "missingBlock" : m.kind === "empty" ? "empty" : "missing";
      ctx.report({ at: m.at, messageId, data: { column: m.name["zh-CN"], columnEn: m.name.en }, cause: m.kind === "empty" ? tableCause("empty-indicators", template.headerAt) : undefined });
    }
  },
});
