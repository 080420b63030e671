// 模板缺少校验所需的栏目 / A recognised template lacks a column the rules need.
import { defineRule } from "../rule";

const NAMES: Record<string, { "zh-CN": string; en: string }> = {
  funds: { "zh-CN": "资金（预算执行）栏", en: "funds block" },
  annualBudget: { "zh-CN": "全年预算数", en: "full-year budget" },
  annualSpent: { "zh-CN": "全年执行数", en: "full-year spending" },
  weight: { "zh-CN": "分值", en: "weight" },
  score: { "zh-CN": "得分", en: "score" },
  target: { "zh-CN": "年度指标值", en: "target" },
  actual: { "zh-CN": "实际完成值", en: "result" },
  reason: { "zh-CN": "偏差原因分析及改进措施", en: "deviation reason" },
  name: { "zh-CN": "三级指标", en: "indicator name" },
  indicators: { "zh-CN": "绩效指标栏", en: "indicator block" },
  "funds.weight": { "zh-CN": "资金栏的分值", en: "funds weight" },
  "funds.rate": { "zh-CN": "执行率", en: "execution rate" },
  "funds.score": { "zh-CN": "资金栏的得分", en: "funds score" },
  staffRate: { "zh-CN": "控制率", en: "staff control rate" },
  costBudget: { "zh-CN": "本年预算数", en: "this year's budget" },
  costFinal: { "zh-CN": "本年决算数", en: "this year's final accounts" },
  costPrevFinal: { "zh-CN": "上年决算数", en: "last year's final accounts" },
};

export default defineRule({
  meta: {
    id: "template-incomplete",
    severity: "error",
    source: "SPEC §2：识别出的模板须包含校验所需栏目",
    description: { "zh-CN": "识别出的模板缺少校验所需的栏目", en: "A recognised template lacks a column the rules need" },
    messages: {
      missing: { "zh-CN": "模板缺少“{{column}}”栏，相关校验无法进行", en: "The template has no “{{columnEn}}” column; the checks that need it cannot run" },
    },
    templates: ["dept-eval", "dept-base", "project-eval"],
  },
  check(ctx) {
    for (const m of ctx.template.missing) {
      const name = NAMES[m.key] ?? { "zh-CN": m.key, en: m.key };
      ctx.report({ at: m.at, messageId: "missing", data: { column: name["zh-CN"], columnEn: name.en } });
    }
  },
});
