// Layout features of the published tables r13, r14 and r16 (test/fixtures/README.md), as small grids: each
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

test("r14 宁德 2018: a 部门整体 table with no indicator row and no score in its funds block gets no score and no grade (not 0.00 差)", () => {
  const rows = ningde();
  rows.splice(6, 1); // the indicator header is the last row
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", rows)] }, defaultProfile);
  expect(report.templates).toHaveLength(1);
  expect(report.templates[0].kind).toBe("dept-eval");
  expect(report.templates[0].score).toBeUndefined();
});

/** The 宁德 2020 funds rows: 财政资金小计 first, the 合 计 last. */
function nested(other: number, basic = 158.61): V[][] {
  const rows = ningde();
  rows.splice(
    4,
    1,
    [null, "财政资金小计", 130.54, 58.07, 188.61, 188.45, 99.92, 0.16, 0.08],
    [null, "① 项目支出", 30, 0, 30, 30, 100, 0, 0],
    [null, "② 基本支出", 100.54, 58.07, basic, 158.45, 99.9, 0.16, 0.1],
    [null, "2.单位其它收入", other, 0, other, other, other ? 100 : 0, 0, 0],
    [null, "合 计", 130.54 + other, 58.07, 188.61 + other, 188.45 + other, 99.92, 0.16, 0.08],
  );
  return rows;
}

test("r13 宁德 2020: 小计 rows before the 合计: the 合计 adds up the 小计 and the rows numbered like it, each 小计 the rows under it", () => {
  const [table] = bindSheet(grid("部门整体支出绩效自评表", nested(10))) as EvalTable[];
  expect(table.funds?.total.label).toBe("合计");
  expect(table.funds?.parts.map((p) => p.label)).toEqual(["财政资金小计", "2.单位其它收入"]);
  expect(table.funds?.subtotals?.map((s) => s.parts.map((p) => p.label))).toEqual([["①项目支出", "②基本支出"]]);
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", nested(10))] }, defaultProfile);
  expect(report.findings.filter((f) => f.rule === "funds-breakdown")).toEqual([]);
});

test("r13 宁德 2020: a 小计 that is not the sum of the rows under it is reported at the 小计", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", nested(0, 150))] }, defaultProfile);
  const found = report.findings.filter((f) => f.rule === "funds-breakdown").map((f) => ({ at: f.at, expected: f.expected }));
  expect(found).toEqual([{ at: { row: 4, col: 4 }, expected: "180" }]);
});

/** The 银川 市本级 project form: 自评得分 in the head, a funds block without 分值 / 得分, 参考分值. */
function yinchuan(headTotal: V = 100): V[][] {
  return [
    ["银川市本级部门项目支出绩效自评表(2021年)"],
    ["项目名称", null, "初中公用经费", null, "主管部门", "银川市教育局"],
    ["实施单位", null, "银川市第六中学", null, "自评得分", headTotal, "财政审1度评分"],
    ["项目资金\n(万元)", null, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
    [null, "年度资金总额", 64.8, 64.8, 64.8, 1],
    ["年度总体目标", "年初设定目标", "保障学校正常工作运行"],
    ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    ["项目管理(10分)", "投入管理", "预算执行率", 10, "100%", "100%", 10],
    ["项目产出(90分)", "数量指标(90分)", "保障人数", 90, "2370人", "2370人", 90],
  ];
}

test("r16 银川 2021: 参考分值 is the weight column and 自评得分 in the head the entered total", () => {
  const [table] = bindSheet(grid("项目支出绩效自评表", yinchuan())) as EvalTable[];
  const rows = table.groups.flatMap((g) => g.indicators);
  expect(rows.map((i) => i.weight?.at)).toEqual([
    { row: 7, col: 3 },
    { row: 8, col: 3 },
  ]);
  expect(table.total?.score?.at).toEqual({ row: 2, col: 5 });
  expect(table.funds?.scoreless).toBe(true);
});

test("r16 银川 2021: a funds block with no 分值 or 得分 puts no budget score in the total, which is then checked", () => {
  // 10 + 90 = 100: right.
  const right = checkWorkbook({ sheets: [grid("项目支出绩效自评表", yinchuan(100))] }, defaultProfile);
  expect(right.findings).toEqual([]);
  expect(right.templates[0].score).toMatchObject({ entered: "100", recommended: "100.00", grade: "优" });
  // 98 in the head is not what the rows add up to (before: only an info, the budget's 得分 cell "missing").
  const off = checkWorkbook({ sheets: [grid("项目支出绩效自评表", yinchuan(98))] }, defaultProfile);
  expect(off.findings.map((f) => [f.rule, f.severity, f.at, f.expected, f.actual])).toEqual([["total-score", "error", { row: 2, col: 5 }, "100.00", "98"]]);
});

test("r13 宁德 2020: the rows under a 小计 are read like any funds row (an unreadable figure there is reported)", () => {
  const rows = nested(0);
  rows[5][4] = "三十";
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", rows)] }, defaultProfile);
  expect(report.findings.filter((f) => f.rule === "value-unparsed").map((f) => f.at)).toEqual([{ row: 5, col: 4 }]);
});
