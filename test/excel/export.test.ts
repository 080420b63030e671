// 导出提交版 in Excel: getFileAsync slices, always closed, and the Save As fallback (SPEC §7).
import { exportFile, SAVE_AS_GUIDANCE, SLICE_SIZE } from "../../src/excel/export";
import { FakeExcel } from "./fake";

function bytes(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 7) % 256);
}

describe("exportFile", () => {
  test("reads every 4 MB slice of the compressed file and closes it", async () => {
    const fake = new FakeExcel();
    const file = bytes(2 * SLICE_SIZE + 1234);
    fake.document.files.compressed = { bytes: file };
    const result = await exportFile(fake.env());
    expect(result).toMatchObject({ kind: "file", format: "xlsx", failures: [] });
    expect(result.kind === "file" && Buffer.from(result.bytes).equals(Buffer.from(file))).toBe(true);
    expect(fake.document.sliceSizes).toEqual([4194304]);
    expect(fake.document.slicesRead).toBe(3);
    expect(fake.document).toMatchObject({ opened: 1, closed: 1, isOpen: false });
  });

  test.each([11001, 7000])("error %i on the .xlsx falls back to PDF where the host gives it", async (code) => {
    const fake = new FakeExcel();
    fake.document.files.compressed = { errorCode: code };
    fake.document.files.pdf = { bytes: bytes(100) };
    const result = await exportFile(fake.env());
    expect(result).toMatchObject({ kind: "file", format: "pdf", failures: [{ format: "xlsx", reason: "host-error", code }] });
    expect(fake.document.closed).toBe(fake.document.opened);
  });

  test.each([11001, 7000])("error %i with no PDF either: guide the user to 文件 › 另存为", async (code) => {
    const fake = new FakeExcel({ pdfFile: false });
    fake.document.files.compressed = { errorCode: code };
    const result = await exportFile(fake.env());
    expect(result).toEqual({
      kind: "save-as",
      failures: [
        { format: "xlsx", reason: "host-error", code, message: "getFileAsync failed" },
        { format: "pdf", reason: "unsupported" },
      ],
      guidance: SAVE_AS_GUIDANCE,
    });
    expect(SAVE_AS_GUIDANCE["zh-CN"]).toContain("文件 › 另存为");
  });

  test("a file of size 0 is a failure, and it is still closed", async () => {
    const fake = new FakeExcel();
    fake.document.files.compressed = { bytes: new Uint8Array(), size: 0 };
    fake.document.files.pdf = { bytes: new Uint8Array(), size: 0 };
    const result = await exportFile(fake.env());
    expect(result).toMatchObject({ kind: "save-as", failures: [{ format: "xlsx", reason: "empty" }, { format: "pdf", reason: "empty" }] });
    expect(fake.document).toMatchObject({ opened: 2, closed: 2, isOpen: false });
  });

  test("a slice that fails: the file is closed and the user is guided", async () => {
    const fake = new FakeExcel({ pdfFile: false });
    fake.document.files.compressed = { bytes: bytes(SLICE_SIZE + 10), failSlice: 1 };
    const result = await exportFile(fake.env());
    expect(result).toMatchObject({ kind: "save-as", failures: [{ format: "xlsx", reason: "host-error", code: 7000 }, { format: "pdf", reason: "unsupported" }] });
    expect(fake.document).toMatchObject({ opened: 1, closed: 1, isOpen: false });
  });

  test("fewer bytes than the file's size is an incomplete file", async () => {
    const fake = new FakeExcel({ pdfFile: false });
    fake.document.files.compressed = { bytes: bytes(10), size: 20 };
    const result = await exportFile(fake.env());
    expect(result).toMatchObject({ kind: "save-as", failures: [{ format: "xlsx", reason: "incomplete" }, { format: "pdf" }] });
    expect(fake.document.closed).toBe(1);
  });

  test("requirement sets the host lacks are not tried", async () => {
    const fake = new FakeExcel({ compressedFile: false, pdfFile: false });
    fake.document.files.compressed = { bytes: bytes(10) };
    const result = await exportFile(fake.env());
    expect(result).toMatchObject({ kind: "save-as", failures: [{ format: "xlsx", reason: "unsupported" }, { format: "pdf", reason: "unsupported" }] });
    expect(fake.document.opened).toBe(0);
  });

  test("only the formats asked for", async () => {
    const fake = new FakeExcel();
    fake.document.files.compressed = { errorCode: 11001 };
    fake.document.files.pdf = { bytes: bytes(10) };
    const result = await exportFile(fake.env(), { formats: ["xlsx"] });
    expect(result.kind).toBe("save-as");
  });
});
