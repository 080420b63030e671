/** @jest-environment jsdom */
import "./setup";

// Each test loads the whole pane afresh (module registry reset): seconds on a loaded 2-core CI
// machine, so jest's 5 s default timed out there. The assertions do not depend on time.
jest.setTimeout(30_000);

// index.tsx renders with its own react-dom; Testing Library must come from the same module
// registry (reset per test), or its act() would not cover the app's updates. The "pure" entry
// registers no hooks (it is imported inside a test); each test starts from an empty body anyway.
type TL = typeof import("@testing-library/react/pure");
let screen: TL["screen"];
let fireEvent: TL["fireEvent"];
let waitFor: TL["waitFor"];

function setBrowserLanguage(language: string) {
  Object.defineProperty(window.navigator, "language", { value: language, configurable: true });
}

// index.tsx starts itself on import; every test gets a fresh module registry and a fresh page.
beforeEach(() => {
  jest.resetModules();
  document.body.innerHTML = '<div id="container"></div>';
  const w = window as unknown as Record<string, unknown>;
  delete w.Office;
  delete w.Excel;
  delete w.__officeJsFailed;
  delete w.__legacyWebview;
});

async function start(): Promise<void> {
  ({ screen, fireEvent, waitFor } = await import("@testing-library/react/pure"));
  await import("../../src/taskpane/index");
}

test("office.js failed to load → browser mode, in Chinese unless the browser is English", async () => {
  (window as unknown as Record<string, unknown>).__officeJsFailed = true;
  setBrowserLanguage("zh-CN");
  await start();
  expect((await screen.findByTestId("mode")).textContent).toBe("浏览器模式");
  expect(screen.getByRole("button", { name: "打开文件" })).toBeTruthy();
});

test("an English browser gets the English pane", async () => {
  setBrowserLanguage("en-GB");
  await start();
  expect((await screen.findByTestId("mode")).textContent).toBe("Browser mode");
});

test("inside Excel → the Excel host, with Office's display language and the workbook's settings", async () => {
  const stored: Record<string, unknown> = { selfeval: { profile: "hunan-dept", mode: "values" } };
  const onReady = jest.fn().mockResolvedValue({ host: "Excel", platform: "PC" });
  Object.assign(window, {
    Office: {
      onReady,
      context: {
        displayLanguage: "en-US",
        requirements: { isSetSupported: () => false },
        document: {
          settings: { get: (k: string) => stored[k], set: (k: string, v: unknown) => (stored[k] = v), saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }) },
          getFileAsync: jest.fn(),
        },
      },
      FileType: { Compressed: "compressed", Pdf: "pdf" },
      AsyncResultStatus: { Succeeded: "succeeded" },
    },
    Excel: { run: jest.fn() },
  });
  setBrowserLanguage("zh-CN"); // Office's language wins
  await start();
  expect((await screen.findByTestId("mode")).textContent).toBe("Excel");
  expect(screen.getByRole("button", { name: "Validate and score" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Open files" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Settings" }));
  await waitFor(() => expect((screen.getByLabelText("Rule profile", { selector: "select" }) as HTMLSelectElement).value).toBe("hunan-dept"));
});

test("the legacy-webview guard in taskpane.html has the container: nothing is rendered over it", async () => {
  (window as unknown as Record<string, unknown>).__legacyWebview = true;
  await start();
  await new Promise((r) => setTimeout(r, 50));
  expect(document.getElementById("container")?.innerHTML).toBe("");
});
