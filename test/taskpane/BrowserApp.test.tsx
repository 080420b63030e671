/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { FileLike } from "../../src/taskpane/browser/BrowserHost";
import { BrowserHost } from "../../src/taskpane/browser/BrowserHost";
import { EVAL_SHEET, sampleBytes } from "./fixtures";

jest.setTimeout(30_000);

const SAMPLE_NAME = "芦淞区商务局_2023_整体支出绩效自评.xlsx";

/** jsdom's File has no arrayBuffer(); the pane only needs name, size and arrayBuffer. */
function fileOf(name: string, bytes: Uint8Array): FileLike {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

async function renderBrowserApp() {
  const host = new BrowserHost(memoryStorage());
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLocale="zh-CN" />
    </FluentProvider>,
  );
  await screen.findByRole("button", { name: "打开文件" });
  return { host, ...view };
}

async function openViaInput(container: HTMLElement, files: FileLike[]) {
  const input = container.querySelector<HTMLInputElement>("input[type=file]");
  if (!input) throw new Error("no file input");
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
}

test("before a file: browser mode, 校验并评分 not yet available, the drop hint shows", async () => {
  await renderBrowserApp();
  expect(screen.getByTestId("mode").textContent).toBe("浏览器模式");
  expect(screen.getByRole("button", { name: "校验并评分" }).getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByText(/文件只在本机浏览器中处理，不会上传/)).toBeTruthy();
  // The actions on a run appear with the run.
  expect(screen.queryByRole("button", { name: "下载校验副本" })).toBeNull();
});

test("open a file → checked at once; a finding shows the sheet preview with its cell", async () => {
  const { container } = await renderBrowserApp();
  await openViaInput(container, [fileOf(SAMPLE_NAME, sampleBytes())]);
  expect((await screen.findByTestId("recommended-total")).textContent).toBe("94.99");
  expect(screen.getByTestId("current-file").textContent).toBe(SAMPLE_NAME);
  // Browser mode offers what it supports on the in-memory copy, plus the download.
  for (const name of ["全部采用（3）", "清除标记", "撤销", "下载校验副本"]) expect(screen.getByRole("button", { name })).toBeTruthy();

  const reason = container.querySelector<HTMLElement>(`li[data-rule="reason-required"]`);
  await act(async () => {
    fireEvent.click(within(reason as HTMLElement).getAllByRole("button")[0]);
  });
  const preview = await screen.findByTestId("preview");
  expect(preview.dataset.sheet).toBe(EVAL_SHEET);
  const selected = preview.querySelector<HTMLElement>("[data-selected='true']");
  expect(selected?.dataset.cell).toBe("I19");
  expect(selected?.dataset.mark).toBe("reason");
  // Values as displayed: 执行率 as a percent; merged areas as spans.
  expect(preview.querySelector("[data-cell='G5']")?.textContent).toBe("98.99%");
  expect(preview.querySelectorAll("td[colspan], td[rowspan]").length).toBeGreaterThan(0);
  // The region is focusable so that keyboard users can scroll it.
  expect(preview.querySelector("[role=region]")?.getAttribute("tabindex")).toBe("0");
});

test("accept re-checks the in-memory copy; undo goes back to the original", async () => {
  const { container } = await renderBrowserApp();
  await openViaInput(container, [fileOf(SAMPLE_NAME, sampleBytes())]);
  await screen.findByTestId("summary");
  const h20 = () => container.querySelector<HTMLElement>(`li[data-rule="indicator-score"][data-cell="${EVAL_SHEET}!H20"]`);
  expect(h20()?.closest<HTMLElement>("[data-severity]")?.dataset.severity).toBe("warning");
  await act(async () => {
    fireEvent.click(within(h20() as HTMLElement).getByRole("button", { name: /采用建议 16\.84/ }));
  });
  // 16.84 is what 采用建议 writes (ŝ at two decimals): after the re-check the finding is gone.
  await waitFor(() => expect(h20()).toBeNull());
  expect(screen.getByTestId("entered-total").textContent).toBe("93.64");
  expect(screen.getByText("已采用 1 条建议。")).toBeTruthy();
  // No total-score error: the 总分 formula followed the accepted score.
  expect(container.querySelector(`li[data-rule="total-score"]`)).toBeNull();

  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "撤销" }));
  });
  await waitFor(() => expect(screen.getByTestId("entered-total").textContent).toBe("95.8"));
  expect(screen.getByText("已恢复为打开时的原始文件。")).toBeTruthy();
  expect(screen.getByRole("button", { name: "撤销" }).getAttribute("aria-disabled")).toBe("true");
});

test("下载校验副本 hands a Blob URL named <original>.checked.xlsx to the browser", async () => {
  const { container } = await renderBrowserApp();
  await openViaInput(container, [fileOf(SAMPLE_NAME, sampleBytes())]);
  await screen.findByTestId("summary");
  const createObjectURL = jest.fn(() => "blob:selfeval");
  const revokeObjectURL = jest.fn();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
  const clicks: HTMLAnchorElement[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this);
  });
  try {
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "下载校验副本" }));
    });
    await screen.findByText("已生成 芦淞区商务局_2023_整体支出绩效自评.checked.xlsx。");
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveLength(1);
    expect(clicks[0].download).toBe("芦淞区商务局_2023_整体支出绩效自评.checked.xlsx");
    expect(clicks[0].href).toBe("blob:selfeval");
  } finally {
    click.mockRestore();
  }
});

test("unusable files show a clear message and the page stays usable", async () => {
  const { container } = await renderBrowserApp();
  const legacy = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 9, 9, 9, 9]);
  await openViaInput(container, [fileOf("旧表.xls", legacy)]);
  const error = await screen.findByTestId("file-error");
  expect(error.textContent).toContain("「旧表.xls」：这不是可读取的 .xls 工作簿：文件中没有工作簿数据");
  expect(screen.getByRole("button", { name: "校验并评分" }).getAttribute("aria-disabled")).toBe("true");

  // Dropping files onto the pane opens them too.
  const root = container.querySelector<HTMLElement>("[data-mode='browser']") as HTMLElement;
  await act(async () => {
    fireEvent.drop(root, { dataTransfer: { files: [fileOf(SAMPLE_NAME, sampleBytes())], types: ["Files"] } });
  });
  expect((await screen.findByTestId("recommended-total")).textContent).toBe("94.99");
  fireEvent.click(within(error).getByRole("button", { name: "关闭" }));
  expect(screen.queryByTestId("file-error")).toBeNull();
});

test("several files: the review table lists each table, sorts, and a file's name opens its findings", async () => {
  const { container } = await renderBrowserApp();
  const other = { ...fileOf("副本.xlsx", sampleBytes()) };
  const broken = fileOf("坏.xlsx", sampleBytes().slice(0, 6000));
  await openViaInput(container, [fileOf(SAMPLE_NAME, sampleBytes()), other, broken]);
  await screen.findByTestId("review-table");
  await waitFor(() => expect(screen.getAllByTestId("review-row")).toHaveLength(5));
  const rows = () => screen.getAllByTestId("review-row").map((tr) => [tr.getAttribute("data-file"), tr.querySelector("[data-column=recommended]")?.textContent]);
  expect(rows()).toEqual([
    [SAMPLE_NAME, ""],
    [SAMPLE_NAME, "94.99"],
    ["副本.xlsx", ""],
    ["副本.xlsx", "94.99"],
    ["坏.xlsx", ""],
  ]);
  expect(screen.getAllByTestId("review-row")[4].querySelector("[data-column=unusable]")?.textContent).toContain("文件不完整");
  expect(screen.getByTestId("review-caption").textContent).toMatch(/^3 个文件（1 个无法使用），2 错误，6 警告/);
  fireEvent.click(screen.getByRole("button", { name: "按「建议总分」排序" }));
  expect(rows().map((r) => r[1])).toEqual(["94.99", "94.99", "", "", ""]);
  await act(async () => {
    fireEvent.click(screen.getAllByRole("button", { name: "查看「副本.xlsx」的问题" })[0]);
  });
  await waitFor(() => expect(screen.getByTestId("summary").textContent).toContain("副本.xlsx"));
  expect(screen.getAllByTestId("review-row").filter((tr) => tr.getAttribute("aria-current") === "true").map((tr) => tr.getAttribute("data-file"))).toEqual(["副本.xlsx", "副本.xlsx"]);
});
