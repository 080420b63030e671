// The pane's reducer on its own: every transition, on the real sample's findings.
import type { Report } from "../../src/engine/report";
import { EMPTY_DOC, findingKey, INITIAL_PANE, paneReducer, pendingFindings, remainingErrors, suggestionsOf } from "../../src/taskpane/hooks/paneState";
import type { PaneState } from "../../src/taskpane/hooks/paneState";
import { runResult, sampleReport } from "./fixtures";

let report: Report;
beforeAll(async () => {
  report = await sampleReport();
});

const ran = (state: PaneState = INITIAL_PANE, doc = "excel") => paneReducer(state, { type: "ran", doc, result: runResult(report), browser: false });

test("busy clears the last error; idle keeps it; a failure is kept until dismissed", () => {
  let s = paneReducer(INITIAL_PANE, { type: "failed", error: new Error("x") });
  s = paneReducer(s, { type: "busy", busy: "validate" });
  expect(s).toMatchObject({ busy: "validate", error: null });
  s = paneReducer(s, { type: "failed", error: "boom" });
  s = paneReducer(s, { type: "idle" });
  expect(s).toMatchObject({ busy: null, error: "boom" });
  expect(paneReducer(s, { type: "dismissError" }).error).toBeNull();
});

test("a run replaces the document's state and says what it wrote; a quiet one (the workbook's) says nothing", () => {
  const s = ran();
  expect(s.docs.excel).toMatchObject({ accepted: new Set(), marksCleared: false, selected: null });
  expect(s.docs.excel.run?.report).toBe(report);
  expect(s.notice).toEqual({ id: "ran", written: 3, marked: 8, noteSupport: "notes", browser: false });
  const quiet = paneReducer(INITIAL_PANE, { type: "ran", doc: "excel", result: runResult(report), browser: false, notice: false });
  expect(quiet.notice).toBeNull();
  expect(quiet.docs.excel.run?.report).toBe(report);
});

test("documents are kept apart (browser mode: one per file)", () => {
  const s = paneReducer(ran(INITIAL_PANE, "a"), { type: "marksCleared", doc: "b", notice: false });
  expect(s.docs.a.marksCleared).toBe(false);
  expect(s.docs.b).toEqual({ ...EMPTY_DOC, marksCleared: true });
});

test("accepting marks the findings; 全部采用's list shrinks; one suggestion per cell", () => {
  const s = ran();
  const withSuggestion = report.findings.filter((f) => f.suggestion);
  expect(withSuggestion.length).toBeGreaterThan(0);
  expect(pendingFindings(s.docs.excel)).toEqual(withSuggestion);
  const after = paneReducer(s, { type: "accepted", doc: "excel", findings: [withSuggestion[0]], count: 1 });
  expect(after.docs.excel.accepted.has(findingKey(withSuggestion[0]))).toBe(true);
  expect(pendingFindings(after.docs.excel)).toEqual(withSuggestion.slice(1));
  expect(after.notice).toEqual({ id: "accepted", count: 1 });
  const doubled = [withSuggestion[0], { ...withSuggestion[0], rule: "other" }];
  expect(suggestionsOf(doubled)).toHaveLength(1);
});

test("select, clear, undo, and the export prompt", () => {
  let s = paneReducer(ran(), { type: "selected", doc: "excel", finding: report.findings[0] });
  expect(s.docs.excel.selected).toBe(findingKey(report.findings[0]));
  s = paneReducer(s, { type: "marksCleared", doc: "excel", notice: true });
  expect(s).toMatchObject({ notice: { id: "marksCleared" }, docs: { excel: { marksCleared: true } } });
  s = paneReducer(s, { type: "undone", doc: "excel", browser: false });
  expect(s.docs.excel).toEqual(EMPTY_DOC);
  expect(s.notice).toEqual({ id: "undone", browser: false });
  s = paneReducer(s, { type: "undone", doc: "f1", browser: true, result: runResult(report) });
  expect(s.docs.f1.run?.report).toBe(report);
  s = paneReducer(s, { type: "exportAsk", errors: 2 });
  expect(s.exportPrompt).toEqual({ errors: 2 });
  expect(paneReducer(s, { type: "exportClosed" }).exportPrompt).toBeNull();
});

test("browser mode's re-check after an accept keeps the selection and clears the accepted set", () => {
  let s = paneReducer(ran(), { type: "selected", doc: "excel", finding: report.findings[0] });
  s = paneReducer(s, { type: "accepted", doc: "excel", findings: report.findings, count: 1 });
  s = paneReducer(s, { type: "rechecked", doc: "excel", result: runResult(report, { written: 0 }) });
  expect(s.docs.excel.accepted.size).toBe(0);
  expect(s.docs.excel.selected).toBe(findingKey(report.findings[0]));
  expect(s.docs.excel.run?.written).toBe(0);
});

test("remaining errors leave out the cells the run rewrote", () => {
  const errors = report.findings.filter((f) => f.severity === "error").length;
  expect(remainingErrors(runResult(report))).toBeLessThanOrEqual(errors);
  expect(remainingErrors(runResult(report, { protectedSheets: report.templates.map((t) => t.sheet) }))).toBe(errors);
});
