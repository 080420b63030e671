// 导出提交版 when errors remain (SPEC §7): say how many and ask before going on. An alert dialog:
// the focus stays inside, Esc and 取消 cancel, and the focus returns to 导出提交版 on close.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle24Regular } from "@fluentui/react-icons";
import { toA1 } from "../../engine/grid";
import type { ExportPrompt } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";
import { findingTitle, findingTodo } from "./findingText";

const useStyles = makeStyles({
  // Fluent's dialog is 600 px wide with 24 px padding, and edge to edge below 480 px: in a 320 px
  // task pane it keeps a margin on both sides (its auto margins centre it) and tighter padding.
  surface: {
    maxWidth: "480px",
    padding: tokens.spacingHorizontalL,
    "@media screen and (max-width: 480px)": { maxWidth: `calc(100% - 2 * ${tokens.spacingHorizontalM})` },
  },
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  icon: { flexShrink: 0, color: tokens.colorPaletteRedForeground1 },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground2 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  link: {
    alignSelf: "flex-start",
    padding: 0,
    border: "none",
    background: "none",
    color: tokens.colorBrandForegroundLink,
    textDecoration: "underline",
    cursor: "pointer",
    font: "inherit",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

export interface ExportDialogProps {
  prompt: ExportPrompt | null;
  onConfirm(): void;
  onCancel(): void;
  /** 查看问题清单: closes the dialog and takes the focus to the findings. */
  onShowFindings?: () => void;
}

export function ExportDialog({ prompt, onConfirm, onCancel, onShowFindings }: ExportDialogProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  return (
    <Dialog
      open={prompt !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface className={styles.surface} data-testid="export-dialog">
        <DialogBody>
          <DialogTitle className={styles.title}>
            <ErrorCircle24Regular className={styles.icon} aria-hidden />
            {t.confirmExportTitle}
          </DialogTitle>
          <DialogContent className={styles.content}>
            <span data-testid="export-dialog-message">{prompt ? t.confirmExportBody(prompt.errors) : ""}</span>
            {prompt && prompt.first.length > 0 && (
              <>
                <span>{t.remainingErrors}</span>
                <ul className={styles.errors} data-testid="export-dialog-errors">
                  {prompt.first.map((f) => (
                    <li key={`${f.rule}|${f.sheet}|${f.at.row}|${f.at.col}|${f.messageId}`}>
                      <strong>{findingTitle(f, t)}</strong>
                      {locale === "zh-CN" ? `（${toA1(f.at)}）：` : ` (${toA1(f.at)}): `}
                      {findingTodo(f, t)}
                    </li>
                  ))}
                </ul>
                {prompt.errors > prompt.first.length && <span>{t.moreErrors(prompt.errors - prompt.first.length)}</span>}
              </>
            )}
            <span className={styles.detail}>{t.confirmExportDetail}</span>
            {onShowFindings && (
              <button type="button" className={styles.link} onClick={onShowFindings} data-testid="export-show-findings">
                {t.showAllErrors}
              </button>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel} data-testid="export-cancel">
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm} data-testid="export-confirm">
              {t.confirmExport}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
