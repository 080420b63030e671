// Browser mode's own texts (review table, folder, zip), zh-CN first, with English.
import type { Locale } from "../../engine/report";

export interface BrowserStrings {
  openFolder: string;
  openFolderHint: string;
  reviewHeading: string;
  reviewCaption: (files: number, unusable: number, errors: number, warnings: number, infos: number) => string;
  openRow: (file: string) => string;
  sortBy: (column: string) => string;
  /** Leads the column heads when a narrow window shows them as a row of sort buttons. */
  sortLabel: string;
  downloadZip: string;
  downloadSummary: string;
  zipDone: (name: string, count: number) => string;
  summaryDone: (name: string) => string;
  working: string;
  current: string;
  noXlsxInFolder: string;
}

export const BROWSER_STRINGS: Record<Locale, BrowserStrings> = {
  "zh-CN": {
    openFolder: "打开文件夹",
    openFolderHint: "选择一个文件夹，校验其中所有 .xlsx 工作簿",
    reviewHeading: "文件一览",
    reviewCaption: (files, unusable, errors, warnings, infos) =>
      `${files} 个文件${unusable ? `（${unusable} 个无法使用）` : ""}，${errors} 错误，${warnings} 警告，${infos} 提示。点击文件名查看其问题。`,
    openRow: (file) => `查看「${file}」的问题`,
    sortBy: (column) => `按「${column}」排序`,
    sortLabel: "排序：",
    downloadZip: "下载全部校验副本 (.zip)",
    downloadSummary: "下载汇总表 (.xlsx)",
    zipDone: (name, count) => `已下载 ${name}（${count} 个校验副本）`,
    summaryDone: (name) => `已下载 ${name}`,
    working: "正在生成…",
    current: "当前",
    noXlsxInFolder: "所选文件夹中没有 .xlsx 工作簿 / No .xlsx workbook in that folder",
  },
  en: {
    openFolder: "Open folder",
    openFolderHint: "Pick a folder to check every .xlsx workbook in it",
    reviewHeading: "Files at a glance",
    reviewCaption: (files, unusable, errors, warnings, infos) =>
      `${files} file${files === 1 ? "" : "s"}${unusable ? ` (${unusable} unusable)` : ""}, ${errors} errors, ${warnings} warnings, ${infos} infos. Click a file name to see its findings.`,
    openRow: (file) => `Show the findings of "${file}"`,
    sortBy: (column) => `Sort by ${column}`,
    sortLabel: "Sort:",
    downloadZip: "Download all checked copies (.zip)",
    downloadSummary: "Download review workbook (.xlsx)",
    zipDone: (name, count) => `Downloaded ${name} (${count} checked copies)`,
    summaryDone: (name) => `Downloaded ${name}`,
    working: "Preparing…",
    current: "current",
    noXlsxInFolder: "所选文件夹中没有 .xlsx 工作簿 / No .xlsx workbook in that folder",
  },
};
