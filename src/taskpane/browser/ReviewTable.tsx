// Browser mode, several files: one row per table of each opened file (file, unit or project,
// template, entered and recommended totals, grade, error / warning / info counts, or why the
// file is unusable), sortable by any column; a file's name opens its findings. Below it, the
// downloads for the whole set: every checked copy in one .zip, and the review workbook (汇总表).
import { useMemo, useState } from "react";
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderZip20Regular } from "@fluentui/react-icons";
import type { Locale } from "../../engine/report";
import type { WriteMode } from "../../engine/plan";
import type { FileResult, ReviewColumn, ReviewRow, SortDirection } from "../../review/summary";
import { REVIEW_COLUMNS, REVIEW_HEADERS, reviewRows, reviewTotals, sortRows } from "../../review/summary";
import { errorMessage } from "../errors";
import type { BrowserPane } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";
import type { Strings } from "../strings";
import type { BrowserFileView } from "./BrowserHost";
import { saveFile } from "./download";
import { BROWSER_STRINGS } from "./strings";

/** Below this width the rows are shown as cards (see `table`). */
const NARROW = "@media (max-width: 599px)";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
  // A wide window shows the table; a narrow one (a pane, a phone-sized window) shows each row as a
  // card of label: value lines, with the column heads as a row of sort buttons above, so nothing
  // scrolls sideways and every figure keeps its label.
  scroller: {
    overflowX: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    minWidth: "900px",
    tableLayout: "auto",
    [NARROW]: {
      minWidth: "0",
      display: "block",
      "& thead": { display: "block" },
      "& tbody": { display: "block" },
      "& thead tr": { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
      "& thead tr::before": { content: "attr(data-sort-label)", color: tokens.colorNeutralForeground2 },
      "& thead th": { display: "block", width: "auto", padding: "0" },
      "& tbody tr": { display: "block", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
      "& tbody td": { display: "flex", gap: tokens.spacingHorizontalS, justifyContent: "space-between", alignItems: "baseline", height: "auto", minHeight: "0", padding: "1px 0", textAlign: "end" },
      "& tbody td::before": { content: "attr(data-label)", flexShrink: 0, color: tokens.colorNeutralForeground2, textAlign: "start" },
      "& tbody td:empty": { display: "none" },
      "& tbody td[data-column=file]": { display: "block", textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
      "& tbody td[data-column=file]::before": { content: "none" },
    },
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  nowrap: { whiteSpace: "nowrap" },
  file: { overflowWrap: "anywhere", minWidth: "140px" },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  unusable: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const NUMERIC: ReadonlySet<ReviewColumn> = new Set(["entered", "recommended", "errors", "warnings", "infos"]);

/** The review's input from the open files: the report of each usable file, the reason of the others. */
export function fileResults(files: readonly BrowserFileView[], locale: Locale, t: Strings): { results: FileResult[]; ids: string[] } {
  const done = files.filter((f) => f.status !== "reading");
  return {
    ids: done.map((f) => f.id),
    results: done.map((f) =>
      f.status === "ready" && f.report ? { file: f.name, report: f.report } : { file: f.name, unusable: errorMessage(f.error, locale, t) },
    ),
  };
}

export interface ReviewTableProps {
  browser: BrowserPane;
  busy: boolean;
  options: { mode: WriteMode; locale: Locale };
}

export function ReviewTable({ browser, busy, options }: ReviewTableProps) {
  const styles = useStyles();
  const { locale, t } = useStrings();
  const s = BROWSER_STRINGS[locale];
  const headers = REVIEW_HEADERS[locale];
  const { files, activeId } = browser.snapshot;
  const [sort, setSort] = useState<{ column: ReviewColumn; direction: SortDirection } | null>(null);
  const [working, setWorking] = useState<"zip" | "summary" | null>(null);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  const { results, ids } = useMemo(() => fileResults(files, locale, t), [files, locale, t]);
  const rows = useMemo(() => reviewRows(results, locale), [results, locale]);
  const shown = useMemo(() => (sort ? sortRows(rows, sort.column, sort.direction, locale) : rows), [rows, sort, locale]);
  const totals = reviewTotals(rows);
  const readyCount = files.filter((f) => f.status === "ready").length;

  const toggle = (column: ReviewColumn) =>
    setSort((current) =>
      current?.column === column ? { column, direction: current.direction === "ascending" ? "descending" : "ascending" } : { column, direction: "ascending" },
    );

  async function download(kind: "zip" | "summary") {
    setWorking(kind);
    setMessage(null);
    try {
      if (kind === "zip") {
        const zip = await browser.host.checkedCopiesZip(options);
        saveFile(zip.name, zip.bytes, document, "application/zip");
        setMessage({ intent: "success", text: s.zipDone(zip.name, zip.count) });
      } else {
        const book = await browser.host.reviewWorkbook(results, locale);
        saveFile(book.name, book.bytes);
        setMessage({ intent: "success", text: s.summaryDone(book.name) });
      }
    } catch (error) {
      setMessage({ intent: "error", text: errorMessage(error, locale, t) });
    } finally {
      setWorking(null);
    }
  }

  const cell = (row: ReviewRow, column: ReviewColumn, id: string) => {
    switch (column) {
      case "file":
        return row.unusable !== undefined ? (
          <span className={styles.file}>{row.file}</span>
        ) : (
          <Link as="button" className={styles.file} aria-label={s.openRow(row.file)} disabled={busy} onClick={() => void browser.setActive(id)} data-testid="review-open">
            {row.file}
          </Link>
        );
      case "unusable":
        return row.unusable ? <span className={styles.unusable}>{row.unusable}</span> : null;
      case "errors":
        return <span className={row.errors ? styles.errors : undefined}>{row.errors}</span>;
      default:
        return row[column] ?? "";
    }
  };

  return (
    <section className={styles.root} aria-labelledby="selfeval-review-heading" data-testid="review">
      <h2 id="selfeval-review-heading" className={styles.heading}>
        {s.reviewHeading}
      </h2>
      <Text size={200} className={styles.hint} data-testid="review-caption">
        {s.reviewCaption(totals.files, totals.unusable, totals.errors, totals.warnings, totals.infos)}
      </Text>
      <div className={styles.scroller} role="region" aria-labelledby="selfeval-review-heading" tabIndex={0}>
        <Table sortable className={styles.table} size="small" aria-labelledby="selfeval-review-heading" data-testid="review-table">
          <TableHeader>
            <TableRow data-sort-label={s.sortLabel}>
              {REVIEW_COLUMNS.map((column) => (
                <TableHeaderCell
                  key={column}
                  sortDirection={sort?.column === column ? sort.direction : undefined}
                  onClick={() => toggle(column)}
                  button={{ "aria-label": s.sortBy(headers[column]) }}
                  className={NUMERIC.has(column) ? styles.nowrap : undefined}
                  data-column={column}
                >
                  {headers[column]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((row) => {
              const id = ids[row.fileIndex];
              return (
                <TableRow
                  key={`${id}:${row.sheet ?? ""}`}
                  className={id === activeId ? styles.current : undefined}
                  aria-current={id === activeId ? "true" : undefined}
                  data-testid="review-row"
                  data-file={row.file}
                  data-unusable={row.unusable !== undefined ? "true" : undefined}
                >
                  {REVIEW_COLUMNS.map((column) => (
                    <TableCell
                      key={column}
                      className={NUMERIC.has(column) ? styles.number : column === "grade" ? styles.nowrap : undefined}
                      data-column={column}
                      data-label={headers[column]}
                    >
                      {cell(row, column, id)}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className={styles.actions}>
        <Button
          icon={working === "zip" ? <Spinner size="tiny" /> : <FolderZip20Regular />}
          disabledFocusable={busy || working !== null || readyCount === 0}
          onClick={() => void download("zip")}
          data-testid="download-zip"
        >
          {working === "zip" ? s.working : s.downloadZip}
        </Button>
        <Button
          icon={working === "summary" ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
          disabledFocusable={busy || working !== null || results.length === 0}
          onClick={() => void download("summary")}
          data-testid="download-summary"
        >
          {working === "summary" ? s.working : s.downloadSummary}
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent} data-testid="review-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
