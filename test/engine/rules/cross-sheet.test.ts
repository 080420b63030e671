// cross-sheet: in one workbook, the 基础数据表's 本年决算 项目支出 must not exceed the 自评表's 项目支出
// (按支出性质分) nor its 全年执行数, ±0.01 per item added; warning at the 基础数据表 cell (SPEC §4, §5).
import Decimal from "decimal.js";
import type { CostIn } from "./helpers";
import { deptBaseSheet, deptEvalSheet, pct, profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** 基础数据表 with 项目支出 本年决算 `final` split over the three item rows (12–14), all filled. */
const base = (final: number): ReturnType<typeof deptBaseSheet> => {
  const items: CostIn[] = [[100, 100, 100], [50, 30, 50], [50, 50, new Decimal(final).minus(150).toNumber()]];
  return deptBaseSheet({ costs: { project: [200, 180, final], business: items[0], maintenance: items[1], special: items[2] } });
};
const seedEval = () =>
  deptEvalSheet({
    funds: { initial: 262.07, budget: 866.48, spent: 857.71, weight: 10, rate: pct(0.9899), score: 9.9 },
    income: { total: 866.48, general: 866.48 },
    expense: { total: 866.48, basic: 311.22, project: 555.26 },
  });

describe("cross-sheet", () => {
  ruleTests("cross-sheet", {
    valid: [
      { name: "180 ≤ 项目支出 200 and ≤ 全年执行数 490", sheets: [deptBaseSheet(), deptEvalSheet()] },
      { name: "seed: 546.48 ≤ 555.26 and ≤ 857.71", sheets: [deptBaseSheet({ costs: { project: [231.78, 0, 546.48], business: [231.78, 0, 546.48], maintenance: [0, 0, 0] } }), seedEval()] },
      { name: "boundary: 200.03 against 200 with three items", sheets: [base(200.03), deptEvalSheet()] },
      { name: "equal", sheets: [base(200), deptEvalSheet()] },
      { name: "no 自评表 in the workbook", sheets: [base(900)] },
      { name: "a project 自评表 is not the unit's 自评表", sheets: [base(900), projectSheet()] },
      { name: "empty input: 项目支出 本年决算 blank", sheets: [deptBaseSheet({ costs: { project: [200, 180, null] } }), deptEvalSheet()] },
      { name: "empty input: 自评表 项目支出 and 全年执行数 blank", sheets: [base(900), deptEvalSheet({ funds: { initial: 500, budget: 500, weight: 10 }, expense: { project: null } })] },
      { name: "profile: severity off", profile: profileWith({ severities: { "cross-sheet": "off" } }), sheets: [base(900), deptEvalSheet()] },
    ],
    invalid: [
      { name: "boundary: 200.04 against 项目支出 200 with three items", sheets: [base(200.04), deptEvalSheet()], expected: [warning("D11", "overProject", "附件2")] },
      { name: "over both 项目支出 and 全年执行数", sheets: [base(900), deptEvalSheet()], expected: [warning("D11", "overProject"), warning("D11", "overSpent")] },
      { name: "over 全年执行数 only", sheets: [base(300), deptEvalSheet({ funds: { initial: 500, budget: 500, spent: 250, weight: 10, rate: pct(0.5), score: 5 }, expense: { project: 400, basic: 100 } })], expected: [warning("D11", "overSpent")] },
      { name: "sheets in the other order", sheets: [deptEvalSheet(), base(900)], expected: [warning("D11", "overProject", "附件2"), warning("D11", "overSpent", "附件2")] },
    ],
  });
});
