// 导出提交版 (SPEC §7) from the pane: validate unless the last run is current, ask when errors
// remain, then build the copy (browser mode) or take the file from Excel after clearing the marks
// (src/excel/submission.ts); 恢复标记 afterwards in Excel.
import { useRef, useState } from "react";
import type { Dispatch } from "react";
import { submissionFileName } from "../../engine/export";
import type { WriteMode } from "../../engine/plan";
import type { Profile } from "../../engine/profile";
import type { Finding, Locale } from "../../engine/report";
import type { ExcelHost } from "../../excel/host";
import { exportForSubmission, restoreMarks as restoreExcelMarks } from "../../excel/submission";
import type { Host, RunResult } from "../../host/contract";
import type { BrowserHost } from "../browser/BrowserHost";
import { PDF_MIME, saveFile, XLSX_MIME } from "../browser/download";
import { blobDownloadBlocked } from "../platform";
import type { Busy, DocState, Notice, PaneAction } from "./paneState";
import { errorFindings, remainingErrorFindings } from "./paneState";

/** An Excel host that can hand over the workbook file (导出提交版). */
export type ExportingExcelHost = Pick<ExcelHost, "kind" | "validate" | "clearMarks" | "exportFile">;

export function isExportingExcelHost(host: Host): host is Host & ExportingExcelHost {
  return host.kind === "excel" && typeof (host as Partial<ExcelHost>).exportFile === "function";
}

export interface SubmissionDeps {
  host: Host;
  browserHost: BrowserHost | null;
  doc: DocState;
  /** The shown run used a loaded profile file that has been replaced since (same id, other text). */
  otherFile(): boolean;
  dispatch: Dispatch<PaneAction>;
  guarded(kind: Busy, action: () => Promise<void>): Promise<void>;
  notice(notice: Notice | null): void;
  currentKey(): string | null;
  showRun(key: string | null, result: RunResult): void;
  profile(): Profile;
  options(): { mode: WriteMode; locale: Locale };
  locale(): Locale;
}

export function useSubmission(deps: SubmissionDeps) {
  const { host, browserHost, doc, dispatch, guarded, notice, currentKey, showRun, profile, options } = deps;
  const [reportSheet, setReportSheet] = useState(false);
  /** What 继续导出 runs: the rest of the export the confirmation interrupted. */
  const exportRest = useRef<(() => Promise<void>) | null>(null);
  const excelExport = isExportingExcelHost(host) ? host : null;

  /** Asks before going on when errors remain; the confirmation runs the rest as its own action. */
  const askIfErrors = async (errors: readonly Finding[], rest: () => Promise<void>) => {
    if (errors.length === 0) return rest();
    exportRest.current = rest;
    dispatch({ type: "exportAsk", errors: errors.length, first: errors });
  };

  const exportSubmission = () =>
    guarded("export", async () => {
      const key = currentKey();
      const locale = deps.locale();
      notice(null);
      // Validate first: the last run stands while it is current (same profile, nothing accepted
      // since, the same loaded profile file — browser mode re-checks after every accept itself).
      let run = doc.run;
      if (!run || run.report.profile !== profile().id || deps.otherFile() || doc.accepted.size > 0) {
        run = await host.validate(profile(), options());
        showRun(key, run);
      }
      if (browserHost) {
        // The copy is built from the file's original bytes; the count is of the copy itself.
        const withReport = reportSheet;
        const submission = await browserHost.submission(profile(), { reportSheet: withReport, locale, checkedAt: new Date() });
        await askIfErrors(errorFindings(submission.report), async () => {
          const bytes = await submission.write();
          saveFile(submission.fileName, bytes);
          notice({ id: "exported", name: submission.fileName, browser: true, reportSheet: withReport, pdf: false });
        });
        return;
      }
      if (!excelExport) return;
      const report = run.report;
      await askIfErrors(remainingErrorFindings(run), async () => {
        notice(null);
        const result = await exportForSubmission(excelExport, report);
        if (key) dispatch({ type: "marksCleared", doc: key, notice: false });
        if (result.kind === "file" && !blobDownloadBlocked(result.format)) {
          saveFile(result.fileName, result.bytes, document, result.format === "pdf" ? PDF_MIME : XLSX_MIME);
          notice({ id: "exported", name: result.fileName, browser: false, reportSheet: false, pdf: result.format === "pdf" });
        } else {
          notice({ id: "saveAs", name: submissionFileName(report), guidance: result.kind === "save-as" ? result.guidance : null });
        }
      });
    });

  const confirmExport = () => {
    const rest = exportRest.current;
    exportRest.current = null;
    dispatch({ type: "exportClosed" });
    if (rest) void guarded("export", rest);
  };

  const cancelExport = () => {
    exportRest.current = null;
    dispatch({ type: "exportClosed" });
  };

  const restoreMarks = excelExport
    ? () =>
        guarded("restore", async () => {
          const key = currentKey();
          notice(null);
          showRun(key, await restoreExcelMarks(excelExport, profile(), options()));
        })
    : null;

  return {
    canExport: !!browserHost || !!excelExport,
    exportSubmission,
    confirmExport,
    cancelExport,
    reportSheet: browserHost ? reportSheet : null,
    setReportSheet,
    restoreMarks,
  };
}
