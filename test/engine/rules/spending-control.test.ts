// spending-control: 三公 or 公用经费 本年决算 > 本年预算, or 三公 本年决算 > 上年决算 (变动率 > 0): warning
// at the 决算 cell (SPEC §4). A fall is reported as an info (allowed by SPEC §5: "三公 fell 54.65%").
import { deptBaseSheet, info, profileWith, ruleTests, warning } from "./helpers";

describe("spending-control", () => {
  ruleTests("spending-control", {
    valid: [
      { name: "三公 flat year on year, within budget", sheets: deptBaseSheet() },
      { name: "boundary: 本年决算 = 本年预算", sheets: deptBaseSheet({ costs: { publicFunds: [36, 28, 28] } }) },
      { name: "上年决算数 ——: no change rate", sheets: deptBaseSheet({ costs: { threePublic: ["——", 8, 8] } }) },
      { name: "上年决算数 0: no change rate", sheets: deptBaseSheet({ costs: { threePublic: [0, 8, 8] } }) },
      { name: "empty input: 三公 and 公用经费 blank", sheets: deptBaseSheet({ costs: { threePublic: [null, null, null], publicFunds: [null, null, null] } }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "spending-control": "off" } }), sheets: deptBaseSheet({ costs: { threePublic: [6, 8, 9] } }) },
    ],
    invalid: [
      { name: "三公 over budget and above last year", sheets: deptBaseSheet({ costs: { threePublic: [8, 8, 9] } }), expected: [warning("D5", "overBudget"), warning("D5", "rose")] },
      { name: "boundary: 三公 over budget by 0.01 (above last year too)", sheets: deptBaseSheet({ costs: { threePublic: [8, 8, 8.01] } }), expected: [warning("D5", "overBudget"), warning("D5", "rose")] },
      { name: "三公 above last year, within budget", sheets: deptBaseSheet({ costs: { threePublic: [6, 8, 8] } }), expected: [warning("D5", "rose")] },
      { name: "公用经费 over budget", sheets: deptBaseSheet({ costs: { publicFunds: [36, 28, 29] } }), expected: [warning("D15", "overBudget")] },
      { name: "公用经费 over a budget of 0", sheets: deptBaseSheet({ costs: { publicFunds: [36, 0, 5], office: [3, 0, 1] } }), expected: [warning("D15", "overBudget")] },
      { name: "seed: 三公 fell 54.65% (17.33 → 7.86): info", sheets: deptBaseSheet({ costs: { threePublic: [17.33, 7.86, 7.86], reception: [17.33, 7.86, 7.86], car: [0, 0, 0], carRunning: [0, 0, 0] } }), expected: [info("D5", "fell")] },
      { name: "a profile raising spending-control to error", profile: profileWith({ severities: { "spending-control": "error" } }), sheets: deptBaseSheet({ costs: { threePublic: [8, 8, 9], publicFunds: [36, 28, 29] } }), expected: [{ severity: "error", cell: "D5", messageId: "overBudget" }, { severity: "error", cell: "D5", messageId: "rose" }, { severity: "error", cell: "D15", messageId: "overBudget" }] },
      { name: "a raised severity leaves the fall an info", profile: profileWith({ severities: { "spending-control": "error" } }), sheets: deptBaseSheet({ costs: { threePublic: [10, 8, 8] } }), expected: [info("D5", "fell")] },
    ],
  });
});
