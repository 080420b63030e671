// 表中填写的等级与建议总分的等级一致 / A grade typed on the sheet agrees with the recommended total's.
import Decimal from "decimal.js";
import { fixed } from "../format";
import { defineRule } from "../rule";
import { assessTotal, cellText, GRADE_WORDS, gradeOf } from "../scoring";
import { normalizeText } from "../values";

export default defineRule({
  meta: {
    id: "grade-entered",
    title: { "zh-CN": "填报等级", en: "Grade entered" },
    severity: "warning",
    sourceKind: "own",
    source: "本工具的判断：表中在总分旁填写的等级，应与按规则配置的等级（默认 优 ≥ 90、良 ≥ 80、中 ≥ 60、差）确定的建议总分等级一致；等级区间取自所选规则配置",
    description: {
      "zh-CN": "总分旁填写的等级与建议总分按规则配置确定的等级不一致",
      en: "The grade typed beside the 总分 differs from the recommended total's grade under the profile",
    },
    messages: {
      mismatch: {
        "zh-CN": "表中等级为“{{typed}}”，按建议总分 {{total}} 应为“{{grade}}”",
        en: "The sheet's grade is “{{typed}}”; by the recommended total {{total}} it should be “{{grade}}”",
      },
    },
  },
  evalTable(ctx) {
    const field = ctx.table.total?.grade;
    if (!field?.cell || !ctx.table.scored) return;
    const typed = cellText(field.cell).trim();
    const total = assessTotal(ctx.table, ctx.assess, ctx.fundsOf, ctx.profile);
    // No recommended total, or one above 100: grade-withheld says why no grade is given.
    if (total.recommended === null || total.overMax) return;
    const rounded = total.recommended.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const grade = gradeOf(rounded, ctx.profile, ctx.table.kind);
    const word = normalizeText(typed);
    // A region's own grade labels are compared as they are; the usual words by the grade they name.
    const named = ctx.profile.grades.some((g) => g.label === word) ? word : (GRADE_WORDS[word] ?? word);
    if (named === grade) return;
    ctx.report({ at: field.at, messageId: "mismatch", data: { typed, total: fixed(rounded), grade }, expected: grade, actual: typed });
  },
});
