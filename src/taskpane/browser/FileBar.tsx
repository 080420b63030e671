// Browser mode: open .xlsx files or a whole folder (buttons, or drag and drop onto the pane),
// see several files at a glance in the review table, and why a file cannot be used. Files are
// read in the page; nothing is uploaded.
import { useRef, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { Dismiss20Regular, DocumentTable20Regular, DocumentTableSearch24Regular, FolderOpen20Regular, Folder20Regular } from "@fluentui/react-icons";
import type { WriteMode } from "../../engine/plan";
import { errorMessage } from "../errors";
import type { BrowserPane } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";
import { filesFromPicker } from "./folder";
import { ReviewTable } from "./ReviewTable";
import { BROWSER_STRINGS } from "./strings";

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
  /** The write mode of the checked copies in the .zip (the pane's setting). */
  mode?: WriteMode;
}

/** The folder picker: Chromium, Edge, Firefox and Safari all support webkitdirectory. */
const FOLDER_INPUT = { webkitdirectory: "", directory: "" } as Record<string, string>;

export function FileBar({ browser, busy, mode = "values" }: FileBarProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const s = BROWSER_STRINGS[locale];
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [folderEmpty, setFolderEmpty] = useState(false);
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
  const folderButton = (
    <Button appearance="secondary" icon={<Folder20Regular />} disabledFocusable={busy} onClick={() => folderInput.current?.click()} data-testid="open-folder">
      {s.openFolder}
    </Button>
  );
  const done = files.filter((f) => f.status !== "reading");

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
      <input
        ref={folderInput}
        className={styles.input}
        type="file"
        multiple
        {...FOLDER_INPUT}
        tabIndex={-1}
        aria-label={s.openFolderHint}
        data-testid="folder-input"
        onChange={(event) => {
          const picked = filesFromPicker(Array.from(event.currentTarget.files ?? []));
          event.currentTarget.value = "";
          setFolderEmpty(picked.length === 0);
          if (picked.length > 0) void browser.openFiles(picked);
        }}
      />
      {/* One container for both states, so the open button keeps its DOM node (and the
          keyboard focus) when the first file arrives. */}
      <div className={empty ? styles.empty : styles.row}>
        {empty && <DocumentTableSearch24Regular className={styles.emptyIcon} aria-hidden />}
        {empty && <Text weight="semibold">{t.emptyTitle}</Text>}
        {openButton}
        {folderButton}
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
      {folderEmpty && (
        <MessageBar intent="warning" data-testid="folder-empty">
          <MessageBarBody>{s.noXlsxInFolder}</MessageBarBody>
        </MessageBar>
      )}
      {done.length > 1 && <ReviewTable browser={browser} busy={busy} options={{ mode, locale }} />}
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
