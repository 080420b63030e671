import { readWorkbook, WorkbookReadError } from "../../src/xlsx/read";
import type { WorkbookReadErrorCode } from "../../src/xlsx/read";
import { cellAt, sheet, xlsxBytes } from "./helpers";

describe("readWorkbook: values", () => {
  it("keeps numbers with their number format, and leaves General out", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = 0.9899;
      ws.getCell("A1").numFmt = "0.00%";
      ws.getCell("A2").value = 12.5;
    });
    const s = sheet((await readWorkbook(bytes)).grid, "表");
    expect(cellAt(s, "A1")).toEqual({ value: 0.9899, numFmt: "0.00%" });
    expect(cellAt(s, "A2")).toEqual({ value: 12.5 });
  });

  it("keeps full-width digits, booleans and blank-looking text as typed", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "１２３．４５";
      ws.getCell("A2").value = true;
      ws.getCell("A3").value = " ";
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(cellAt(s, "A1")).toEqual({ value: "１２３．４５" });
    expect(cellAt(s, "A2")).toEqual({ value: true });
    expect(cellAt(s, "A3")).toEqual({ value: " " });
  });

  it("flattens rich text and hyperlinks to their text", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { richText: [{ text: "执行率" }, { text: "（%）", font: { bold: true } }] };
      ws.getCell("A2").value = { text: "财政局", hyperlink: "https://example.gov.cn" };
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(cellAt(s, "A1")?.value).toBe("执行率（%）");
    expect(cellAt(s, "A2")?.value).toBe("财政局");
  });

  it("reads dates as ISO day text", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = new Date(Date.UTC(2023, 11, 31));
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(cellAt(s, "A1")?.value).toBe("2023-12-31");
  });

  it("reads error values", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = { error: "#DIV/0!" };
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(cellAt(s, "A1")).toEqual({ value: { error: "#DIV/0!" } });
  });

  it("accepts ArrayBuffer, Uint8Array and Buffer", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    for (const input of [bytes, arrayBuffer, Buffer.from(bytes)]) {
      expect(cellAt(sheet((await readWorkbook(input)).grid, "S"), "A1")?.value).toBe(1);
    }
  });
});

describe("readWorkbook: formulas", () => {
  it("gives the cached result as value and the formula text without '='", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("B1").value = 1;
      ws.getCell("C1").value = 2;
      ws.getCell("A1").value = { formula: "B1/C1", result: 0.5 };
      ws.getCell("A1").numFmt = "0.00%";
      ws.getCell("A2").value = { formula: "B1-B1", result: 0 };
      ws.getCell("A3").value = { formula: "B1/0", result: { error: "#DIV/0!" } };
      ws.getCell("A4").value = { formula: "B1+C1" } as never; // no cached result, as after some generators
      ws.getCell("A5").value = { formula: 'IF(B1>0,"是","否")', result: "是" };
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(cellAt(s, "A1")).toEqual({ value: 0.5, formula: "B1/C1", numFmt: "0.00%" });
    // ExcelJS's `cell.value` drops a falsy cached result; the adapter must not.
    expect(cellAt(s, "A2")).toEqual({ value: 0, formula: "B1-B1" });
    expect(cellAt(s, "A3")).toEqual({ value: { error: "#DIV/0!" }, formula: "B1/0" });
    expect(cellAt(s, "A4")).toEqual({ value: null, formula: "B1+C1" });
    expect(cellAt(s, "A5")).toEqual({ value: "是", formula: 'IF(B1>0,"是","否")' });
  });

  it("translates shared (filled-down) formulas for every clone", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getColumn(1).values = [null, 10, 20, 30] as never;
      ws.getColumn(2).values = [null, 20, 40, 0] as never;
      ws.fillFormula("C2:C4", "A2/B2", [0.5, 0.5, { error: "#DIV/0!" }] as never);
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(cellAt(s, "C2")).toEqual({ value: 0.5, formula: "A2/B2" });
    expect(cellAt(s, "C3")).toEqual({ value: 0.5, formula: "A3/B3" });
    expect(cellAt(s, "C4")).toEqual({ value: { error: "#DIV/0!" }, formula: "A4/B4" });
  });
});

describe("readWorkbook: sheets", () => {
  it("keeps merged values in the master only and lists the merges 0-based", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.mergeCells("B2:D3");
      ws.getCell("B2").value = "项目名称";
      ws.mergeCells("A5:A7");
      ws.getCell("A5").value = 100;
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(cellAt(s, "B2")).toEqual({ value: "项目名称" });
    for (const slave of ["C2", "D2", "B3", "C3", "D3", "A6", "A7"]) expect(cellAt(s, slave)).toBeUndefined();
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 4, left: 0, bottom: 6, right: 0 },
    ]);
  });

  it("reads every sheet in tab order, hidden ones included, and flags protection", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("封面").getCell("A1").value = "x";
      wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "y";
      const locked = wb.addWorksheet("锁定");
      locked.getCell("A1").value = "z";
      void locked.protect("", {});
    });
    const { grid } = await readWorkbook(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(["封面", "隐藏", "锁定"]);
    expect(grid.sheets.map((s) => s.protected ?? false)).toEqual([false, false, true]);
  });

  it("leaves no hole rows, so the engine can iterate rows without guards", async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.getCell("C5").value = 2;
    });
    const s = sheet((await readWorkbook(bytes)).grid, "S");
    expect(s.cells).toHaveLength(5);
    for (const row of s.cells) expect(Array.isArray(row)).toBe(true);
    expect(cellAt(s, "C5")?.value).toBe(2);
  });
});

describe("readWorkbook: unreadable input", () => {
  async function codeOf(data: Uint8Array): Promise<{ code: WorkbookReadErrorCode; message: string }> {
    try {
      await readWorkbook(data);
    } catch (err) {
      if (err instanceof WorkbookReadError) return { code: err.code, message: err.message };
      throw err;
    }
    throw new Error("expected a WorkbookReadError");
  }

  const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  it("0 bytes → empty", async () => {
    expect(await codeOf(new Uint8Array(0))).toEqual({ code: "empty", message: "文件为空（0 字节） / The file is empty (0 bytes)" });
  });

  it("an OLE2 container without a workbook stream (a .doc) → not-xlsx, named as such", async () => {
    const doc = new Uint8Array(512);
    doc.set(ole2);
    const { code, message } = await codeOf(doc);
    expect(code).toBe("not-xlsx");
    expect(message).toBe("这不是可读取的 .xls 工作簿：文件中没有工作簿数据 / This is not a readable .xls workbook: the file holds no workbook stream");
  });

  it("a damaged .xls (OLE2 with a Workbook stream name, nothing readable) → unreadable, one line", async () => {
    const name = Array.from("Workbook").flatMap((ch) => [ch.charCodeAt(0), 0]);
    const xls = new Uint8Array(2048);
    xls.set(ole2);
    xls.set(name, 1100);
    const { code, message } = await codeOf(xls);
    expect(code).toBe("unreadable");
    expect(message).not.toMatch(/\n/);
  });

  it("OLE2 holding an EncryptedPackage (an .xlsx with an open password) → unreadable, not 'save as .xlsx'", async () => {
    const name = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);
    const encrypted = new Uint8Array(1024);
    encrypted.set(ole2);
    encrypted.set(name, 600);
    const { code, message } = await codeOf(encrypted);
    expect(code).toBe("unreadable");
    expect(message).toMatch(/密码.*password/);
  });

  it("random bytes → not-xlsx", async () => {
    expect((await codeOf(new TextEncoder().encode("项目名称,执行率\n办公经费,99%\n"))).code).toBe("not-xlsx");
  });

  it("a zip that is not a workbook → not-xlsx", async () => {
    // The smallest valid zip: an end-of-central-directory record and no entries.
    const emptyZip = new Uint8Array(22);
    emptyZip.set([0x50, 0x4b, 0x05, 0x06]);
    expect((await codeOf(emptyZip)).code).toBe("not-xlsx");
  });

  it("the first half of a real .xlsx → truncated", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect((await codeOf(bytes.slice(0, Math.floor(bytes.length / 2)))).code).toBe("truncated");
  });

  it("a damaged zip body → a typed error, never a raw exception", async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    const damaged = bytes.slice();
    damaged.fill(0x41, 30, Math.floor(bytes.length * 0.8)); // keep the headers and the zip's end
    const { code, message } = await codeOf(damaged);
    expect(["truncated", "unreadable"]).toContain(code);
    expect(message).not.toMatch(/\n/);
  });
});
