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
  });
});
