// Shapes of the sample workbooks that scripts/make-samples.ts writes with ExcelJS.
// A data module describes one workbook as plain arrays (row 1 first, column A first) so that a
// reviewer can compare it line by line with the published table it was transcribed from.

/** A literal cell: text, a number, or empty. */
export type PlainValue = string | number | null;

/** A cell that needs more than a literal: a number format, or a live formula with its cached result. */
export interface CellObject {
  /** The value, or the cached result when `f` is set. */
  v: string | number;
  /** Formula without the leading "=". */
  f?: string;
  /** Excel number format code, e.g. "0.00%". */
  fmt?: string;
}

export type CellSpec = PlainValue | CellObject;

export interface SheetSpec {
  name: string;
  /** Column widths from column A, in Excel character units. */
  widths: number[];
  /** Row 1 first; a row is the cells from column A, `[]` for an empty row. */
  rows: CellSpec[][];
  /** Merged areas, e.g. "A4:A10"; the value sits in the top-left cell. */
  merges: string[];
  /** Areas drawn with thin borders (the form itself, without titles and signature rows). */
  tables: string[];
  /** Areas whose text is left-aligned (row labels, label-with-value cells); other form text is centred, long text left. */
  left?: string[];
  /** 1-based rows styled as the form title. */
  titleRows?: number[];
  /** 1-based rows centred under the title, e.g. "（2023年度）". */
  subtitleRows?: number[];
  /** Row heights (points) that override the estimate from the text. */
  heights?: Record<number, number>;
}

export type Severity = "error" | "warning" | "info";

export interface ExpectedFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the user must act on (SPEC §4, "cell" column). */
  cell: string;
  /** Why a correct checker reports it, with the hand computation. */
  why: string;
}

export interface ExpectedTemplate {
  sheet: string;
  template: "dept-eval" | "dept-base" | "project-eval";
  /** Only for scored templates; numbers as strings, recommended with 2 decimals. */
  score?: { entered?: string; recommended?: string; grade?: string };
}

export interface Expected {
  /** Rule profile the expectations hold for. */
  profile: string;
  templates: ExpectedTemplate[];
  /** Sheets that hold no template. */
  skippedSheets: string[];
  /** Every error and warning; infos as far as `infosComplete` says. */
  findings: ExpectedFinding[];
  /** True when the listed infos are all the infos a correct run reports. */
  infosComplete: boolean;
  /** Set when the CLI must refuse the file (exit 2), with the reason it prints. */
  error?: string;
  notes: string;
}

export interface WorkbookSpec {
  /** File name, without folder. */
  file: string;
  /** Folder under the repository root. */
  dir: "assets/samples" | "test/fixtures";
  /** Where the data comes from, for the README and reviewers. */
  source: string;
  sheets: SheetSpec[];
  expected: Expected;
}
