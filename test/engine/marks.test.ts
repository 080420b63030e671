// The mark contract every adapter draws by: a tagged, always-true conditional-format formula.
import { markKindOfFormula, markRuleFormula, moreSevereMark } from "../../src/engine/plan";
import type { MarkKind } from "../../src/engine/plan";

const KINDS: MarkKind[] = ["error", "warning", "info", "reason"];

test.each(KINDS)("%s: the formula reads back as its kind, with or without =", (kind) => {
  const formula = markRuleFormula(kind);
  expect(formula.startsWith("=")).toBe(false);
  expect(markKindOfFormula(formula)).toBe(kind);
  expect(markKindOfFormula(`=${formula}`)).toBe(kind);
  expect(markKindOfFormula(` =istext( "SelfEval:${kind}" ) `)).toBe(kind);
});

test("formulas that are not ours are not marks", () => {
  for (const f of ["", "TRUE", '=ISTEXT("error")', '=ISTEXT("SelfEval:fatal")', '=AND(ISTEXT("SelfEval:error"),A1>0)', "=$A$1>0"]) {
    expect(markKindOfFormula(f)).toBeUndefined();
  }
  expect(markKindOfFormula(undefined)).toBeUndefined();
  expect(markKindOfFormula(null)).toBeUndefined();
});

test("the more severe mark is kept: error > reason > warning > info", () => {
  expect(moreSevereMark("warning", "error")).toBe("error");
  expect(moreSevereMark("reason", "warning")).toBe("reason");
  expect(moreSevereMark("info", "warning")).toBe("warning");
  expect(moreSevereMark("error", "reason")).toBe("error");
});
