// Office values → the engine's grid, and the address helpers at the Excel edge.
import { adr } from "../../src/engine/grid";
import { addressLists, parseQualified, qualify, rectangles, splitAddressList } from "../../src/excel/address";
import { ExcelAdapter } from "../../src/excel/adapter";
import { detectFeatures } from "../../src/excel/features";
import { probeOfficeJs } from "../../src/excel/office";
import { officeCell, parseMerges, readWorkbook } from "../../src/excel/read";
import { masterOf } from "../../src/excel/write";
import { FakeExcel } from "./fake";

describe("readWorkbook", () => {
  test("absolute coordinates, errors, formulas, number formats, merged slaves, protection", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Data", [], [{ top: 3, left: 1, bottom: 4, right: 2 }]);
    sheet.cells.set("2,1", { value: 10, numberFormat: "0.00", fill: { color: null } });
    sheet.cells.set("2,2", { value: "#DIV/0!", error: true, formula: "B3/0", fill: { color: null } });
    sheet.cells.set("3,1", { value: "合并", fill: { color: null } });
    sheet.cells.set("4,2", { value: "stale slave text", fill: { color: null } });
    sheet.cells.set("5,3", { value: true, fill: { color: null } });
    fake.addSheet("Empty");
    fake.addSheet("Locked", [["x"]]).protected = true;

    const read = await fake.run((ctx) => readWorkbook(ctx, detectFeatures(fake)));
    expect(fake.syncs).toBe(3); // sheets · sizes · cells
    const [data, empty, locked] = read.grid.sheets;
    expect(data.cells[2][1]).toEqual({ value: 10, numFmt: "0.00" });
    expect(data.cells[2][2]).toEqual({ value: { error: "#DIV/0!" }, formula: "B3/0" });
    expect(data.cells[3][1]).toEqual({ value: "合并" });
    expect(data.cells[4][2]).toBeUndefined(); // merged slave
    expect(data.cells[5][3]).toEqual({ value: true });
    expect(data.cells[0]).toEqual([]); // rows above the used range are present, empty
    expect(data.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
    expect(empty).toEqual({ name: "Empty", cells: [], merges: [] });
    expect(locked.protected).toBe(true);
    expect(read.sheets.get("Locked")?.protected).toBe(true);
  });

  test("three syncs whatever the number of sheets", async () => {
    const fake = new FakeExcel();
    for (let i = 0; i < 500; i++) fake.addSheet(`S${i}`, [[i, "x"]]);
    const read = await fake.run((ctx) => readWorkbook(ctx, detectFeatures(fake)));
    expect(fake.syncs).toBe(3);
    expect(read.grid.sheets).toHaveLength(500);
  });

  test("the adapter's features follow the host's requirement sets", () => {
    expect(new ExcelAdapter(new FakeExcel({ version: "1.7" }).env()).features).toEqual({ rangeAreas: false, conditionalFormats: true, comments: false, mergedAreas: false, notes: false });
    expect(new ExcelAdapter(new FakeExcel({ version: "1.13" }).env()).features).toEqual({ rangeAreas: true, conditionalFormats: true, comments: true, mergedAreas: true, notes: false });
    expect(detectFeatures({ isSetSupported: () => { throw new Error("unknown set"); } }).notes).toBe(false);
  });

  test("…and what the loaded office.js has: ExcelApi 1.18 reported, no NoteCollection in the library, no notes", () => {
    const fake = new FakeExcel({ version: "1.18", officeJs: { notes: false } });
    expect(new ExcelAdapter(fake.env()).features).toMatchObject({ notes: false, comments: true });
  });

  test("probeOfficeJs reads the Excel namespace office.js defined", () => {
    class Range {
      getMergedAreasOrNullObject() {}
    }
    expect(probeOfficeJs({ Range, CommentCollection: class {}, ConditionalFormatCollection: class {} })).toEqual({ notes: false, comments: true, conditionalFormats: true, mergedAreas: true });
    expect(probeOfficeJs(undefined)).toEqual({ notes: false, comments: false, conditionalFormats: false, mergedAreas: false });
  });

  test("value types keep text text: '=SUM(A1) and '#N/A are strings, a typed #N/A is an error", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("T");
    sheet.cells.set("0,0", { value: "=SUM(A1)", fill: { color: null } }); // text typed as '=SUM(A1)
    sheet.cells.set("0,1", { value: "#N/A", fill: { color: null } }); // text typed as '#N/A
    sheet.cells.set("0,2", { value: "#N/A", error: true, fill: { color: null } });
    sheet.cells.set("0,3", { value: 3, formula: "1+2", fill: { color: null } });
    const read = await fake.run((ctx) => readWorkbook(ctx, detectFeatures(fake)));
    expect(read.grid.sheets[0].cells[0].slice(0, 4)).toEqual([{ value: "=SUM(A1)" }, { value: "#N/A" }, { value: { error: "#N/A" } }, { value: 3, formula: "1+2" }]);
    // Without value types the same cells would read as a formula and an error.
    expect(officeCell("=SUM(A1)", "=SUM(A1)", undefined)).toEqual({ value: "=SUM(A1)", formula: "SUM(A1)" });
    expect(officeCell("#N/A", "#N/A", undefined)).toEqual({ value: { error: "#N/A" } });
  });

  test("a sheet with 600 merged areas: the whole-sheet read fails, so its merges are read in parts", async () => {
    const fake = new FakeExcel();
    const merges = Array.from({ length: 600 }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 0 }));
    const big = fake.addSheet("Big", [], merges);
    for (let i = 0; i < 600; i++) big.cells.set(`${i * 2},0`, { value: `v${i}`, fill: { color: null } });
    fake.addSheet("Small", [["a"]], [{ top: 0, left: 0, bottom: 0, right: 1 }]);
    const read = await fake.run((ctx) => readWorkbook(ctx, detectFeatures(fake)));
    expect(read.sheets.get("Big")?.merges).toHaveLength(600);
    expect(read.sheets.get("Big")?.mergesLost).toBe(false);
    expect(read.sheets.get("Small")?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(read.grid.sheets[0].cells[1198][0]).toEqual({ value: "v599" });
  });

  test("past 5 million cells the size decides: the values are never loaded, null or throw alike", async () => {
    for (const overLimitRead of ["null", "throw"] as const) {
      const fake = new FakeExcel({ overLimitRead });
      fake.addSheet("OK", [["a"]]);
      fake.addSheet("明细").usedSize = { rows: 1048576, cols: 10 };
      const read = await fake.run((ctx) => readWorkbook(ctx, detectFeatures(fake)));
      expect(read.sheets.get("明细")?.tooLarge).toBe(true);
      expect(read.grid.sheets.map((s) => s.name)).toEqual(["OK"]);
    }
  });
});

describe("addresses", () => {
  test("qualified addresses round-trip, quotes and all", () => {
    expect(qualify("附件3 整体支出绩效自评表", "H5")).toBe("'附件3 整体支出绩效自评表'!H5");
    expect(parseQualified("'It''s, here'!$B$2:C3")).toEqual({ sheet: "It's, here", area: { top: 1, left: 1, bottom: 2, right: 2 } });
    expect(parseQualified("Sheet1!A1")).toEqual({ sheet: "Sheet1", area: { top: 0, left: 0, bottom: 0, right: 0 } });
    expect(parseQualified("Sheet1!1:1")).toBeUndefined();
    expect(splitAddressList("'a,b'!A1:B2, 'a,b'!C3")).toEqual(["'a,b'!A1:B2", "'a,b'!C3"]);
    expect(parseMerges("'a,b'!A1:B2, 'a,b'!C3, 'a,b'!D4:D9", "a,b")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 8, right: 3 },
    ]);
  });

  test("cells are grouped into few rectangles and short address lists", () => {
    const cells = [adr("A1"), adr("A2"), adr("A3"), adr("B1"), adr("B2"), adr("B3"), adr("D7")];
    const areas = rectangles(cells);
    expect(areas).toEqual([
      { top: 0, left: 0, bottom: 2, right: 1 },
      { top: 6, left: 3, bottom: 6, right: 3 },
    ]);
    expect(addressLists(areas)).toEqual(["A1:B3,D7"]);
    const many = Array.from({ length: 250 }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2, right: 0 }));
    const lists = addressLists(many);
    expect(lists).toHaveLength(3);
    expect(lists.every((l) => l.split(",").length <= 100 && l.length <= 2000)).toBe(true);
  });

  test("a merged slave redirects to its master", () => {
    const merges = [{ top: 4, left: 7, bottom: 4, right: 8 }];
    expect(masterOf(merges, adr("I5"))).toEqual(adr("H5"));
    expect(masterOf(merges, adr("I6"))).toEqual(adr("I6"));
  });
});
