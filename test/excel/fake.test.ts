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
});
