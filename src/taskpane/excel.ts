// The one place the pane and the ribbon meet the Office.js adapter (src/excel).
import { createExcelHost } from "../excel/host";
import type { ExcelHost } from "../excel/host";
import { createOfficeEnv } from "../excel/office";

let shared: ExcelHost | null = null;

/**
 * The Excel host of this JavaScript context, created once (after Office.onReady reported Excel):
 * with a shared runtime the ribbon and the pane use the same instance, so 撤销 in the pane undoes
 * a run the ribbon started.
 */
export function excelHost(): ExcelHost {
  shared ??= createExcelHost(createOfficeEnv());
  return shared;
}
