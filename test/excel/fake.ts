// A typed fake of the part of the Excel object model the adapter calls. Every class implements
// the adapter's narrow interface from src/excel/api.ts, which the compiler checks against
// @types/office-js, so the fake cannot drift from Office's signatures.
//
// It behaves like Excel where that matters for the adapter. Each behaviour cites its source next
// to the code that models it; in short:
// - loads, writes and method calls are queued and run in order at `context.sync()`; a failing
//   command stops the batch and earlier commands stay applied (batches are not transactional;
//   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts);
// - a property read before load + sync throws PropertyNotLoaded (same page);
// - APIs above the configured ExcelApi version throw ApiNotFound, and an office.js build without
//   an API (`officeJs`) simply lacks it, whatever the host reports (the self-hosted
//   @microsoft/office-js 1.1.110 has no NoteCollection — checked in node_modules);
// - protected sheets refuse writes (AccessDenied); cell edit mode fails syncs
//   (InvalidOperationInCellEditMode, OfficeDev/office-js#3388); oversized reads fail
//   (ResponsePayloadSizeLimitExceeded, resource limits page below);
// - reads past 5 million cells return null or throw (`overLimitRead`), merged areas fail above
//   512 per range, conditional formats carry a rule formula and a fill, `valueTypes` says what a
//   value is, and `formulas` returns the value of a cell without a formula;
// - a runtime ends: every `runtime()` is a new JavaScript context with its own copy of the
//   document settings, loaded from the document when it starts; `serialise`/`restore` is the
//   workbook saved and opened again.
import { fromA1, toA1 } from "../../src/engine/grid";
import type { Area, CellRef, CellValue, WorkbookGrid } from "../../src/engine/grid";
import type {
  AsyncResultLike,
  CommentCollectionLike,
  CommentLike,
  ContextLike,
  DocumentLike,
  ExcelEnv,
  FileLike,
  NoteCollectionLike,
  NoteLike,
  OfficeConstants,
  RangeAreasLike,
  RangeFillLike,
  RangeFormatLike,
  RangeLike,
  RunFn,
  SettingsLike,
  SliceLike,
  WorkbookLike,
  WorksheetCollectionLike,
  WorksheetLike,
  WorksheetProtectionLike,
  ConditionalFormatCollectionLike,
  ConditionalFormatLike,
  ConditionalFormatRuleLike,
  ConditionalRangeFillLike,
  CustomConditionalFormatLike,
  OfficeJsApis,
  RunOptionsLike,
} from "../../src/excel/api";
import { markKindOfFormula } from "../../src/engine/plan";
import type { MarkKind } from "../../src/engine/plan";

// --- errors ----------------------------------------------------------------------------------------

/** Shaped like OfficeExtension.Error: the adapter only reads `code`. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const notLoaded = (prop: string) =>
  new FakeOfficeError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

// --- the model -------------------------------------------------------------------------------------

export type ApiVersion = "1.7" | "1.8" | "1.9" | "1.10" | "1.13" | "1.18" | "1.20";

export interface FakeFill {
  /** null: no fill. */
  color: string | null;
  tintAndShade?: number;
  pattern?: string;
  patternColor?: string;
}

export interface FakeCell {
  /** Office's view: numbers, strings (errors as "#N/A"), booleans; null for empty. */
  value: number | string | boolean | null;
  /** The value is an error ("#N/A" typed as such or computed), not text that reads "#N/A". */
  error?: boolean;
  formula?: string;
  numberFormat?: string;
  fill: FakeFill;
  /** Results Excel calculated for formulas this cell held, so a restored formula shows its value. */
  results?: Record<string, number | string | boolean | null>;
}

/** A conditional format. SelfEval's marks are "Custom" ones; the user may have others. */
export interface FakeConditionalFormat {
  id: string;
  type: "Custom" | "CellValue";
  /** The rule formula as Office.js reports it, with its leading "=". */
  formula: string;
  fill: string | null;
  areas: Area[];
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: Area[];
  conditionalFormats: FakeConditionalFormat[];
  /** Pretends the used range is this big without holding the cells (the 5-million guard). */
  usedSize?: { rows: number; cols: number };
}

export interface FakeNote {
  sheet: string;
  row: number;
  col: number;
  content: string;
}

export interface FakeOptions {
  version?: ApiVersion;
  /** What the loaded office.js defines; absent keys: everything the host has. */
  officeJs?: Partial<OfficeJsApis>;
  /** Past 5 million cells a read returns null, or fails the request. */
  overLimitRead?: "null" | "throw";
  /** Cells a single sync may return (values, formulas, formats counted per cell and property). */
  responseCellLimit?: number;
  /** Requirement sets of the Common API for export. */
  compressedFile?: boolean;
  pdfFile?: boolean;
}

export interface WriteRecord {
  op: "values" | "formulas" | "fill" | "clearFill" | "cfAdd" | "cfSet" | "cfDelete" | "noteAdd" | "noteSet" | "noteDelete" | "commentAdd" | "commentSet" | "commentDelete" | "activate" | "select";
  sheet: string;
  address: string;
  detail?: unknown;
  /** The sync that carried the write (1-based, counted over the fake's life). */
  sync?: number;
}

const key = (row: number, col: number) => `${row},${col}`;
const NO_FILL: FakeFill = { color: null };

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d = 0] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** Excel quotes a sheet name in an address only when it needs to. */
export function excelAddress(sheet: string, area: Area): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = toA1({ row: area.top, col: area.left });
  const b = toA1({ row: area.bottom, col: area.right });
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

function parseArea(text: string): Area {
  const [from, to = from] = text.trim().split(":");
  const a = fromA1(from);
  const b = fromA1(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function parseCellAddress(address: string): { sheet: string; at: CellRef } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new FakeOfficeError("InvalidArgument", `No sheet in ${address}`);
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, at: fromA1(address.slice(bang + 1)) };
}

function cellsOf(area: Area): CellRef[] {
  const out: CellRef[] = [];
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push({ row: r, col: c });
  return out;
}

// --- the fake workbook ---------------------------------------------------------------------------

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly notes = new Map<string, FakeNote>();
  readonly comments = new Map<string, FakeNote>();
  readonly writes: WriteRecord[] = [];
  version: ApiVersion;
  /** Syncs requested, including refused ones. */
  syncs = 0;
  runs = 0;
  /** The next this-many syncs fail as if the user were typing in a cell. */
  cellEditFailures = 0;
  responseCellLimit: number;
  /** Called at the start of every sync with its number: lets a test change the workbook mid-run. */
  onSync: ((sync: number) => void) | undefined;
  active: string | undefined;
  selection: string | undefined;
  /** The document's settings as saved in it; each runtime works on its own copy. */
  readonly savedSettings = new Map<string, unknown>();
  /** The first runtime's settings (`env()`); `runtime()` starts another. */
  readonly settings: FakeSettings;
  readonly document: FakeDocument;
  private nextId = 1;

  constructor(readonly options: FakeOptions = {}) {
    this.version = options.version ?? "1.18";
    this.responseCellLimit = options.responseCellLimit ?? Infinity;
    this.document = new FakeDocument(this);
    this.settings = new FakeSettings(this.savedSettings);
  }

  newId(): string {
    return `{cf-${this.nextId++}}`;
  }

  /** Builds the fake from the engine's grid (e.g. a sample read with src/xlsx). */
  static fromGrid(grid: WorkbookGrid, options: FakeOptions = {}): FakeExcel {
    const fake = new FakeExcel(options);
    for (const sheet of grid.sheets) {
      const model = fake.addSheet(sheet.name, [], sheet.merges);
      model.protected = sheet.protected === true;
      sheet.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          const value = toOffice(cell.value);
          const fc: FakeCell = { value, fill: NO_FILL };
          if (typeof cell.value === "object" && cell.value !== null) fc.error = true;
          if (cell.formula) {
            fc.formula = cell.formula;
            fc.results = { [cell.formula]: value };
          }
          if (cell.numFmt) fc.numberFormat = cell.numFmt;
          model.cells.set(key(r, c), fc);
        }),
      );
    }
    return fake;
  }

  addSheet(name: string, rows: CellValue[][] = [], merges: Area[] = []): FakeSheet {
    const sheet: FakeSheet = { name, visibility: "Visible", protected: false, cells: new Map(), merges, conditionalFormats: [] };
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell: FakeCell = { value: toOffice(v), fill: NO_FILL };
        if (typeof v === "object") cell.error = true;
        sheet.cells.set(key(r, c), cell);
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${name})`);
    return s;
  }

  /** Renames a sheet the way the user would: its notes and comments move with it. */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
    for (const store of [this.notes, this.comments]) {
      for (const [k, note] of [...store]) {
        if (note.sheet !== from) continue;
        store.delete(k);
        note.sheet = to;
        store.set(`${to}!${key(note.row, note.col)}`, note);
      }
    }
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    const at = fromA1(a1);
    return this.sheet(sheet).cells.get(key(at.row, at.col));
  }

  setFill(sheet: string, a1: string, fill: FakeFill): void {
    const at = fromA1(a1);
    const s = this.sheet(sheet);
    const cell = s.cells.get(key(at.row, at.col)) ?? { value: null, fill: NO_FILL };
    cell.fill = { ...fill };
    s.cells.set(key(at.row, at.col), cell);
  }

  addNote(sheet: string, a1: string, content: string, kind: "note" | "comment" = "note"): void {
    const at = fromA1(a1);
    (kind === "note" ? this.notes : this.comments).set(`${sheet}!${key(at.row, at.col)}`, { sheet, row: at.row, col: at.col, content });
  }

  noteAt(sheet: string, a1: string, kind: "note" | "comment" = "note"): string | undefined {
    const at = fromA1(a1);
    return (kind === "note" ? this.notes : this.comments).get(`${sheet}!${key(at.row, at.col)}`)?.content;
  }

  /** Our mark on a cell: the kind of the SelfEval conditional format covering it, if any. */
  markAt(sheet: string, a1: string): MarkKind | undefined {
    const at = fromA1(a1);
    const cf = this.sheet(sheet).conditionalFormats.find((f) => markKindOfFormula(f.formula) && f.areas.some((a) => inArea(a, at)));
    return cf ? markKindOfFormula(cf.formula) : undefined;
  }

  /** SelfEval's conditional formats, on every sheet. */
  ownFormats(): FakeConditionalFormat[] {
    return this.sheets.flatMap((s) => s.conditionalFormats.filter((f) => markKindOfFormula(f.formula)));
  }

  addConditionalFormat(sheet: string, a1: string, format: Omit<FakeConditionalFormat, "id" | "areas">): void {
    this.sheet(sheet).conditionalFormats.unshift({ id: this.newId(), areas: a1.split(",").map(parseArea), ...format });
  }

  /** Everything the user can see, as plain data: compare two snapshots for exact restores. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()]
          .filter(([, c]) => c.value !== null || c.formula !== undefined || c.fill.color !== null || c.numberFormat !== undefined)
          .map(([k, c]) => [k, { value: c.value, error: c.error, formula: c.formula, numberFormat: c.numberFormat, fill: c.fill }])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        // Where a format sits and what it draws, not its id or its order among ours.
        conditionalFormats: s.conditionalFormats
          .map((f) => ({ type: f.type, formula: f.formula, fill: f.fill, areas: f.areas.flatMap(cellsOf).map(toA1).sort() }))
          .flatMap((f) => (markKindOfFormula(f.formula) ? f.areas.map((cell) => ({ ...f, areas: [cell] })) : [f]))
          .map((f) => JSON.stringify(f))
          .sort(),
      })),
      notes: [...this.notes.entries()].sort(),
      comments: [...this.comments.entries()].sort(),
    };
  }

  /**
   * The workbook saved to a file: cells, merges, conditional formats, notes, comments and the
   * settings saved in the document (Office.Settings: "saved per add-in and per document",
   * https://learn.microsoft.com/javascript/api/office/office.settings). Nothing of any runtime's
   * memory goes with it.
   */
  serialise(): string {
    return JSON.stringify({
      version: this.version,
      sheets: this.sheets.map((s) => ({ ...s, cells: [...s.cells] })),
      notes: [...this.notes],
      comments: [...this.comments],
      settings: [...this.savedSettings],
    });
  }

  /** The saved workbook opened again (on this PC or another): a new document, no runtime yet. */
  static restore(saved: string, options: FakeOptions = {}): FakeExcel {
    const data = JSON.parse(saved) as {
      version: ApiVersion;
      sheets: Array<Omit<FakeSheet, "cells"> & { cells: Array<[string, FakeCell]> }>;
      notes: Array<[string, FakeNote]>;
      comments: Array<[string, FakeNote]>;
      settings: Array<[string, unknown]>;
    };
    const fake = new FakeExcel({ version: data.version, ...options });
    for (const sheet of data.sheets) fake.sheets.push({ ...sheet, cells: new Map(sheet.cells) });
    for (const [k, n] of data.notes) fake.notes.set(k, n);
    for (const [k, n] of data.comments) fake.comments.set(k, n);
    for (const [k, v] of data.settings) fake.savedSettings.set(k, v);
    fake.settings.reload();
    fake.nextId = 1 + fake.sheets.reduce((n, sh) => n + sh.conditionalFormats.length, 0);
    return fake;
  }

  sheetSnapshot(name: string): unknown {
    return (this.snapshot() as { sheets: Array<{ name: string }> }).sheets.find((s) => s.name === name);
  }

  isSetSupported = (name: string, minVersion?: string): boolean => {
    if (name === "ExcelApi") return versionAtLeast(this.version, minVersion ?? "1.1");
    if (name === "CompressedFile") return this.options.compressedFile ?? true;
    if (name === "PdfFile") return this.options.pdfFile ?? true;
    return false;
  };

  requires(version: string, api: string): void {
    if (!versionAtLeast(this.version, version)) throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}; this fake is ${this.version}`);
  }

  /** The options each Excel.run was given. */
  readonly runOptions: Array<RunOptionsLike | undefined> = [];

  run: RunFn = async <T>(batch: (context: ContextLike) => Promise<T>, options?: RunOptionsLike): Promise<T> => {
    this.runs++;
    this.runOptions.push(options);
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending > 0) throw new Error(`${ctx.pending} queued command(s) were never synced`);
    return result;
  };

  /** What the loaded office.js defines (see FakeOptions.officeJs). */
  get apis(): OfficeJsApis {
    return { notes: true, comments: true, conditionalFormats: true, mergedAreas: true, ...this.options.officeJs };
  }

  /** The first runtime's environment. */
  env(extra: Partial<ExcelEnv> = {}): ExcelEnv {
    return this.envWith(this.settings, extra);
  }

  /**
   * A new runtime: another JavaScript context on the same document, remembering nothing of the
   * others. A function command's runtime ends when it completes, a pane's when the pane closes,
   * and without a shared runtime the ribbon and the pane never share one
   * (https://learn.microsoft.com/office/dev/add-ins/develop/runtimes). Its settings are the ones
   * saved in the document when it starts ("Any settings previously saved by an add-in are loaded
   * when it is initialized", https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
   */
  runtime(extra: Partial<ExcelEnv> = {}): ExcelEnv {
    return this.envWith(new FakeSettings(this.savedSettings), extra);
  }

  private envWith(settings: FakeSettings, extra: Partial<ExcelEnv>): ExcelEnv {
    return {
      run: this.run,
      isSetSupported: this.isSetSupported,
      apis: this.apis,
      settings,
      document: this.document,
      constants: FAKE_CONSTANTS,
      delay: async () => {},
      ...extra,
    };
  }

  // --- used by the proxies ---

  usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
    if (sheet.usedSize) return { top: 0, left: 0, bottom: sheet.usedSize.rows - 1, right: sheet.usedSize.cols - 1 };
    let area: Area | null = null;
    for (const [k, c] of sheet.cells) {
      const has = c.value !== null || c.formula !== undefined || (!valuesOnly && (c.fill.color !== null || c.numberFormat !== undefined));
      if (!has) continue;
      const [r, col] = k.split(",").map(Number);
      area = area
        ? { top: Math.min(area.top, r), left: Math.min(area.left, col), bottom: Math.max(area.bottom, r), right: Math.max(area.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return area;
  }

  isSlave(sheet: FakeSheet, at: CellRef): boolean {
    return sheet.merges.some((m) => at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right && (at.row !== m.top || at.col !== m.left));
  }

  checkWritable(sheet: FakeSheet): void {
    // A protected sheet refuses writes; the code is Excel.ErrorCodes.accessDenied
    // (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes). That Office raises this
    // code for a write to a protected sheet was not verified in a real Excel here.
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet "${sheet.name}" is protected.`);
  }

  /** Excel parses what is written to `values` like typed input. */
  writeCell(sheet: FakeSheet, at: CellRef, input: unknown, asFormula: boolean): void {
    this.checkWritable(sheet);
    // Writing into part of a merged area fails: the value lives in its top-left cell (Range
    // merge, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
    // The code, from Excel.ErrorCodes, is our assumption, not verified in a real Excel.
    if (this.isSlave(sheet, at)) throw new FakeOfficeError("InvalidArgument", `Cannot change part of a merged cell (${toA1(at)}).`);
    const cell = sheet.cells.get(key(at.row, at.col)) ?? { value: null, fill: NO_FILL };
    delete cell.formula;
    delete cell.error;
    if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
      const formula = input.slice(1);
      cell.formula = formula;
      cell.value = cell.results?.[formula] ?? null;
      if (typeof cell.value === "string" && ERROR_LITERALS.has(cell.value)) cell.error = true;
    } else if (typeof input === "string" && input.startsWith("'")) {
      // The apostrophe is Excel's text prefix: "'=x" and "'#N/A" stay text.
      cell.value = input.slice(1);
    } else if (typeof input === "string" && ERROR_LITERALS.has(input)) {
      // Typed "#N/A" is entered as the error value, as in the Excel UI.
      cell.value = input;
      cell.error = true;
    } else if (typeof input === "string" && /^-?\d+(\.\d+)?$/.test(input.trim())) {
      cell.value = Number(input);
    } else if (input === "" || input === null || input === undefined) {
      cell.value = null;
    } else if (typeof input === "number" || typeof input === "boolean" || typeof input === "string") {
      cell.value = input;
    } else {
      throw new FakeOfficeError("InvalidArgument", `Cannot write ${String(input)}`);
    }
    sheet.cells.set(key(at.row, at.col), cell);
    this.writes.push({ op: asFormula ? "formulas" : "values", sheet: sheet.name, address: toA1(at), detail: input });
  }

  readBlock(sheet: FakeSheet, area: Area, prop: "values" | "formulas" | "numberFormat" | "valueTypes"): unknown[][] | null {
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    // Reads past 5 million cells may return null or fail ("Excel add-ins" in
    // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
    if (rows * cols > 5_000_000) {
      if (this.options.overLimitRead === "throw") throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
      return null;
    }
    const out: unknown[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.cells.get(key(r, c));
        const slave = this.isSlave(sheet, { row: r, col: c });
        if (prop === "numberFormat") row.push(cell?.numberFormat ?? "General");
        // Excel.RangeValueType: "Empty", "String", "Double", "Boolean", "Error"
        // (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype).
        else if (prop === "valueTypes") row.push(slave || !cell || cell.value === null ? "Empty" : cell.error ? "Error" : typeof cell.value === "string" ? "String" : typeof cell.value === "boolean" ? "Boolean" : "Double");
        else if (slave || !cell) row.push("");
        // `formulas` returns the value of a cell that has no formula, so text "=x" reads "=x"
        // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
        else if (prop === "formulas" && cell.formula) row.push(`=${cell.formula}`);
        else row.push(cell.value ?? "");
      }
      out.push(row);
    }
    return out;
  }
}

const ERROR_LITERALS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

function inArea(a: Area, at: CellRef): boolean {
  return at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right;
}

function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function toOffice(value: CellValue): number | string | boolean | null {
  if (value === null || value === "") return null;
  if (typeof value === "object") return value.error;
  return value;
}

export const FAKE_CONSTANTS: OfficeConstants = {
  // office.js defines these enums as strings at run time; @types/office-js declares them numeric.
  fileType: { compressed: "compressed" as unknown as Office.FileType, pdf: "pdf" as unknown as Office.FileType },
  succeeded: "succeeded" as unknown as Office.AsyncResultStatus,
};
const FAILED = "failed" as unknown as Office.AsyncResultStatus;

// --- the request context --------------------------------------------------------------------------

interface Command {
  run(): void;
  /** Cells this command returns, for the payload limit. */
  cells?: () => number;
}

export class FakeContext implements ContextLike {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(command: Command | (() => void)): void {
    this.queue.push(typeof command === "function" ? { run: command } : command);
  }

  async sync(): Promise<void> {
    const excel = this.excel;
    excel.syncs++;
    excel.onSync?.(excel.syncs);
    const queue = this.queue;
    this.queue = [];
    // While the user edits a cell, a sync fails with InvalidOperationInCellEditMode
    // (https://github.com/OfficeDev/office-js/issues/3388); `cellEditFailures` syncs fail so.
    if (excel.cellEditFailures > 0) {
      excel.cellEditFailures--;
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    // A response above the payload limit fails as a whole (ResponsePayloadSizeLimitExceeded,
    // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
    // the limit is counted in cells here (`responseCellLimit`), an approximation of its bytes.
    const cells = queue.reduce((n, c) => n + (c.cells ? c.cells() : 0), 0);
    if (cells > excel.responseCellLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${cells} cells).`);
    }
    const first = excel.writes.length;
    try {
      for (const command of queue) command.run(); // a throw stops the batch; earlier commands stay applied
    } finally {
      for (const w of excel.writes.slice(first)) w.sync = excel.syncs;
    }
  }
}

/** Load state shared by every proxy: properties become readable only after their load ran. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(readonly ctx: FakeContext) {}

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected static props(names?: string | string[]): string[] {
    if (names === undefined) return [];
    return (Array.isArray(names) ? names : names.split(",")).map((p) => p.trim()).filter(Boolean);
  }

  /** A collection's load("items/…"): at the next sync, `items` holds fresh proxies with those properties. */
  protected loadItems<T extends { fill(props: string[]): void }>(names: string | string[] | undefined, build: () => T[]): void {
    const props = Proxy.props(names).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const items = build();
      for (const item of items) item.fill(props);
      this.loaded.set("items", items);
    });
  }
}

class FakeWorkbook implements WorkbookLike {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }

  get notes(): NoteCollectionLike {
    this.ctx.excel.requires("1.18", "workbook.notes");
    // An office.js that predates the Notes API has no such property: reading it gives undefined
    // and `.add` throws a TypeError, whatever ExcelApi the host reports (no NoteCollection in
    // node_modules/@microsoft/office-js/dist/excel-win32-16.01.js, version 1.1.110).
    if (!this.ctx.excel.apis.notes) return undefined as unknown as NoteCollectionLike;
    return new FakeNoteCollection(this.ctx, "note");
  }

  get comments(): CommentCollectionLike {
    this.ctx.excel.requires("1.10", "workbook.comments");
    if (!this.ctx.excel.apis.comments) return undefined as unknown as CommentCollectionLike;
    return new FakeNoteCollection(this.ctx, "comment");
  }
}

class FakeWorksheetCollection extends Proxy implements WorksheetCollectionLike {
  get items(): WorksheetLike[] {
    return this.get("items");
  }

  load(names?: string | string[]): this {
    this.loadItems(names, () => this.ctx.excel.sheets.map((model) => new FakeWorksheet(this.ctx, () => model)));
    return this;
  }

  getItem(name: string): WorksheetLike {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name));
  }
}

class FakeWorksheet extends Proxy implements WorksheetLike {
  readonly protection: FakeProtection;

  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
    this.protection = new FakeProtection(ctx, resolve);
  }

  get notes(): NoteCollectionLike {
    this.ctx.excel.requires("1.18", "worksheet.notes");
    if (!this.ctx.excel.apis.notes) return undefined as unknown as NoteCollectionLike;
    return new FakeNoteCollection(this.ctx, "note", this.resolve);
  }

  fill(props: string[]): void {
    const model = this.resolve();
    if (props.includes("name")) this.loaded.set("name", model.name);
    if (props.includes("visibility")) this.loaded.set("visibility", model.visibility);
  }

  get name(): string {
    return this.get("name");
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.get("visibility");
  }

  load(names?: string | string[]): this {
    const props = Proxy.props(names);
    this.ctx.enqueue(() => this.fill(props));
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      const area = this.ctx.excel.usedArea(sheet, valuesOnly === true);
      return area ? { sheet, area } : null;
    });
  }

  getRange(address?: string): RangeLike {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      const area = address ? parseArea(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
      return { sheet, area };
    });
  }

  getRanges(address?: string): RangeAreasLike {
    this.ctx.excel.requires("1.9", "worksheet.getRanges");
    if (!address) throw new FakeOfficeError("InvalidArgument", "getRanges needs an address");
    return new FakeRangeAreas(this.ctx, () => ({ sheet: this.resolve(), areas: address.split(",").map(parseArea) }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike {
    return new FakeRange(this.ctx, () => ({
      sheet: this.resolve(),
      area: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
    }));
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      // Worksheet.activate on a hidden sheet fails (Excel.Worksheet.activate,
      // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1));
      // the code is our assumption from Excel.ErrorCodes, not verified.
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.ctx.excel.active = sheet.name;
      this.ctx.excel.writes.push({ op: "activate", sheet: sheet.name, address: "" });
    });
  }
}

class FakeProtection extends Proxy implements WorksheetProtectionLike {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
  }

  get protected(): boolean {
    return this.get("protected");
  }

  load(): this {
    this.ctx.enqueue(() => this.loaded.set("protected", this.resolve().protected));
    return this;
  }
}

type RangeTarget = { sheet: FakeSheet; area: Area } | null;

class FakeRange extends Proxy implements RangeLike {
  readonly format: RangeFormatLike;

  constructor(
    ctx: FakeContext,
    readonly resolve: () => RangeTarget,
  ) {
    super(ctx);
    this.format = {
      fill: new FakeFillProxy(ctx, () => {
        const t = this.mustResolve();
        return { sheet: t.sheet, cells: cellsOf(t.area) };
      }),
    };
  }

  private mustResolve(): { sheet: FakeSheet; area: Area } {
    const t = this.resolve();
    // Using a null object (a *OrNullObject result that found nothing) fails
    // (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
    // the code is our assumption.
    if (!t) throw new FakeOfficeError("InvalidOperation", "The object is a null object.");
    return t;
  }

  get address(): string {
    return this.get("address");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(values: unknown[][]) {
    this.write(values, false);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.write(formulas, true);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get("valueTypes");
  }
  get conditionalFormats(): ConditionalFormatCollectionLike {
    return new FakeConditionalFormatCollection(this.ctx, () => {
      const t = this.mustResolve();
      return { sheet: t.sheet, areas: [t.area] };
    });
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }

  load(names?: string | string[]): this {
    const props = Proxy.props(names);
    const heavy = props.filter((p) => p === "values" || p === "formulas" || p === "numberFormat" || p === "valueTypes").length;
    this.ctx.enqueue({
      cells: () => {
        if (heavy === 0) return 0;
        try {
          const t = this.resolve();
          return t ? (t.area.bottom - t.area.top + 1) * (t.area.right - t.area.left + 1) * heavy : 0;
        } catch {
          return 0;
        }
      },
      run: () => {
        const t = this.resolve();
        this.loaded.set("isNullObject", t === null);
        if (!t) return;
        const { sheet, area } = t;
        for (const p of props) {
          if (p === "address") this.loaded.set(p, excelAddress(sheet.name, area));
          else if (p === "rowIndex") this.loaded.set(p, area.top);
          else if (p === "columnIndex") this.loaded.set(p, area.left);
          else if (p === "rowCount") this.loaded.set(p, area.bottom - area.top + 1);
          else if (p === "columnCount") this.loaded.set(p, area.right - area.left + 1);
          else if (p === "values" || p === "formulas" || p === "numberFormat" || p === "valueTypes") this.loaded.set(p, this.ctx.excel.readBlock(sheet, area, p));
          else throw new FakeOfficeError("InvalidArgument", `The fake does not load Range.${p}`);
        }
      },
    });
    return this;
  }

  private write(matrix: unknown[][], asFormula: boolean): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.mustResolve();
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      // The array written must have the range's dimensions (Range.values,
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) throw new FakeOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) this.ctx.excel.writeCell(sheet, { row: area.top + r, col: area.left + c }, matrix[r][c], asFormula);
    });
  }

  getMergedAreasOrNullObject(): RangeAreasLike {
    this.ctx.excel.requires("1.13", "range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, area } = this.mustResolve();
      // Only areas whose top-left cell lies inside the range, as Excel does.
      const areas = sheet.merges.filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right);
      // "If the merged areas count in this range is more than 512, then this method will fail to
      // return the result" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
      // the request fails, and with it what was queued after it.
      if (areas.length > 512) throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
      return areas.length > 0 ? { sheet, areas } : null;
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.mustResolve();
      // Range.select works on the active sheet only, so the adapter activates the sheet first
      // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1));
      // the failure's code is our assumption, not verified.
      if (this.ctx.excel.active !== sheet.name) throw new FakeOfficeError("InvalidOperation", "Select a range on the active sheet.");
      this.ctx.excel.selection = excelAddress(sheet.name, area);
      this.ctx.excel.writes.push({ op: "select", sheet: sheet.name, address: excelAddress(sheet.name, area) });
    });
  }
}

class FakeRangeAreas extends Proxy implements RangeAreasLike {
  readonly format: RangeFormatLike;

  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; areas: Area[] } | null,
  ) {
    super(ctx);
    this.format = {
      fill: new FakeFillProxy(ctx, () => {
        const t = this.resolve();
        if (!t) throw new FakeOfficeError("InvalidOperation", "The object is a null object.");
        return { sheet: t.sheet, cells: t.areas.flatMap(cellsOf) };
      }),
    };
  }

  get address(): string {
    return this.get("address");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get conditionalFormats(): ConditionalFormatCollectionLike {
    this.ctx.excel.requires("1.9", "RangeAreas.conditionalFormats");
    return new FakeConditionalFormatCollection(this.ctx, () => {
      const t = this.resolve();
      if (!t) throw new FakeOfficeError("InvalidOperation", "The object is a null object.");
      return t;
    });
  }

  load(names?: string | string[]): this {
    const props = Proxy.props(names);
    this.ctx.enqueue(() => {
      const t = this.resolve();
      this.loaded.set("isNullObject", t === null);
      if (!t) return;
      for (const p of props) {
        if (p === "address") this.loaded.set(p, t.areas.map((a) => excelAddress(t.sheet.name, a)).join(", "));
        else throw new FakeOfficeError("InvalidArgument", `The fake does not load RangeAreas.${p}`);
      }
    });
    return this;
  }
}

class FakeFillProxy extends Proxy implements RangeFillLike {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; cells: CellRef[] },
  ) {
    super(ctx);
  }

  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.set({ color: color.toUpperCase(), pattern: undefined, patternColor: undefined, tintAndShade: undefined }, "fill", color);
  }
  get tintAndShade(): number {
    return this.get("tintAndShade");
  }
  set tintAndShade(value: number) {
    this.ctx.excel.requires("1.9", "RangeFill.tintAndShade");
    this.set({ tintAndShade: value }, "fill", { tintAndShade: value });
  }
  get pattern(): Excel.FillPattern | "None" | "Solid" | "Gray50" | "Gray75" | "Gray25" | "Horizontal" | "Vertical" | "Down" | "Up" | "Checker" | "SemiGray75" | "LightHorizontal" | "LightVertical" | "LightDown" | "LightUp" | "Grid" | "CrissCross" | "Gray16" | "Gray8" | "LinearGradient" | "RectangularGradient" {
    return this.get("pattern");
  }
  set pattern(value: Excel.FillPattern | "None" | "Solid" | "Gray50" | "Gray75" | "Gray25" | "Horizontal" | "Vertical" | "Down" | "Up" | "Checker" | "SemiGray75" | "LightHorizontal" | "LightVertical" | "LightDown" | "LightUp" | "Grid" | "CrissCross" | "Gray16" | "Gray8" | "LinearGradient" | "RectangularGradient") {
    this.ctx.excel.requires("1.9", "RangeFill.pattern");
    this.set({ pattern: String(value) }, "fill", { pattern: value });
  }
  get patternColor(): string {
    return this.get("patternColor");
  }
  set patternColor(value: string) {
    this.ctx.excel.requires("1.9", "RangeFill.patternColor");
    this.set({ patternColor: value.toUpperCase() }, "fill", { patternColor: value });
  }

  private set(change: Partial<FakeFill>, op: WriteRecord["op"], detail: unknown): void {
    this.ctx.enqueue(() => {
      const { sheet, cells } = this.resolve();
      this.ctx.excel.checkWritable(sheet);
      for (const at of cells) {
        const cell = sheet.cells.get(key(at.row, at.col)) ?? { value: null, fill: NO_FILL };
        const next: FakeFill = { ...cell.fill, ...change };
        for (const k of Object.keys(next) as Array<keyof FakeFill>) if (next[k] === undefined) delete next[k];
        cell.fill = next;
        sheet.cells.set(key(at.row, at.col), cell);
      }
      this.ctx.excel.writes.push({ op, sheet: sheet.name, address: cellsAddress(cells), detail });
    });
  }

  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, cells } = this.resolve();
      this.ctx.excel.checkWritable(sheet);
      for (const at of cells) {
        const cell = sheet.cells.get(key(at.row, at.col));
        if (cell) cell.fill = NO_FILL;
      }
      this.ctx.excel.writes.push({ op: "clearFill", sheet: sheet.name, address: cellsAddress(cells) });
    });
  }

  load(names?: string | string[]): this {
    const props = Proxy.props(names);
    for (const p of props) if (p !== "color") this.ctx.excel.requires("1.9", `RangeFill.${p}`);
    this.ctx.enqueue(() => {
      const { sheet, cells } = this.resolve();
      const fills = cells.map((at) => sheet.cells.get(key(at.row, at.col))?.fill ?? NO_FILL);
      const uniform = fills.every((f) => JSON.stringify(f) === JSON.stringify(fills[0]));
      const f = fills[0];
      for (const p of props) {
        // No fill reads as white with a null tintAndShade and pattern (OfficeDev/office-js#6218, #4900).
        if (p === "color") this.loaded.set(p, uniform ? (f.color ?? "#FFFFFF") : null);
        else if (p === "tintAndShade") this.loaded.set(p, uniform && f.color !== null ? (f.tintAndShade ?? 0) : null);
        else if (p === "pattern") this.loaded.set(p, uniform && f.color !== null ? (f.pattern ?? "Solid") : null);
        else if (p === "patternColor") this.loaded.set(p, uniform && f.color !== null ? (f.patternColor ?? "#000000") : null);
        else throw new FakeOfficeError("InvalidArgument", `The fake does not load RangeFill.${p}`);
      }
    });
    return this;
  }
}

function cellsAddress(cells: CellRef[]): string {
  return cells.map(toA1).join(",");
}

// --- conditional formats (ExcelApi 1.6) -----------------------------------------------------------
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting:
// `range.conditionalFormats.add(Excel.ConditionalFormatType.custom)` adds a format at the top
// priority; `custom.rule.formula` (with its "=") decides where it shows; `custom.format.fill.color`
// is what it draws. The collection of a range holds the formats that intersect it
// (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection). The cell's
// own fill (`range.format.fill`) is a different thing and is not touched.

class FakeConditionalFormatCollection extends Proxy implements ConditionalFormatCollectionLike {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; areas: Area[] },
  ) {
    super(ctx);
  }

  get items(): FakeConditionalFormatProxy[] {
    return this.get("items");
  }

  load(names?: string | string[]): this {
    this.loadItems(names, () => {
      const { sheet, areas } = this.resolve();
      return sheet.conditionalFormats.filter((f) => f.areas.some((a) => areas.some((b) => intersects(a, b)))).map((f) => new FakeConditionalFormatProxy(this.ctx, sheet, f.id));
    });
    return this;
  }

  add(type: Excel.ConditionalFormatType | "Custom"): ConditionalFormatLike {
    const id = this.ctx.excel.newId();
    let sheetOf: FakeSheet | undefined;
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.resolve();
      this.ctx.excel.checkWritable(sheet);
      if (String(type) !== "Custom") throw new FakeOfficeError("InvalidArgument", "The fake adds Custom formats only.");
      sheet.conditionalFormats.unshift({ id, type: "Custom", formula: "", fill: null, areas: areas.map((a) => ({ ...a })) });
      sheetOf = sheet;
      this.ctx.excel.writes.push({ op: "cfAdd", sheet: sheet.name, address: areas.map((a) => excelAddress(sheet.name, a)).join(",") });
    });
    return new FakeConditionalFormatProxy(this.ctx, () => sheetOf ?? this.resolve().sheet, id);
  }
}

class FakeConditionalFormatProxy extends Proxy implements ConditionalFormatLike {
  private readonly sheetOf: () => FakeSheet;
  readonly custom: CustomConditionalFormatLike;

  constructor(
    ctx: FakeContext,
    sheet: FakeSheet | (() => FakeSheet),
    private readonly cfId: string,
  ) {
    super(ctx);
    this.sheetOf = typeof sheet === "function" ? sheet : () => sheet;
    const model = () => this.model();
    const set = (change: (f: FakeConditionalFormat) => void) =>
      this.ctx.enqueue(() => {
        const f = model();
        this.ctx.excel.checkWritable(this.sheetOf());
        change(f);
        this.ctx.excel.writes.push({ op: "cfSet", sheet: this.sheetOf().name, address: f.id, detail: { formula: f.formula, fill: f.fill } });
      });
    const rule = new FakeRule(ctx, model, (formula) => set((f) => (f.formula = formula)));
    const fill = new FakeConditionalFill(ctx, model, (color) => set((f) => (f.fill = color.toUpperCase())));
    this.custom = { rule, format: { fill } };
  }

  fill(props: string[]): void {
    const f = this.model();
    if (props.includes("id")) this.loaded.set("id", f.id);
    if (props.includes("type")) this.loaded.set("type", f.type);
  }

  private model(): FakeConditionalFormat {
    const f = this.sheetOf().conditionalFormats.find((x) => x.id === this.cfId);
    if (!f) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (conditional format ${this.cfId})`);
    // "Returns the custom conditional format properties if the current conditional format is a
    // custom type" (ConditionalFormat.custom): on another type the request fails.
    return f;
  }

  get id(): string {
    return this.get("id");
  }
  get type(): Excel.ConditionalFormatType | "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue" {
    return this.get("type");
  }

  load(names?: string | string[]): this {
    const props = Proxy.props(names);
    this.ctx.enqueue(() => this.fill(props));
    return this;
  }

  /** "If the conditional format is applied to multiple ranges … returns a null object" (getRangeOrNullObject). */
  getRangeOrNullObject(): RangeLike {
    return new FakeRange(this.ctx, () => {
      const f = this.model();
      return f.areas.length === 1 ? { sheet: this.sheetOf(), area: f.areas[0] } : null;
    });
  }

  getRanges(): RangeAreasLike {
    this.ctx.excel.requires("1.9", "ConditionalFormat.getRanges");
    return new FakeRangeAreas(this.ctx, () => ({ sheet: this.sheetOf(), areas: this.model().areas }));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      this.ctx.excel.checkWritable(sheet);
      const f = this.model();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x.id !== f.id);
      this.ctx.excel.writes.push({ op: "cfDelete", sheet: sheet.name, address: f.id });
    });
  }
}

class FakeRule extends Proxy implements ConditionalFormatRuleLike {
  constructor(
    ctx: FakeContext,
    private readonly model: () => FakeConditionalFormat,
    private readonly write: (formula: string) => void,
  ) {
    super(ctx);
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(formula: string) {
    this.write(formula);
  }
  load(): this {
    this.ctx.enqueue(() => {
      const f = this.model();
      if (f.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "The conditional format is not of the custom type.");
      this.loaded.set("formula", f.formula);
    });
    return this;
  }
}

class FakeConditionalFill extends Proxy implements ConditionalRangeFillLike {
  constructor(
    ctx: FakeContext,
    private readonly model: () => FakeConditionalFormat,
    private readonly write: (color: string) => void,
  ) {
    super(ctx);
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.write(color);
  }
  load(): this {
    this.ctx.enqueue(() => this.loaded.set("color", this.model().fill ?? ""));
    return this;
  }
}

// --- notes and comments ---------------------------------------------------------------------------

class FakeNoteCollection extends Proxy implements NoteCollectionLike, CommentCollectionLike {
  constructor(
    ctx: FakeContext,
    private readonly kind: "note" | "comment",
    /** worksheet.notes: addresses are on this sheet ("H5"). */
    private readonly onSheet?: () => FakeSheet,
  ) {
    super(ctx);
  }

  private get store(): Map<string, FakeNote> {
    return this.kind === "note" ? this.ctx.excel.notes : this.ctx.excel.comments;
  }

  get items(): FakeNoteProxy[] {
    return this.get("items");
  }

  load(names?: string | string[]): this {
    this.loadItems(names, () => [...this.store.keys()].map((k) => new FakeNoteProxy(this.ctx, this.kind, () => this.find(k))));
    return this;
  }

  private find(k: string): FakeNote {
    const note = this.store.get(k);
    if (!note) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${this.kind} ${k})`);
    return note;
  }

  private qualified(address: string): string {
    if (!this.onSheet) return address;
    const name = this.onSheet().name;
    return `'${name.replace(/'/g, "''")}'!${address}`;
  }

  private byAddress(address: string): string {
    const { sheet, at } = parseCellAddress(this.qualified(address));
    this.ctx.excel.sheet(sheet);
    return `${sheet}!${key(at.row, at.col)}`;
  }

  add(cellAddress: string, content: string): FakeNoteProxy {
    let k = "";
    this.ctx.enqueue(() => {
      // workbook.comments takes the full address, sheet included (CommentCollection.add,
      // https://learn.microsoft.com/javascript/api/excel/excel.commentcollection); notes are added
      // with a Range or an address on worksheet.notes (NoteCollection.add,
      // https://learn.microsoft.com/javascript/api/excel/excel.notecollection). What Excel does with
      // a sheet-qualified string on workbook.notes is not documented, so the fake refuses it: the
      // adapter may rely on the documented forms only.
      if (!this.onSheet && this.kind === "note") throw new FakeOfficeError("InvalidArgument", "Add notes on worksheet.notes with the cell's address on that sheet.");
      k = this.byAddress(cellAddress);
      const { sheet, at } = parseCellAddress(this.qualified(cellAddress));
      this.ctx.excel.checkWritable(this.ctx.excel.sheet(sheet));
      // A cell holds one note or one comment thread, not both: Excel's UI offers one or the other
      // per cell. That the API refuses the second with InvalidArgument is our assumption, not
      // verified in a real Excel.
      if (this.ctx.excel.notes.has(k) || this.ctx.excel.comments.has(k)) throw new FakeOfficeError("InvalidArgument", `The cell ${cellAddress} already has a note or comment.`);
      this.store.set(k, { sheet, row: at.row, col: at.col, content });
      this.ctx.excel.writes.push({ op: this.kind === "note" ? "noteAdd" : "commentAdd", sheet, address: toA1(at), detail: content });
    });
    return new FakeNoteProxy(this.ctx, this.kind, () => this.find(k));
  }

  getItem(cellAddress: string): FakeNoteProxy {
    return new FakeNoteProxy(this.ctx, this.kind, () => this.find(this.byAddress(cellAddress)));
  }

  getItemByCell(cellAddress: string): FakeNoteProxy {
    return this.getItem(cellAddress);
  }
}

class FakeNoteProxy extends Proxy implements NoteLike, CommentLike {
  constructor(
    ctx: FakeContext,
    private readonly kind: "note" | "comment",
    private readonly resolve: () => FakeNote,
  ) {
    super(ctx);
  }

  fill(props: string[]): void {
    const note = this.resolve();
    if (props.includes("content")) this.loaded.set("content", note.content);
  }

  get content(): string {
    return this.get("content");
  }
  set content(content: string) {
    this.ctx.enqueue(() => {
      const note = this.resolve();
      this.ctx.excel.checkWritable(this.ctx.excel.sheet(note.sheet));
      note.content = content;
      this.ctx.excel.writes.push({ op: this.kind === "note" ? "noteSet" : "commentSet", sheet: note.sheet, address: toA1({ row: note.row, col: note.col }), detail: content });
    });
  }

  load(names?: string | string[]): this {
    const props = Proxy.props(names);
    this.ctx.enqueue(() => this.fill(props));
    return this;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const note = this.resolve();
      this.ctx.excel.checkWritable(this.ctx.excel.sheet(note.sheet));
      const store = this.kind === "note" ? this.ctx.excel.notes : this.ctx.excel.comments;
      store.delete(`${note.sheet}!${key(note.row, note.col)}`);
      this.ctx.excel.writes.push({ op: this.kind === "note" ? "noteDelete" : "commentDelete", sheet: note.sheet, address: toA1({ row: note.row, col: note.col }) });
    });
  }

  getLocation(): RangeLike {
    return new FakeRange(this.ctx, () => {
      const note = this.resolve();
      return { sheet: this.ctx.excel.sheet(note.sheet), area: { top: note.row, left: note.col, bottom: note.row, right: note.col } };
    });
  }
}

// --- settings and the document (Common API) -------------------------------------------------------

/**
 * One runtime's copy of the document settings (https://learn.microsoft.com/javascript/api/office/office.settings):
 * loaded from the document when the runtime starts; `set` and `remove` change the copy only;
 * `saveAsync` writes the whole copy into the document (so a stale copy overwrites what another
 * runtime saved); `refreshAsync` reloads the copy from the document. `saveAsync` also clears
 * Excel's undo stack (OfficeDev/office-js#3141), counted in `saves`.
 */
export class FakeSettings implements SettingsLike {
  readonly values = new Map<string, unknown>();
  saves = 0;
  refreshes = 0;
  failSave = false;

  constructor(private readonly document: Map<string, unknown> = new Map()) {
    this.reload();
  }

  reload(): void {
    this.values.clear();
    for (const [k, v] of this.document) this.values.set(k, structuredClone(v));
  }

  get(name: string): unknown {
    return this.values.has(name) ? structuredClone(this.values.get(name)) : null;
  }

  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }

  remove(name: string): void {
    this.values.delete(name);
  }

  refreshAsync(callback: (result: AsyncResultLike<unknown>) => void): void {
    this.refreshes++;
    setTimeout(() => {
      this.reload();
      callback({ status: FAKE_CONSTANTS.succeeded, value: this, error: undefined as unknown as Office.Error });
    });
  }

  saveAsync(callback: (result: AsyncResultLike<void>) => void): void {
    this.saves++;
    const failed = this.failSave;
    setTimeout(() => {
      if (!failed) {
        this.document.clear();
        for (const [k, v] of this.values) this.document.set(k, structuredClone(v));
      }
      callback(
        failed
          ? { status: FAILED, value: undefined, error: { code: 5001, message: "An internal error has occurred.", name: "Internal Error" } }
          : { status: FAKE_CONSTANTS.succeeded, value: undefined, error: undefined as unknown as Office.Error },
      );
    });
  }
}

export interface FakeFileSpec {
  /** The file's bytes; absent: the workbook as it is when the file is taken (`serialise`). */
  bytes?: Uint8Array;
  /** getFileAsync fails with this Office error code (11001, 7000, …). */
  errorCode?: number;
  /** The file reports this size instead of the byte count (0 for the empty-file case). */
  size?: number;
  /** getSliceAsync fails for this slice. */
  failSlice?: number;
}

export class FakeDocument implements DocumentLike {
  constructor(private readonly workbook?: FakeExcel) {}

  files: { compressed?: FakeFileSpec; pdf?: FakeFileSpec } = {};
  opened = 0;
  closed = 0;
  slicesRead = 0;
  sliceSizes: number[] = [];
  private open = false;

  getFileAsync(fileType: Office.FileType, options: { sliceSize?: number }, callback: (result: AsyncResultLike<FileLike>) => void): void {
    const kind = String(fileType) as "compressed" | "pdf";
    const spec = this.files[kind];
    const fail = (code: number, message: string): void => {
      setTimeout(() => callback({ status: FAILED, value: undefined as unknown as FileLike, error: { code, message, name: "Error" } }));
    };
    if (!spec) return fail(11001, "The file type is not supported.");
    if (this.open) return fail(5, "Only one file can be open at a time.");
    if (spec.errorCode !== undefined) return fail(spec.errorCode, "getFileAsync failed");
    this.open = true;
    this.opened++;
    const bytes = spec.bytes ?? new TextEncoder().encode(this.workbook?.serialise() ?? "");
    const sliceSize = options.sliceSize ?? 4194304;
    this.sliceSizes.push(sliceSize);
    const count = Math.ceil(bytes.length / sliceSize);
    const file: FileLike = {
      size: spec.size ?? bytes.length,
      sliceCount: count,
      getSliceAsync: (index, cb) => {
        setTimeout(() => {
          if (!this.open) return cb({ status: FAILED, value: undefined as unknown as SliceLike, error: { code: 5, message: "closed", name: "Error" } });
          if (index === spec.failSlice) return cb({ status: FAILED, value: undefined as unknown as SliceLike, error: { code: 7000, message: "Permission denied", name: "Error" } });
          this.slicesRead++;
          const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
          cb({ status: FAKE_CONSTANTS.succeeded, value: { data, index, size: data.length }, error: undefined as unknown as Office.Error });
        });
      },
      closeAsync: (cb) => {
        this.open = false;
        this.closed++;
        setTimeout(() => cb?.({ status: FAKE_CONSTANTS.succeeded, value: undefined, error: undefined as unknown as Office.Error }));
      },
    };
    setTimeout(() => callback({ status: FAKE_CONSTANTS.succeeded, value: file, error: undefined as unknown as Office.Error }));
  }

  get isOpen(): boolean {
    return this.open;
  }
}

