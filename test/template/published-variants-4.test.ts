// Layout features of the published tables r16–r17 (test/fixtures/README.md, fixtures 21 and 22), as
// small grids: each test names the table it comes from and fails without the change it covers.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import type { EvalTable } from "../../src/engine/model";
import { defaultProfile } from "../../src/engine/profile";
import { bindSheet, checkWorkbook } from "../../src/template";

type V = string | number | null;
function grid(name: string, rows: V[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))), merges };
}

const indicatorNames = (table: EvalTable) => table.groups.flatMap((g) => g.indicators).map((i) => i.name);

/**
 * The 银川 form of r16: 自评得分 in the head, a funds block without 分值 or 得分, 参考分值 before the
 * target, the budget scored as the indicator row 预算执行率 under 项目管理.
 */
function yinchuan(options: { headTotal?: V; budgetScore?: V; lastWeight?: V } = {}): V[][] {
  return [
    ["银川市本级部门项目支出绩效自评表"],
    ["项目名称", "初中公用经费", null, null, "自评得分", options.headTotal === undefined ? 98 : options.headTotal],
    ["项目资金\n(万元)", null, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
    [null, "年度资金总额", 64.8, 64.8, 64.8, 1],
    ["一级指标", "二级指标", "三级指标", "参考\n分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    ["项目决策\n(10分)", "项目目标", "完整性", 10, "—", "目标明确、内容细化、目标量化", 10],
    ["项目管理\n(10分)", "投入管理", "预算执行率", 10, "—", "100%", options.budgetScore === undefined ? 9 : options.budgetScore],
    ["项目产出\n(40分)", "数量指标\n(40分)", "保障人数", 40, "2370人", "2370人", 40],
    ["项目效益\n(40分)", "社会效益指标", "效果显著", 30, "改善学校的办学条件", "改善学校的办学条件", 30],
    [null, "服务对象满意度指标(10分)", "学生满意度", options.lastWeight === undefined ? 10 : options.lastWeight, "≥90%", "95%", 10],
  ];
}

test("r16 银川 2021: 参考分值 is the weight column", () => {
  const [table] = bindSheet(grid("项目支出绩效自评表", yinchuan())) as EvalTable[];
  const weights = table.groups.flatMap((g) => g.indicators).map((i) => i.weight?.at.col);
  expect(weights).toEqual([3, 3, 3, 3, 3]);
});

test("r16 银川 2021: 自评得分 | 98 in the head is the entered total; 自评得分 without a number beside it is not", () => {
  const [table] = bindSheet(grid("项目支出绩效自评表", yinchuan())) as EvalTable[];
  expect(table.total?.score?.at).toEqual({ row: 1, col: 5 });
  const [bare] = bindSheet(grid("项目支出绩效自评表", yinchuan({ headTotal: "分" }))) as EvalTable[];
  expect(bare.total).toBeUndefined();
});

test("r16 银川 2021: 预算执行率 as an indicator row reads — as ≥100%, and the total is the rows' sum", () => {
  const report = checkWorkbook({ sheets: [grid("项目支出绩效自评表", yinchuan())] }, defaultProfile);
  const found = report.findings.map((f) => `${f.rule}@${f.at.row},${f.at.col}`);
  // 9 of 10 for a 100% rate, no reason: one finding at the reason cell (met-but-deducted its detail).
  expect(found).toContain("reason-required@6,7");
  expect(found).not.toContain("value-unparsed@6,4");
  // 10 + 9 + 40 + 30 + 10 = 99, not the 98 typed in the head.
  const total = report.findings.find((f) => f.rule === "total-score");
  expect(total).toMatchObject({ severity: "error", messageId: "mismatchRows", at: { row: 1, col: 5 }, expected: "99.00" });
  // Scored 10, the row is right and the head total matches.
  const right = checkWorkbook({ sheets: [grid("项目支出绩效自评表", yinchuan({ budgetScore: 10, headTotal: 100 }))] }, defaultProfile);
  expect(right.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("r16 银川 2021: a group with a blank 分值 row is not said to fall short of its (xx分); a sum above it still is", () => {
  const blank = checkWorkbook({ sheets: [grid("项目支出绩效自评表", yinchuan({ lastWeight: null }))] }, defaultProfile);
  expect(blank.findings.filter((f) => f.rule === "group-weight")).toEqual([]);
  const over = checkWorkbook({ sheets: [grid("项目支出绩效自评表", yinchuan({ lastWeight: 20 }))] }, defaultProfile);
  expect(over.findings.filter((f) => f.rule === "group-weight").map((f) => f.actual)).toEqual(["50"]);
});

/** The 衔接资金 form of r17: a ★ core row over 其中 breakdown rows whose 分值 and 得分 it spans. */
function xiaoxian(subWeight: V = null): { rows: V[][]; merges: SheetGrid["merges"] } {
  const rows: V[][] = [
    ["绩效目标自评表"],
    ["项目名称", null, "河西村特色种养补贴到户项目"],
    ["资金情况\n(万元)", null, null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
    [null, "年度资金总额:", null, 9.48, 9.48, 10, 1, 10],
    ["绩效指标", "一级\n指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    [null, "产出指标\n(50分)", "数量指标", "★补助各类瓜果蔬菜种植面积", 30, "29.5亩", "29.5亩", 30],
    [null, null, null, "其中桃树种植面积", subWeight, "1.5亩", "1.5亩", subWeight],
    [null, null, null, "其中苹果树种植面积", null, "28亩", "28亩"],
    [null, null, "质量指标", "种植作物成活率", 20, "95%", "95%", 20],
    [null, "效益指标\n(30分)", "社会效益指标", "受益人口数量", 30, "90人", "90人", 30],
    [null, "满意度指标\n(10分)", "服务对象满意度指标", "受益户满意度", 10, "≥95%", "96%", 10],
  ];
  const merges = subWeight === null ? [{ top: 5, left: 4, bottom: 7, right: 4 }, { top: 5, left: 7, bottom: 7, right: 7 }] : [];
  return { rows, merges };
}

test("r17 萧县 2023: 其中 rows under a ★ row, without 分值 or 得分 of their own, are its breakdown, not indicators", () => {
  const { rows, merges } = xiaoxian();
  const sheet = grid("绩效目标自评表", rows, merges);
  const [table] = bindSheet(sheet) as EvalTable[];
  expect(indicatorNames(table)).toEqual(["★补助各类瓜果蔬菜种植面积", "种植作物成活率", "受益人口数量", "受益户满意度"]);
  const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
  expect(report.findings).toEqual([]);
  expect(report.templates[0].score).toMatchObject({ entered: "100", recommended: "100.00", grade: "优" });
});

test("r17 萧县 2023: a 其中 row with a 分值 of its own is an indicator", () => {
  const { rows, merges } = xiaoxian(5);
  const [table] = bindSheet(grid("绩效目标自评表", rows, merges)) as EvalTable[];
  expect(indicatorNames(table)).toContain("其中桃树种植面积");
});
