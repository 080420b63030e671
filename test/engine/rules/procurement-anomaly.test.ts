// procurement-anomaly: 政府采购 本年决算 ÷ 本年预算 outside 50%–150%: info at the 决算 cell (SPEC §4, §5).
import type { CostIn } from "./helpers";
import { deptBaseSheet, info, profileWith, ruleTests } from "./helpers";

const procurement = (values: CostIn) => deptBaseSheet({ costs: { procurement: values } });

describe("procurement-anomaly", () => {
  ruleTests("procurement-anomaly", {
    valid: [
      { name: "9 of 10 = 90%", sheets: deptBaseSheet() },
      { name: "boundary: exactly 50%", sheets: procurement(["——", 10, 5]) },
      { name: "boundary: exactly 150%", sheets: procurement(["——", 10, 15]) },
      { name: "budget ——: nothing to compare", sheets: procurement(["——", "——", 88.26]) },
      { name: "budget 0, nothing spent", sheets: procurement(["——", 0, 0]) },
      { name: "empty input: blank", sheets: procurement([null, null, null]) },
      { name: "profile: severity off", profile: profileWith({ severities: { "procurement-anomaly": "off" } }), sheets: procurement(["——", 2.2, 88.26]) },
    ],
    invalid: [
      { name: "seed: 88.26 against 2.2 = 4011.82%", sheets: procurement(["——", 2.2, 88.26]), expected: [info("D19", "outside")] },
      { name: "boundary: 4.99 of 10 = 49.9%", sheets: procurement(["——", 10, 4.99]), expected: [info("D19", "outside")] },
      { name: "boundary: 15.01 of 10 = 150.1%", sheets: procurement(["——", 10, 15.01]), expected: [info("D19", "outside")] },
      { name: "budget 0, spending 5", sheets: procurement(["——", 0, 5]), expected: [info("D19", "noBudget")] },
      { name: "profile: severity warning", profile: profileWith({ severities: { "procurement-anomaly": "warning" } }), sheets: procurement(["——", 2.2, 88.26]), expected: [{ severity: "warning", cell: "D19" }] },
    ],
  });
});
