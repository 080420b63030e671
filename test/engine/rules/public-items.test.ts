// public-items: Σ 其中 items (办公经费; 水费、电费、差旅费; 会议费、培训费) ≤ 公用经费, per column,
// ±0.01 per item added (SPEC §2.2, §3, §4).
import { deptBaseSheet, error, profileWith, ruleTests } from "./helpers";

describe("public-items", () => {
  ruleTests("public-items", {
    valid: [
      { name: "items well below 公用经费", sheets: deptBaseSheet() },
      { name: "seed: 3.59 ≤ 36.04, 2.05 ≤ 28.84, 1.17 ≤ 21.32", sheets: deptBaseSheet({ costs: { publicFunds: [36.04, 28.84, 21.32], office: [3.31, 2, 1.17], utilities: [0, 0.05, 0], meetings: [0.28, 0, 0] } }) },
      { name: "items equal to 公用经费", sheets: deptBaseSheet({ costs: { publicFunds: [3.59, 2.05, 1.17], office: [3.31, 2, 1.17], utilities: [0, 0.05, 0], meetings: [0.28, 0, 0] } }) },
      { name: "boundary: three items over by 0.03", sheets: deptBaseSheet({ costs: { publicFunds: [3.56, 2.05, 1.17], office: [3.31, 2, 1.17], utilities: [0, 0.05, 0], meetings: [0.28, 0, 0] } }) },
      { name: "empty input: items blank", sheets: deptBaseSheet({ costs: { office: [null, null, null], utilities: [null, null, null], meetings: [null, null, null] } }) },
      { name: "empty input: 公用经费 blank", sheets: deptBaseSheet({ costs: { publicFunds: [null, null, null], office: [null, null, null], utilities: [null, null, null], meetings: [null, null, null] } }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "public-items": "off" } }), sheets: deptBaseSheet({ costs: { office: [40, 2, 1] } }) },
    ],
    invalid: [
      { name: "办公经费 40 > 公用经费 36", sheets: deptBaseSheet({ costs: { office: [40, 2, 1] } }), expected: [error("B15", "exceeds")] },
      { name: "boundary: three items over by 0.04", sheets: deptBaseSheet({ costs: { publicFunds: [3.55, 2.05, 1.17], office: [3.31, 2, 1.17], utilities: [0, 0.05, 0], meetings: [0.28, 0, 0] } }), expected: [error("B15")] },
      {
        name: "湖南 2018: 公用经费 blank while its items add up to 32.36 / 18.3 / 26.04 — a missing total",
        sheets: deptBaseSheet({ costs: { publicFunds: [null, null, null], office: [14.44, 10, 0.68], utilities: [17.92, 7.5, 25.36], meetings: [0, 0.8, 0] } }),
        expected: [error("B15", "totalMissing"), error("C15", "totalMissing"), error("D15", "totalMissing")],
      },
      { name: "every column over", sheets: deptBaseSheet({ costs: { publicFunds: [1, 1, 0.5] } }), expected: [error("B15"), error("C15"), error("D15")] },
    ],
  });
});
