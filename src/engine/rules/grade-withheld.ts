// 不给出建议总分或等级的原因 / Why no recommended total or no grade is given.
// A total is recommended only when every part of it can be scored, and graded only when it is a
// total a table can have (≤ 100). Saying so is our own judgement, not an official clause.
import { isBlankTable, tableCause } from "../checks";
import { fixed, percent, plain } from "../format";
import { defineRule } from "../rule";
import { assessTotal } from "../scoring";

/** How many blocking rows a message names before "等 N 行". */
const NAMED = 3;

export default defineRule({
  meta: {
    id: "grade-withheld",
    title: { "zh-CN": "不评等级", en: "Grade withheld" },
    severity: "info",
    sourceKind: "own",
    source: "本工具的判断：建议总分须由每一项可评分的得分相加（财预〔2020〕10号《项目支出绩效评价管理办法》：「总分由各项指标得分汇总形成。」），满分 100 分",
    description: {
      "zh-CN": "有指标无法评分或表中没有指标行时不给出建议总分和等级，并指出是哪些行；建议总分超过 100 时不评定等级",
      en: "No recommended total or grade while a row cannot be scored (the rows are named) or the table has no indicator row; no grade for a total above 100",
    },
    messages: {
      blocked: {
        "zh-CN": "未给出建议总分和等级：{{rows}}无法评分（缺少分值、指标值或完成值，且未填得分）",
        en: "No recommended total or grade: {{rowsEn}} cannot be scored (no weight, target or result, and no entered score)",
      },
      empty: {
        "zh-CN": "未给出建议总分和等级：表中没有指标行，仅有预算执行得分",
        en: "No recommended total or grade: the table has no indicator row, only the budget score",
      },
      budgetBlocked: {
        "zh-CN": "未给出建议总分和等级：预算执行得分无法计算（缺少分值或执行率），且未填写",
        en: "No recommended total or grade: the budget score cannot be computed (no weight or rate) and none is entered",
      },
      capped: {
        "zh-CN": "预算执行率 {{rate}} 低于 {{bound}}，按规则配置建议总分最高 {{max}} 分（按得分相加为 {{before}}）",
        en: "The execution rate {{rate}} is below {{bound}}: by the profile, the recommended total is at most {{max}} (the scores add up to {{before}})",
      },
      overMax: {
        "zh-CN": "建议总分 {{total}} 超过满分 {{max}}，不评定等级；请先核对各项分值",
        en: "The recommended total {{total}} exceeds the maximum {{max}}; no grade is given. Check the weights first",
      },
    },
  },
  evalTable(ctx) {
    if (!ctx.table.scored) return;
    const table = ctx.table;
    const indicators = ctx.indicators;
    const at = table.total?.score?.at ?? table.indicatorHeaderAt ?? table.headerAt;
    if (indicators.length === 0) {
      // Only a table whose indicator block is there and empty: without the block, template-incomplete says so.
      if (table.indicatorHeaderAt && table.funds) ctx.report({ at, messageId: "empty", cause: tableCause("empty-indicators", table.headerAt) });
      return;
    }
    const total = assessTotal(table, ctx.assess, ctx.fundsOf, ctx.profile);
    if (total.blockers.length > 0) {
      const named = total.blockers.slice(0, NAMED);
      const more = total.blockers.length - named.length;
      const rows = named.map((i) => `第 ${i.row + 1} 行“${i.name}”`).join("、") + (more > 0 ? ` 等 ${total.blockers.length} 行` : "");
      const rowsEn = named.map((i) => `row ${i.row + 1} “${i.name}”`).join(", ") + (more > 0 ? ` and ${more} more` : "");
      ctx.report({ at, messageId: "blocked", data: { rows, rowsEn }, cause: isBlankTable(table, ctx.filled) ? tableCause("blank-table", table.headerAt) : undefined });
      return;
    }
    if (total.budgetBlocked) {
      ctx.report({ at: table.funds?.total.score?.at ?? at, messageId: "budgetBlocked" });
      return;
    }
    if (total.cap?.before && total.recommended) {
      ctx.report({ at, messageId: "capped", data: { rate: percent(total.cap.rate, 2), bound: percent(total.cap.rateBelow, 0), max: plain(total.cap.max), before: fixed(total.cap.before) }, expected: `≤ ${plain(total.cap.max)}` });
    }
    if (total.overMax && total.recommended) {
      ctx.report({ at, messageId: "overMax", data: { total: fixed(total.recommended), max: plain(total.max) }, expected: `≤ ${plain(total.max)}`, actual: fixed(total.recommended) });
    }
  },
});
