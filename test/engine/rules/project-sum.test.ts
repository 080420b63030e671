// project-sum: 项目支出 = Σ its items (业务工作经费, 运行维护经费, one row per 市级专项资金), per column,
// ±0.01 per item added (SPEC §2.2, §3, §4).
import { deptBaseSheet, error, profileWith, ruleTests } from "./helpers";

describe("project-sum", () => {
  ruleTests("project-sum", {
    valid: [
      { name: "150 + 50 = 200; 150 + 30 = 180", sheets: deptBaseSheet() },
      { name: "seed: 231.78 = 231.78 + 0; 546.48 = 546.48 + 0", sheets: deptBaseSheet({ costs: { project: [231.78, 0, 546.48], business: [231.78, 0, 546.48], maintenance: [0, 0, 0] } }) },
      { name: "boundary: two items off by 0.02", sheets: deptBaseSheet({ costs: { project: [200.02, 179.98, 180] } }) },
      { name: "special funds, one per row", sheets: deptBaseSheet({ costs: { project: [230, 210, 215] , special: [20, 20, 25] }, specialFunds: [[10, 10, 10]] }) },
      { name: "empty input: 项目支出 and items blank", sheets: deptBaseSheet({ costs: { project: [null, null, null], business: [null, null, null], maintenance: [null, null, null] } }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "project-sum": "off" } }), sheets: deptBaseSheet({ costs: { project: [200, 180, 190] } }) },
    ],
    invalid: [
      { name: "本年决算 190 ≠ 150 + 30", sheets: deptBaseSheet({ costs: { project: [200, 180, 190] } }), expected: [error("D11", "mismatch")] },
      { name: "boundary: two items off by 0.03", sheets: deptBaseSheet({ costs: { project: [200.03, 180, 180] } }), expected: [error("B11")] },
      { name: "a special fund left out of the total", sheets: deptBaseSheet({ costs: { project: [200, 180, 180], special: [20, 20, 20] } }), expected: [error("B11"), error("C11"), error("D11")] },
      {
        name: "湖南 2018: 项目支出 blank while 业务工作专项 holds 938.8 / 320 / 689.16 — a missing total",
        sheets: deptBaseSheet({ costs: { project: [null, null, null], business: [938.8, 320, 689.16], maintenance: [null, null, null] } }),
        expected: [error("B11", "totalMissing"), error("C11", "totalMissing"), error("D11", "totalMissing")],
      },
      { name: "boundary: 项目支出 blank in one column only", sheets: deptBaseSheet({ costs: { project: [200, null, 180] } }), expected: [error("C11", "totalMissing")] },
      { name: "seed-like: 项目支出 left at 0 while 业务工作经费 holds 546.48", sheets: deptBaseSheet({ costs: { project: [231.78, 0, 0], business: [231.78, 0, 546.48], maintenance: [0, 0, 0] } }), expected: [error("D11")] },
    ],
  });
});
