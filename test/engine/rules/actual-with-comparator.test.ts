// actual-with-comparator: the result repeats the target with its comparator (≥266米): warning at the result.
import { oneIndicator, profileWith, projectSheet, ruleTests, warning } from "./helpers";

describe("actual-with-comparator", () => {
  ruleTests("actual-with-comparator", {
    valid: [
      { name: "measured results", sheets: projectSheet() },
      { name: "a number without comparator", sheets: oneIndicator({ target: "≥266米", actual: "270米", score: 10 }) },
      { name: "a number as a number", sheets: oneIndicator({ target: "≥95%", actual: 0.98, score: 10 }) },
      { name: "qualitative text that merely contains 以上", sheets: oneIndicator({ target: "达到良好以上", actual: "良好", score: 10 }) },
      { name: "empty input: no result", sheets: oneIndicator({ target: "≥100人次", actual: null, score: 10 }) },
      { name: "达到 states the value reached: 达到90%", sheets: oneIndicator({ target: "≥90%", actual: "达到90%", score: 10 }) },
      { name: "完成率达到95%", sheets: oneIndicator({ target: "≥90%", actual: "完成率达到95%", score: 10 }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "actual-with-comparator": "off" } }), sheets: oneIndicator({ target: "≥266米", actual: "≥266米", score: 10 }) },
    ],
    invalid: [
      { name: "中江 2022: ≥266米 → ≥266米", sheets: oneIndicator({ target: "≥266米", actual: "≥266米", score: 10 }), expected: [warning("E9", "comparator")] },
      { name: "a different figure with a comparator", sheets: oneIndicator({ target: "≥90%", actual: "≥95%", score: 10 }), expected: [warning("E9")] },
      { name: "boundary: a word comparator (不低于)", sheets: oneIndicator({ target: "≥90%", actual: "不低于90%", score: 10 }), expected: [warning("E9")] },
      { name: "达到90%以上 is still a bound", sheets: oneIndicator({ target: "≥90%", actual: "达到90%以上", score: 10 }), expected: [warning("E9")] },
    ],
  });
});
