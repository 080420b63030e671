// A workbook that holds no self-evaluation template at all: an office-supplies purchase list.
// The CLI must refuse it (exit 2, "no template recognised"). It has a 合计 row on purpose: one
// synonym of a template label is not a template.
import type { WorkbookSpec } from "./types";

export const notTemplate: WorkbookSpec = {
  file: "not_template.xlsx",
  dir: "test/fixtures",
  source: "constructed: an office-supplies purchase list, no template",
  sheets: [
    {
      name: "Sheet1",
      widths: [8, 16, 16, 8, 12, 12, 14],
      titleRows: [1],
      rows: [
        /* 1 */ ["办公用品采购清单"],
        /* 2 */ ["序号", "品名", "规格型号", "数量", "单价（元）", "金额（元）", "备注"],
        /* 3 */ [1, "A4复印纸", "70g 500张/包", 40, 24.5, { v: 980, f: "D3*E3" }, null],
        /* 4 */ [2, "签字笔", "0.5mm 黑色", 120, 2.5, { v: 300, f: "D4*E4" }, null],
        /* 5 */ [3, "文件盒", "55mm 蓝色", 60, 8, { v: 480, f: "D5*E5" }, "第二批到货"],
        /* 6 */ ["合计", null, null, null, null, { v: 1760, f: "SUM(F3:F5)" }, null],
      ],
      merges: ["A1:G1", "A6:E6"],
      tables: ["A2:G6"],
    },
  ],
  expected: {
    profile: "default",
    templates: [],
    skippedSheets: [],
    findings: [],
    infosComplete: true,
    error: "no template recognised",
    notes:
      "No sheet binds to dept-eval, dept-base or project-eval: `selfeval check not_template.xlsx` exits 2 with a one-line 'no template recognised' reason on stderr and no stack trace; with --format json the result carries error, no sheets, no skipped sheets and no findings. The lone '合计' label must not make the sheet a template.",
  },
};
