// Browser mode: a read-only picture of one sheet of the in-memory copy — values as Excel displays
// them, merged areas as row/column spans, the marks by severity, and the finding's cell outlined
// and scrolled into view. The row's label column (the nearest text to the left of the cell: the
// 三级指标 of an indicator, the 项目 of a funds row) and the header row above the cell stay frozen
// while the preview scrolls to it, so the accountant sees which indicator and which column it is.
import type { CSSProperties } from "react";
import { useLayoutEffect, useMemo, useRef } from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { CellRef, SheetGrid } from "../../engine/grid";
import { colCount, columnName, toA1 } from "../../engine/grid";
import type { MarkKind } from "../../engine/plan";
import { MARK_FILLS } from "../../engine/plan";
import { useStrings } from "../i18n";
import { displayValue } from "./display";

export const MAX_PREVIEW_ROWS = 300;
export const MAX_PREVIEW_COLS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  scroller: {
    position: "relative",
    overflow: "auto",
    maxHeight: "360px",
    "@media (min-width: 720px)": { maxHeight: "calc(100vh - 96px)" },
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 4, backgroundColor: tokens.colorNeutralBackground3 },
  frozenColHead: { zIndex: 3 },
  frozen: { position: "sticky", zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  frozenBoth: { zIndex: 2 },
  headerRow: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold, boxShadow: `0 1px 0 ${tokens.colorNeutralStroke1}` },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    boxShadow: `0 1px 0 ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    boxShadow: `1px 0 0 ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    textAlign: "end",
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
    color: tokens.colorNeutralForeground1,
  },
  // Widths live on a block inside the cell: browsers ignore min-width on table cells, and CJK
  // text (which may break anywhere) would otherwise squeeze a column to one character.
  content: { minWidth: "3em", maxWidth: "16em", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  text: { minWidth: "8em" },
  numberContent: { whiteSpace: "nowrap", overflowWrap: "normal" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface SheetPreviewProps {
  sheet: SheetGrid;
  selected: CellRef | null;
  /** Marks by cell key "row,col", unless they were cleared. */
  marks: ReadonlyMap<string, MarkKind>;
  /** Changes when the in-memory copy changes (the grid is updated in place). */
  version: unknown;
}

interface Layout {
  rows: number;
  cols: number;
  truncated: boolean;
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  covered: Set<string>;
}

function layoutOf(sheet: SheetGrid, selected: CellRef | null): Layout {
  let rows = sheet.cells.length;
  let cols = colCount(sheet);
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  if (selected) {
    rows = Math.max(rows, selected.row + 1);
    cols = Math.max(cols, selected.col + 1);
  }
  const truncated = rows > MAX_PREVIEW_ROWS || cols > MAX_PREVIEW_COLS;
  rows = Math.min(rows, Math.max(MAX_PREVIEW_ROWS, selected ? selected.row + 1 : 0));
  cols = Math.min(cols, Math.max(MAX_PREVIEW_COLS, selected ? selected.col + 1 : 0));
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    if (m.top >= rows || m.left >= cols) continue;
    const bottom = Math.min(m.bottom, rows - 1);
    const right = Math.min(m.right, cols - 1);
    spans.set(`${m.top},${m.left}`, { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { rows, cols, truncated, spans, covered };
}

/** The label column for a cell: the nearest column to its left holding text in its row. */
export function labelColumnOf(sheet: SheetGrid, at: CellRef | null): number | undefined {
  if (!at) return undefined;
  for (let c = at.col - 1; c >= 0; c--) {
    const master = masterOf(sheet, { row: at.row, col: c });
    if (master.col === at.col) continue;
    const value = sheet.cells[master.row]?.[master.col]?.value;
    if (typeof value === "string" && value.trim() !== "" && !/^[\d.,%\s]+$/.test(value)) return master.col;
  }
  return undefined;
}

/**
 * The header row for a cell: the nearest row above it whose cell in that column (or the merged
 * area covering it) holds a text label, e.g. 得分 over an indicator's score.
 */
export function headerRowOf(sheet: SheetGrid, at: CellRef | null): number | undefined {
  if (!at) return undefined;
  for (let r = at.row - 1; r >= 0; r--) {
    const master = masterOf(sheet, { row: r, col: at.col });
    if (master.row === at.row) continue;
    const value = sheet.cells[master.row]?.[master.col]?.value;
    if (typeof value === "string" && value.trim() !== "" && !/^[\d.,%\s]+$/.test(value)) return master.row;
  }
  return undefined;
}

/** The merged area's top-left cell holds the value; a finding on a covered cell shows there. */
function masterOf(sheet: SheetGrid, at: CellRef): CellRef {
  const m = sheet.merges.find((a) => at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right);
  return m ? { row: m.top, col: m.left } : at;
}

export function SheetPreview({ sheet, selected, marks, version }: SheetPreviewProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const scroller = useRef<HTMLDivElement>(null);
  const target = selected ? masterOf(sheet, selected) : null;
  // `version` is a dependency on purpose: accepted suggestions change the grid in place.
  const layout = useMemo(() => layoutOf(sheet, target), [sheet, version, target?.row, target?.col]);
  const headerRow = headerRowOf(sheet, target);
  const labelCol = labelColumnOf(sheet, target);
  const table = useRef<HTMLTableElement>(null);

  // The frozen cells' offsets: the row-number column's width and the letters row's height.
  useLayoutEffect(() => {
    const el = table.current;
    const corner = el?.querySelector<HTMLElement>("thead td")?.getBoundingClientRect();
    if (!el || !corner) return;
    el.style.setProperty("--preview-left", `${corner.width}px`);
    el.style.setProperty("--preview-top", `${corner.height}px`);
  });

  // Scroll the preview (not the page) so the cell sits in the middle of the visible area.
  useLayoutEffect(() => {
    const box = scroller.current;
    const cell = box?.querySelector<HTMLElement>("[data-selected='true']");
    if (!box || !cell) return;
    const b = box.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    box.scrollTop += c.top - b.top - (b.height - c.height) / 2;
    box.scrollLeft += c.left - b.left - (b.width - c.width) / 2;
  }, [sheet, target?.row, target?.col]);

  const colIndexes = Array.from({ length: layout.cols }, (_, i) => i);
  return (
    <section className={styles.root} data-testid="preview" data-sheet={sheet.name}>
      <h2 className={styles.heading} id="selfeval-preview-heading">
        {t.preview(target ? `${sheet.name}!${toA1(target)}` : sheet.name)}
      </h2>
      {layout.truncated && <Text size={200} className={styles.muted}>{t.previewTruncated(layout.rows, layout.cols)}</Text>}
      <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-labelledby="selfeval-preview-heading">
        <table ref={table} className={styles.table}>
          <thead>
            <tr>
              <td className={styles.corner} />
              {colIndexes.map((c) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(styles.colHead, c === labelCol && styles.frozenColHead)}
                  style={c === labelCol ? { left: "var(--preview-left)" } : undefined}
                >
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: layout.rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead} style={r === headerRow ? { top: "var(--preview-top)", zIndex: 3 } : undefined}>
                  {r + 1}
                </th>
                {colIndexes.map((c) => {
                  const key = `${r},${c}`;
                  if (layout.covered.has(key)) return null;
                  const cell = sheet.cells[r]?.[c];
                  const span = layout.spans.get(key);
                  const isSelected = target?.row === r && target?.col === c;
                  const mark = marks.get(key);
                  // Frozen: a cell wholly inside the label column, and the header row above the cell.
                  const inFrozenCols = c === labelCol && (span?.colSpan ?? 1) === 1;
                  const inHeaderRow = r === headerRow;
                  const frozenStyle: CSSProperties = {};
                  if (inFrozenCols) frozenStyle.left = "var(--preview-left)";
                  if (inHeaderRow) frozenStyle.top = "var(--preview-top)";
                  if (mark) frozenStyle.backgroundColor = `#${MARK_FILLS[mark].slice(2)}`;
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      className={mergeClasses(
                        styles.cell,
                        typeof cell?.value === "number" && styles.number,
                        (inFrozenCols || inHeaderRow) && styles.frozen,
                        inHeaderRow && styles.headerRow,
                        inFrozenCols && inHeaderRow && styles.frozenBoth,
                        isSelected && styles.selected,
                      )}
                      style={Object.keys(frozenStyle).length > 0 ? frozenStyle : undefined}
                      data-frozen={inFrozenCols || inHeaderRow ? "true" : undefined}
                      data-cell={toA1({ row: r, col: c })}
                      data-selected={isSelected ? "true" : undefined}
                      data-mark={mark}
                      aria-current={isSelected ? "true" : undefined}
                    >
                      <div
                        className={mergeClasses(
                          styles.content,
                          typeof cell?.value === "string" && cell.value.length > 6 && styles.text,
                          typeof cell?.value === "number" && styles.numberContent,
                        )}
                      >
                        {displayValue(cell)}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
