// 校验并评分 and what follows it: 全部采用, 清除标记, 撤销, in browser mode 下载校验副本, and
// 导出提交版 (with its 附加校验报告工作表 option in browser mode). ActionBar renders either part:
// "validate" sits at the top, "bulk" after the findings list it acts on (issue 13: nothing that
// changes many cells is offered before the findings have been read).
// The secondary actions are plain buttons in a labelled group rather than a Fluent Toolbar: a
// toolbar is one Tab stop with arrow keys inside, and the pane must work with Tab/Enter/Space.
import type { ReactElement } from "react";
import { useEffect, useRef } from "react";
import { Button, Checkbox, makeStyles, Spinner, tokens, Tooltip, useRestoreFocusTarget } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ArrowUndo20Regular,
  CheckmarkCircle20Regular,
  DocumentArrowRight20Regular,
  Eraser20Regular,
  PlayCircle20Regular,
} from "@fluentui/react-icons";
import type { Busy } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  primary: { width: "100%", maxWidth: "none" },
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  submission: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The checkbox's own padding would push its box out of line with the button above it.
  option: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface ActionBarProps {
  /** Which part to render: 校验并评分, or the actions on a run (after the findings). */
  part: "validate" | "bulk";
  busy: Busy | null;
  canValidate: boolean;
  hasRun: boolean;
  pendingCount: number;
  marksCleared: boolean;
  canUndo: boolean;
  /** Browser mode only: the checked copy to download. */
  onDownload?: () => void;
  onValidate(): void;
  onAcceptAll(): void;
  onClearMarks(): void;
  onUndo(): void;
  /** 导出提交版, where the host offers it. */
  onExport?: () => void;
  /** Browser mode: 附加校验报告工作表 (null or absent: no option, as in Excel). */
  reportSheet?: boolean | null;
  onReportSheetChange?(on: boolean): void;
}

export function ActionBar(props: ActionBarProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const { busy, hasRun } = props;
  const validating = busy === "validate" || busy === "open";
  const exporting = busy === "export";
  // The export's confirmation dialog gives the focus back to this button when it closes.
  const restoreFocusTarget = useRestoreFocusTarget();
  const browserExport = props.reportSheet !== null && props.reportSheet !== undefined;
  // 撤销 in Excel ends the run and with it this group: hand the focus to 校验并评分 rather than
  // letting it fall back to the page.
  const primary = useRef<HTMLButtonElement>(null);
  const hadRun = useRef(hasRun);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (hadRun.current && !hasRun && lost) primary.current?.focus();
    hadRun.current = hasRun;
  }, [hasRun]);
  const secondary: { key: string; label: string; hint: string; icon: ReactElement; disabled: boolean; onClick: () => void }[] = [
    {
      key: "accept-all",
      label: t.acceptAll(props.pendingCount),
      hint: t.acceptAllHint,
      icon: <CheckmarkCircle20Regular />,
      disabled: !hasRun || props.pendingCount === 0,
      onClick: props.onAcceptAll,
    },
    { key: "clear", label: t.clearMarks, hint: t.clearMarksHint, icon: <Eraser20Regular />, disabled: !hasRun || props.marksCleared, onClick: props.onClearMarks },
    { key: "undo", label: t.undo, hint: t.undoHint, icon: <ArrowUndo20Regular />, disabled: !props.canUndo, onClick: props.onUndo },
  ];
  if (props.onDownload) {
    secondary.push({ key: "download", label: t.download, hint: t.downloadHint, icon: <ArrowDownload20Regular />, disabled: !hasRun, onClick: props.onDownload });
  }
  if (props.part === "validate") {
    return (
      <Tooltip content={t.validateHint} relationship="description" withArrow>
        <Button
          ref={primary}
          appearance="primary"
          size="large"
          className={styles.primary}
          disabledFocusable={!props.canValidate || busy !== null}
          icon={validating ? <Spinner size="tiny" appearance="inverted" aria-hidden /> : <PlayCircle20Regular />}
          onClick={props.onValidate}
          data-testid="validate"
        >
          {validating ? t.validating : t.validate}
        </Button>
      </Tooltip>
    );
  }
  // Only once there is a run to act on: before that the buttons would only be noise.
  if (!hasRun) return null;
  return (
    <div className={styles.root}>
      {(
        <div className={styles.group} role="group" aria-label={t.bulkLabel}>
          {secondary.map((a) => (
            <Tooltip key={a.key} content={a.hint} relationship="description" withArrow>
              <Button icon={a.icon} disabledFocusable={a.disabled || busy !== null} onClick={a.onClick} data-testid={a.key}>
                {a.label}
              </Button>
            </Tooltip>
          ))}
        </div>
      )}
      {hasRun && props.onExport && (
        <div className={styles.submission} role="group" aria-label={t.exportLabel}>
          <Tooltip content={browserExport ? t.exportHintBrowser : t.exportHintExcel} relationship="description" withArrow>
            <Button
              {...restoreFocusTarget}
              icon={exporting ? <Spinner size="tiny" aria-hidden /> : <DocumentArrowRight20Regular />}
              disabledFocusable={busy !== null}
              onClick={props.onExport}
              data-testid="export"
            >
              {exporting ? t.exporting : t.exportSubmission}
            </Button>
          </Tooltip>
          {browserExport && (
            <Tooltip content={t.reportSheetHint} relationship="description" withArrow>
              <Checkbox
                className={styles.option}
                label={t.reportSheetOption}
                checked={!!props.reportSheet}
                onChange={(_, data) => props.onReportSheetChange?.(data.checked === true)}
                data-testid="report-sheet"
              />
            </Tooltip>
          )}
        </div>
      )}
    </div>
  );
}
