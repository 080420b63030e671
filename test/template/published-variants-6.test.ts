// Layout features of the published tables r18, r21 and r22 (test/fixtures/README.md, fixtures 23, 27 and 28), as small
// grids: each test names the table it comes from and fails without the change it covers.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import type { EvalTable } from "../../src/engine/model";
import { defaultProfile } from "../../src/engine/profile";
import { bindSheet, checkWorkbook } from "../../src/template";

type V = string | number | null;
function grid(name: string, rows: V[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))), merges };
}

/** The province's blank transfer-payment form of r21: a head of empty labels above the year. */
function keji(): V[][] {
  return [
    ["附件3"],
    ["中央引导地方科技发展资金绩效目标自评表"],
    ["项目类别:", null, "项目名称:", null, "承担单位:(盖章)"],
    ["(2021年度)"],
    ["转移支付(项目)名称", null, "中央引导地方科技发展资金"],
    ["中央主管部门", null, "财政部、科技部"],
    ["地方主管部门", null, "省财政厅、省科技厅", null, "实施单位"],
    ["项目资金\n(万元)", null, null, null, "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
    [null, "年度资金总额:"],
    [null, "其中:中央补助"],
    ["年度总体目标", "年初设定目标", null, null, "全年实际完成情况"],
    [],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
    [null, "产出指标", "数量指标", "支持自由探索类基础研究项目数量"],
  ];
}

test("r21 科技 2021: an empty label beside 项目名称: (承担单位:(盖章)) is not the project's name; 转移支付(项目)名称 names it", () => {
  const [table] = bindSheet(grid("绩效目标自评表", keji())) as EvalTable[];
  expect(table.kind).toBe("project-eval");
  expect(table.name).toBe("中央引导地方科技发展资金");
});

test("r21 科技 2021: a label that holds its value after the colon (项目名称:某某项目) still names the project", () => {
  const rows = keji();
  rows[2] = ["项目类别:", null, "项目名称:某某项目", null, "承担单位:(盖章)"];
  const [table] = bindSheet(grid("绩效目标自评表", rows)) as EvalTable[];
  expect(table.name).toBe("某某项目");
});

/** The 贵州 绥阳 部门整体 form of r18: 年初预算数(A) and 全年执行数(B) only, 分值(10分), 得分计算方法. */
function suiyang(spent: V = 1268.72): V[][] {
  return [
    ["部门整体支出绩效自评表"],
    ["单位(盖章):绥阳县太白镇人民政府", null, null, null, null, null, "填报日期:2022年2月3日"],
    ["部门(单位)名称", "绥阳县太白镇人民政府"],
    ["部门(单位)总体\n资金(万元)", "资 金 来 源", "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分", "得分计算方法"],
    [null, "年度资金总额:", 1172.55, spent, 10, 10, "执行率*该指标分值,最高不得超过分值上限。"],
    [null, "基本支出", 985.19, 914.97, 10, 10],
    [null, "项目支出", 187.36, typeof spent === "number" ? Number((spent - 914.97).toFixed(2)) : 353.75, 10, 10],
    [null, "其他"],
    ["年度总体目标", "年初设定目标", null, null, null, null, "年度总体目标完成情况"],
    [null, "完成上级政府交办的其它事项。", null, null, null, null, "完成上级政府交办的其它事项。"],
  ];
}

test("r18 绥阳 2021: 年初预算数(A) is the budget the rate divides by; 基本支出 and 项目支出 are its parts", () => {
  const [table] = bindSheet(grid("部门整体支出绩效自评表", suiyang())) as EvalTable[];
  expect(table.kind).toBe("dept-eval");
  expect(table.name).toBe("绥阳县太白镇人民政府");
  expect(table.funds?.total.annualBudget?.at).toEqual({ row: 4, col: 2 });
  expect(table.funds?.total.annualSpent?.at).toEqual({ row: 4, col: 3 });
  expect(table.funds?.budgetIsInitial).toBe(true);
  expect(table.funds?.parts.map((p) => p.label)).toEqual(["基本支出", "项目支出"]);
});

test("r18 绥阳 2021: spending above a 年初预算数 with no 全年预算数 beside it is named so (overInitial), not 'above the full-year budget'", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", suiyang())] }, defaultProfile);
  const over = report.findings.filter((f) => f.rule === "over-budget");
  expect(over).toHaveLength(1);
  expect(over[0].at).toEqual({ row: 4, col: 3 });
  expect(over[0].messageId).toBe("overInitial");
  expect(over[0].data).toMatchObject({ spent: "1268.72", budget: "1172.55", rate: "108.20%" });
  // Within the budget: nothing.
  const within = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", suiyang(1100))] }, defaultProfile);
  expect(within.findings.filter((f) => f.rule === "over-budget")).toEqual([]);
  // A block that has its 全年预算数 keeps the full-year wording.
  const rows = suiyang();
  rows[3] = ["部门(单位)总体\n资金(万元)", "资 金 来 源", "全年预算数(A)", "全年执行数(B)", "分值(10分)", "得分", "得分计算方法"];
  const full = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", rows)] }, defaultProfile);
  expect(full.findings.filter((f) => f.rule === "over-budget").map((f) => f.messageId)).toEqual(["over"]);
});

test("r18 绥阳 2021: a table whose page stops before its indicator block gets no recommended total and no grade — not the budget's 10.00 差", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", suiyang())] }, defaultProfile);
  expect(report.templates.map((t) => t.kind)).toEqual(["dept-eval"]);
  // What the sheet holds is shown (the budget's 10); nothing is recommended or graded.
  expect(report.templates[0].score?.entered).toBe("10");
  expect(report.templates[0].score?.recommended).toBeUndefined();
  expect(report.templates[0].score?.grade).toBeUndefined();
  expect(report.findings.filter((f) => f.rule === "template-incomplete").map((f) => f.messageId)).toEqual(["missingBlock"]);
  // With an indicator row the budget counts again: 1100 ÷ 1172.55 × 10 = 9.38, plus 90 = 99.38 (entered 10 + 90).
  const rows = [
    ...suiyang(1100),
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分"],
    [null, "产出指标", "数量指标", "完成上级交办事项", "100%", "100%", 90, 90],
  ];
  const scored = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", rows)] }, defaultProfile);
  expect(scored.templates[0].score).toMatchObject({ entered: "100", recommended: "99.38", grade: "优" });
});
