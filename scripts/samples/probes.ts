// Probe workbooks for the rule changes of issue 12: the clean 10号 table (clean_project) with one
// change each, so that each probe gives its one finding and nothing else at warning or error level.
// Where a change would unbalance a sum (a weight of 0, spending above budget), the figures around it
// are moved too, and the probe says how.
import { cleanProject } from "./clean_project";
import type { CellSpec, ExpectedFinding, WorkbookSpec } from "./types";

const SHEET = "项目支出绩效自评表";

/** 1-based row, column letter → value. */
type Edit = [row: number, col: string, value: CellSpec];

function probe(file: string, source: string, edits: Edit[], expected: { findings: ExpectedFinding[]; score: { entered?: string; recommended?: string; grade?: string }; notes: string }): WorkbookSpec {
  const rows = cleanProject.sheets[0].rows.map((r) => [...r]);
  for (const [row, col, value] of edits) {
    const c = col.charCodeAt(0) - 65;
    const cells = rows[row - 1];
    while (cells.length <= c) cells.push(null);
    cells[c] = value;
  }
  return {
    file,
    dir: "test/fixtures",
    source: `constructed probe (issue 12): ${source}`,
    sheets: [{ ...cleanProject.sheets[0], rows }],
    expected: { profile: "default", templates: [{ sheet: SHEET, template: "project-eval", score: expected.score }], skippedSheets: [], findings: expected.findings, infosComplete: true, notes: expected.notes },
  };
}

export const probes: readonly WorkbookSpec[] = [
  probe(
    "probe_over_budget.xlsx",
    "105% executed",
    [
      [6, "E", 105],
      [6, "G", { v: 1.05, f: "E6/D6", fmt: "0.00%" }],
      [6, "H", 10],
      [8, "E", 25],
      [21, "H", 100],
    ],
    {
      findings: [{ rule: "over-budget", severity: "warning", sheet: SHEET, cell: "E6", why: "全年执行数 105 > 全年预算数 100 (105%). The budget score stays capped: min(105%, 100%) × 10 = 10 = H6." }],
      score: { entered: "100", recommended: "100.00", grade: "优" },
      notes: "其中 上年结转资金 spent 25 so that 80 + 25 = 105; 总分 10 + 90 = 100.",
    },
  ),
  probe(
    "probe_band2_at_08w.xlsx",
    "a middle-band score of exactly 0.8w",
    [
      [18, "F", "有所提升"],
      [18, "H", 12],
      [18, "I", "部分社区服务点尚未覆盖，下年扩大覆盖"],
      [21, "H", 96.85],
    ],
    {
      findings: [{ rule: "qualitative-band", severity: "warning", sheet: SHEET, cell: "H18", why: "有所提升 is band 2, [0.6w, 0.8w) = [9, 12): 12 = 0.8w belongs to band 1's range, not band 2's (10号: 80–60%（含）)." }],
      score: { entered: "96.85", recommended: "96.85", grade: "优" },
      notes: "A reason is given, so reason-required has nothing to add. No score is invented below band 1: the entered 12 stands in the recommended total.",
    },
  ),
  probe(
    "probe_band2_empty.xlsx",
    "an empty middle-band score",
    [
      [18, "F", "有所提升"],
      [18, "H", null],
      [18, "I", "部分社区服务点尚未覆盖，下年扩大覆盖"],
      [21, "H", 84.85],
    ],
    {
      findings: [
        { rule: "qualitative-band", severity: "warning", sheet: SHEET, cell: "H18", why: "有所提升 is band 2: the finding states the range (9 至 12 分之间（不含 12）) and leaves H18 empty." },
        { rule: "grade-withheld", severity: "info", sheet: SHEET, cell: "H21", why: "Row 18 has no score and none is invented: no recommended total and no grade, and the info names the row." },
      ],
      score: { entered: "84.85" },
      notes: "总分 84.85 = 9.85 + the entered scores; it adds up.",
    },
  ),
  probe(
    "probe_weight_zero.xlsx",
    "weight 0",
    [
      [13, "G", 25],
      [13, "H", 25],
      [14, "G", 0],
      [14, "H", 0],
    ],
    {
      findings: [{ rule: "weight-invalid", severity: "error", sheet: SHEET, cell: "G14", why: "助餐服务次数 has 分值 0." }],
      score: { entered: "99.85", recommended: "99.85", grade: "优" },
      notes: "服务老年人数 takes the 10 points (15 → 25) so that 产出 still adds up to 50 and the weights to 100.",
    },
  ),
  probe(
    "probe_blank_values.xlsx",
    "full score with blank target and result",
    [
      [15, "E", null],
      [15, "F", null],
    ],
    {
      findings: [{ rule: "scored-without-values", severity: "error", sheet: SHEET, cell: "E15", why: "服务对象信息核查准确率: 分值 10, 得分 10, no 年度指标值 and no 实际完成值." }],
      score: { entered: "99.85", recommended: "99.85", grade: "优" },
      notes: "The entered score stands in the recommended total (nothing to compute a ŝ from).",
    },
  ),
  probe(
    "probe_weights_110.xlsx",
    "weights totalling 110",
    [
      [13, "B", "产出指标(60分)"],
      [13, "G", 25],
      [13, "H", 25],
      [21, "H", 109.85],
    ],
    {
      findings: [
        { rule: "weight-total", severity: "error", sheet: SHEET, cell: "G21", why: "产出 60 + 效益 30 + 满意度 10 + budget 10 = 110 ≠ 100." },
        { rule: "grade-withheld", severity: "info", sheet: SHEET, cell: "H21", why: "The recommended total 109.85 exceeds 100: no grade." },
      ],
      score: { entered: "109.85", recommended: "109.85" },
      notes: "产出指标(60分) = 25 + 10 + 10 + 5 + 10, so group-weight holds; the 总分 109.85 adds up, so total-score holds.",
    },
  ),
];
