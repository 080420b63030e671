// The task pane: one layout for Excel and browser mode. Everything the pane does goes through
// the Host it is given (useTaskpane); browser mode adds the file bar and the sheet preview.
import type { DragEvent } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Badge, makeStaticStyles, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ArrowUpload24Regular } from "@fluentui/react-icons";
import { planWrites } from "../engine/plan";
import type { MarkKind } from "../engine/plan";
import { findProfile } from "../engine/profile";
import type { Profile } from "../engine/profile";
import type { Finding, Locale, Severity } from "../engine/report";
import { FileBar } from "./browser/FileBar";
import { filesFromDrop } from "./browser/folder";
import { SheetPreview } from "./browser/SheetPreview";
import { ActionBar } from "./components/ActionBar";
import { ColourKey } from "./components/ColourKey";
import { ExportDialog } from "./components/ExportDialog";
import { FindingsList } from "./components/FindingsList";
import { Notices } from "./components/Notices";
import { SettingsButton, SettingsPanel } from "./components/SettingsPanel";
import { SummaryCard } from "./components/SummaryCard";
import { findingKey } from "./hooks/useTaskpane";
import { useMediaQuery } from "./hooks/useMediaQuery";
import { useTaskpane } from "./hooks/useTaskpane";
import type { Host, RunResult } from "../host/contract";
import { LocaleContext } from "./i18n";
import { STRINGS } from "./strings";

/** From this width the preview sits beside the findings instead of under the clicked one. */
export const WIDE_QUERY = "(min-width: 720px)";

// The pane fills its frame; the browser's default 8 px body margin would frame it in white.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    position: "relative",
    boxSizing: "border-box",
    minHeight: "100vh",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, marginRight: "auto", fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  verdict: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  main: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingHorizontalL, alignItems: "start" },
  twoColumns: { gridTemplateColumns: "minmax(0, 5fr) minmax(0, 6fr)" },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  aside: { position: "sticky", top: tokens.spacingVerticalM, minWidth: 0 },
  findings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  findingsHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  hint: { color: tokens.colorNeutralForeground2 },
  inlinePreview: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
  dragging: { outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  dropOverlay: {
    position: "fixed",
    inset: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase400,
    pointerEvents: "none",
    opacity: 0.92,
    zIndex: 10,
  },
});

export interface AppProps {
  host: Host;
  /** The language before saved settings load: from Office's or the browser's language. */
  initialLocale: Locale;
}

export function App({ host, initialLocale }: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const pane = useTaskpane(host, initialLocale);
  const locale = pane.settings.locale;
  const t = STRINGS[locale];
  const wide = useMediaQuery(WIDE_QUERY);
  const browser = pane.browser;
  const run = pane.run;
  const busy = pane.busy !== null;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const findingsHeading = useRef<HTMLHeadingElement>(null);

  // A profile file kept from before that no longer reads: 设置 opens to say why it is not used.
  useEffect(() => {
    if (pane.profileError) setSettingsOpen(true);
  }, [pane.profileError]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appTitle;
  }, [locale, t.appTitle]);

  // Browser mode: drop .xlsx files anywhere on the pane.
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");
  const dropHandlers = browser
    ? {
        onDragEnter: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          dragDepth.current++;
          setDragging(true);
        },
        onDragOver: (e: DragEvent) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
        },
        onDragLeave: () => {
          dragDepth.current = Math.max(0, dragDepth.current - 1);
          if (dragDepth.current === 0) setDragging(false);
        },
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          dragDepth.current = 0;
          setDragging(false);
          // A dropped folder is walked for its workbooks (browser/folder.ts).
          void filesFromDrop(e.dataTransfer).then((files) => (files.length > 0 ? browser.openFiles(files) : undefined));
        },
      }
    : {};

  const activeFile = browser?.snapshot.files.find((f) => f.id === browser.snapshot.activeId);
  // The two action bars (validate above the findings, bulk actions below them) share their state.
  const actions = {
    busy: pane.busy,
    canValidate: browser ? activeFile?.status === "ready" : true,
    hasRun: !!run,
    pendingCount: pane.pending.length,
    marksCleared: pane.marksCleared,
    canUndo: pane.canUndo,
    onValidate: () => void pane.validate(),
    onAcceptAll: () => void pane.acceptAll(),
    onClearMarks: () => void pane.clearMarks(),
    onUndo: () => void pane.undo(),
  };
  const selection = browser?.snapshot.selection;
  const previewSheet = browser && selection ? browser.host.sheet(selection.fileId, selection.sheet) : undefined;
  const marks = useMemo(() => {
    const map = new Map<string, MarkKind>();
    if (!run || !selection || pane.marksCleared) return map;
    for (const m of planWrites(run.report, { mode: "values", locale }).marks) {
      if (m.sheet === selection.sheet) map.set(`${m.at.row},${m.at.col}`, m.kind);
    }
    return map;
  }, [run, selection, pane.marksCleared, locale]);
  const preview =
    previewSheet && selection ? <SheetPreview sheet={previewSheet} selected={selection.at} marks={marks} version={browser?.snapshot} /> : null;

  return (
    <LocaleContext.Provider value={{ locale, t }}>
      <div className={mergeClasses(styles.root, dragging && styles.dragging)} {...dropHandlers} data-mode={host.kind}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <Badge appearance="tint" color={host.kind === "excel" ? "success" : "brand"} data-testid="mode">
            {host.kind === "excel" ? t.modeExcel : t.modeBrowser}
          </Badge>
          <SettingsButton open={settingsOpen} onToggle={() => setSettingsOpen((o) => !o)} />
        </header>
        {settingsOpen && (
          <SettingsPanel
            settings={pane.settings}
            disabled={!pane.settingsReady}
            onChange={pane.updateSettings}
            hostKind={host.kind}
            customProfile={pane.customProfile}
            profileError={pane.profileError}
            onLoadProfile={(file) => void pane.loadProfileFile(file)}
            onRemoveProfile={pane.removeCustomProfile}
            onDismissProfileError={pane.dismissProfileError}
          />
        )}
        <main className={mergeClasses(styles.main, wide && !!preview && styles.twoColumns)} aria-label={t.mainLabel}>
          <div className={styles.column}>
            {browser && <FileBar browser={browser} busy={busy} mode={pane.settings.mode} />}
            <ActionBar part="validate" {...actions} />
            <Notices
              error={pane.error}
              notice={pane.notice}
              protectedSheets={run?.protectedSheets ?? []}
              tooLargeSheets={tooLargeSheets(run)}
              onDismissError={pane.dismissError}
              onDismissNotice={pane.dismissNotice}
              onRestoreMarks={pane.restoreMarks ? () => void pane.restoreMarks?.() : undefined}
              busy={busy}
              stale={pane.stale}
              onRevalidate={() => void pane.validate()}
            />
            {run && (
              <section className={styles.findings} aria-labelledby="selfeval-findings-heading" data-testid="findings">
                <h2 id="selfeval-findings-heading" ref={findingsHeading} tabIndex={-1} className={styles.findingsHeading}>
                  {t.findings}
                </h2>
                <p className={styles.verdict} data-testid="verdict">
                  {t.verdict(openCounts(run.report.findings, pane.accepted))}
                </p>
                {browser && !preview && run.report.findings.length > 0 && (
                  <Text size={200} className={styles.hint}>
                    {t.previewHint}
                  </Text>
                )}
                <FindingsList
                  findings={run.report.findings}
                  accepted={pane.accepted}
                  selected={pane.selected}
                  busy={busy}
                  onSelect={(f) => void pane.select(f)}
                  onAccept={(f) => void pane.accept([f])}
                  renderDetail={!wide && preview ? () => <div className={styles.inlinePreview}>{preview}</div> : undefined}
                />
              </section>
            )}
            <ActionBar
              part="bulk"
              {...actions}
              onDownload={browser ? () => void browser.download() : undefined}
              onExport={pane.canExport ? () => void pane.exportSubmission() : undefined}
              reportSheet={pane.reportSheet}
              onReportSheetChange={pane.setReportSheet}
            />
            {run && <SummaryCard run={run} profileName={profileName(run.report.profile, locale, pane.customProfile)} fileName={activeFile?.name} />}
            {run && <ColourKey />}
          </div>
          {wide && preview && (
            <aside className={styles.aside} aria-labelledby="selfeval-preview-heading">
              {preview}
            </aside>
          )}
        </main>
        <ExportDialog
          prompt={pane.exportPrompt}
          onConfirm={pane.confirmExport}
          onCancel={pane.cancelExport}
          onShowFindings={() => {
            pane.cancelExport();
            // After the dialog hands the focus back to 导出提交版, move it to the list.
            setTimeout(() => {
              findingsHeading.current?.focus();
              findingsHeading.current?.scrollIntoView({ block: "start" });
            }, 50);
          }}
        />
        {dragging && (
          <div className={styles.dropOverlay} aria-hidden>
            <ArrowUpload24Regular />
            {t.dropHere}
          </div>
        )}
      </div>
    </LocaleContext.Provider>
  );
}

/** Findings not yet handled, by severity (an accepted suggestion in Excel mode is handled). */
function openCounts(findings: readonly Finding[], accepted: ReadonlySet<string>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!accepted.has(findingKey(f))) counts[f.severity]++;
  return counts;
}

/** The Excel adapter reports sheets it skipped for their size; other hosts have none. */
function tooLargeSheets(run: RunResult | null): string[] {
  const sheets = (run as { tooLargeSheets?: unknown } | null)?.tooLargeSheets;
  return Array.isArray(sheets) ? sheets.filter((s): s is string => typeof s === "string") : [];
}

/** The name of the profile a run used: a built-in one's, the loaded file's (marked as a file), else its id. */
function profileName(id: string, locale: Locale, custom: Profile | null): string {
  const builtIn = findProfile(id);
  if (builtIn) return builtIn.name[locale];
  if (custom && custom.id === id) return STRINGS[locale].customProfileOption(custom.name[locale]);
  return id;
}
