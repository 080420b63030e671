// The package reader gives the grid the ExcelJS reader gave, on every fixture and sample: the
// binder and the rules see exactly what they saw before the reader was replaced.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readWorkbook } from "../../src/xlsx";
import { exceljsGrid } from "./exceljs-reader";

const ROOT = path.join(__dirname, "..", "..");
// overlapping_merges.xlsx is left out: ExcelJS refuses it ("Cannot merge already merged cells"),
// which is why it exists (test/xlsx/damaged.test.ts).
const FILES = [
  ...readdirSync(path.join(ROOT, "test", "fixtures")).filter((f) => f.endsWith(".xlsx") && f !== "overlapping_merges.xlsx").map((f) => path.join(ROOT, "test", "fixtures", f)),
  ...readdirSync(path.join(ROOT, "assets", "samples")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(ROOT, "assets", "samples", f)),
];

describe("the package reader equals the ExcelJS reader", () => {
  test("there are files to compare", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
  });

  test.each(FILES.map((f) => [path.relative(ROOT, f), f]))("%s", async (_label, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const ours = (await readWorkbook(bytes)).grid;
    const theirs = await exceljsGrid(bytes);
    // Compare cell by cell for a readable failure, then the whole grid.
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    for (const [i, sheet] of ours.sheets.entries()) {
      expect({ name: sheet.name, merges: sheet.merges, protected: sheet.protected }).toEqual({ name: theirs.sheets[i].name, merges: theirs.sheets[i].merges, protected: theirs.sheets[i].protected });
      expect(sheet.cells).toEqual(theirs.sheets[i].cells);
    }
    expect(ours).toEqual(theirs);
  });
});
