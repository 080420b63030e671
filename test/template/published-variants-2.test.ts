// Layout features of the published tables r10–r11 (test/fixtures/README.md), as small grids: each
// test names the table it comes from and fails without the binder change it covers.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import type { EvalTable } from "../../src/engine/model";
import { defaultProfile } from "../../src/engine/profile";
import { bindSheet, checkWorkbook } from "../../src/template";

type V = string | number | null;
function grid(name: string, rows: V[][]): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))), merges: [] };
}

/** The 湖北 project form: 单位名称 in the head, 20-point budget, two goal blocks each with its header. */
function hubei(options: { between?: V[] } = {}): V[][] {
  return [
    ["2020年度水土保持监测项目绩效自评表"],
    ["单位名称:黄冈市水土保持与农田水利科研所", null, null, null, "填报日期:2021年3月10日"],
    ["项目名称", null, "水土保持监测"],
    ["预算执行情况(万元)(20分)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
    ["年度财政资金总额", null, null, 10, 10, 1, 20],
    ["年度绩效目标1(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [null, "产出指标", "质量指标", "监测数据必须合格", "100%", "100%", 20],
    [null, "效益指标", "满意度指标", "整编资料审核", "98%", "98%", 20],
    ...(options.between ? [options.between] : []),
    ["年度绩效目标2(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [null, "产出指标", "质量指标", "监测数据资料整编", "100%", "100%", 20],
    [null, null, "进度指标", "完成年度资料上报", "100%", "100%", 20],
    [null, "效益指标", "满意度指标", "服务对象满意度指标"],
    ["总分", null, null, null, null, null, 100],
  ];
}

test("r10 黄冈 2020: the indicator header printed again for 年度绩效目标2 continues the table (one table, one funds block, one 总分)", () => {
  const sheet = grid("项目绩效自评表", hubei());
  const tables = bindSheet(sheet) as EvalTable[];
  expect(tables).toHaveLength(1);
  const [table] = tables;
  expect(table.funds?.total.score?.at).toEqual({ row: 4, col: 6 });
  expect(table.groups.flatMap((g) => g.indicators).map((i) => i.name)).toEqual(["监测数据必须合格", "整编资料审核", "监测数据资料整编", "完成年度资料上报"]);
  expect(table.total?.score?.at).toEqual({ row: 12, col: 6 });
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.findings).toEqual([]);
  expect(report.templates[0].score).toMatchObject({ entered: "100", recommended: "100.00", grade: "优" });
});

test("r10 黄冈 2020: 单位名称 above 项目名称 heads a project table, not a 部门整体 one, named by its project", () => {
  const [table] = bindSheet(grid("项目绩效自评表", hubei())) as EvalTable[];
  expect(table.kind).toBe("project-eval");
  // The reviewer's summary lists the project, as it does for forms that name only the project.
  expect(table.name).toBe("水土保持监测");
});

test("a 部门整体 table keeps its unit's name when a 项目名称 label comes later in the head", () => {
  const rows = hubei();
  rows[0] = ["2020年度部门整体支出绩效自评表"];
  const [table] = bindSheet(grid("自评表", rows)) as EvalTable[];
  expect(table.kind).toBe("dept-eval");
  expect(table.name).toBe("黄冈市水土保持与农田水利科研所");
});

test("r10 黄冈 2020: the form's printed 服务对象满意度指标 with nothing entered is no indicator; a named 满意度 row with nothing entered still is", () => {
  const [table] = bindSheet(grid("项目绩效自评表", hubei())) as EvalTable[];
  expect(table.groups.flatMap((g) => g.indicators).map((i) => i.name)).not.toContain("服务对象满意度指标");
  const rows = hubei();
  rows[12] = [null, "效益指标", "满意度指标", "学生满意度"];
  const [named] = bindSheet(grid("项目绩效自评表", rows)) as EvalTable[];
  expect(named.groups.flatMap((g) => g.indicators).map((i) => i.name)).toContain("学生满意度");
});

test("a header repeated after a 总分 row or a tail row starts a new table", () => {
  const afterTotal = bindSheet(grid("自评表", hubei({ between: ["总分", null, null, null, null, null, 60] }))) as EvalTable[];
  expect(afterTotal).toHaveLength(2);
  const afterTail = bindSheet(grid("自评表", hubei({ between: ["评价结论", "完成"] }))) as EvalTable[];
  expect(afterTail).toHaveLength(2);
});

/** The 云南 form of r11: 总分 in the last row after 其他需要说明事项 | 无, in the 实际完成值 column. */
function yongde(): V[][] {
  return [
    ["2022年度项目支出绩效自评表"],
    ["项目名称", null, "义务教育营养改善计划专项资金"],
    ["项目资金\n(元)", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", null, null, 387664.62, 387664.62, 10, 1, 10],
    ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    ["产出指标", "数量指标", "学生受资助人数", "≧", 735, "人次", 735, 50, 50],
    ["满意度指标", "服务对象满意度指标等", "学生满意度", "≧", 95, "%", "100%", 40, 40],
    ["其他需要说明事项", null, "无", null, null, null, "总分", 100, 100, "优"],
  ];
}

test("r11 永德 2022: 总分 after 其他需要说明事项 | 无 is the total row, not an indicator named 无", () => {
  const sheet = grid("项目支出绩效自评表", yongde());
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.groups.flatMap((g) => g.indicators).map((i) => i.name)).toEqual(["学生受资助人数", "学生满意度"]);
  expect(table.total?.labelAt).toEqual({ row: 8, col: 6 });
  expect(table.total?.weight?.at).toEqual({ row: 8, col: 7 });
  expect(table.total?.score?.at).toEqual({ row: 8, col: 8 });
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.findings).toEqual([]);
  expect(report.templates[0].score).toMatchObject({ entered: "100", recommended: "100.00", grade: "优" });
});

/** The 湖北 form of r12 with the brackets the page lost: 执行数B), 执行率B/A), 年初目标值(A, 实际完成值(B. */
function huangshi(): V[][] {
  return [
    ["2023年度校园维修改造及设备购置项目自评表"],
    ["项目名称", null, "校园维修改造及设备购置"],
    ["预算执行情况(万元)\n20分)", null, null, "预算数(A)", "执行数B)", "执行率B/A)"],
    ["年度财政资金总额", null, null, "800万元", "800万元", "100%"],
    ["年度绩效目标\n98分)", "一级指标", "二级指标", "三级指标", "年初目标值(A", "实际完成值(B"],
    [null, "产出指标", "质量指标", "校园维修改造及设备购置合格率", "100%", "100%"],
    [null, "满意度指标", "具体指标", "教师满意度", "≥95%", "96%"],
  ];
}

test("r12 黄石 2023: labels that lost a bracket on the page still bind (执行数B), 执行率B/A), 年初目标值(A, 实际完成值(B)", () => {
  const sheet = grid("项目自评表", huangshi());
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table).toBeDefined();
  expect(table.funds?.total.annualSpent?.at).toEqual({ row: 3, col: 4 });
  expect(table.funds?.total.rate?.at).toEqual({ row: 3, col: 5 });
  expect(table.groups.flatMap((g) => g.indicators).map((i) => [i.name, i.target?.at.col, i.actual?.at.col])).toEqual([
    ["校园维修改造及设备购置合格率", 4, 5],
    ["教师满意度", 4, 5],
  ]);
  expect(table.scored).toBe(false);
  expect(checkWorkbook({ sheets: [sheet] }, defaultProfile).findings).toEqual([]);
});
