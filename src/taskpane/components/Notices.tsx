// What the pane has to say right now: a host error, the outcome of the last action, protected
// sheets. Rendered from data at display time, so switching the language re-renders them.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { errorMessage } from "../errors";
import type { Notice } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  body: { overflowWrap: "anywhere" },
});

export interface NoticesProps {
  error: unknown;
  notice: Notice | null;
  protectedSheets: readonly string[];
  /** Excel only: sheets above the adapter's size guard, not validated. */
  tooLargeSheets?: readonly string[];
  onDismissError(): void;
  onDismissNotice(): void;
}

export function Notices({ error, notice, protectedSheets, tooLargeSheets = [], onDismissError, onDismissNotice }: NoticesProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const text = notice ? noticeText(notice, t) : null;
  if (error === null && !text && protectedSheets.length === 0 && tooLargeSheets.length === 0) return null;
  return (
    <div className={styles.stack}>
      {error !== null && (
        <MessageBar intent="error" data-testid="error-message">
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
        <MessageBar intent="warning">
          <MessageBarBody className={styles.body}>{t.protectedSheets(protectedSheets.join("、"))}</MessageBarBody>
        </MessageBar>
      )}
      {tooLargeSheets.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody className={styles.body}>{t.tooLargeSheets(tooLargeSheets.join("、"))}</MessageBarBody>
        </MessageBar>
      )}
      {text && (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody className={styles.body}>{text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={onDismissNotice} />}
          />
        </MessageBar>
      )}
    </div>
  );
}

function noticeText(notice: Notice, t: ReturnType<typeof useStrings>["t"]): string {
  switch (notice.id) {
    case "ran":
      return notice.browser
        ? t.ranBrowser(notice.written, notice.marked)
        : `${t.ranExcel(notice.written, notice.marked)} ${notice.marked > 0 ? t.notesVia[notice.noteSupport] : ""}`.trim();
    case "accepted":
      return t.acceptedDone(notice.count);
    case "marksCleared":
      return t.marksCleared;
    case "undone":
      return notice.browser ? t.undoneBrowser : t.undone;
    case "downloaded":
      return t.downloaded(notice.name);
  }
}
