// three-public-sum: 三公 = 车 + 出国 + 接待; 车 = 购置 + 运行维护, per column, ±0.01 per item added (SPEC §3, §4).
import { deptBaseSheet, error, profileWith, ruleTests } from "./helpers";

describe("three-public-sum", () => {
  ruleTests("three-public-sum", {
    valid: [
      { name: "every column adds up", sheets: deptBaseSheet() },
      { name: "seed: 17.33 = 0 + 0 + 17.33", sheets: deptBaseSheet({ costs: { threePublic: [17.33, 7.86, 7.86], car: [0, 0, 0], carPurchase: [0, 0, 0], carRunning: [0, 0, 0], abroad: [0, 0, 0], reception: [17.33, 7.86, 7.86] } }) },
      { name: "boundary: three items off by 0.03", sheets: deptBaseSheet({ costs: { threePublic: [8.03, 7.97, 8] } }) },
      { name: "boundary: 车 two items off by 0.02", sheets: deptBaseSheet({ costs: { car: [2.02, 1.98, 2], threePublic: [8.02, 7.98, 8] } }) },
      { name: "decimals a float would miss: 0.1 + 0.2 = 0.3", sheets: deptBaseSheet({ costs: { threePublic: [0.3, 0.3, 0.3], car: [0.1, 0.1, 0.1], carPurchase: [0, 0, 0], carRunning: [0.1, 0.1, 0.1], abroad: [0, 0, 0], reception: [0.2, 0.2, 0.2] } }) },
      { name: "—— marks a part not applicable", sheets: deptBaseSheet({ costs: { abroad: ["——", "——", "——"] } }) },
      { name: "empty input: every 三公 cell blank", sheets: deptBaseSheet({ costs: { threePublic: [null, null, null], car: [null, null, null], carPurchase: [null, null, null], carRunning: [null, null, null], abroad: [null, null, null], reception: [null, null, null] } }) },
      { name: "empty input: parts blank, total filled", sheets: deptBaseSheet({ costs: { car: [null, null, null], carPurchase: [null, null, null], carRunning: [null, null, null], abroad: [null, null, null], reception: [null, null, null] } }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "three-public-sum": "off" } }), sheets: deptBaseSheet({ costs: { threePublic: [8, 8, 9] } }) },
    ],
    invalid: [
      { name: "本年决算 9 ≠ 2 + 0 + 6", sheets: deptBaseSheet({ costs: { threePublic: [8, 8, 9] } }), expected: [error("D5", "threePublic")] },
      { name: "boundary: three items off by 0.04", sheets: deptBaseSheet({ costs: { threePublic: [8.04, 8, 8] } }), expected: [error("B5", "threePublic")] },
      { name: "boundary: 车 off by 0.03", sheets: deptBaseSheet({ costs: { car: [2, 2.03, 2], threePublic: [8, 8.03, 8] } }), expected: [error("C6", "car")] },
      { name: "every column wrong", sheets: deptBaseSheet({ costs: { threePublic: [9, 9, 9] } }), expected: [error("B5"), error("C5"), error("D5")] },
    ],
  });
});
