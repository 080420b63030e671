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
