// 导出提交版 when errors remain (SPEC §7): say how many and ask before going on. An alert dialog:
// the focus stays inside, Esc and 取消 cancel, and the focus returns to 导出提交版 on close.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle24Regular } from "@fluentui/react-icons";
import type { ExportPrompt } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";

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
});

export interface ExportDialogProps {
  prompt: ExportPrompt | null;
  onConfirm(): void;
  onCancel(): void;
}

export function ExportDialog({ prompt, onConfirm, onCancel }: ExportDialogProps) {
  const styles = useStyles();
  const { t } = useStrings();
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
            <span className={styles.detail}>{t.confirmExportDetail}</span>
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
