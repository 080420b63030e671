// 年度总体目标填写的是数字 / The annual goals hold a bare number instead of text.
import { defineRule } from "../rule";
import { cellText } from "../scoring";

export default defineRule({
  meta: {
    id: "goal-text",
    title: { "zh-CN": "总体目标只填数字", en: "Goal text" },
    severity: "warning",
    sourceKind: "form",
    source: "财预〔2020〕10号 附件 项目支出绩效自评表的栏目「年度总体目标」「预期目标」「实际完成情况」：填写文字，不是数字",
    description: {
      "zh-CN": "年度总体目标的预期目标或实际完成情况只填了一个数字，没有写目标和完成情况",
      en: "The annual goals' expected goal or achievement holds only a number, not a description",
    },
    messages: {
      expected: {
        "zh-CN": "年度总体目标的预期目标只填了数字 {{value}}，请写明年度总体目标",
        en: "The annual goal holds only the number {{value}}; describe the goal",
      },
      actual: {
        "zh-CN": "年度总体目标的实际完成情况只填了数字 {{value}}，请写明完成情况",
        en: "The achievement holds only the number {{value}}; describe what was achieved",
      },
    },
  },
  evalTable(ctx) {
    if (!ctx.table.goals) return;
    const { expected, actual } = ctx.table.goals;
    for (const [field, messageId] of [
      [expected, "expected"],
      [actual, "actual"],
    ] as const) {
      if (!field?.cell || ctx.num(field) === null) continue;
      // A number, or text that is only a number: not a goal anyone can read.
      ctx.report({ at: field.at, messageId, data: { value: cellText(field.cell) } });
    }
  },
});
