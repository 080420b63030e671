// funds-breakdown: 年度资金总额 = Σ 其中 rows per column (±0.01 per item); 按收入性质 = 按支出性质 = 全年预算数;
// 基本 + 项目 = 按支出性质 (SPEC §2.1, §3, §4).
import type { FundsIn } from "./helpers";
import { deptEvalSheet, error, pct, projectSheet, ruleTests } from "./helpers";

const total = (initial: number, budget: number, spent: number): FundsIn => ({ initial, budget, spent, weight: 10, rate: pct(spent / budget), score: (spent / budget) * 10 });
const part = (initial: number | null, budget: number | null, spent: number | null): FundsIn => ({ initial, budget, spent });

/** A dept-eval sheet whose 全年预算数 is `budget`. */
const dept = (budget: number, options: Parameters<typeof deptEvalSheet>[0] = {}) =>
  deptEvalSheet({ funds: { initial: budget, budget, spent: budget, weight: 10, rate: pct(1), score: 10 }, ...options });

describe("funds-breakdown", () => {
  ruleTests("funds-breakdown", {
    valid: [
      { name: "no 其中 figures", sheets: projectSheet() },
      { name: "当年财政拨款 80 + 上年结转 20 = 100 in every column", sheets: projectSheet({ funds: total(100, 100, 95), parts: [part(80, 80, 76), part(20, 20, 19)] }) },
      { name: "three parts", sheets: projectSheet({ funds: total(100, 120, 110), parts: [part(70, 80, 75), part(20, 30, 25), part(10, 10, 10)] }) },
      { name: "boundary: two parts off by 0.02 (±0.01 per item)", sheets: projectSheet({ funds: total(100.02, 100.02, 95), parts: [part(80, 80, 76), part(20, 20, 19)] }) },
      { name: "boundary: three parts off by 0.03", sheets: projectSheet({ funds: total(100, 100, 95), parts: [part(33.33, 33.33, 31.67), part(33.33, 33.33, 31.67), part(33.31, 33.31, 31.63)] }) },
      { name: "boundary: one part off by 0.01", sheets: projectSheet({ funds: total(100, 100, 95), parts: [part(100.01, 100.01, 95.01)] }) },
      { name: "parts marked / or —— are not figures", sheets: projectSheet({ parts: [{ initial: 100, budget: 100, spent: 95 }, { initial: "/", budget: "——", spent: "/" }] }) },
      { name: "empty input: blank total and parts", sheets: projectSheet({ funds: {}, parts: [{}, {}, {}], total: null }) },
      { name: "dept-eval: 500 = 500 = 300 + 200", sheets: deptEvalSheet() },
      {
        name: "dept-eval seed: 866.48 = 866.48 = 311.22 + 555.26",
        sheets: dept(866.48, { income: { total: 866.48, general: 866.48 }, expense: { total: 866.48, basic: 311.22, project: 555.26 } }),
      },
      { name: "dept-eval: every income item filled", sheets: dept(500, { income: { total: 500, general: 400, fund: 50, special: 30, other: 20 } }) },
      { name: "dept-eval: breakdown labels with no figures", sheets: dept(500, { income: { total: null, general: null }, expense: { total: null, basic: null, project: null } }) },
      { name: "dept-eval boundary: 基本 + 项目 off by 0.02", sheets: dept(500.02, { income: { total: 500.02, general: 500.02 }, expense: { total: 500.02, basic: 300, project: 200 } }) },
      { name: "dept-eval: full-width figures", sheets: dept(500, { income: { total: "５００", general: "５００" } }) },
    ],
    invalid: [
      { name: "80 + 20 ≠ 110 (全年预算数)", sheets: projectSheet({ funds: total(100, 110, 95), parts: [part(80, 80, 76), part(20, 20, 19)] }), expected: [error("D4", "parts")] },
      { name: "boundary: two parts off by 0.03", sheets: projectSheet({ funds: total(100.03, 100, 95), parts: [part(80, 80, 76), part(20, 20, 19)] }), expected: [error("C4", "parts")] },
      { name: "boundary: one part off by 0.02", sheets: projectSheet({ funds: total(100, 100, 95), parts: [part(100.02, 100, 95)] }), expected: [error("C4")] },
      { name: "two columns wrong", sheets: projectSheet({ funds: total(100, 100, 95), parts: [part(70, 80, 70), part(20, 20, 19)] }), expected: [error("C4"), error("E4")] },
      { name: "dept-eval: 按收入性质分 500 ≠ 400 + 50", sheets: dept(500, { income: { total: 500, general: 400, fund: 50 } }), expected: [error("B5", "income")] },
      { name: "dept-eval: 按支出性质分 500 ≠ 300 + 150", sheets: dept(500, { expense: { total: 500, basic: 300, project: 150 } }), expected: [error("E5", "expense")] },
      { name: "dept-eval boundary: 基本 + 项目 off by 0.03", sheets: dept(500.03, { income: { total: 500.03, general: 500.03 }, expense: { total: 500.03, basic: 300, project: 200 } }), expected: [error("E5", "expense")] },
      { name: "dept-eval: 按收入性质分 520 ≠ 全年预算数 500", sheets: dept(500, { income: { total: 520, general: 520 } }), expected: [error("B5", "budget")] },
      { name: "dept-eval: both breakdowns ≠ 全年预算数", sheets: dept(480, { income: { total: 500, general: 500 } }), expected: [error("B5", "budget"), error("E5", "budget")] },
    ],
  });
});
