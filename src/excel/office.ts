// The real Office objects, gathered in one place once office.js has loaded (after Office.onReady
// reports Excel). Everything else in src/excel receives them as an ExcelEnv.
import type { ExcelEnv } from "./api";

export function createOfficeEnv(): ExcelEnv {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings,
    document: Office.context.document,
    constants: {
      fileType: { compressed: Office.FileType.Compressed, pdf: Office.FileType.Pdf },
      succeeded: Office.AsyncResultStatus.Succeeded,
    },
  };
}
