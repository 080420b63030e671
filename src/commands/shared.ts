/// <reference types="office-js" />
// The ribbon's 校验并评分 in a shared runtime (manifest-shared.xml: the FunctionFile is
// taskpane.html). Bundled with the pane: the handler uses the pane's own Excel host, so the pane
// shows the run at once (in memory, src/host/ribbon.ts) and Office.addin.showAsTaskpane opens it.
// With manifest.xml this page is never the function file and the registration is never used.
import { excelHost } from "../taskpane/excel";
import { officeDeps, registerCommands } from "./commands";
import type { CommandDeps } from "./commands";

export function sharedDeps(office: typeof Office): CommandDeps {
  return { ...officeDeps(office), host: excelHost };
}

if (typeof Office !== "undefined") registerCommands(Office, () => sharedDeps(Office));
