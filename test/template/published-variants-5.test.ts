// Layout features of the published tables r18–r20 (test/fixtures/README.md, fixtures 23–25), as
// small grids: each test names the table it comes from and fails without the change it covers.
import type { Cell, SheetGrid } from "../../src/engine/grid";
import { defaultProfile } from "../../src/engine/profile";
import type { EvalTable } from "../../src/engine/model";
import { bindSheet, checkWorkbook } from "../../src/template";

type V = string | number | null;
function grid(name: string, rows: V[][], merges: SheetGrid["merges"] = []): SheetGrid {
  return { name, cells: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))), merges };
}

/** The 贵州 township form of r18: 年初预算数(A) as the only budget, 得分计算方法 beside 得分. */
function suiyang(indicatorRows: V[][] = []): V[][] {
  return [
    ["部门整体支出绩效自评表"],
    ["部门(单位)名称", null, "绥阳县太白镇人民政府"],
    ["部门(单位)总体\n资金(万元)", "资 金 来 源", null, null, "年初预算数(A)", "全年执行数(B)", "分值(10分)", "得分", "得分计算方法"],
    [null, "年度资金总额:", null, null, 1172.55, 1172.55, 10, 10, "执行率*该指标分值,最高不得超过分值上限。"],
    [null, "基本支出", null, null, 985.19, 985.19, 10, 10],
    [null, "项目支出", null, null, 187.36, 187.36, 10, 10],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值(A)", "全年实际值(B)", "分值", "得分"],
    ...indicatorRows,
  ];
}

test("r18 绥阳 2021: a table that stops at its indicator header gets no recommended total and no grade (not 10.00 · 差)", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", suiyang())] }, defaultProfile);
  const [tpl] = report.templates;
  expect(tpl.kind).toBe("dept-eval");
  expect(tpl.score).toEqual({ entered: "10" });
  // One cause, one finding: the empty block is template-incomplete's error, grade-withheld's info its detail.
  const empty = report.findings.filter((f) => f.messageId === "empty");
  expect(empty).toMatchObject([{ rule: "template-incomplete", severity: "error", details: [{ rule: "grade-withheld", messageId: "empty", at: { row: 6, col: 0 } }] }]);
  // With one indicator row the table is scored and graded as before.
  const scored = checkWorkbook(
    { sheets: [grid("部门整体支出绩效自评表", suiyang([[null, "产出指标", "数量指标", "办结事项", "≥10件", "12件", 90, 90]]))] },
    defaultProfile,
  );
  expect(scored.templates[0].score).toEqual({ entered: "100", recommended: "100.00", grade: "优" });
  expect(scored.findings.filter((f) => f.rule === "grade-withheld")).toEqual([]);
});

/** The 湖北-type form as a 安徽 township fills it for its 部门整体 self-evaluation (r20). */
function tanghu(options: { spent?: V } = {}): V[][] {
  return [
    ["单位名称:塘湖镇政府", null, null, null, "填报日期:2021.5.18"],
    ["单位名称", null, "塘湖镇人民政府"],
    ["基本支出总额", null, "864.2万", null, "项目支出总额", 0],
    ["预算执行情况(万元)\n(20分)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
    ["部门整体支出总额", null, null, 864.2, options.spent === undefined ? null : options.spent, "100%", 20],
    ["年度目标1:(80分)", null, "增强政府工作效率、改善乡镇居住环境"],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [null, "产出指标", "数量指标", "办结信访案件", "168起", "168起", 40],
    [null, "满意度指标", "群众满意度\n指标", "群众对政府工作满意度", "≧90%", "95%", 40],
    ["总分", "100分"],
  ];
}

test("r20 塘湖镇 2020: 部门整体支出总额 is the funds total row, and its budget score counts", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", tanghu({ spent: 864.2 }))] }, defaultProfile);
  expect(report.templates[0]).toMatchObject({ kind: "dept-eval", score: { entered: "100", recommended: "100.00", grade: "优" } });
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.findings.map((f) => f.rule)).not.toContain("total-score");
});

test("r20 塘湖镇 2020: a rate typed beside a blank 执行数 is a warning on the spending cell, not silence", () => {
  const report = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", tanghu())] }, defaultProfile);
  const found = report.findings.filter((f) => f.rule === "execution-rate");
  expect(found).toMatchObject([{ severity: "warning", messageId: "spentMissing", at: { row: 4, col: 4 }, actual: "100%" }]);
  // With the spending filled in, the rate is checked as usual.
  const wrong = checkWorkbook({ sheets: [grid("部门整体支出绩效自评表", tanghu({ spent: 800 }))] }, defaultProfile);
  expect(wrong.findings.filter((f) => f.rule === "execution-rate")).toMatchObject([{ severity: "error", messageId: "mismatch" }]);
});

/** The 湖北-type form as 云南 隆阳 fills it (r19): 一、 rows over their numbered 1、2、3、 breakdowns. */
function longyang(options: { part3?: V; budgetScore?: V } = {}): V[][] {
  return [
    ["2022年度项目支出绩效自评表"],
    ["单位名称:隆阳区土壤肥料工作站", null, null, null, "填报日期:2023年3月20日"],
    ["项目名称", null, "隆阳区2021年中央化肥减量增效示范县项目补助资金"],
    ["预算执行情况(万元)\n(20分)", null, null, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
    ["年度财政资金总额", null, null, 278.4449, 30, 0.1077, options.budgetScore === undefined ? 2.16 : options.budgetScore],
    ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [null, "产出指标", "数量指标", "一、示范区建立", "≧20000亩", "20000亩", 15],
    [null, null, null, "1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", 5],
    [null, null, null, "2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", 5],
    [null, null, null, "3、施用配方肥", "≧18500亩", "18500亩", options.part3 === undefined ? 5 : options.part3],
    [null, null, null, "二、土样植株化验", "≧60个", "60个", 5],
    [null, null, "质量指标", "示范区配方肥到位率", "≧80%", "85.6%", 10],
  ];
}

test("r19 隆阳 2022: numbered 1、2、3、 rows whose scores add up to the 一、 row above are its breakdown, not counted twice", () => {
  const [table] = bindSheet(grid("项目支出绩效自评表", longyang())) as EvalTable[];
  expect(table.groups.flatMap((g) => g.indicators).map((i) => i.name)).toEqual(["一、示范区建立", "二、土样植株化验", "示范区配方肥到位率"]);
  const report = checkWorkbook({ sheets: [grid("项目支出绩效自评表", longyang())] }, defaultProfile);
  expect(report.templates[0].score?.entered).toBe("32.16");
  // 5 + 5 + 4 ≠ 15: not a breakdown, every row stays an indicator (and is counted).
  const [loose] = bindSheet(grid("项目支出绩效自评表", longyang({ part3: 4 }))) as EvalTable[];
  expect(loose.groups.flatMap((g) => g.indicators)).toHaveLength(6);
});

test("r19 隆阳 2022: without a 分值 cell the budget's weight is the block's (20分): 10.77% × 20 = 2.15, not 2.16", () => {
  const report = checkWorkbook({ sheets: [grid("项目支出绩效自评表", longyang())] }, defaultProfile);
  expect(report.findings.filter((f) => f.rule === "execution-score")).toMatchObject([{ severity: "warning", messageId: "mismatch", at: { row: 4, col: 6 }, expected: "2.15" }]);
  expect(report.templates[0].score?.recommended).toBe("32.15");
  const right = checkWorkbook({ sheets: [grid("项目支出绩效自评表", longyang({ budgetScore: 2.15 }))] }, defaultProfile);
  expect(right.findings.filter((f) => f.rule === "execution-score")).toEqual([]);
});
