// Header finding: the rows that name a block's columns, over one, two or three rows with merged
// cells (the published 云南 header puts 绩效指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因
// over 一级指标 / 二级指标 / 三级指标 / 指标性质 / 指标值 / 度量单位, with 分值 … merged down).
import type { CellRef } from "../engine/grid";
import type { LabelKey } from "./glossary";
import type { SheetView } from "./view";

export const FUNDS_KEYS = ["initialBudget", "annualBudget", "annualSpent", "weight", "rate", "score", "reason"] as const satisfies readonly LabelKey[];
export const INDICATOR_KEYS = ["level1", "level2", "name", "comparator", "target", "adjustedTarget", "unit", "actual", "scoreFactor", "weight", "score", "reason"] as const satisfies readonly LabelKey[];

export type FundsKey = (typeof FUNDS_KEYS)[number];
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** A header found on the sheet: its rows and the column of each key it names. */
export interface HeaderBand<K extends LabelKey> {
  top: number;
  bottom: number;
  cols: Partial<Record<K, number>>;
  /** Where each key's label sits (for findings about the header). */
  labels: Partial<Record<K, CellRef>>;
}

/** Most rows a header is split over. */
const MAX_HEADER_ROWS = 3;

/** The distinct keys a row's labels name. */
function keysInRow<K extends LabelKey>(view: SheetView, row: number, keys: readonly K[]): Set<K> {
  const found = new Set<K>();
  for (const { text } of view.texts(row)) for (const key of keys) if (view.glossary.rank(text, key) >= 0) found.add(key);
  return found;
}

/**
 * The columns named by the header rows top..bottom. Each column takes the deepest label in the band
 * that names a key (a label merged across columns speaks for its first column only; the row below
 * names the others); a key named in two columns goes to its better synonym, then the deeper row,
 * then the left one.
 */
export function resolveColumns<K extends LabelKey>(view: SheetView, top: number, bottom: number, keys: readonly K[]): HeaderBand<K> {
  const columns = new Map<number, { key: K; rank: number; row: number }>();
  for (let row = bottom; row >= top; row--) {
    for (const { col, text } of view.texts(row)) {
      if (columns.has(col)) continue;
      let best: { key: K; rank: number } | undefined;
      for (const key of keys) {
        const rank = view.glossary.rank(text, key);
        if (rank >= 0 && (!best || rank < best.rank)) best = { key, rank };
      }
      if (best) columns.set(col, { ...best, row });
    }
  }
  const chosen = new Map<K, { col: number; rank: number; row: number }>();
  for (const [col, c] of [...columns].sort((a, b) => a[0] - b[0])) {
    const current = chosen.get(c.key);
    if (!current || c.rank < current.rank || (c.rank === current.rank && c.row > current.row)) chosen.set(c.key, { col, rank: c.rank, row: c.row });
  }
  const cols: Partial<Record<K, number>> = {};
  const labels: Partial<Record<K, CellRef>> = {};
  for (const [key, c] of chosen) {
    cols[key] = c.col;
    labels[key] = { row: c.row, col: c.col };
  }
  return { top, bottom, cols, labels };
}

/**
 * Every header on the sheet for these keys that `accept` takes: a run of up to three consecutive
 * rows that each name at least two keys, read as one header.
 */
export function findHeaders<K extends LabelKey>(view: SheetView, keys: readonly K[], accept: (cols: Partial<Record<K, number>>) => boolean, from = 0, to = view.rows): HeaderBand<K>[] {
  const bands: HeaderBand<K>[] = [];
  for (let row = from; row < to; row++) {
    if (keysInRow(view, row, keys).size < 2) continue;
    let bottom = row;
    while (bottom + 1 < to && bottom - row + 1 < MAX_HEADER_ROWS && keysInRow(view, bottom + 1, keys).size >= 2) bottom++;
    // The longest run that makes a header; a one-row header directly above another block's header
    // must not swallow it, so shorter runs are tried too.
    let found: HeaderBand<K> | undefined;
    for (let end = bottom; end >= row && !found; end--) {
      const band = resolveColumns(view, row, end, keys);
      if (accept(band.cols)) found = band;
    }
    // A top header row may name a single key (偏差原因分析及改进措施 merged down over three rows,
    // beside 绩效指标 / 指标完成情况): take it in when it holds labels only.
    if (found) {
      let top = found.top;
      const floor = Math.max(from, (bands[bands.length - 1]?.bottom ?? -1) + 1);
      while (top - 1 >= floor && found.bottom - (top - 1) + 1 <= MAX_HEADER_ROWS && keysInRow(view, top - 1, keys).size >= 1 && labelsOnly(view, top - 1)) top--;
      if (top < found.top) {
        const wider = resolveColumns(view, top, found.bottom, keys);
        if (accept(wider.cols)) found = wider;
      }
    }
    if (found) {
      bands.push(found);
      row = found.bottom;
    }
  }
  return bands;
}

/** A row with text and no numbers: a header row, not data. */
function labelsOnly(view: SheetView, row: number): boolean {
  return view.entries(row).every((e) => typeof e.cell.value === "string");
}

export function isIndicatorHeader(cols: Partial<Record<IndicatorKey, number>>): boolean {
  const hasName = cols.name !== undefined;
  const hasValue = cols.target !== undefined || cols.adjustedTarget !== undefined || cols.actual !== undefined;
  const hasScore = cols.weight !== undefined || cols.score !== undefined;
  const hasLevels = cols.level1 !== undefined || cols.level2 !== undefined;
  return hasValue && (hasName || (hasLevels && hasScore));
}

export function isFundsHeader(cols: Partial<Record<FundsKey, number>>): boolean {
  // 北京 2016: 年初预算数(A) / 全年执行数(B) / 执行率(B/A), with no 全年预算数 column.
  return (cols.annualBudget !== undefined || cols.initialBudget !== undefined) && cols.annualSpent !== undefined;
}
