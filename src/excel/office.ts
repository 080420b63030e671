// The real Office objects, gathered in one place once office.js has loaded (after Office.onReady
// reports Excel). Everything else in src/excel receives them as an ExcelEnv.
import type { ExcelEnv, OfficeJsApis } from "./api";

export function createOfficeEnv(): ExcelEnv {
  return {
    // Excel.run(options, batch): `delayForCellEdit` makes Excel hold the batch until the user
    // leaves cell edit mode, on hosts with the DelayForCellEdit set (office.js ignores it elsewhere).
    // https://learn.microsoft.com/javascript/api/excel/excel.runoptions
    run: (batch, options) => (options ? Excel.run(options, (context) => batch(context)) : Excel.run((context) => batch(context))),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    apis: probeOfficeJs((globalThis as { Excel?: unknown }).Excel),
    settings: Office.context.document.settings,
    document: Office.context.document,
    constants: {
      fileType: { compressed: Office.FileType.Compressed, pdf: Office.FileType.Pdf },
      succeeded: Office.AsyncResultStatus.Succeeded,
    },
  };
}

/**
 * Which API classes the loaded office.js defines. The host may report a requirement set that
 * this copy of office.js predates: @microsoft/office-js 1.1.110 (the intranet build's self-hosted
 * copy) has no NoteCollection (node_modules/@microsoft/office-js/dist/excel-win32-16.01.js defines
 * none) while Microsoft 365 reports ExcelApi 1.18, and
 * `workbook.notes.add` then throws.
 */
export function probeOfficeJs(excel: unknown): OfficeJsApis {
  const ns = (typeof excel === "object" || typeof excel === "function") && excel !== null ? (excel as Record<string, unknown>) : {};
  const has = (name: string) => typeof ns[name] === "function";
  const rangeProto = has("Range") ? ((ns.Range as { prototype?: object }).prototype ?? {}) : {};
  return {
    notes: has("NoteCollection"),
    comments: has("CommentCollection"),
    conditionalFormats: has("ConditionalFormatCollection"),
    mergedAreas: "getMergedAreasOrNullObject" in rangeProto,
  };
}
