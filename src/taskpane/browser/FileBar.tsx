// Browser mode: open .xlsx files (button or drag and drop onto the pane), pick one of several,
// and see why a file cannot be used. Files are read in the page; nothing is uploaded.
import { useRef } from "react";
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { Dismiss20Regular, DocumentTable20Regular, DocumentTableSearch24Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { errorMessage } from "../errors";
import type { BrowserPane } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  input: { display: "none" },
  current: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, overflowWrap: "anywhere", minWidth: 0 },
  body: { overflowWrap: "anywhere" },
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  emptyIcon: { color: tokens.colorBrandForeground1, fontSize: "40px" },
});

export const FILE_ACCEPT = ".xlsx,.xlsm,.xls,.et,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet";

export interface FileBarProps {
  browser: BrowserPane;
  busy: boolean;
}

export function FileBar({ browser, busy }: FileBarProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const { files, activeId } = browser.snapshot;
  const ready = files.filter((f) => f.status === "ready");
  const reading = files.filter((f) => f.status === "reading");
  const failed = files.filter((f) => f.status === "error");
  const active = ready.find((f) => f.id === activeId);

  const empty = ready.length === 0 && reading.length === 0;
  const openButton = (
    <Button
      ref={openRef}
      appearance={ready.length ? "secondary" : "primary"}
      icon={<FolderOpen20Regular />}
      disabledFocusable={busy}
      onClick={() => input.current?.click()}
      data-testid="open-files"
    >
      {t.openFiles}
    </Button>
  );

  return (
    <div className={styles.root}>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={FILE_ACCEPT}
        multiple
        tabIndex={-1}
        aria-label={t.openFilesHint}
        data-testid="file-input"
        onChange={(event) => {
          const picked = Array.from(event.currentTarget.files ?? []);
          // Cleared so that picking the same file again (after fixing it) still fires a change.
          event.currentTarget.value = "";
          if (picked.length > 0) void browser.openFiles(picked);
        }}
      />
      {/* One container for both states, so the open button keeps its DOM node (and the
          keyboard focus) when the first file arrives. */}
      <div className={empty ? styles.empty : styles.row}>
        {empty && <DocumentTableSearch24Regular className={styles.emptyIcon} aria-hidden />}
        {empty && <Text weight="semibold">{t.emptyTitle}</Text>}
        {openButton}
        {ready.length === 1 && active && (
          <Text className={styles.current} weight="semibold" data-testid="current-file">
            <DocumentTable20Regular aria-hidden />
            {active.name}
          </Text>
        )}
        {empty && (
          <Text size={200} className={styles.hint}>
            {t.dropHint}
          </Text>
        )}
      </div>
      {ready.length > 1 && (
        <Field label={t.fileLabel}>
          <Select value={activeId ?? ""} disabled={busy} onChange={(_, data) => void browser.setActive(data.value)} data-testid="file-select">
            {ready.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {reading.map((f) => (
        <Spinner key={f.id} size="tiny" labelPosition="after" label={t.reading(f.name)} />
      ))}
      {failed.map((f) => (
        <MessageBar key={f.id} intent="error" data-testid="file-error">
          <MessageBarBody className={styles.body}>{t.fileError(f.name, errorMessage(f.error, locale, t))}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t.dismiss}
                icon={<Dismiss20Regular />}
                onClick={() => {
                  browser.removeFile(f.id);
                  // The message and its button are gone: keep the keyboard focus in the pane.
                  openRef.current?.focus();
                }}
              />
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
