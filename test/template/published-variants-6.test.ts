// Layout features of the published tables r21–r23 (test/fixtures/README.md, fixtures 26–28), as small
// grids: each test names the table it comes from and fails without the change it covers.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import type { EvalTable } from "../../src/engine/model";
import { defaultProfile } from "../../src/engine/profile";
import { bindSheet, checkWorkbook } from "../../src/template";

type V = string | number | null;
function grid(name: string, rows: V[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))), merges };
}

/** The province's blank transfer-payment form of r22: a head of empty labels above the year. */
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

test("r22 科技 2021: an empty label beside 项目名称: (承担单位:(盖章)) is not the project's name; 转移支付(项目)名称 names it", () => {
  const [table] = bindSheet(grid("绩效目标自评表", keji())) as EvalTable[];
  expect(table.kind).toBe("project-eval");
  expect(table.name).toBe("中央引导地方科技发展资金");
});

test("r22 科技 2021: a label that holds its value after the colon (项目名称:某某项目) still names the project", () => {
  const rows = keji();
  rows[2] = ["项目类别:", null, "项目名称:某某项目", null, "承担单位:(盖章)"];
  const [table] = bindSheet(grid("绩效目标自评表", rows)) as EvalTable[];
  expect(table.name).toBe("某某项目");
});
