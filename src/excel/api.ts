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
  /** ExcelApi 1.18 (subscription Excel only): the classic yellow notes. Absent from office.js
   *  builds that predate it (the self-hosted @microsoft/office-js 1.1.110), whatever the host
   *  reports: see OfficeJsApis. */
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
  /** ExcelApi 1.18: notes are added here, by the cell's address on this sheet (the documented
   *  forms are a Range or an address on worksheet.notes). */
  readonly notes: NoteCollectionLike;
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
      "address" | "values" | "formulas" | "numberFormat" | "valueTypes" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "isNullObject"
    >,
    Loadable {
  readonly format: RangeFormatLike;
  /** ExcelApi 1.6: the conditional formats that intersect the range. SelfEval's marks are drawn here. */
  readonly conditionalFormats: ConditionalFormatCollectionLike;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): RangeAreasLike;
  select(): void;
}

export interface RangeAreasLike extends Pick<Excel.RangeAreas, "address" | "isNullObject">, Loadable {
  readonly format: RangeFormatLike;
  /** ExcelApi 1.9: one conditional format over every area. */
  readonly conditionalFormats: ConditionalFormatCollectionLike;
}

// --- conditional formats (ExcelApi 1.6): SelfEval's marks -------------------------------------

export interface ConditionalFormatCollectionLike extends Loadable {
  readonly items: ConditionalFormatLike[];
  /** Always called with Excel.ConditionalFormatType.custom ("Custom"). */
  add(type: Excel.ConditionalFormatType | "Custom"): ConditionalFormatLike;
}

export interface ConditionalFormatLike extends Pick<Excel.ConditionalFormat, "id" | "type">, Loadable {
  /** Valid only when `type` is "Custom"; reading it on another type fails the request. */
  readonly custom: CustomConditionalFormatLike;
  /** ExcelApi 1.6; a null object when the format spans several areas. */
  getRangeOrNullObject(): RangeLike;
  /** ExcelApi 1.9: every area the format applies to. */
  getRanges(): RangeAreasLike;
  delete(): void;
}

export interface CustomConditionalFormatLike {
  readonly rule: ConditionalFormatRuleLike;
  readonly format: ConditionalRangeFormatLike;
}

export interface ConditionalFormatRuleLike extends Pick<Excel.ConditionalFormatRule, "formula">, Loadable {}

export interface ConditionalRangeFormatLike {
  readonly fill: ConditionalRangeFillLike;
}

export interface ConditionalRangeFillLike extends Pick<Excel.ConditionalRangeFill, "color">, Loadable {}

export interface RangeFormatLike {
  readonly fill: RangeFillLike;
}

/** `color` is ExcelApi 1.1; `pattern`, `patternColor` and `tintAndShade` are 1.9. */
export interface RangeFillLike extends Pick<Excel.RangeFill, "color" | "pattern" | "patternColor" | "tintAndShade">, Loadable {
  clear(): void;
}

export interface NoteCollectionLike extends Loadable {
  readonly items: NoteLike[];
  /** On worksheet.notes: the cell's address on that sheet ("H5"); Office also takes a Range. */
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

/** `Excel.run` as the adapter uses it; `createOfficeEnv` passes the real one, with
 *  `{ delayForCellEdit }` as Excel.RunOptions. */
export type RunFn = <T>(batch: (context: ContextLike) => Promise<T>, options?: RunOptionsLike) => Promise<T>;

export type RunOptionsLike = Pick<Excel.RunOptions, "delayForCellEdit">;

/**
 * What the loaded office.js itself offers, whatever the host reports: a self-hosted office.js
 * (the @microsoft/office-js npm build, 1.1.110) has no Notes API while Microsoft 365 reports
 * ExcelApi 1.18, so `workbook.notes` is undefined there. `createOfficeEnv` probes the Excel
 * namespace for each class; a feature is used only when both the host and the library have it.
 */
export interface OfficeJsApis {
  notes: boolean;
  comments: boolean;
  conditionalFormats: boolean;
  mergedAreas: boolean;
}

export interface OfficeEnv {
  run: RunFn;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Absent: assume the library has everything the host reports. */
  apis?: OfficeJsApis;
}

// --- the Common API (document settings and file export) --------------------------------------

export type AsyncResultLike<T> = Pick<Office.AsyncResult<T>, "status" | "value" | "error">;

export interface SettingsLike extends Pick<Office.Settings, "get" | "set" | "remove"> {
  /** Reloads the in-memory copy from the document: another runtime (the ribbon's function file,
   *  the pane) may have saved since this one started. */
  refreshAsync(callback: (result: AsyncResultLike<unknown>) => void): void;
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
  Satisfies<Excel.ConditionalFormatCollection, ConditionalFormatCollectionLike>,
  Satisfies<Excel.ConditionalFormat, ConditionalFormatLike>,
  Satisfies<Excel.CustomConditionalFormat, CustomConditionalFormatLike>,
  Satisfies<Excel.ConditionalFormatRule, ConditionalFormatRuleLike>,
  Satisfies<Excel.ConditionalRangeFormat, ConditionalRangeFormatLike>,
  Satisfies<Excel.ConditionalRangeFill, ConditionalRangeFillLike>,
  Satisfies<Office.Settings, SettingsLike>,
  Satisfies<Office.File, FileLike>,
  Satisfies<Office.Document, DocumentLike>,
];
