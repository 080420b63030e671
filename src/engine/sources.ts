// Where a rule comes from, said honestly. A rule's source is one of four kinds, and a source that
// names 财预〔2020〕10号 quotes it verbatim: every 「…」 in it is a piece of the texts below, which a
// test holds it to. Nothing is attributed to a document that does not say it.

export type SourceKind = "official" | "form" | "practice" | "own";

export const SOURCE_KINDS: Record<SourceKind, { "zh-CN": string; en: string }> = {
  official: { "zh-CN": "官方文件原文", en: "official text, quoted verbatim" },
  form: { "zh-CN": "表式自身（栏目名称或表注）", en: "the official form itself (its columns or its own note)" },
  practice: { "zh-CN": "通行做法（注明出处）", en: "common practice, named" },
  own: { "zh-CN": "本工具的判断", en: "our own judgement" },
};

/** The document the official rules quote. Article numbers were not verified here, so none is given. */
export const TEN_DOCUMENT = "财预〔2020〕10号《项目支出绩效评价管理办法》";

/**
 * Sentences of 财预〔2020〕10号's provisions on 单位自评, as published (full-width punctuation as
 * in the text). A source may quote any piece of them.
 */
export const TEN_TEXTS: readonly string[] = [
  "单位自评采用定量与定性评价相结合的比较法，总分由各项指标得分汇总形成。",
  "定量指标得分按照以下方法评定：与年初指标值相比，完成指标值的，记该指标所赋全部分值；对完成值高于指标值较多的，要分析原因，如果是由于年初指标值设定明显偏低造成的，要按照偏离度适度调减分值；未完成指标值的，按照完成值与指标值的比例记分。",
  "定性指标得分按照以下方法评定：根据指标完成情况分为达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差三档，分别按照该指标对应分值区间100-80%（含）、80-60%（含）、60-0%合理确定分值。",
  "原则上预算执行率和一级指标权重统一设置为：产出指标50%、效益指标30%、服务对象满意度指标10%、预算执行率10%。",
  "对未完成绩效目标或偏离绩效目标较大的项目要分析并说明原因，研究提出改进措施。",
];

/** The column and row labels of 财预〔2020〕10号 附件 项目支出绩效自评表, as printed on the form. */
export const TEN_FORM_LABELS: readonly string[] = [
  "项目名称", "主管部门", "实施单位", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
  "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况", "绩效指标",
  "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "总分",
];

/** The quotes 「…」 in a source text. */
export function quotesIn(source: string): string[] {
  return [...source.matchAll(/「([^」]+)」/g)].map((m) => m[1]);
}

/** True when every quote is a verbatim piece of 10号's texts or one of its form's labels. */
export function quotesTen(source: string): boolean {
  const quotes = quotesIn(source);
  return quotes.length > 0 && quotes.every((q) => TEN_TEXTS.some((t) => t.includes(q)) || TEN_FORM_LABELS.includes(q));
}
