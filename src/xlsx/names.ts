// File names of the copies, in a module of its own: browser mode names files before the file
// layer (loaded on the first file) is there.

/**
 * The checked copy's file name: `<name>.checked.xlsx` (`.xlsm` with macros). A legacy input
 * (.xls, .et, .ods) gets an .xlsx copy: `报表.xls` → `报表.checked.xlsx`.
 */
export function checkedCopyName(name: string, extension: ".xlsx" | ".xlsm" = ".xlsx"): string {
  return `${name.replace(/\.(xlsx|xlsm|xls|et|ods|xml)$/i, "")}.checked${extension}`;
}
