// The binder and the rules never throw, whatever a sheet holds: random grids built from template
// labels, numbers, percents, errors and blanks, in random places (property test).
import fc from "fast-check";
import type { Cell, SheetGrid } from "../../src/engine/grid";
import { defaultProfile } from "../../src/engine/profile";
import { checkWorkbook } from "../../src/template";

const LABELS = [
  "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
  "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "指标性质", "指标值", "度量单位", "权重",
  "产出指标(40分)", "效益指标（20分）", "总分", "合计", "按收入性质分：866.48", "按支出性质分：866.48", "其中：基本支出：311.22", "项目支出：555.26",
  "编制数", "实际在职人数", "控制率", "2022年决算数", "2023年预算数", "2023年决算数", "三公经费", "公务接待", "项目支出", "公用经费",
  "政府采购金额", "批复规模（㎡）", "实际规模（㎡）", "规模控制率", "≥50个", "≤90万元", "达成预期指标", "12月底前", "９．３３亿元", "——", "/", "无",
];

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...LABELS).map((value) => ({ value })),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => ({ value })),
  fc.double({ min: 0, max: 2, noNaN: true }).map((value) => ({ value, numFmt: "0.00%" })),
  fc.constantFrom("#DIV/0!", "#REF!").map((error) => ({ value: { error } })),
  fc.string({ maxLength: 8 }).map((value) => ({ value })),
);

const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 30 })
  .map((cells) => ({ name: "S", cells, merges: [] }));

test("checkWorkbook never throws and every finding points inside the sheet", () => {
  fc.assert(
    fc.property(sheetArb, (sheet) => {
      const report = checkWorkbook({ sheets: [sheet] }, defaultProfile);
      for (const f of report.findings) {
        expect(f.at.row).toBeGreaterThanOrEqual(0);
        expect(f.at.col).toBeGreaterThanOrEqual(0);
        expect(f.sheet).toBe("S");
      }
    }),
    { numRuns: 400 },
  );
});

test("the sample with random cells replaced still checks without throwing", async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  const path = await import("node:path");
  const { readWorkbook } = await import("../../src/xlsx");
  const dir = path.join(__dirname, "..", "..", "assets", "samples");
  const file = readdirSync(dir).find((f) => f.endsWith(".xlsx")) as string;
  const { grid } = await readWorkbook(readFileSync(path.join(dir, file)));
  const edits = fc.array(fc.tuple(fc.nat({ max: grid.sheets.length - 1 }), fc.nat({ max: 30 }), fc.nat({ max: 9 }), cellArb), { maxLength: 25 });
  fc.assert(
    fc.property(edits, (list) => {
      const sheets = grid.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => [...(row ?? [])]) }));
      for (const [s, row, col, cell] of list) {
        const rows = sheets[s].cells;
        while (rows.length <= row) rows.push([]);
        rows[row][col] = cell;
      }
      const report = checkWorkbook({ sheets }, defaultProfile);
      expect(report.templates.length + report.skippedSheets.length).toBeGreaterThanOrEqual(sheets.length);
    }),
    { numRuns: 300 },
  );
});
