// The one registry of rules. A test fails when a rule file is missing here, or lacks docs or tests.
import type { Rule } from "../rule";
import executionRate from "./execution-rate";
import executionScore from "./execution-score";
import executionReason from "./execution-reason";
import fundsBreakdown from "./funds-breakdown";
import groupWeight from "./group-weight";
import weightTotal from "./weight-total";
import scoreRange from "./score-range";
import indicatorScore from "./indicator-score";
import metButDeducted from "./met-but-deducted";
import overTarget from "./over-target";
import reasonRequired from "./reason-required";
import qualitativeBand from "./qualitative-band";
import valueUnparsed from "./value-unparsed";
import totalScore from "./total-score";
import staffControl from "./staff-control";
import threePublicSum from "./three-public-sum";
import projectSum from "./project-sum";
import publicItems from "./public-items";
import controlRatios from "./control-ratios";
import spendingControl from "./spending-control";
import procurementAnomaly from "./procurement-anomaly";
import crossSheet from "./cross-sheet";
import cellError from "./cell-error";
import templateIncomplete from "./template-incomplete";
import scoredWithoutValues from "./scored-without-values";
import actualWithComparator from "./actual-with-comparator";
import valuesLookLikeWeights from "./values-look-like-weights";
import goalText from "./goal-text";
import noteWeights from "./note-weights";
import gradeWithheld from "./grade-withheld";
import overBudget from "./over-budget";
import weightInvalid from "./weight-invalid";
import scoreFactor from "./score-factor";
import gradeEntered from "./grade-entered";
import moneyScale from "./money-scale";

/** In the order of SPEC §4. */
export const RULES: readonly Rule[] = [
  executionRate,
  executionScore,
  executionReason,
  overBudget,
  moneyScale,
  fundsBreakdown,
  groupWeight,
  weightTotal,
  weightInvalid,
  scoreRange,
  indicatorScore,
  scoreFactor,
  metButDeducted,
  overTarget,
  reasonRequired,
  qualitativeBand,
  valueUnparsed,
  scoredWithoutValues,
  actualWithComparator,
  valuesLookLikeWeights,
  goalText,
  noteWeights,
  totalScore,
  gradeWithheld,
  gradeEntered,
  staffControl,
  threePublicSum,
  projectSum,
  publicItems,
  controlRatios,
  spendingControl,
  procurementAnomaly,
  crossSheet,
  cellError,
  templateIncomplete,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
