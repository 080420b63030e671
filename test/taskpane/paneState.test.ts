// The pane's reducer on its own: every transition, on the real sample's findings.
import type { Report } from "../../src/engine/report";
import {
  changesOf,
  EMPTY_DOC,
  EXPORT_PROMPT_ERRORS,
  findingKey,
  INITIAL_PANE,
  isStale,
  paneReducer,
  pendingFindings,
  remainingErrorFindings,
  remainingErrors,
  suggestionsOf,
} from "../../src/taskpane/hooks/paneState";
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
  expect(after.notice).toEqual({ id: "accepted", count: 1, changes: [] });
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
  expect(s.exportPrompt).toEqual({ errors: 2, first: [] });
  // The confirmation names the first few remaining errors; the rest are a link to the list.
  const many = Array.from({ length: 5 }, () => report.findings[0]);
  s = paneReducer(s, { type: "exportAsk", errors: 5, first: many });
  expect(s.exportPrompt?.first).toHaveLength(EXPORT_PROMPT_ERRORS);
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

test("results are out of date once the profile or the write mode moves away from the run's", () => {
  const s = paneReducer(INITIAL_PANE, { type: "ran", doc: "excel", result: runResult(report), browser: false, mode: "values" });
  const doc = s.docs.excel;
  expect(isStale(doc, { profile: report.profile, mode: "values" })).toBe(false);
  expect(isStale(doc, { profile: "hunan-dept", mode: "values" })).toBe(true);
  expect(isStale(doc, { profile: report.profile, mode: "formulas" })).toBe(true);
  // The workbook's own run (the ribbon's) has no known mode: only the profile counts.
  const kept = paneReducer(INITIAL_PANE, { type: "ran", doc: "excel", result: runResult(report), browser: false, notice: false }).docs.excel;
  expect(isStale(kept, { profile: report.profile, mode: "formulas" })).toBe(false);
  expect(isStale(EMPTY_DOC, { profile: "hunan-dept", mode: "values" })).toBe(false);
});

test("a run with a loaded profile file is out of date once another file (same id) is loaded or the file is removed", () => {
  const text = '{"id": "test-bureau", "severities": {"over-target": "error"}}';
  const custom = runResult({ ...report, profile: "test-bureau" });
  const doc = paneReducer(INITIAL_PANE, { type: "ran", doc: "excel", result: custom, browser: false, mode: "values", profileText: text }).docs.excel;
  expect(isStale(doc, { profile: "test-bureau", mode: "values", customProfile: text })).toBe(false);
  expect(isStale(doc, { profile: "test-bureau", mode: "values", customProfile: '{"id": "test-bureau"}' })).toBe(true);
  expect(isStale(doc, { profile: "test-bureau", mode: "values" })).toBe(true);
  // Browser mode's re-checks record it too.
  const rechecked = paneReducer({ ...INITIAL_PANE, docs: { excel: doc } }, { type: "rechecked", doc: "excel", result: custom, mode: "values", profileText: "{}" }).docs.excel;
  expect(isStale(rechecked, { profile: "test-bureau", mode: "values", customProfile: text })).toBe(true);
  // A run with a built-in profile does not care which file is loaded.
  const builtIn = paneReducer(INITIAL_PANE, { type: "ran", doc: "excel", result: runResult(report), browser: false, mode: "values" }).docs.excel;
  expect(isStale(builtIn, { profile: report.profile, mode: "values", customProfile: text })).toBe(false);
});

test("an accept says old → new for each cell it writes (满意度 9 → 10, 基本支出预算成本 19 → 16.84)", () => {
  const changes = changesOf(report.findings);
  const byCell = Object.fromEntries(changes.map((c) => [`${c.at.row},${c.at.col}`, `${c.from} → ${c.to}`]));
  expect(byCell["18,7"]).toBe("9 → 10"); // H19: the reason-required suggestion raises the score
  expect(byCell["19,7"]).toBe("19 → 16.84"); // H20
  expect(byCell["4,7"]).toBe("9.8 → 9.90"); // H5, the budget score
  const s = paneReducer(ran(), { type: "accepted", doc: "excel", findings: report.findings, count: changes.length, changes });
  expect(s.notice).toEqual({ id: "accepted", count: changes.length, changes });
});

test("the remaining errors are the findings remainingErrors counts", () => {
  const run = runResult(report);
  expect(remainingErrorFindings(run)).toHaveLength(remainingErrors(run));
  expect(remainingErrorFindings(run).every((f) => f.severity === "error")).toBe(true);
});
