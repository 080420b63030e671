// weight-invalid: a weight of 0 or below: error at the weight.
import { error, oneIndicator, PROJECT_FUNDS, profileWith, projectSheet, ruleTests } from "./helpers";

describe("weight-invalid", () => {
  ruleTests("weight-invalid", {
    valid: [
      { name: "positive weights", sheets: projectSheet() },
      { name: "boundary: 0.5", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", weight: 0.5, score: 0.5 }) },
      { name: "empty input: no weight", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", weight: null, score: null }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "weight-invalid": "off" } }), sheets: oneIndicator({ target: "≥100人次", actual: "105人次", weight: 0, score: 0 }) },
    ],
    invalid: [
      { name: "weight 0", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", weight: 0, score: 0 }), expected: [error("F9", "invalid")] },
      { name: "negative weight", sheets: oneIndicator({ target: "≥100人次", actual: "105人次", weight: -5, score: 0 }), expected: [error("F9")] },
      { name: "the budget's weight 0", sheets: projectSheet({ funds: { ...PROJECT_FUNDS, weight: 0, score: 0 } }), expected: [error("F4")] },
    ],
  });
});
