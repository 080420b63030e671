// The subset of Office.js the adapter calls, as narrow interfaces. The adapter is written against
// these, and the test fake implements them. Property types are Pick<>ed from @types/office-js;
// methods are declared with narrow return types (a Pick of `load` would return `Excel.Range`,
// which a fake cannot produce without casts). `OfficeTypeChecks` below makes the compiler prove
// that every real Office class is assignable to its narrow interface, so the adapter can only call
// what Office really offers, with Office's own signatures, and the fake is checked against them.

/** A proxy whose properties become readable after `load` + `context.sync()`. */
export interface Loadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface ContextLike {
  readonly workbook: WorkbookLike;
  sync(): Promise<unknown>;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  /** ExcelApi 1.18 (subscription Excel only): the classic yellow notes. */
  readonly notes: NoteCollectionLike;
  /** ExcelApi 1.10: threaded comments. */
  readonly comments: CommentCollectionLike;
}

export interface WorksheetCollectionLike extends Loadable {
  readonly items: WorksheetLike[];
  getItem(key: string): WorksheetLike;
}

export interface WorksheetLike extends Pick<Excel.Worksheet, "name" | "visibility">, Loadable {
  readonly protection: WorksheetProtectionLike;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** Without an address: the whole sheet. */
  getRange(address?: string): RangeLike;
  /** ExcelApi 1.9: several areas ("A1:A3, C5") as one object. */
  getRanges(address?: string): RangeAreasLike;
  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  activate(): void;
}

export interface WorksheetProtectionLike extends Pick<Excel.WorksheetProtection, "protected">, Loadable {}

export interface RangeLike
  extends Pick<
      Excel.Range,
      "address" | "values" | "formulas" | "numberFormat" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "isNullObject"
    >,
    Loadable {
  readonly format: RangeFormatLike;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): RangeAreasLike;
  select(): void;
}

export interface RangeAreasLike extends Pick<Excel.RangeAreas, "address" | "isNullObject">, Loadable {
  readonly format: RangeFormatLike;
}

export interface RangeFormatLike {
  readonly fill: RangeFillLike;
}

/** `color` is ExcelApi 1.1; `pattern`, `patternColor` and `tintAndShade` are 1.9. */
export interface RangeFillLike extends Pick<Excel.RangeFill, "color" | "pattern" | "patternColor" | "tintAndShade">, Loadable {
  clear(): void;
}

export interface NoteCollectionLike extends Loadable {
  readonly items: NoteLike[];
  add(cellAddress: string, content: string): NoteLike;
  /** Key: the note's cell address. Fails the batch with ItemNotFound when there is none. */
  getItem(key: string): NoteLike;
}

export interface NoteLike extends Pick<Excel.Note, "content">, Loadable {
  delete(): void;
  getLocation(): RangeLike;
}

export interface CommentCollectionLike extends Loadable {
  readonly items: CommentLike[];
  add(cellAddress: string, content: string): CommentLike;
  /** Fails the batch with ItemNotFound when the cell has no comment. */
  getItemByCell(cellAddress: string): CommentLike;
}

export interface CommentLike extends Pick<Excel.Comment, "content">, Loadable {
  delete(): void;
  getLocation(): RangeLike;
}

/** `Excel.run` as the adapter uses it; the real one is passed in by `createOfficeEnv`. */
export type RunFn = <T>(batch: (context: ContextLike) => Promise<T>) => Promise<T>;

export interface OfficeEnv {
  run: RunFn;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion?: string): boolean;
}

// --- the Common API (document settings and file export) --------------------------------------

export type AsyncResultLike<T> = Pick<Office.AsyncResult<T>, "status" | "value" | "error">;

export interface SettingsLike extends Pick<Office.Settings, "get" | "set"> {
  /** Persists the settings into the document. Clears Excel's undo stack: never call it inside a
   *  validate-and-write run (PLATFORM.md, Undo). */
  saveAsync(callback: (result: AsyncResultLike<void>) => void): void;
}

export type SliceLike = Pick<Office.Slice, "data" | "index" | "size">;

export interface FileLike extends Pick<Office.File, "size" | "sliceCount"> {
  getSliceAsync(sliceIndex: number, callback: (result: AsyncResultLike<SliceLike>) => void): void;
  closeAsync(callback?: (result: AsyncResultLike<void>) => void): void;
}

export interface DocumentLike {
  getFileAsync(fileType: Office.FileType, options: { sliceSize?: number }, callback: (result: AsyncResultLike<FileLike>) => void): void;
}

/**
 * Office's enums as they exist at run time. @types/office-js declares `Office.FileType` and
 * `Office.AsyncResultStatus` as numeric enums while office.js defines them as strings
 * ("compressed", "succeeded"), and they only exist once office.js has loaded — so the adapter
 * never names them itself; `createOfficeEnv` hands in Office's own values.
 */
export interface OfficeConstants {
  fileType: { compressed: Office.FileType; pdf: Office.FileType };
  succeeded: Office.AsyncResultStatus;
}

/** Everything the Excel host needs from Office, injected so that tests can pass a fake. */
export interface ExcelEnv extends OfficeEnv {
  settings: SettingsLike;
  document: DocumentLike;
  constants: OfficeConstants;
  /** Waits between retries; tests pass an instant one. */
  delay?: (ms: number) => Promise<void>;
}

// --- compile-time proof that the narrow interfaces are satisfied by the real Office types -------

type Satisfies<Real extends Narrow, Narrow> = [Real, Narrow];

export type OfficeTypeChecks = [
  Satisfies<Excel.RequestContext, ContextLike>,
  Satisfies<Excel.Workbook, WorkbookLike>,
  Satisfies<Excel.WorksheetCollection, WorksheetCollectionLike>,
  Satisfies<Excel.Worksheet, WorksheetLike>,
  Satisfies<Excel.WorksheetProtection, WorksheetProtectionLike>,
  Satisfies<Excel.Range, RangeLike>,
  Satisfies<Excel.RangeAreas, RangeAreasLike>,
  Satisfies<Excel.RangeFormat, RangeFormatLike>,
  Satisfies<Excel.RangeFill, RangeFillLike>,
  Satisfies<Excel.NoteCollection, NoteCollectionLike>,
  Satisfies<Excel.Note, NoteLike>,
  Satisfies<Excel.CommentCollection, CommentCollectionLike>,
  Satisfies<Excel.Comment, CommentLike>,
  Satisfies<Office.Settings, SettingsLike>,
  Satisfies<Office.File, FileLike>,
  Satisfies<Office.Document, DocumentLike>,
  Satisfies<typeof Excel.run, RunFn>,
];
