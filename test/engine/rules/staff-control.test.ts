// staff-control: 控制率 = 实际在职人数 ÷ 编制数 (error when the entered rate disagrees at its precision);
// above 100% a warning (SPEC §2.2, §4).
import type { In } from "./helpers";
import { deptBaseSheet, error, pct, profileWith, ruleTests, warning } from "./helpers";

const staff = (authorized: In, actual: In, rate: In) => deptBaseSheet({ staff: { authorized, actual, rate } });

describe("staff-control", () => {
  ruleTests("staff-control", {
    valid: [
      { name: "seed: 14 ÷ 14 = 100% (format 0%)", sheets: staff(14, 14, pct(1, "0%")) },
      { name: "13 ÷ 14 = 92.86%", sheets: staff(14, 13, pct(0.9286)) },
      { name: "typed text 92.86%", sheets: staff(14, 13, "92.86%") },
      { name: "rounding boundary: 7 ÷ 8 = 87.5% shown 88% (half up)", sheets: staff(8, 7, pct(0.88, "0%")) },
      { name: "rounding boundary: 19797 ÷ 20000 = 98.985% shown 98.99%", sheets: staff(20000, 19797, pct(0.9899)) },
      { name: "rate blank and not over 100%: recalculated only", sheets: staff(14, 13, null) },
      { name: "编制数 0: no rate", sheets: staff(0, 2, null) },
      { name: "empty input: staff cells blank", sheets: staff(null, null, null) },
      { name: "empty input: no staff block", sheets: deptBaseSheet({ staff: null }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "staff-control": "off" } }), sheets: staff(14, 15, pct(1)) },
    ],
    invalid: [
      { name: "rounding boundary: 87.5% entered 87%", sheets: staff(8, 7, pct(0.87, "0%")), expected: [error("D3", "mismatch")] },
      { name: "rounding boundary: 98.985% entered 98.98%", sheets: staff(20000, 19797, pct(0.9898)), expected: [error("D3", "mismatch")] },
      { name: "inverted: 编制 ÷ 在职 = 107.69% for 13 ÷ 14", sheets: staff(14, 13, pct(1.0769)), expected: [error("D3", "mismatch")] },
      { name: "over 100%, rate right: 15 ÷ 14 = 107.14%", sheets: staff(14, 15, pct(1.0714)), expected: [warning("D3", "over")] },
      { name: "over 100%, rate wrong: both", sheets: staff(14, 15, pct(1)), expected: [error("D3", "mismatch"), warning("D3", "over")] },
      { name: "over 100%, rate blank", sheets: staff(14, 15, null), expected: [warning("D3", "over")] },
    ],
  });
});
