// The fake must fail where Excel fails, or the adapter tests prove nothing.
import { FakeExcel } from "./fake";
import type { ContextLike } from "../../src/excel/api";

function workbook(version?: "1.7" | "1.9" | "1.18"): FakeExcel {
  const fake = new FakeExcel({ version });
  fake.addSheet("Sheet1", [
    ["a", 1],
    [2, "#DIV/0!"],
  ]);
  return fake;
}

describe("the fake Excel", () => {
  test("a property read before load + sync throws PropertyNotLoaded", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      expect(() => used.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      used.load(["address"]);
      expect(() => used.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" })); // loaded, not synced
      await ctx.sync();
      expect(used.address).toBe("Sheet1!A1:B2");
      expect(() => used.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" })); // never loaded
      used.load("values");
      await ctx.sync();
      expect(used.values).toEqual([
        ["a", 1],
        [2, "#DIV/0!"],
      ]);
    });
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("APIs above the host's ExcelApi version are not there", async () => {
    const fake = workbook("1.7");
    await fake.run(async (ctx: ContextLike) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      expect(() => ws.getRanges("A1,B2")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ctx.workbook.notes).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ctx.workbook.comments).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ws.getRange().getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ws.getRange("A1").format.fill.load(["color", "tintAndShade"])).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });

  test("a batch runs in order and stops at the first failure; earlier commands stay applied", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("C1").values = [[1]];
      ctx.workbook.worksheets.getItem("Missing").getRange("A1").values = [[2]];
      ws.getRange("C2").values = [[3]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.cell("Sheet1", "C1")?.value).toBe(1);
    expect(fake.cell("Sheet1", "C2")).toBeUndefined();
  });

  test("a load queued before a write sees the old value", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const before = ws.getRange("B1");
      before.load("values");
      ws.getRange("B1").values = [[5]];
      await ctx.sync();
      expect(before.values).toEqual([[1]]);
    });
    expect(fake.cell("Sheet1", "B1")?.value).toBe(5);
  });

  test("protected sheets refuse writes; commands left unsynced are an error", async () => {
    const fake = workbook();
    fake.sheet("Sheet1").protected = true;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.color = "#FF0000";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").select();
      }),
    ).rejects.toThrow(/never synced/);
  });

  test("cell edit mode fails the sync; text is parsed like typed input", async () => {
    const fake = workbook();
    fake.cellEditFailures = 1;
    await expect(fake.run((ctx) => ctx.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["'=1+1", "=A2*2", "12"]];
      await ctx.sync();
    });
    expect(fake.cell("Sheet1", "A1")?.value).toBe("=1+1");
    expect(fake.cell("Sheet1", "B1")?.formula).toBe("A2*2");
    expect(fake.cell("Sheet1", "C1")?.value).toBe(12);
  });

  test("conditional formats: added on a range, listed by the ranges they intersect, deleted; the cell's own fill untouched", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=ISTEXT("SelfEval:error")';
      cf.custom.format.fill.color = "#ffc7ce";
      await ctx.sync();
    });
    expect(fake.markAt("Sheet1", "B1")).toBe("error");
    expect(fake.cell("Sheet1", "B1")?.fill).toEqual({ color: null });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const none = ws.getRange("A2").conditionalFormats;
      none.load("items/type");
      const some = ws.getRange().conditionalFormats;
      some.load("items/type");
      await ctx.sync();
      expect(none.items).toHaveLength(0);
      expect(some.items.map((i) => i.type)).toEqual(["Custom"]);
      const rule = some.items[0].custom.rule;
      rule.load("formula");
      const range = some.items[0].getRangeOrNullObject();
      range.load("address");
      await ctx.sync();
      expect(rule.formula).toBe('=ISTEXT("SelfEval:error")');
      expect(range.address).toBe("Sheet1!A1:B1");
      some.items[0].delete();
      await ctx.sync();
    });
    expect(fake.ownFormats()).toEqual([]);
  });

  test("over 512 merged areas in a range fail the request, and what was queued after it", async () => {
    const fake = new FakeExcel();
    fake.addSheet("M", [], Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 })));
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("M");
      ws.getRange().getMergedAreasOrNullObject().load("address");
      ws.load("name"); // queued after it: never runs
      const name = ws;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
      expect(() => name.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const half = ws.getRangeByIndexes(0, 0, 256, 16384).getMergedAreasOrNullObject();
      half.load("address");
      await ctx.sync();
      expect(half.address.split(", ")).toHaveLength(256);
    });
  });

  test("an office.js without the Notes API: workbook.notes is undefined although ExcelApi 1.18 is reported", async () => {
    const fake = new FakeExcel({ version: "1.18", officeJs: { notes: false } });
    fake.addSheet("S");
    expect(fake.isSetSupported("ExcelApi", "1.18")).toBe(true);
    await fake.run(async (ctx) => {
      expect(ctx.workbook.notes).toBeUndefined();
      expect(() => ctx.workbook.worksheets.getItem("S").notes.add("A1", "x")).toThrow(TypeError);
    });
  });

  test("value types, and formulas returning the value of a cell without a formula", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["'#N/A", "#N/A", "'=x"]];
      await ctx.sync();
      const r = ws.getRange("A1:C1");
      r.load(["values", "formulas", "valueTypes"]);
      await ctx.sync();
      expect(r.values).toEqual([["#N/A", "#N/A", "=x"]]);
      expect(r.formulas).toEqual([["#N/A", "#N/A", "=x"]]);
      expect(r.valueTypes).toEqual([["String", "Error", "String"]]);
    });
  });

  test("each runtime has its own copy of the settings: a stale copy saved overwrites another runtime's save", async () => {
    const fake = workbook();
    const a = fake.runtime().settings;
    const b = fake.runtime().settings;
    a.set("k", 1);
    await new Promise<void>((resolve) => a.saveAsync(() => resolve()));
    expect(b.get("k")).toBeNull(); // loaded before a saved
    b.set("other", 2);
    await new Promise<void>((resolve) => b.saveAsync(() => resolve()));
    expect(fake.savedSettings.has("k")).toBe(false);
    await new Promise<void>((resolve) => a.refreshAsync(() => resolve()));
    expect(a.get("k")).toBeNull();
    expect(fake.runtime().settings.get("other")).toBe(2);
  });

  test("a workbook saved and opened again keeps cells, formats, notes and saved settings, nothing else", async () => {
    const fake = workbook();
    fake.addConditionalFormat("Sheet1", "A1", { type: "Custom", formula: "=TRUE", fill: "#FFFF00" });
    fake.addNote("Sheet1", "A1", "n");
    fake.savedSettings.set("k", { v: 1 });
    fake.settings.set("unsaved", true);
    const reopened = FakeExcel.restore(fake.serialise());
    expect(reopened.snapshot()).toEqual(fake.snapshot());
    expect(reopened.runtime().settings.get("k")).toEqual({ v: 1 });
    expect(reopened.runtime().settings.get("unsaved")).toBeNull();
  });
});
