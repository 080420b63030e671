// createOfficeEnv hands Office's own objects and enum values to the adapter.
import { createOfficeEnv } from "../../src/excel/office";

describe("createOfficeEnv", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  test("wraps Excel.run and reads Office.context once office.js has loaded", async () => {
    const settings = { get: jest.fn(), set: jest.fn(), saveAsync: jest.fn() };
    const document = { settings, getFileAsync: jest.fn() };
    const isSetSupported = jest.fn(() => true);
    g.Excel = { run: jest.fn(async (batch: (ctx: unknown) => Promise<unknown>) => batch("ctx")) };
    g.Office = {
      context: { document, requirements: { isSetSupported } },
      FileType: { Compressed: "compressed", Pdf: "pdf" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    };
    const env = createOfficeEnv();
    expect(await env.run(async (ctx) => ctx)).toBe("ctx");
    expect(env.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.9");
    expect(env.settings).toBe(settings);
    expect(env.document).toBe(document);
    expect(env.constants).toEqual({ fileType: { compressed: "compressed", pdf: "pdf" }, succeeded: "succeeded" });
    // The Excel namespace above defines no API classes: the adapter will use none of them.
    expect(env.apis).toEqual({ notes: false, comments: false, conditionalFormats: false, mergedAreas: false });
  });

  test("passes delayForCellEdit to Excel.run as its options", async () => {
    const run = jest.fn(async (...args: unknown[]) => (args.length === 2 ? (args[1] as (ctx: unknown) => unknown)("ctx") : (args[0] as (ctx: unknown) => unknown)("ctx")));
    g.Excel = { run };
    g.Office = { context: { document: { settings: {} }, requirements: { isSetSupported: () => true } }, FileType: {}, AsyncResultStatus: {} };
    const env = createOfficeEnv();
    await env.run(async (ctx) => ctx, { delayForCellEdit: true });
    expect(run.mock.calls[0][0]).toEqual({ delayForCellEdit: true });
    await env.run(async (ctx) => ctx);
    expect(run.mock.calls[1]).toHaveLength(1);
  });
});
