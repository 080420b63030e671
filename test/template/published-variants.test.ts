// Layout features of the published tables r7–r9 (test/fixtures/README.md), as small grids: each test
// names the table it comes from and fails without the binder change it covers.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import type { EvalTable } from "../../src/engine/model";
import { defaultProfile } from "../../src/engine/profile";
import { bindSheet, checkWorkbook } from "../../src/template";

type V = string | number | null;
function grid(name: string, rows: V[][]): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))), merges: [] };
}

/** The 10号 grid with one 效益 block whose second 二级 is the form's row marked unused. */
function tenGrid(unused: V[]): V[][] {
  return [
    ["项目支出绩效自评表"],
    ["项目名称", null, "水旱灾害防御经费"],
    ["项目资金(万元)", null, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
    [null, "年度资金总额:", 100, 100, 100, 10, 1, 10],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标(50分)", "数量指标", "指标1:完成项目数量", "1个", "1个", 50, 50],
    [null, "效益指标(30分)", "社会效益指标", "指标1:受益人口", "≥1000人", "1100人", 30, 30],
    [null, null, "生态效益指标", ...unused],
    [null, "满意度指标(10分)", "服务对象满意度指标", "指标1:服务对象满意度", "≥90%", "95%", 10, 10],
    ["总分", null, null, null, null, null, 100, 100],
  ];
}

test("r7 天长 2022: a 指标1:/ row with / under 年度指标值 and 实际完成值 is unused, not an indicator", () => {
  const sheet = grid("自评表", tenGrid(["指标1:/", "/", "/"]));
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.groups.flatMap((g) => g.indicators).map((i) => i.name)).toEqual(["完成项目数量", "受益人口", "服务对象满意度"]);
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.findings).toEqual([]);
  expect(report.templates[0].score).toMatchObject({ entered: "100", recommended: "100.00", grade: "优" });
});

test("r7 天长 2022: a named row with / in its cells is still an indicator (its values are missing)", () => {
  const sheet = grid("自评表", tenGrid(["污染减排量", "/", "/"]));
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.groups.flatMap((g) => g.indicators).map((i) => i.name)).toContain("污染减排量");
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.templates[0].score?.recommended).toBeUndefined();
});

/** The 重庆 部门整体绩效自评表: 自评总分 in the head, a flat indicator list, 年初 / 调整 targets. */
function chongqing(options: { adjusted?: V; total?: V[]; goalAdjusted?: V }): V[][] {
  return [
    ["部门整体绩效自评表"],
    options.total ?? ["主管部门", null, "财政处室", null, "自评总分(分)", 100],
    ["部门预算执行情况(万元)", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分(分)"],
    [null, 100, 100, 100, 1, 10, 10],
    ["当年绩效目标", "年初绩效目标", null, "全年(调整)绩效目标", null, "全年目标实际完成情况"],
    [null, "完成宣传任务", null, options.goalAdjusted ?? null, null, "完成了宣传任务"],
    ["绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"],
    [null, "播发稿件数量", "篇", "定量指标", "≥2000篇", options.adjusted ?? null, "2100篇", "100%", 90, 90, "是"],
  ];
}

test("r9 重庆 2021: the flat list binds (指标权重 / 指标得分, 执行率权重 / 执行率得分, 全年(调整)预算数) and 自评总分 in the head is the entered total", () => {
  const sheet = grid("部门整体绩效自评表", chongqing({}));
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.kind).toBe("dept-eval");
  expect(table.missing).toEqual([]);
  expect(table.funds?.total.annualBudget?.at).toEqual({ row: 3, col: 2 });
  expect(table.funds?.total.weight?.at).toEqual({ row: 3, col: 5 });
  const [indicator] = table.groups.flatMap((g) => g.indicators);
  expect([indicator.weight?.at.col, indicator.score?.at.col, indicator.target?.at.col]).toEqual([8, 9, 4]);
  expect(table.total?.score?.at).toEqual({ row: 1, col: 5 });
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.findings).toEqual([]);
  expect(report.templates[0].score).toMatchObject({ entered: "100", recommended: "100.00", grade: "优" });
});

test("r9 重庆 2021: a filled 调整指标值 is the target the result is scored against", () => {
  const sheet = grid("部门整体绩效自评表", chongqing({ adjusted: "≥2500篇", total: ["主管部门", null, null, null, "自评总分(分)", 95] }));
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.groups[0].indicators[0].target?.at).toEqual({ row: 7, col: 5 });
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  // 2100 ÷ 2500 × 90 = 75.6: the adjusted target is missed; and 自评总分 95 ≠ 10 + 90.
  expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(expect.arrayContaining(["warning indicator-score", "error total-score"]));
  expect(report.templates[0].score?.recommended).toBe("85.60");
});

test("r9 重庆 2021: a 自评总分 label that holds its value in the same cell is not taken (a recalculation would overwrite the label)", () => {
  const [table] = bindSheet(grid("表", chongqing({ total: ["自评总分:95"] }))) as EvalTable[];
  expect(table.total).toBeUndefined();
});

test("r9 重庆 2021: a filled 全年(调整)绩效目标 is the goal; an empty one leaves 年初绩效目标", () => {
  const goal = (adjusted: V) => (bindSheet(grid("表", chongqing({ goalAdjusted: adjusted }))) as EvalTable[])[0].goals?.expected?.at;
  expect(goal("保障融媒体中心正常运转")).toEqual({ row: 5, col: 3 });
  expect(goal(null)).toEqual({ row: 5, col: 1 });
});

test("北京 海淀 2016 form: 年初预算数(A) is the only budget column, and 得分计算方法 between 全年实际值 and 得分 is skipped", () => {
  // The header rows of 项目支出绩效自评表(2016年度), 学院路街道 (https://www.wenku365.com/s-60761775.html);
  // the funds figures are the page's (154.74 ÷ 310.2 = 49.88%, shown 50%, 得分 5), the indicator rows constructed.
  const method = "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。";
  const sheet = grid("项目支出绩效自评表", [
    ["项目支出绩效自评表(2016年度)"],
    ["项目名称", "【体制】自管道路清扫保洁外包工作经费"],
    ["项目资金(万元)", null, "年初预算数(A)", "全年执行数(B)", "分值(10分)", "执行率(B/A)", "得分", "得分计算方法"],
    [null, "年度资金总额:", 310.2, 154.74, 10, "50%", 5, "执行率*该指标分值,最高不得超过分值上限。"],
    [null, "其中:本年一般公共预算拨款", 310.2, 154.74],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分计算方法", "得分", "未完成原因分析"],
    [null, "产出指标(50分)", "数量指标", "清扫保洁道路条数", 50, "≥20条", "20条", method, 50],
    [null, "效益指标(30分)", "社会效益指标", "环境卫生改善", 30, "明显改善", "明显改善", method, 30],
    [null, "满意度指标(10分)", "服务对象满意度", "居民满意度", 10, "≥90%", "95%", method, 10],
    ["总分", null, null, null, 100, null, null, null, 95],
  ]);
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.funds?.total.annualBudget?.at).toEqual({ row: 3, col: 2 });
  expect(table.funds?.total.initialBudget).toBeUndefined();
  expect(table.groups.flatMap((g) => g.indicators).map((i) => i.score?.at.col)).toEqual([8, 8, 8]);
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  // 154.74 ÷ 310.2 × 10 = 4.988: 5 is its integer rounding (an info), and no execution-reason: the
  // form has no 原因 cell. Everything else adds up: 5 + 90 = 95.
  expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["info execution-score"]);
  expect(report.templates[0].score).toMatchObject({ entered: "95", recommended: "94.99", grade: "优" });
});

test("r7 天长 2022: a 一级 cell showing only `(50分)` is named by its 二级 labels, so the table's 注 is compared with it", () => {
  const rows = tenGrid(["指标1:/", "/", "/"]);
  rows[5][1] = "\n\n\n\n(40分)"; // 产出 over 数量指标, 50 points of indicators under it
  rows[6][1] = "\n\n\n\n(30分)";
  rows.push(["注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。"]);
  const sheet = grid("自评表", rows);
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.groups.map((g) => [g.name, g.declaredWeight])).toEqual([["产出指标", "40"], ["效益指标", "30"], ["满意度指标", "10"]]);
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.findings.map((f) => `${f.rule} ${f.data.group ?? f.data.name}`).sort()).toEqual(["group-weight 产出指标", "note-weights 产出指标"]);
});

test("a weight-only 一级 over 成本指标 alone stays unnamed (成本指标 is a 一级 of its own on the 湖南 form)", () => {
  const rows = tenGrid(["指标1:/", "/", "/"]);
  rows.splice(6, 0, [null, "(0分)", "成本指标", "项目总成本", "≤100万元", "100万元", 0, 0]);
  rows[5][1] = "(50分)";
  const [table] = bindSheet(grid("自评表", rows)) as EvalTable[];
  expect(table.groups.map((g) => g.name)).toEqual(["产出指标", "", "效益指标", "满意度指标"]);
});
