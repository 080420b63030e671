/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Report, Severity } from "../../src/engine/report";
import { App } from "../../src/taskpane/App";
import type { Host } from "../../src/host/contract";
import type { FakeHost } from "./fixtures";
import { at, BASE_SHEET, BUREAU_PROFILE, EVAL_SHEET, fakeHost, runResult, sampleReport } from "./fixtures";

jest.setTimeout(30_000);

let report: Report;
beforeAll(async () => {
  report = await sampleReport();
});

function renderApp(host: Host, locale: "zh-CN" | "en" = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialLocale={locale} />
    </FluentProvider>,
  );
}

async function validated(host: FakeHost, locale: "zh-CN" | "en" = "zh-CN") {
  const view = renderApp(host, locale);
  await waitFor(() => expect(host.loadSettings).toHaveBeenCalled());
  const button = await screen.findByRole("button", { name: locale === "zh-CN" ? "校验并评分" : "Validate and score" });
  await act(async () => {
    fireEvent.click(button);
  });
  await screen.findByTestId("summary");
  return view;
}

function findingItems(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>("li[data-rule]"));
}

function item(container: HTMLElement, rule: string, cell: string): HTMLElement {
  const found = findingItems(container).find((li) => li.dataset.rule === rule && li.dataset.cell === cell);
  if (!found) throw new Error(`no finding ${rule} at ${cell}`);
  return found;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

describe("App with an Excel host", () => {
  test("runs the validation with the saved settings and shows the summary", async () => {
    const host = fakeHost(runResult(report));
    await validated(host);
    expect(host.validate).toHaveBeenCalledTimes(1);
    const [profile, options] = host.validate.mock.calls[0];
    expect(profile.id).toBe("default");
    expect(options).toEqual({ mode: "values", locale: "zh-CN" });
    expect(screen.getByTestId("recommended-total").textContent).toBe("94.99");
    expect(screen.getByTestId("entered-total").textContent).toBe("95.8");
    expect(screen.getByTestId("grade").textContent).toBe("优");
    const counts = screen.getByTestId("counts");
    expect(within(counts).getByText("1 个错误")).toBeTruthy();
    expect(within(counts).getByText("3 个警告")).toBeTruthy();
    // Recalculated cells are listed (SPEC §6).
    const recalculated = screen.getByTestId("recalculated");
    expect(recalculated.textContent).toContain(`${EVAL_SHEET}!H5`);
    expect(recalculated.textContent).toContain("9.90");
    expect(screen.getByText("已写入 3 个单元格，标记 8 个单元格。 问题说明已写入单元格备注。")).toBeTruthy();
  });

  test("groups findings by severity (errors first), then by sheet", async () => {
    const host = fakeHost(runResult(report));
    const { container } = await validated(host);
    const items = findingItems(container);
    expect(items).toHaveLength(report.findings.length);
    const severities = items.map((li) => li.closest<HTMLElement>("[data-severity]")?.dataset.severity as Severity);
    expect(severities).toEqual([...severities].sort((a, b) => RANK[a] - RANK[b]));
    expect(severities[0]).toBe("error");
    expect(severities).toContain("warning");
    expect(severities).toContain("info");
    // Inside a severity, one group per sheet: a sheet name never comes back after another sheet.
    for (const severity of ["error", "warning", "info"] as const) {
      const sheets = items.filter((_, i) => severities[i] === severity).map((li) => li.closest("section")?.querySelector("h4")?.textContent);
      const order = sheets.filter((s, i) => s !== sheets[i - 1]);
      expect(new Set(order).size).toBe(order.length);
    }
    // The seed's one error comes first; the warnings are the ones SPEC §5 names.
    expect(items[0].dataset.rule).toBe("reason-required");
    expect(items[0].dataset.cell).toBe(`${EVAL_SHEET}!I19`);
    const warnings = items.filter((_, i) => severities[i] === "warning").map((li) => li.dataset.rule);
    expect(warnings.sort()).toEqual(["execution-score", "indicator-score", "over-target"]);
    const infoSheets = items.filter((_, i) => severities[i] === "info").map((li) => li.dataset.cell?.split("!")[0]);
    expect(infoSheets.indexOf(BASE_SHEET)).toBeLessThan(infoSheets.indexOf(EVAL_SHEET));
    // Each row shows the cell, the rendered message and the entered and expected values.
    const row = item(container, "indicator-score", `${EVAL_SHEET}!H20`);
    // Titled by the indicator (not the address), with the cell beside it and what to do.
    expect(within(row).getByTestId("finding-title").textContent).toBe("基本支出预算成本");
    expect(row.textContent).toContain("H20");
    expect(within(row).getByTestId("finding-todo").textContent).toBe("核对得分；没有特别理由时，采用建议得分 16.84。");
    expect(row.textContent).toContain("基本支出预算成本");
    expect(row.textContent).toContain("表中 19");
    expect(row.textContent).toContain("应为 16.84");
    // One problem, one finding: the 满意度 error carries met-but-deducted's finding as its detail.
    const reason = item(container, "reason-required", `${EVAL_SHEET}!I19`);
    expect(within(reason).getByTestId("finding-details").textContent).toBe("· 达成却扣分（H19）：“满意度”已达成指标（90% → 98%），得分 9 低于分值 10");
    expect(within(row).queryByTestId("finding-details")).toBeNull();
  });

  test("a finding is a button that selects its cell (the 满意度 reason cell of 附件3)", async () => {
    const host = fakeHost(runResult(report));
    const { container } = await validated(host);
    const target = within(item(container, "reason-required", `${EVAL_SHEET}!I19`)).getAllByRole("button")[0];
    expect(target.tagName).toBe("BUTTON"); // native button: Enter and Space activate it
    await act(async () => {
      fireEvent.click(target);
    });
    expect(host.select).toHaveBeenCalledWith(EVAL_SHEET, at("I19"));
    expect(target.getAttribute("aria-current")).toBe("true");
  });

  test("采用建议 accepts one suggestion; 全部采用 the others", async () => {
    const host = fakeHost(runResult(report));
    const { container } = await validated(host);
    const row = item(container, "indicator-score", `${EVAL_SHEET}!H20`);
    await act(async () => {
      fireEvent.click(within(row).getByRole("button", { name: /采用建议 16\.84/ }));
    });
    expect(host.accept).toHaveBeenCalledWith([{ sheet: EVAL_SHEET, at: at("H20"), value: "16.84" }]);
    // Excel mode does not re-run (that would restart 撤销's snapshot): the finding shows it was accepted.
    expect(within(item(container, "indicator-score", `${EVAL_SHEET}!H20`)).getByText(/已采用/)).toBeTruthy();
    expect(host.validate).toHaveBeenCalledTimes(1);

    const acceptAll = screen.getByRole("button", { name: "全部采用（2）" });
    await act(async () => {
      fireEvent.click(acceptAll);
    });
    expect(host.accept).toHaveBeenLastCalledWith([
      { sheet: EVAL_SHEET, at: at("H19"), value: "10" },
      { sheet: EVAL_SHEET, at: at("H5"), value: "9.90" },
    ]);
    expect(screen.getByText("已采用 2 条建议。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "全部采用（0）" }).getAttribute("aria-disabled")).toBe("true");
  });

  test("全部采用 on a fresh run sends every suggestion", async () => {
    const host = fakeHost(runResult(report));
    await validated(host);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "全部采用（3）" }));
    });
    expect(host.accept).toHaveBeenCalledTimes(1);
    // Errors first: the 满意度 finding (raise to 10, or give a reason) leads.
    expect(host.accept.mock.calls[0][0]).toEqual([
      { sheet: EVAL_SHEET, at: at("H19"), value: "10" },
      { sheet: EVAL_SHEET, at: at("H5"), value: "9.90" },
      { sheet: EVAL_SHEET, at: at("H20"), value: "16.84" },
    ]);
  });

  test("清除标记 and 撤销 call the host; undo clears the results", async () => {
    const host = fakeHost(runResult(report));
    await validated(host);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    });
    expect(host.clearMarks).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/已清除标记/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "清除标记" }).getAttribute("aria-disabled")).toBe("true");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "撤销" }));
    });
    expect(host.undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("summary")).toBeNull();
    // The action buttons went with the run; the focus went to 校验并评分, not to the page.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "校验并评分" }));
    expect(screen.getByText(/已撤销/)).toBeTruthy();
  });

  test("settings are loaded with loadSettings and saved with saveSettings", async () => {
    const host = fakeHost(runResult(report), { profile: "hunan-dept", mode: "formulas" });
    renderApp(host);
    await waitFor(() => expect(host.loadSettings).toHaveBeenCalled());
    fireEvent.click(await screen.findByRole("button", { name: "设置" }));
    const profile = (await screen.findByLabelText("规则配置")) as HTMLSelectElement;
    await waitFor(() => expect(profile.value).toBe("hunan-dept"));
    expect((screen.getByRole("radio", { name: "公式" }) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(profile, { target: { value: "default" } });
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: "default", mode: "formulas", locale: "zh-CN" });
    fireEvent.click(screen.getByRole("radio", { name: "数值" }));
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: "default", mode: "values", locale: "zh-CN" });
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: "default", mode: "values", locale: "en" });

    // The pane is in English now, and the next run uses the new settings.
    const validate = await screen.findByRole("button", { name: "Validate and score" });
    await act(async () => {
      fireEvent.click(validate);
    });
    expect(host.validate).toHaveBeenCalledWith(expect.objectContaining({ id: "default" }), { mode: "values", locale: "en" });
    expect(await screen.findByText("Findings")).toBeTruthy();
  });

  test("a saved language wins over the detected one", async () => {
    const host = fakeHost(runResult(report), { locale: "en" });
    renderApp(host, "zh-CN");
    expect(await screen.findByRole("button", { name: "Validate and score" })).toBeTruthy();
  });

  test("host errors show in a MessageBar in the user's language", async () => {
    const host = fakeHost(runResult(report));
    host.validate.mockRejectedValueOnce(
      Object.assign(new Error("x"), { messageZh: "工作表「附件3」受保护，未写入任何内容", messageEn: 'Sheet "附件3" is protected; nothing was written' }),
    );
    renderApp(host);
    const button = await screen.findByRole("button", { name: "校验并评分" });
    await act(async () => {
      fireEvent.click(button);
    });
    expect((await screen.findByTestId("error-message")).textContent).toContain("工作表「附件3」受保护，未写入任何内容");
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    fireEvent.click(await screen.findByRole("radio", { name: "English" }));
    expect(screen.getByTestId("error-message").textContent).toContain('Sheet "附件3" is protected; nothing was written');
    // The pane stays usable: the next run works and the error goes away.
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate and score" }));
    });
    expect(await screen.findByTestId("summary")).toBeTruthy();
    expect(screen.queryByTestId("error-message")).toBeNull();
  });

  test("Office errors with a code get a sentence; protected sheets are reported", async () => {
    const host = fakeHost(runResult(report, { protectedSheets: [EVAL_SHEET], written: 0, marked: 0 }));
    host.validate.mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    renderApp(host);
    const button = await screen.findByRole("button", { name: "校验并评分" });
    await act(async () => {
      fireEvent.click(button);
    });
    expect((await screen.findByTestId("error-message")).textContent).toContain("Excel 正在编辑单元格");
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByText(`以下工作表受保护，未写入任何内容（不会解除保护）：${EVAL_SHEET}`)).toBeTruthy();
  });

  test("sheets the Excel adapter skipped for their size are reported", async () => {
    const host = fakeHost({ ...runResult(report), tooLargeSheets: ["巨表"] } as ReturnType<typeof runResult>);
    await validated(host);
    expect(screen.getByText("以下工作表超过 500 万个单元格，未读取也未校验：巨表")).toBeTruthy();
  });

  test("every button has an accessible name", async () => {
    const host = fakeHost(runResult(report));
    await validated(host);
    for (const button of screen.getAllByRole("button")) {
      const name = button.getAttribute("aria-label") ?? button.textContent ?? "";
      expect(name.trim()).not.toBe("");
    }
  });
});

describe("a profile file loaded in 设置", () => {
  function profileFile(text: string, name = "bureau.json"): File {
    return new File([text], name, { type: "application/json" });
  }

  async function openSettings(host: FakeHost) {
    renderApp(host);
    await waitFor(() => expect(host.loadSettings).toHaveBeenCalled());
    fireEvent.click(await screen.findByRole("button", { name: "设置" }));
    const select = (await screen.findByLabelText("规则配置")) as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    return select;
  }

  async function choose(file: File) {
    await act(async () => {
      fireEvent.change(screen.getByTestId("profile-input"), { target: { files: [file] } });
    });
  }

  test("is listed as a file, selected, saved with its text, used by the run and named in the results", async () => {
    const host = fakeHost(runResult({ ...report, profile: "test-bureau" }), { profile: "hunan-dept", mode: "formulas" });
    const select = await openSettings(host);
    expect(screen.getByTestId("profile-hint").textContent).toBe("财政局提供的规则配置 JSON 文件，不超过 64 KB。");
    expect(screen.queryByRole("button", { name: "移除载入的配置" })).toBeNull();
    await choose(profileFile(BUREAU_PROFILE));
    await waitFor(() => expect(select.value).toBe("test-bureau"));
    expect(select.selectedOptions[0].textContent).toBe("某财政局（文件）");
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: "test-bureau", mode: "formulas", locale: "zh-CN", customProfile: BUREAU_PROFILE });
    expect(screen.getByTestId("profile-hint").textContent).toBe("已载入的配置文件保存在本工作簿的设置中，功能区的校验并评分也使用它。");

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "校验并评分" }));
    });
    expect(host.validate).toHaveBeenLastCalledWith(expect.objectContaining({ id: "test-bureau", severities: expect.objectContaining({ "over-target": "error" }) }), { mode: "formulas", locale: "zh-CN" });
    expect((await screen.findByTestId("summary")).textContent).toContain("规则配置：某财政局（文件）");
    expect(screen.queryByTestId("stale")).toBeNull();

    // The same id from another file: the shown run was made with the other one.
    await choose(profileFile(BUREAU_PROFILE.replace('"error"', '"off"')));
    expect(await screen.findByTestId("stale")).toBeTruthy();

    // A built-in profile can be chosen while the file stays loaded (and back again).
    fireEvent.change(select, { target: { value: "guangxi" } });
    expect(host.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ profile: "guangxi", customProfile: expect.stringContaining("test-bureau") }));
    expect(Array.from(select.options).map((o) => o.value)).toContain("test-bureau");

    // 移除: the file goes; the built-in choice stays.
    fireEvent.click(screen.getByRole("button", { name: "移除载入的配置" }));
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: "guangxi", mode: "formulas", locale: "zh-CN" });
    expect(Array.from(select.options).map((o) => o.value)).not.toContain("test-bureau");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "载入规则配置文件…" }));
  });

  test("removing the selected file's profile falls back to the default", async () => {
    const host = fakeHost(runResult(report), { profile: "test-bureau", customProfile: BUREAU_PROFILE });
    const select = await openSettings(host);
    await waitFor(() => expect(select.value).toBe("test-bureau"));
    fireEvent.click(screen.getByRole("button", { name: "移除载入的配置" }));
    expect(select.value).toBe("default");
    expect(host.saveSettings).toHaveBeenLastCalledWith({ profile: "default", mode: "values", locale: "zh-CN" });
  });

  test("a file that is not a profile: the reason in both languages, zh-CN first, and nothing changed", async () => {
    const host = fakeHost(runResult(report), { profile: "test-bureau", customProfile: BUREAU_PROFILE });
    const select = await openSettings(host);
    await waitFor(() => expect(select.value).toBe("test-bureau"));
    const cases: Array<[File, string, string]> = [
      [profileFile('{"id": "x",'), "规则配置文件不是有效的 JSON", "the profile file is not valid JSON"],
      [profileFile(JSON.stringify({ id: "guangxi" })), "与内置配置重名", 'id "guangxi" is a built-in profile'],
      [profileFile("x".repeat(300_000), "huge.json"), "规则配置文件过大（超过 64 KB）", "larger than 64 KB"],
    ];
    for (const [file, zh, en] of cases) {
      await choose(file);
      const bar = await screen.findByTestId("profile-error");
      await waitFor(() => expect(bar.textContent).toContain(zh));
      expect(bar.textContent).toContain("无法载入规则配置文件");
      const [zhLine, enLine] = Array.from(bar.querySelectorAll("span[lang]"));
      expect(zhLine.getAttribute("lang")).toBe("zh-CN");
      expect(zhLine.textContent).toContain(zh);
      expect(enLine.textContent).toContain(en);
      expect(host.saveSettings).not.toHaveBeenCalled();
      expect(select.value).toBe("test-bureau");
      expect(select.selectedOptions[0].textContent).toBe("某财政局（文件）");
    }
    // A good file afterwards clears the message.
    await choose(profileFile(BUREAU_PROFILE));
    await waitFor(() => expect(screen.queryByTestId("profile-error")).toBeNull());
  });

  test("a kept file this version can no longer read is not used, and the pane says why", async () => {
    const host = fakeHost(runResult(report), { profile: "test-bureau", customProfile: '{"id": "test-bureau",' });
    renderApp(host);
    // 设置 opens by itself to say so.
    const bar = await screen.findByTestId("profile-error");
    expect(bar.textContent).toContain("之前载入的规则配置文件已无法使用，未采用：规则配置文件不是有效的 JSON");
    const select = screen.getByLabelText("规则配置") as HTMLSelectElement;
    expect(select.value).toBe("default");
    expect(Array.from(select.options).map((o) => o.value)).not.toContain("test-bureau");
  });
});
