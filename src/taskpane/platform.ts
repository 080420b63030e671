/// <reference types="office-js" />
// Where a Blob download from the pane cannot work (PLATFORM.md, Export): Excel on Mac drops every
// download from the task pane, and Excel on Windows (WebView2) fails on PDF blobs. There the pane
// guides the user to 文件 › 另存为 instead.
import type { ExportFormat } from "../excel/export";

/** What the check reads of office.js; `globalThis.Office` in the pane, a plain object in tests. */
export interface OfficePlatformInfo {
  context?: { platform?: unknown };
  PlatformType?: { Mac?: unknown; PC?: unknown };
}

/** Office.context.platform ("Mac", "PC", "OfficeOnline", …), or null outside Office. */
export function officePlatform(office: OfficePlatformInfo | undefined = officeGlobal()): { platform: unknown; mac: unknown; pc: unknown } | null {
  if (!office) return null;
  try {
    const platform = office.context?.platform;
    if (platform === undefined || platform === null) return null;
    return { platform, mac: office.PlatformType?.Mac ?? "Mac", pc: office.PlatformType?.PC ?? "PC" };
  } catch {
    // Office.context throws outside a host in some builds.
    return null;
  }
}

/** True when a Blob download of this format will not reach the user in this host. */
export function blobDownloadBlocked(format: ExportFormat, office: OfficePlatformInfo | undefined = officeGlobal()): boolean {
  const info = officePlatform(office);
  if (!info) return false;
  if (info.platform === info.mac) return true;
  return format === "pdf" && info.platform === info.pc;
}

function officeGlobal(): OfficePlatformInfo | undefined {
  return (globalThis as { Office?: OfficePlatformInfo }).Office;
}
