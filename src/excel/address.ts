// A1 addresses as Office.js speaks them ("'附件3 整体支出绩效自评表'!H5", "Sheet1!A1:B3, Sheet1!D4"),
// converted to and from the engine's 0-based areas. Pure.
import { areaToA1, fromA1 } from "../engine/grid";
import type { Area, CellRef } from "../engine/grid";

/** "'Sheet name'!A1": always quoted, so names with spaces, dashes or CJK text need no special case. */
export function qualify(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/** Parses "Sheet1!A1:B3" or "'It''s'!$C$5" into its sheet and area; undefined when it is not one. */
export function parseQualified(address: string): { sheet: string; area: Area } | undefined {
  const text = address.trim();
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    for (;;) {
      if (i >= text.length) return undefined;
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (text[i + 1] !== "!") return undefined;
    sheet = name;
    rest = text.slice(i + 2);
  } else {
    const bang = text.lastIndexOf("!");
    if (bang <= 0) return undefined;
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
  }
  const area = parseArea(rest);
  return area ? { sheet, area } : undefined;
}

/** "A1" or "A1:B3" (with or without $) → Area. Whole rows and columns ("1:1", "A:A") are not areas here. */
export function parseArea(a1: string): Area | undefined {
  const [from, to = from, extra] = a1.trim().split(":");
  if (extra !== undefined) return undefined;
  try {
    const a = fromA1(from);
    const b = fromA1(to);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  } catch {
    return undefined;
  }
}

/** Splits a RangeAreas address on the commas between areas, not on commas inside quoted sheet names. */
export function splitAddressList(list: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted; // an escaped '' toggles twice: still right
    if (ch === "," && !quoted) {
      if (current.trim()) parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * Groups cells into few rectangles: runs of consecutive rows in one column, then neighbouring
 * columns with the same run side by side. Excel on the web hangs on many small writes, so each
 * colour becomes a handful of areas rather than one request per cell (PLATFORM.md, Performance).
 */
export function rectangles(cells: readonly CellRef[]): Area[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const runs: Area[] = [];
  for (const [col, rows] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    let prev = sorted[0];
    for (const row of sorted.slice(1)) {
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      runs.push({ top: start, bottom: prev, left: col, right: col });
      start = prev = row;
    }
    runs.push({ top: start, bottom: prev, left: col, right: col });
  }
  // Widen a run into the next column when that column has the identical run.
  const merged: Area[] = [];
  const open = new Map<string, Area>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const prev = open.get(key);
    if (prev && prev.right === run.left - 1) {
      prev.right = run.right;
    } else {
      const area = { ...run };
      merged.push(area);
      open.set(key, area);
    }
  }
  return merged;
}

/**
 * Joins areas into comma-separated address lists for `worksheet.getRanges`, each short enough for
 * Excel: long lists fail with "The argument is invalid" at lengths Microsoft does not document
 * (reported from about 8 000 characters, OfficeDev/office-js#5198), so stay far below.
 */
export function addressLists(areas: readonly Area[], maxLength = 2000, maxAreas = 100): string[] {
  const lists: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    const a1 = areaToA1(area);
    if (current.length > 0 && (length + 1 + a1.length > maxLength || current.length >= maxAreas)) {
      lists.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(a1);
    length += (current.length > 1 ? 1 : 0) + a1.length;
  }
  if (current.length > 0) lists.push(current.join(","));
  return lists;
}

/** The engine's ARGB fills ("FFFFC7CE") as Office.js colours ("#FFC7CE"). */
export function officeColor(argb: string): string {
  const hex = argb.length === 8 ? argb.slice(2) : argb.replace(/^#/, "");
  return `#${hex.toUpperCase()}`;
}

export function cellKey(sheet: string, at: CellRef): string {
  return `${sheet}\u0000${at.row}\u0000${at.col}`;
}
