/** @jest-environment jsdom */
// 导出提交版 in the pane (SPEC §7), both modes: validate, ask when errors remain, export; in Excel
// the Save As guidance where no download can reach the user, and 恢复标记 afterwards.
import "./setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import type { ExportResult } from "../../src/excel/export";
import { SAVE_AS_GUIDANCE } from "../../src/excel/export";
import type { Submission } from "../../src/xlsx";
import { App } from "../../src/taskpane/App";
import type { FileLike } from "../../src/taskpane/browser/BrowserHost";
import { BrowserHost } from "../../src/taskpane/browser/BrowserHost";
import type { Host } from "../../src/host/contract";
import { remainingErrors } from "../../src/taskpane/hooks/useTaskpane";
import { blobDownloadBlocked } from "../../src/taskpane/platform";
import type { FakeHost } from "./fixtures";
import { EVAL_SHEET, fakeHost, runResult, sampleBytes, sampleReport } from "./fixtures";

jest.setTimeout(30_000);

const SAMPLE_NAME = "芦淞区商务局_2023_整体支出绩效自评.xlsx";
const SUBMISSION_NAME = "株洲市芦淞区商务局_2023_绩效自评表.xlsx";

let report: Report;
beforeAll(async () => {
  report = await sampleReport();
});

// --- downloads: every Blob URL and anchor click the pane makes ----------------------------------

interface Downloads {
  blobs: Blob[];
  links: HTMLAnchorElement[];
}

let downloads: Downloads;
let restoreClick: () => void;
beforeEach(() => {
  downloads = { blobs: [], links: [] };
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      downloads.blobs.push(blob);
      return "blob:selfeval";
    }),
    revokeObjectURL: jest.fn(),
  });
  const spy = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.links.push(this);
  });
  restoreClick = () => spy.mockRestore();
});
afterEach(() => {
  restoreClick();
  delete (globalThis as { Office?: unknown }).Office;
});

function renderApp(host: Host, locale: "zh-CN" | "en" = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLocale={locale} />
    </FluentProvider>,
  );
}

/**
 * The confirmation dialog. In jsdom, tabster's modalizer leaves aria-hidden on the open surface
 * (it measures layout jsdom does not have; microsoft/fluentui#33897), so role queries inside it
 * need `hidden: true`; the end-to-end test checks the real accessibility tree in Chromium.
 */
async function exportDialog(): Promise<HTMLElement> {
  const dialog = await screen.findByTestId("export-dialog");
  expect(dialog.getAttribute("role")).toBe("alertdialog");
  return dialog;
}

function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

async function dialogClosed() {
  await waitFor(() => expect(screen.queryByTestId("export-dialog")).toBeNull());
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

// --- browser mode ---------------------------------------------------------------------------------

function fileOf(name: string, bytes: Uint8Array): FileLike {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

/** A BrowserHost whose submissions are recorded, with a spy on each one's write(). */
function recordingBrowserHost() {
  const host = new BrowserHost(memoryStorage());
  const submissions: { options: { reportSheet: boolean }; submission: Submission; write: jest.SpyInstance }[] = [];
  const original = host.submission.bind(host);
  host.submission = async (profile, options) => {
    const submission = await original(profile, options);
    submissions.push({ options, submission, write: jest.spyOn(submission, "write") });
    return submission;
  };
  return { host, submissions };
}

/** What a spied write() produced (jsdom's Blob cannot be read back), as a workbook. */
async function written(write: jest.SpyInstance): Promise<ExcelJS.Workbook> {
  const bytes = (await write.mock.results[0].value) as Uint8Array;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

async function openSampleInBrowser(host: BrowserHost) {
  const view = renderApp(host);
  await screen.findByRole("button", { name: "打开文件" });
  const input = view.container.querySelector<HTMLInputElement>("input[type=file]");
  if (!input) throw new Error("no file input");
  await act(async () => {
    fireEvent.change(input, { target: { files: [fileOf(SAMPLE_NAME, sampleBytes())] } });
  });
  await screen.findByTestId("summary");
  return view;
}

describe("browser mode", () => {
  test("errors remain: the dialog says how many; 取消 writes nothing; 继续导出 downloads the named copy", async () => {
    const { host, submissions } = recordingBrowserHost();
    await openSampleInBrowser(host);
    const option = screen.getByRole("checkbox", { name: "附加校验报告工作表" });
    expect((option as HTMLInputElement).checked).toBe(false);

    await click(screen.getByRole("button", { name: "导出提交版" }));
    const dialog = await exportDialog();
    expect(within(dialog).getByTestId("export-dialog-message").textContent).toBe("仍有 1 个错误，确定要导出提交版吗？");
    // The count is the copy's own: prepared, not yet written.
    expect(submissions).toHaveLength(1);
    expect(submissions[0].submission.fileName).toBe(SUBMISSION_NAME);

    await click(dialogButton(dialog, "取消"));
    await dialogClosed();
    expect(submissions[0].write).not.toHaveBeenCalled();
    expect(downloads.blobs).toHaveLength(0);
    expect(downloads.links).toHaveLength(0);
    expect(screen.queryByText(/已生成提交版/)).toBeNull();

    // Again, with the 校验报告 sheet, and going on.
    await click(option);
    expect((option as HTMLInputElement).checked).toBe(true);
    await click(screen.getByRole("button", { name: "导出提交版" }));
    await click(dialogButton(await exportDialog(), "继续导出"));
    await screen.findByText(`已生成提交版 ${SUBMISSION_NAME}（含校验报告工作表），原文件不变。`);
    expect(submissions).toHaveLength(2);
    expect(submissions[1].options.reportSheet).toBe(true);
    expect(submissions[1].write).toHaveBeenCalledTimes(1);
    expect(downloads.links).toHaveLength(1);
    expect(downloads.links[0].download).toBe(SUBMISSION_NAME);

    expect(downloads.blobs[0].size).toBeGreaterThan(0);
    const wb = await written(submissions[1].write);
    expect(wb.worksheets.at(-1)?.name).toBe("校验报告");
    expect(wb.getWorksheet(EVAL_SHEET)?.getCell("H5").value).toBe(9.9);
  });

  test("an accepted score goes into the submission; the file's own copy is untouched", async () => {
    const { host, submissions } = recordingBrowserHost();
    const { container } = await openSampleInBrowser(host);
    const h20 = container.querySelector<HTMLElement>(`li[data-rule="indicator-score"][data-cell="${EVAL_SHEET}!H20"]`) as HTMLElement;
    await click(within(h20).getByRole("button", { name: /采用建议 16\.84/ }));
    await screen.findByText("已采用 1 条建议。");
    await click(screen.getByRole("button", { name: "导出提交版" }));
    await click(dialogButton(await exportDialog(), "继续导出"));
    await screen.findByText(/已生成提交版/);
    const wb = await written(submissions[0].write);
    const ws = wb.getWorksheet(EVAL_SHEET);
    expect(ws?.getCell("H20").value).toBe(16.84);
    expect((ws?.getCell("H21").value as ExcelJS.CellFormulaValue).result).toBeCloseTo(93.74, 10);
    expect(wb.getWorksheet("校验报告")).toBeUndefined();
    const evalReport = submissions[0].submission.report.templates.find((t) => t.sheet === EVAL_SHEET);
    expect(evalReport?.score?.entered).toBe("93.74");
    // Exporting changed nothing the pane shows: the in-memory copy is as accepted.
    expect(host.sheet(host.getSnapshot().activeId as string, EVAL_SHEET)?.cells[19]?.[7]?.value).toBe(16.84);
  });
});

// --- Excel mode -------------------------------------------------------------------------------------

type FakeExcelHost = FakeHost & { exportFile: jest.Mock };

function fakeExcelHost(exported: ExportResult, result = runResult(report)): FakeExcelHost {
  return Object.assign(fakeHost(result), { exportFile: jest.fn().mockResolvedValue(exported) });
}

const SAVE_AS: ExportResult = { kind: "save-as", failures: [{ format: "xlsx", reason: "unsupported" }], guidance: SAVE_AS_GUIDANCE };
const XLSX_FILE: ExportResult = { kind: "file", format: "xlsx", bytes: new Uint8Array([80, 75, 3, 4]), failures: [] };

async function validatedInExcel(host: FakeHost, locale: "zh-CN" | "en" = "zh-CN") {
  renderApp(host, locale);
  await waitFor(() => expect(host.loadSettings).toHaveBeenCalled());
  await click(await screen.findByRole("button", { name: locale === "zh-CN" ? "校验并评分" : "Validate and score" }));
  await screen.findByTestId("summary");
}

async function exportConfirmed(locale: "zh-CN" | "en" = "zh-CN") {
  await click(screen.getByRole("button", { name: locale === "zh-CN" ? "导出提交版" : "Export submission copy" }));
  await click(dialogButton(await exportDialog(), locale === "zh-CN" ? "继续导出" : "Export anyway"));
  await dialogClosed();
}

describe("Excel mode", () => {
  test("no report-sheet option; the last run is used; cancel clears nothing", async () => {
    const host = fakeExcelHost(SAVE_AS);
    await validatedInExcel(host);
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.queryByText(/校验报告/)).toBeNull();
    await click(screen.getByRole("button", { name: "导出提交版" }));
    const dialog = await exportDialog();
    expect(within(dialog).getByTestId("export-dialog-message").textContent).toBe("仍有 1 个错误，确定要导出提交版吗？");
    await click(dialogButton(dialog, "取消"));
    await dialogClosed();
    expect(host.validate).toHaveBeenCalledTimes(1); // the run was current
    expect(host.clearMarks).not.toHaveBeenCalled();
    expect(host.exportFile).not.toHaveBeenCalled();
  });

  test("save-as: the guidance shows (文件 › 另存为, the file name); 恢复标记 validates again", async () => {
    const host = fakeExcelHost(SAVE_AS);
    await validatedInExcel(host);
    await exportConfirmed();
    expect(host.clearMarks).toHaveBeenCalledTimes(1);
    expect(host.exportFile).toHaveBeenCalledTimes(1);
    const bar = await screen.findByTestId("save-as");
    expect(bar.textContent).toContain("请用「文件 › 另存为」保存提交版");
    expect(bar.textContent).toContain(SAVE_AS_GUIDANCE["zh-CN"]);
    expect(bar.textContent).toContain(`建议文件名：${SUBMISSION_NAME}`);
    expect(downloads.links).toHaveLength(0);
    // The marks are gone: 清除标记 has nothing left to clear.
    expect(screen.getByRole("button", { name: "清除标记" }).getAttribute("aria-disabled")).toBe("true");

    await click(within(bar).getByRole("button", { name: "恢复标记" }));
    expect(host.validate).toHaveBeenCalledTimes(2);
    const [profile, options] = host.validate.mock.calls[1];
    expect(profile.id).toBe("default");
    expect(options).toEqual({ mode: "values", locale: "zh-CN" });
    await screen.findByText(/已写入 3 个单元格，标记 8 个单元格。/);
    expect(screen.queryByTestId("save-as")).toBeNull();
    expect(screen.getByRole("button", { name: "清除标记" }).getAttribute("aria-disabled")).not.toBe("true");
  });

  test("a file: downloaded by name where Blob downloads work", async () => {
    (globalThis as { Office?: unknown }).Office = { context: { platform: "PC" }, PlatformType: { Mac: "Mac", PC: "PC" } };
    const host = fakeExcelHost(XLSX_FILE);
    await validatedInExcel(host);
    await exportConfirmed();
    await screen.findByText(`已导出提交版 ${SUBMISSION_NAME}。工作簿中的标记已清除。`);
    expect(downloads.links.map((a) => a.download)).toEqual([SUBMISSION_NAME]);
    expect(downloads.blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(screen.getByRole("button", { name: "恢复标记" })).toBeTruthy();
  });

  test("a file on Mac: no Blob download, the Save As guidance instead (English)", async () => {
    (globalThis as { Office?: unknown }).Office = { context: { platform: "Mac" }, PlatformType: { Mac: "Mac", PC: "PC" } };
    const host = fakeExcelHost(XLSX_FILE);
    await validatedInExcel(host, "en");
    await click(screen.getByRole("button", { name: "Export submission copy" }));
    const dialog = await exportDialog();
    expect(within(dialog).getByTestId("export-dialog-message").textContent).toBe("There is still 1 error. Export the submission copy anyway?");
    expect(dialog.textContent).toContain("Errors remain");
    await click(dialogButton(dialog, "Export anyway"));
    const bar = await screen.findByTestId("save-as");
    expect(bar.textContent).toContain("Save the copy with File › Save As");
    expect(bar.textContent).toContain("This Excel cannot download files from an add-in.");
    expect(bar.textContent).toContain(`Suggested file name: ${SUBMISSION_NAME}`);
    expect(downloads.links).toHaveLength(0);
    expect(within(bar).getByRole("button", { name: "Restore marks" })).toBeTruthy();
  });

  test("no errors: no question; a run made stale by an accept is validated again", async () => {
    const clean: Report = { ...report, findings: report.findings.filter((f) => f.severity !== "error") };
    const host = fakeExcelHost(XLSX_FILE, runResult(clean));
    await validatedInExcel(host);
    await click(screen.getAllByRole("button", { name: /^采用建议/ })[0]);
    expect(host.accept).toHaveBeenCalledTimes(1);
    await click(screen.getByRole("button", { name: "导出提交版" }));
    await screen.findByText(/已导出提交版/);
    expect(screen.queryByTestId("export-dialog")).toBeNull();
    expect(host.validate).toHaveBeenCalledTimes(2);
    expect(host.exportFile).toHaveBeenCalledTimes(1);
  });

  test("an Excel host without exportFile offers no export", async () => {
    await validatedInExcel(fakeHost(runResult(report)));
    expect(screen.queryByRole("button", { name: "导出提交版" })).toBeNull();
  });
});

// --- the pieces ----------------------------------------------------------------------------------

test("remainingErrors: errors on cells the Excel run rewrote are gone, unless the sheet is protected", () => {
  const h21 = { row: 20, col: 7 };
  const withTotal: Report = {
    ...report,
    findings: [...report.findings, { rule: "total-score", severity: "error", sheet: EVAL_SHEET, at: h21, messageId: "x", data: {} }],
    recalculations: [...report.recalculations, { sheet: EVAL_SHEET, at: h21, field: "totalScore", value: "95.9", fillsEmpty: false, unchanged: false }],
  };
  expect(remainingErrors(runResult(report))).toBe(1);
  expect(remainingErrors(runResult(withTotal))).toBe(1);
  expect(remainingErrors(runResult(withTotal, { protectedSheets: [EVAL_SHEET] }))).toBe(2);
});

test("blobDownloadBlocked: Mac always, PDF on Windows, nothing outside Office", () => {
  const office = (platform: string) => ({ context: { platform }, PlatformType: { Mac: "Mac", PC: "PC" } });
  expect(blobDownloadBlocked("xlsx", office("Mac"))).toBe(true);
  expect(blobDownloadBlocked("pdf", office("PC"))).toBe(true);
  expect(blobDownloadBlocked("xlsx", office("PC"))).toBe(false);
  expect(blobDownloadBlocked("pdf", office("OfficeOnline"))).toBe(false);
  expect(blobDownloadBlocked("xlsx", undefined)).toBe(false);
  const throwing = {
    get context(): { platform?: unknown } {
      throw new Error("outside Office");
    },
  };
  expect(blobDownloadBlocked("xlsx", throwing)).toBe(false);
});
