// 导出提交版 in Excel against the fake: marks cleared before the file is taken, the file named by
// the template, the Save As guidance on failure, and the marks restored on request.
import { createExcelHost } from "../../src/excel/host";
import { exportForSubmission, restoreMarks } from "../../src/excel/submission";
import { EVAL_SHEET, hunan, sampleFake } from "./helpers";

describe("exportForSubmission", () => {
  test("clears the marks before Excel hands over the file, and names it by unit and year", async () => {
    const fake = await sampleFake();
    const host = createExcelHost(fake.env());
    const { report } = await host.validate(hunan, { mode: "values", locale: "zh-CN" });
    expect(fake.notes.size).toBeGreaterThan(0);
    expect(fake.markAt(EVAL_SHEET, "I19")).toBe("reason");
    fake.document.files.compressed = { bytes: Uint8Array.from([80, 75, 3, 4]) };
    const getFile = fake.document.getFileAsync.bind(fake.document);
    let notesWhenTaken = -1;
    let marksWhenTaken = -1;
    fake.document.getFileAsync = ((...args: Parameters<typeof getFile>) => {
      notesWhenTaken = fake.notes.size;
      marksWhenTaken = fake.ownFormats().length;
      return getFile(...args);
    }) as typeof getFile;

    const result = await exportForSubmission(host, report);

    expect(notesWhenTaken).toBe(0);
    expect(marksWhenTaken).toBe(0);
    expect(result).toMatchObject({ kind: "file", format: "xlsx", fileName: "株洲市芦淞区商务局_2023_绩效自评表.xlsx" });
  });

  test.each([11001, 7000])("error %i and no PDF: Save As guidance, marks stay cleared", async (code) => {
    const fake = await sampleFake({ pdfFile: false });
    const host = createExcelHost(fake.env());
    const { report } = await host.validate(hunan, { mode: "values", locale: "zh-CN" });
    fake.document.files.compressed = { errorCode: code };
    const result = await exportForSubmission(host, report);
    expect(result.kind).toBe("save-as");
    expect(result.kind === "save-as" && result.guidance["zh-CN"]).toContain("文件 › 另存为");
    expect(fake.notes.size).toBe(0);
    expect(fake.document.closed).toBe(fake.document.opened);
  });

  test("a file of size 0 also leads to Save As", async () => {
    const fake = await sampleFake({ pdfFile: false });
    const host = createExcelHost(fake.env());
    const { report } = await host.validate(hunan, { mode: "values", locale: "zh-CN" });
    fake.document.files.compressed = { bytes: new Uint8Array(0) };
    expect((await exportForSubmission(host, report)).kind).toBe("save-as");
  });

  test("the marks come back on request", async () => {
    const fake = await sampleFake();
    const host = createExcelHost(fake.env());
    const { report } = await host.validate(hunan, { mode: "values", locale: "zh-CN" });
    fake.document.files.compressed = { bytes: Uint8Array.from([80, 75, 3, 4]) };
    await exportForSubmission(host, report);
    expect(fake.notes.size).toBe(0);
    // The marks describe the sheet as it is now (its recalculated fields are already written).
    const again = await restoreMarks(host, hunan, { mode: "values", locale: "zh-CN" });
    const cells = new Set(again.report.findings.map((f) => `${f.sheet}!${f.at.row},${f.at.col}`));
    expect(cells.size).toBeGreaterThan(0);
    expect(fake.notes.size).toBe(cells.size);
    expect(fake.noteAt(EVAL_SHEET, "I19")).toContain("满意度");
  });
});
