// Layouts seen in published tables, as small grids: tables stacked on one sheet, a header over
// three rows, a 部门整体 form with extra columns and no reason column, 分值 before 年度指标值.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import { toA1 } from "../../src/engine/grid";
import type { EvalTable } from "../../src/engine/model";
import { defaultProfile } from "../../src/engine/profile";
import { bindSheet, checkWorkbook } from "../../src/template";

type V = string | number | null;
function grid(name: string, rows: V[][], merges: string[] = []): SheetGrid {
  const cells = rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v })));
  const area = (ref: string) => {
    const [a, b = a] = ref.split(":");
    const p = (x: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(x) as RegExpExecArray;
      return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
    };
    const s = p(a);
    const e = p(b);
    return { top: s.row, left: s.col, bottom: e.row, right: e.col };
  };
  return { name, cells, merges: merges.map(area) };
}

/** A 中江-style 绩效目标自评表 starting at `top` (1-based rows in comments assume top = 0). */
function zhongjiang(project: string, score: number, actual: string): V[][] {
  return [
    ["绩效目标自评表"],
    ["项目名称", project],
    ["资金情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
    [null, "年度资金总额:", 20, 20, 10, 1, 10],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    ["产出指标(90分)", "数量指标", "安装水标尺", 90, "≥266米", actual, score, score < 90 ? "部分水库未完成安装" : null],
    ["总分", null, null, 100, null, null, 10 + score],
    [],
  ];
}

test("two tables stacked on one sheet bind as two, each with its own funds, rows and 总分", () => {
  const sheet = grid("汇总", [...zhongjiang("水标尺一期", 90, "270米"), ...zhongjiang("水标尺二期", 81, "240米")]);
  const tables = bindSheet(sheet) as EvalTable[];
  expect(tables.map((t) => t.name)).toEqual(["水标尺一期", "水标尺二期"]);
  expect(tables.map((t) => toA1(t.total?.score?.at ?? { row: 0, col: 0 }))).toEqual(["G7", "G15"]);
  expect(tables.map((t) => t.groups.flatMap((g) => g.indicators).map((i) => i.row + 1))).toEqual([[6], [14]]);
  expect(tables.map((t) => toA1(t.funds?.total.score?.at ?? { row: 0, col: 0 }))).toEqual(["G4", "G12"]);
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  // 240 ÷ 266 × 90 = 81.2030: ŝ 91.20 in all, and 81 entered is its integer rounding (an info).
  expect(report.templates.map((t) => t.score?.recommended)).toEqual(["100.00", "91.20"]);
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("a header split over three rows with merged cells", () => {
  const sheet = grid(
    "三行表头",
    [
      ["项目支出绩效自评表"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "年度资金总额", 10, 10, 10, 10, 1, 10],
      ["绩效指标", null, null, "指标完成情况", null, null, null, null, null, "偏差原因分析及改进措施"],
      [null, null, null, "年度指标值", null, null, "实际完成值", "分值", "得分"],
      ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
      ["产出指标", "数量指标", "培训人次", "≥", 100, "人次", 105, 90, 90, null],
      ["总分", null, null, null, null, null, null, 100, 100],
    ],
    ["A4:C5", "D4:I4", "D5:F5", "G5:G6", "H5:H6", "I5:I6", "J4:J6"],
  );
  const [table] = bindSheet(sheet) as EvalTable[];
  const [indicator] = table.groups.flatMap((g) => g.indicators);
  expect(indicator.name).toBe("培训人次");
  expect([indicator.comparator, indicator.target, indicator.unit, indicator.actual, indicator.weight, indicator.score, indicator.reason].map((f) => toA1(f?.at ?? { row: 0, col: 0 }))).toEqual(["D7", "E7", "F7", "G7", "H7", "I7", "J7"]);
  expect(table.missing).toEqual([]);
  expect(checkWorkbook({ sheets: [sheet] }, defaultProfile).templates[0].score?.recommended).toBe("100.00");
});

test("a 部门整体 form with 序号 and 指标解释 columns and no reason column binds, with nothing missing", () => {
  const sheet = grid("部门整体支出绩效自评表", [
    ["2022年度部门整体支出绩效自评表"],
    ["部门（单位）名称", "某县农业农村局"],
    ["年度预算申请（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 500, 500, 450, 10, 0.9, 9],
    ["序号", "一级指标", "二级指标", "三级指标", "指标解释", "年度指标值", "实际完成值", "分值", "得分"],
    [1, "产出指标(50分)", "数量指标", "培训农民人次", "全年培训的农民人次", "≥1000人次", "1100人次", 50, 50],
    [2, "效益指标(40分)", "社会效益指标", "农民增收", "培训后人均增收", "≥5%", "5.5%", 40, 40],
    ["总分", null, null, null, null, null, null, 100, 99],
  ]);
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(table.kind).toBe("dept-eval");
  expect(table.missing).toEqual([]);
  expect(table.groups.map((g) => g.indicators.map((i) => `${i.name}:${toA1(i.target?.at ?? { row: 0, col: 0 })}`))).toEqual([["培训农民人次:F6"], ["农民增收:F7"]]);
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
  expect(report.templates[0].score).toEqual({ entered: "99", recommended: "99.00", grade: "优" });
});
