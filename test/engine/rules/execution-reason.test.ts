// execution-reason: 执行率 < 90% or 全年预算数 ≠ 年初预算数 needs the funds block's 原因 cell (SPEC §4).
import type { FundsIn, In } from "./helpers";
import { deptEvalSheet, pct, profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** A project with a 原因 column (I) in its funds block. */
/** The Sichuan template's own instruction text, left in the 原因 cell instead of a reason. */
const SICHUAN_REASON_PROMPT =
  "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款.";

const withReason = (f: FundsIn) => projectSheet({ fundsReason: true, funds: { weight: 10, ...f } });
const rated = (initial: In, budget: number, spent: number, reason?: In): FundsIn => ({ initial, budget, spent, rate: pct(spent / budget), reason });

describe("execution-reason", () => {
  ruleTests("execution-reason", {
    valid: [
      { name: "95%, budget unchanged", sheets: withReason(rated(100, 100, 95)) },
      { name: "boundary: exactly 90% is not below 90%", sheets: withReason(rated(100, 100, 90)) },
      { name: "85% with a reason", sheets: withReason(rated(100, 100, 85, "项目进度滞后，部分尾款未到支付节点")) },
      { name: "budget adjusted with a reason", sheets: withReason(rated(80, 100, 95, "年中追加预算20万元用于扩大培训规模")) },
      { name: "年初预算数 blank: no adjustment to explain", sheets: withReason(rated(null, 100, 95)) },
      { name: "0 ÷ 0 with 年初 0", sheets: withReason({ initial: 0, budget: 0, spent: 0, rate: "/" }) },
      { name: "no 原因 cell in the template: 50%", sheets: projectSheet({ funds: { initial: 100, budget: 100, spent: 50, weight: 10, rate: pct(0.5), score: 5 } }) },
      { name: "dept-eval has no 原因 cell: seed 年初 262.07 ≠ 全年 866.48", sheets: deptEvalSheet({ funds: { initial: 262.07, budget: 866.48, spent: 857.71, weight: 10, rate: pct(0.9899), score: 9.9 }, income: { total: 866.48, general: 866.48 }, expense: { total: 866.48, basic: 311.22, project: 555.26 } }) },
      { name: "empty input: blank funds row and 原因", sheets: projectSheet({ fundsReason: true, funds: {}, total: null }) },
      { name: "profile threshold 0.8: 85% is fine", profile: profileWith({ rules: { "execution-reason": { threshold: "0.8" } } }), sheets: withReason(rated(100, 100, 85)) },
      { name: "profile: severity off", profile: profileWith({ severities: { "execution-reason": "off" } }), sheets: withReason(rated(100, 100, 50)) },
    ],
    invalid: [
      { name: "boundary: 89.99% is below 90%", sheets: withReason(rated(100, 100, 89.99)), expected: [warning("I4", "lowRate")] },
      { name: "boundary: 89.995% (shown 90.00%) is below 90% at full precision", sheets: withReason({ initial: 200, budget: 200, spent: 179.99, rate: pct(0.9) }), expected: [warning("I4", "lowRate")] },
      { name: "budget adjusted 80 → 100 without a reason", sheets: withReason(rated(80, 100, 95)), expected: [warning("I4", "adjusted")] },
      { name: "low rate and adjusted: one finding, the low rate", sheets: withReason(rated(80, 100, 50)), expected: [warning("I4", "lowRate")] },
      { name: "reason 无 does not count", sheets: withReason(rated(100, 100, 50, "无")), expected: [warning("I4")] },
      { name: "reason / does not count", sheets: withReason(rated(100, 100, 50, "/")), expected: [warning("I4")] },
      { name: "the template's own prompt does not count", sheets: withReason(rated(100, 100, 50, SICHUAN_REASON_PROMPT)), expected: [warning("I4")] },
      { name: "profile threshold 0.95: 94% needs a reason", profile: profileWith({ rules: { "execution-reason": { threshold: "0.95" } } }), sheets: withReason(rated(100, 100, 94)), expected: [warning("I4", "lowRate")] },
    ],
  });
});
