// Layout features of the published tables r13–r15 (test/fixtures/README.md), as small grids: each
// test names the table it comes from and fails without the binder or rule change it covers.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import type { EvalTable } from "../../src/engine/model";
import { defaultProfile } from "../../src/engine/profile";
import { bindSheet, checkWorkbook } from "../../src/template";
import { coreLabel } from "../../src/template/glossary";

type V = string | number | null;
function grid(name: string, rows: V[][]): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))), merges: [] };
}

/** The 福建 宁德 部门整体 form: columns numbered ① … ⑦ with their formulas, rates in percentage points. */
function ningde(rate: V = 99.92): V[][] {
  return [
    ["部门整体支出绩效自评表"],
    ["部门(单位)名称", null, "宁德市地震局", null, null, "部门预算编码", "409001007"],
    ["财政资金安排和使用情况\n(万元)", "资金结构", "预算安排", null, null, "拨付情况", null, "结余情况"],
    [null, null, "年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计\n③=①+②", "年度拨付金额", "支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③"],
    [null, "合 计", 130.54, 58.07, 188.61, 188.45, rate, 0.16, 0.08],
    ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "绩效\n目标值", "实际\n完成值", "评分标准", "指标分值", "自评得分", "未完成原因"],
    [null, "产出目标", "数量目标", "抽查全市地震监测台站运维情况个数", "9个", "9个", "本指标满分6分", 6, 6, "已完成"],
  ];
}

test("r13 宁德 2020: circled column numbers and their formulas are marks, not part of the label", () => {
  expect(coreLabel("小计\n③=①+②")).toBe("小计");
  expect(coreLabel("小计\n④ = ①+② +③")).toBe("小计");
  expect(coreLabel("支出实现率(%)⑤=④/③")).toBe("支出实现率");
  expect(coreLabel("年初部门预算安排金额(含历年结余结转)①")).toBe("年初部门预算安排金额");
  expect(coreLabel("① 项目支出")).toBe("项目支出");
  // A label that is only a circled number keeps it.
  expect(coreLabel("①")).toBe("1");
});

test("r13 宁德 2020: 财政资金安排和使用情况 is a funds block: 小计 is the budget, 年度拨付金额 the spending, 支出实现率 the rate", () => {
  const [table] = bindSheet(grid("部门整体支出绩效自评表", ningde())) as EvalTable[];
  expect(table.kind).toBe("dept-eval");
  expect(table.missing.map((m) => m.key)).toEqual([]);
  const total = table.funds?.total;
  expect(total?.labelAt).toEqual({ row: 4, col: 1 });
  expect(total?.initialBudget?.at).toEqual({ row: 4, col: 2 });
  expect(total?.annualBudget?.at).toEqual({ row: 4, col: 4 });
  expect(total?.annualSpent?.at).toEqual({ row: 4, col: 5 });
  expect(total?.rate?.at).toEqual({ row: 4, col: 6 });
  expect(table.funds?.rateInPoints).toBe(true);
});

test("r13 宁德 2020: a rate typed as percentage points in a (%) column is read as a percent — 99.92 is 188.45 ÷ 188.61", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", ningde())] }, defaultProfile);
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  // Nothing is written into a column that shows points.
  expect(report.recalculations.filter((r) => r.field === "executionRate" && !r.unchanged)).toEqual([]);
});

test("r13 宁德 2020: a wrong rate in percentage points is still an error, with the right figure", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", ningde(93))] }, defaultProfile);
  const found = report.findings.filter((f) => f.rule === "execution-rate");
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: "error", at: { row: 4, col: 6 }, expected: "99.92%", actual: "93%" });
});

test("r13 宁德 2020: in a (%) column a fraction still reads as a fraction (重庆: 1 for 100%)", () => {
  const rows = ningde(1);
  rows[4] = [null, "合 计", 100, 0, 100, 100, 1, 0, 0];
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", rows)] }, defaultProfile);
  expect(report.findings.filter((f) => f.rule === "execution-rate")).toEqual([]);
});
