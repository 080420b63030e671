// control-ratios: 规模控制率 = 实际规模 ÷ 批复规模, 投资概算控制率 = 实际投资 ÷ 预算投资, when entered;
// above 100% a warning; an empty 楼堂馆所 block is not an error (SPEC §2.2, §4).
import type { BuildingIn } from "./helpers";
import { deptBaseSheet, error, pct, profileWith, ruleTests, warning } from "./helpers";

const building = (b: BuildingIn) => deptBaseSheet({ buildings: [b] });
const area = (approvedArea: number, actualArea: number, areaRate: BuildingIn["areaRate"]) => building({ approvedArea, actualArea, areaRate });
const invest = (budgetInvest: number, actualInvest: number, investRate: BuildingIn["investRate"]) => building({ budgetInvest, actualInvest, investRate });

describe("control-ratios", () => {
  ruleTests("control-ratios", {
    valid: [
      { name: "empty input: the seed's blank 楼堂馆所 row", sheets: deptBaseSheet() },
      { name: "empty input: whitespace cells", sheets: building({ approvedArea: "\u3000", actualArea: " ", areaRate: "\u3000" }) },
      { name: "1000 ㎡ of 1000 = 100%", sheets: area(1000, 1000, pct(1)) },
      { name: "480 of 500 万元 = 96%", sheets: invest(500, 480, pct(0.96)) },
      { name: "rounding boundary: 19797 ÷ 20000 = 98.985% shown 98.99%", sheets: area(20000, 19797, pct(0.9899)) },
      { name: "rates blank and within 100%", sheets: building({ approvedArea: 1000, actualArea: 950, budgetInvest: 500, actualInvest: 480 }) },
      { name: "批复规模 0: no rate", sheets: area(0, 100, null) },
      { name: "rate only, no figures", sheets: building({ areaRate: pct(1.2) }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "control-ratios": "off" } }), sheets: area(1000, 1100, pct(1)) },
    ],
    invalid: [
      { name: "规模控制率 90% for 950 ÷ 1000", sheets: area(1000, 950, pct(0.9)), expected: [error("D22", "mismatch")] },
      { name: "rounding boundary: 98.985% entered 98.98%", sheets: area(20000, 19797, pct(0.9898)), expected: [error("D22")] },
      { name: "投资概算控制率 100% for 480 ÷ 500", sheets: invest(500, 480, pct(1)), expected: [error("G22", "mismatch")] },
      { name: "over 100%, rate right: 1100 ÷ 1000 = 110%", sheets: area(1000, 1100, pct(1.1)), expected: [warning("D22", "over")] },
      { name: "over 100%, rate blank", sheets: invest(500, 520, null), expected: [warning("G22", "over")] },
      { name: "over 100%, rate wrong", sheets: area(1000, 1100, pct(1)), expected: [error("D22", "mismatch"), warning("D22", "over")] },
      { name: "two buildings", sheets: deptBaseSheet({ buildings: [{ approvedArea: 1000, actualArea: 950, areaRate: pct(0.9) }, { budgetInvest: 100, actualInvest: 120, investRate: pct(1.2) }] }), expected: [error("D22"), warning("G23")] },
    ],
  });
});
