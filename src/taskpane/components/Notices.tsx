// What the pane has to say right now: a host error, the outcome of the last action, protected
// sheets. Rendered from data at display time, so switching the language re-renders them.
import type { MessageBarIntent } from "@fluentui/react-components";
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { Dismiss20Regular, PaintBucket20Regular } from "@fluentui/react-icons";
import { toA1 } from "../../engine/grid";
import type { Locale } from "../../engine/report";
import { errorMessage } from "../errors";
import type { Notice } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // Every notice wraps: a single-line MessageBar pushed a 320 px pane sideways (issue 13).
  bar: { minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  body: { overflowWrap: "anywhere", whiteSpace: "normal", minWidth: 0 },
  line: { display: "block" },
});

export interface NoticesProps {
  error: unknown;
  notice: Notice | null;
  protectedSheets: readonly string[];
  /** Excel only: sheets above the adapter's size guard, not validated. */
  tooLargeSheets?: readonly string[];
  onDismissError(): void;
  onDismissNotice(): void;
  /** Excel: 恢复标记, offered with the outcome of 导出提交版. */
  onRestoreMarks?: () => void;
  /** Disables 恢复标记 while another action runs. */
  busy?: boolean;
  /** The shown results predate a change of profile or write mode: say so, offer 重新校验. */
  stale?: boolean;
  onRevalidate?: () => void;
}

export function Notices({ error, notice, protectedSheets, tooLargeSheets = [], onDismissError, onDismissNotice, onRestoreMarks, busy = false, stale = false, onRevalidate }: NoticesProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const text = notice ? noticeText(notice, t, locale) : null;
  // After 导出提交版 in Excel the marks are gone from the workbook: offer them back.
  const restore = notice && onRestoreMarks && (notice.id === "saveAs" || (notice.id === "exported" && !notice.browser));
  if (error === null && !text && !stale && protectedSheets.length === 0 && tooLargeSheets.length === 0) return null;
  return (
    <div className={styles.stack}>
      {stale && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="stale">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
            {t.stale}
          </MessageBarBody>
          {onRevalidate && (
            <MessageBarActions>
              <Button disabledFocusable={busy} onClick={onRevalidate} data-testid="revalidate">
                {t.revalidate}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {error !== null && (
        <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="error-message">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {errorMessage(error, locale, t)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={onDismissError} />}
          />
        </MessageBar>
      )}
      {protectedSheets.length > 0 && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody className={styles.body}>{t.protectedSheets(protectedSheets.join("、"))}</MessageBarBody>
        </MessageBar>
      )}
      {tooLargeSheets.length > 0 && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody className={styles.body}>{t.tooLargeSheets(tooLargeSheets.join("、"))}</MessageBarBody>
        </MessageBar>
      )}
      {text && (
        <MessageBar intent={text.intent} layout="multiline" className={styles.bar} data-testid={notice?.id === "saveAs" ? "save-as" : "notice"}>
          <MessageBarBody className={styles.body}>
            {text.title && <MessageBarTitle>{text.title}</MessageBarTitle>}
            {text.lines.map((line, i) => (
              <span key={i} className={text.title || i > 0 ? styles.line : undefined}>
                {line}
              </span>
            ))}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={onDismissNotice} />}
          >
            {restore && (
              <Button icon={<PaintBucket20Regular />} title={t.restoreMarksHint} disabledFocusable={busy} onClick={onRestoreMarks} data-testid="restore-marks">
                {t.restoreMarks}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

interface NoticeText {
  intent: MessageBarIntent;
  title?: string;
  lines: string[];
}

function info(line: string): NoticeText {
  return { intent: "info", lines: [line] };
}

function noticeText(notice: Notice, t: ReturnType<typeof useStrings>["t"], locale: Locale): NoticeText {
  const success = (line: string): NoticeText => ({ intent: "success", lines: [line] });
  switch (notice.id) {
    case "ran":
      // What the run wrote, not a verdict: the verdict above the findings says what remains.
      return info(
        notice.browser
          ? t.ranBrowser(notice.written, notice.marked)
          : `${t.ranExcel(notice.written, notice.marked)} ${notice.marked > 0 ? t.notesVia[notice.noteSupport] : ""}`.trim(),
      );
    case "accepted":
      return {
        intent: "success",
        lines: [t.acceptedDone(notice.count), ...notice.changes.map((c) => `${toA1(c.at)} ${t.oldNew(c.from, c.to)}`)],
      };
    case "marksCleared":
      return success(t.marksCleared);
    case "undone":
      return success(notice.browser ? t.undoneBrowser : t.undone);
    case "downloaded":
      return success(t.downloaded(notice.name));
    case "exported":
      return success(
        notice.browser ? t.exportedBrowser(notice.name, notice.reportSheet) : `${t.exportedExcel(notice.name)}${notice.pdf ? ` ${t.exportedPdf}` : ""}`,
      );
    case "saveAs":
      return { intent: "info", title: t.saveAsTitle, lines: [notice.guidance ? notice.guidance[locale] : t.downloadBlocked, t.suggestedName(notice.name)] };
  }
}
