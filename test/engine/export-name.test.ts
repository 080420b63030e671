// The submission copy's name, as every host (CLI, browser mode, Excel) gives it: cell text made
// plain, so an escape sequence's payload and bidi or zero-width characters never reach a file name.
import { submissionFileName } from "../../src/engine/export";
import type { Report } from "../../src/engine/report";

const report = (name: string, year = "2023"): Report => ({
  templates: [{ sheet: "附件3", kind: "dept-eval", name, year, headerAt: { row: 0, col: 0 } }],
  skippedSheets: [],
  findings: [],
  recalculations: [],
  profile: "default",
});

test("bidi overrides, zero-width characters and whole escape sequences are gone", () => {
  expect(submissionFileName(report("株洲市\u202excod.exe\u202c芦淞区\u200b商务局\u001b[2J"))).toBe("株洲市xcod.exe芦淞区商务局_2023_绩效自评表.xlsx");
});

test("characters file systems refuse are dropped; no name or year says so", () => {
  expect(submissionFileName(report('a/b:c*d?"e<f>g|h'))).toBe("abcdefgh_2023_绩效自评表.xlsx");
  expect(submissionFileName(report("", ""))).toBe("未命名单位_年度未知_绩效自评表.xlsx");
});
