/// <reference types="office-js" />
// Entry of taskpane.html. Office.onReady (or its absence) decides the host before the first
// render: Excel when the page runs inside Office, browser mode otherwise (see boot.ts).
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import type { StartWindow } from "./boot";
import { detectLocale, detectMode } from "./boot";
import { excelHost } from "./excel";
import type { Host } from "../host/contract";
import { paneTheme } from "./theme";

declare global {
  interface Window {
    /** Set by taskpane.html when office.js fails to load (no CDN on the intranet). */
    __officeJsFailed?: boolean;
    /** Set by taskpane.html when the webview cannot run this bundle (IE 11, legacy Edge). */
    __legacyWebview?: boolean;
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  // The legacy-webview guard in taskpane.html has already explained itself in the container.
  if (!container || window.__legacyWebview) return;
  const mode = await detectMode(window as unknown as StartWindow);
  const locale = detectLocale(mode.kind === "excel" ? mode.displayLanguage : undefined, navigator.language);
  // Browser mode's host is a chunk of its own, Excel mode never fetches it; the file parser under
  // it (ExcelJS) loads when the first file is picked, or once the page is idle (browser/parser.ts),
  // so the pane is usable before it arrives.
  const browserModule = mode.kind === "browser" ? await import(/* webpackChunkName: "browser" */ "./browser/BrowserHost") : null;
  const host: Host = browserModule ? new browserModule.BrowserHost() : excelHost();
  createRoot(container).render(
    <FluentProvider theme={paneTheme}>
      <App host={host} initialLocale={locale} />
    </FluentProvider>,
  );
  if (browserModule) (await import("./browser/parser")).prefetchXlsx();
}

void start();
