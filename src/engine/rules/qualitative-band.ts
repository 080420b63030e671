// 定性指标得分须落在评价档次内 / A qualitative score lies inside its band.
import { defineRule } from "../rule";
import { plain } from "../format";
import { indicatorText } from "../scoring";

const BAND_NAMES = { 1: "达成年度指标", 2: "部分达成", 3: "未达成" } as const;
const BAND_NAMES_EN = { 1: "met", 2: "partly met", 3: "not met" } as const;

export default defineRule({
  meta: {
    id: "qualitative-band",
    title: { "zh-CN": "定性指标档次", en: "Qualitative band" },
    severity: "warning",
    sourceKind: "official",
    source: "财预〔2020〕10号《项目支出绩效评价管理办法》：「根据指标完成情况分为达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差三档，分别按照该指标对应分值区间100-80%（含）、80-60%（含）、60-0%合理确定分值。」",
    description: {
      "zh-CN": "定性指标得分应在结果所属档次的分值区间内",
      en: "A qualitative indicator's score must lie in the range of its result's band",
    },
    messages: {
      outside: {
        "zh-CN": "“{{name}}”结果“{{result}}”属“{{band}}”档，得分应在 {{range}}，表中为 {{score}}",
        en: "“{{name}}”: result “{{result}}” is in band “{{bandEn}}”; the score should be {{rangeEn}}, the sheet shows {{score}}",
      },
      empty: {
        "zh-CN": "“{{name}}”结果“{{result}}”属“{{band}}”档，得分应在 {{range}}，请填写得分（本工具不代为确定）",
        en: "“{{name}}”: result “{{result}}” is in band “{{bandEn}}”; enter a score {{rangeEn}} (SelfEval does not choose one)",
      },
    },
  },
  indicator(indicator, a, ctx) {
    if (a.kind !== "qualitative" || !a.range || !a.band || !a.weight || !indicator.score || ctx.isError(indicator.score)) return;
    const { min, max, maxInclusive } = a.range;
    // 6 至 8 分之间（不含 8）: the bounds as 10号 states them.
    const range = `${plain(min)} 至 ${plain(max)} 分之间${maxInclusive ? "" : `（不含 ${plain(max)}）`}`;
    const rangeEn = `between ${plain(min)} and ${plain(max)}${maxInclusive ? " inclusive" : ` (${plain(max)} excluded)`}`;
    const data = { name: indicator.name, result: indicatorText(indicator, "actual"), band: BAND_NAMES[a.band], bandEn: BAND_NAMES_EN[a.band], range, rangeEn };
    if (!a.score) {
      // Band 1 is filled with w by indicator-score; below it no score is invented.
      if (a.band !== 1 && a.scoreEmpty) ctx.report({ at: indicator.score.at, messageId: "empty", data, expected: range });
      return;
    }
    const s = a.score.value;
    if (s.isNegative() || s.gt(a.weight)) return; // score-range owns it
    const inside = s.gte(min) && (maxInclusive ? s.lte(max) : s.lt(max));
    if (inside) return;
    ctx.report({ at: indicator.score.at, messageId: "outside", data: { ...data, score: plain(s) }, expected: range, actual: plain(s) });
  },
});
