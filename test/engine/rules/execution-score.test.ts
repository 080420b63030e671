// execution-score: budget 得分 ŝ = min(执行率, 100%) × 分值; warning, info within the entered precision (SPEC §3, §4).
import { findProfile } from "../../../src/engine/profile";
import type { FundsIn, In } from "./helpers";
import { deptEvalSheet, info, pct, profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** 年初 = 全年; the rate cell holds the right rate so that only the score is in question. */
const funds = (budget: number, spent: number, score: In, weight: In = 10): FundsIn => ({
  initial: budget,
  budget,
  spent,
  weight,
  rate: budget === 0 ? "/" : pct(spent / budget),
  score,
});

describe("execution-score", () => {
  ruleTests("execution-score", {
    valid: [
      { name: "rounding: ŝ 9.8985 entered 9.9 → silent: ŝ at two decimals is what SelfEval writes", sheets: projectSheet({ funds: funds(200, 197.97, 9.9) }) },
      { name: "rounding: ŝ 9.8985 entered text 9.90 → silent: ŝ at two decimals is what SelfEval writes", sheets: projectSheet({ funds: funds(200, 197.97, "9.90") }) },
      { name: "95% × 10 = 9.5 entered 9.5", sheets: projectSheet() },
      { name: "exact ŝ 9.8985 entered in full", sheets: projectSheet({ funds: funds(200, 197.97, 9.8985) }) },
      { name: "rate over 100% counts as 100%: 110 ÷ 100 × 10 = 10", sheets: projectSheet({ funds: funds(100, 110, 10) }) },
      { name: "0 ÷ 0 is not scored, whatever is entered", sheets: projectSheet({ funds: funds(0, 0, 10) }) },
      { name: "0 ÷ 0 not scored, 0 entered", sheets: projectSheet({ funds: funds(0, 0, 0) }) },
      { name: "score blank: filled by recalculation, not reported", sheets: projectSheet({ funds: funds(100, 95, null) }) },
      { name: "weight blank: nothing to score against", sheets: projectSheet({ funds: funds(100, 95, 9, null) }) },
      { name: "empty input: the whole funds row blank", sheets: projectSheet({ funds: {}, total: null }) },
      { name: "dept-eval: 98% × 10 = 9.8", sheets: deptEvalSheet() },
      // STYLE.md: a rule never reports what another rule owns; indicator-score leaves s > w to score-range too.
      { name: "score above the weight: score-range owns it", sheets: projectSheet({ funds: funds(100, 95, 11) }) },
      { name: "profile: severity off silences a mismatch", profile: profileWith({ severities: { "execution-score": "off" } }), sheets: projectSheet({ funds: funds(866.48, 857.71, 9.8) }) },
    ],
    invalid: [
      { name: "seed: ŝ 9.8988 entered 9.8 (one decimal, off by 0.0988)", sheets: projectSheet({ funds: funds(866.48, 857.71, 9.8) }), expected: [warning("H4", "mismatch")] },
      { name: "rounding: ŝ 9.8985 entered 9.89 (two decimals) → warning", sheets: projectSheet({ funds: funds(200, 197.97, 9.89) }), expected: [warning("H4", "mismatch")] },
      { name: "boundary: ŝ 8.5 entered 8 → warning (8.5 rounds half up to 9)", sheets: projectSheet({ funds: funds(100, 85, 8) }), expected: [warning("H4")] },
      { name: "boundary: ŝ 8.5 entered 9 → info", sheets: projectSheet({ funds: funds(100, 85, 9) }), expected: [info("H4")] },
      { name: "boundary: ŝ 8.49 entered 8 → info", sheets: projectSheet({ funds: funds(100, 84.9, 8) }), expected: [info("H4")] },
      { name: "adjusted budget, not 年初: 180 ÷ 200 × 10 = 9, entered 10", sheets: projectSheet({ funds: { initial: 100, budget: 200, spent: 180, weight: 10, rate: pct(0.9), score: 10 } }), expected: [warning("H4")] },
      { name: "dept-eval: 98% × 10 entered 9", sheets: deptEvalSheet({ funds: { initial: 500, budget: 500, spent: 490, weight: 10, rate: pct(0.98), score: 9 } }), expected: [warning("H4")] },
      // Profile overrides replace the main severity only; the info for rounding stays an info.
      { name: "profile: severity error raises the mismatch", profile: profileWith({ severities: { "execution-score": "error" } }), sheets: projectSheet({ funds: funds(100, 85, 8) }), expected: [{ severity: "error", cell: "H4" }] },
      { name: "profile: severity error leaves the rounding info", profile: profileWith({ severities: { "execution-score": "error" } }), sheets: projectSheet({ funds: funds(100, 85, 9) }), expected: [info("H4")] },
      { name: "hunan-dept profile: same as default", profile: findProfile("hunan-dept"), sheets: projectSheet({ funds: funds(866.48, 857.71, 9.8) }), expected: [warning("H4")] },
    ],
  });
});
