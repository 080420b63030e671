// The .xlsx package (ECMA-376 Part 2, Open Packaging Conventions) as SelfEval reads and edits it:
// the zip is kept as loaded, the few XML parts SelfEval needs are inflated under a size budget,
// and a copy replaces only the parts SelfEval changed. Every other part (charts, drawings, VBA,
// customXml, x14 extensions …) goes out with the bytes it came in with.
import JSZip from "jszip";
import { attr, decodeUtf8, escapeXml, parseAttrs, scanXml } from "./xml";
import { WorkbookReadError } from "./errors";

/** Explicit limits on what one workbook may cost to read (issue 9: bounded work). */
export interface ReadLimits {
  /** Inflated bytes of the XML parts read (sheets, shared strings, styles, comments …). */
  xmlBytes: number;
  /** Cells that hold a value or a formula, over all sheets. */
  cells: number;
  /** Merged areas, over all sheets. */
  merges: number;
  sheets: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  xmlBytes: 256 * 1024 * 1024,
  cells: 1_000_000,
  merges: 100_000,
  sheets: 1_000,
};

export interface Relationship {
  id: string;
  type: string;
  /** Resolved to a package path without the leading "/" (e.g. "xl/worksheets/sheet1.xml"). */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  /** The relationship id in workbook.xml (`r:id`). */
  rid: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Package path of the sheet part; undefined when the relationship is missing. */
  path?: string;
  /** "worksheet", or "chartsheet" / "dialogsheet" / "macrosheet" (no cells SelfEval reads). */
  kind: string;
}

export const REL = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  styles: "/styles",
  sharedStrings: "/sharedStrings",
  comments: "/comments",
  vmlDrawing: "/vmlDrawing",
} as const;

export const NS_REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_REL_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  /** Parts changed, added (string) or removed (null) since loading. */
  private readonly changes = new Map<string, string | null>();
  private xmlBytesRead = 0;
  readonly workbookPath: string;
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;

  private constructor(
    private readonly zip: JSZip,
    private readonly limits: ReadLimits,
    workbookPath: string,
    sheets: SheetEntry[],
    date1904: boolean,
  ) {
    this.workbookPath = workbookPath;
    this.sheets = sheets;
    this.date1904 = date1904;
  }

  static async load(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (err) {
      throw zipError(err);
    }
    const pkg = new XlsxPackage(zip, limits, "", [], false);
    await pkg.preload("[Content_Types].xml");
    await pkg.preload(relsPathOf(""));
    const office = pkg.rels("").find((r) => r.type.endsWith(REL.officeDocument) && !r.external);
    const workbookPath = office && zip.file(office.target) ? office.target : zip.file("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
    if (!workbookPath) throw notXlsx();
    (pkg as { workbookPath: string }).workbookPath = workbookPath;
    await pkg.preload(workbookPath);
    await pkg.preload(relsPathOf(workbookPath));
    const wbRels = pkg.rels(workbookPath);
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    scanXml(pkg.text(workbookPath), {
      open(tag) {
        if (tag.name === "workbookPr") {
          const v = attr(tag.attrs, "date1904");
          date1904 = v === "1" || v === "true";
        }
        if (tag.name !== "sheet") return;
        const a = parseAttrs(tag.attrs);
        const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
        const rel = wbRels.find((r) => r.id === rid);
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        const kind = rel ? rel.type.slice(rel.type.lastIndexOf("/") + 1) : "worksheet";
        sheets.push({ name: a.name ?? "", rid, state, path: rel && !rel.external && zip.file(rel.target) ? rel.target : undefined, kind });
      },
    });
    if (sheets.length === 0) throw notXlsx();
    if (sheets.length > limits.sheets) {
      throw tooLarge(`工作表超过 ${limits.sheets} 张`, `more than ${limits.sheets} sheets`);
    }
    (pkg as { sheets: SheetEntry[] }).sheets = sheets;
    (pkg as { date1904: boolean }).date1904 = date1904;
    for (const rel of wbRels) {
      if (!rel.external && (rel.type.endsWith(REL.styles) || rel.type.endsWith(REL.sharedStrings))) await pkg.preload(rel.target);
    }
    // Everything a sheet's reading and marking needs: the sheet, its relationships, its notes.
    for (const sheet of sheets) {
      if (!sheet.path || sheet.kind !== "worksheet") continue;
      await pkg.preload(sheet.path);
      await pkg.preload(relsPathOf(sheet.path));
      for (const rel of pkg.rels(sheet.path)) {
        if (!rel.external && (rel.type.endsWith(REL.comments) || rel.type.endsWith(REL.vmlDrawing))) await pkg.preload(rel.target);
      }
    }
    return pkg;
  }

  /** Inflates a part (when present) into the text cache, under the budget. */
  private async preload(path: string): Promise<void> {
    if (this.texts.has(path)) return;
    const file = this.zip.file(path);
    if (!file) return;
    const bytes = await this.inflate(file);
    // A UTF-8 byte order mark is allowed before the XML declaration; the offsets start after it.
    const text = decodeUtf8(bytes);
    this.texts.set(path, text);
  }

  get readLimits(): ReadLimits {
    return this.limits;
  }

  has(path: string): boolean {
    if (this.changes.has(path)) return this.changes.get(path) !== null;
    return this.zip.file(path) !== null;
  }

  /** Every part path, as the copy will hold them. */
  partNames(): string[] {
    const names = new Set(Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir));
    for (const [name, text] of this.changes) {
      if (text === null) names.delete(name);
      else names.add(name);
    }
    return [...names];
  }

  /** A part's text: one SelfEval read at load time, or changed since. */
  text(path: string): string {
    const changed = this.changes.get(path);
    if (typeof changed === "string") return changed;
    const cached = changed === null ? undefined : this.texts.get(path);
    if (cached === undefined) throw new WorkbookReadError("unreadable", `缺少文件部件 ${path}`, `The package has no part ${path}`);
    return cached;
  }

  /** The text of a part SelfEval reads, or undefined when the package has none. */
  textOrUndefined(path: string | undefined): string | undefined {
    if (!path || this.changes.get(path) === null) return undefined;
    const changed = this.changes.get(path);
    return typeof changed === "string" ? changed : this.texts.get(path);
  }

  private inflate(file: JSZip.JSZipObject): Promise<Uint8Array> {
    const left = this.limits.xmlBytes - this.xmlBytesRead;
    // The declared size first (cheap); the inflated bytes are counted too, since a zip may lie.
    const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (typeof declared === "number" && declared > left) return Promise.reject(this.overBudget());
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let done = false;
      const stream = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
      stream
        .on("data", (chunk: Uint8Array) => {
          if (done) return;
          size += chunk.length;
          if (size > left) {
            done = true;
            stream.pause();
            reject(this.overBudget());
            return;
          }
          chunks.push(chunk);
        })
        .on("error", (err: unknown) => {
          if (done) return;
          done = true;
          reject(zipError(err));
        })
        .on("end", () => {
          if (done) return;
          done = true;
          this.xmlBytesRead += size;
          const out = new Uint8Array(size);
          let at = 0;
          for (const c of chunks) {
            out.set(c, at);
            at += c.length;
          }
          resolve(out);
        })
        .resume();
    });
  }

  private overBudget(): WorkbookReadError {
    const mb = Math.round(this.limits.xmlBytes / 1024 / 1024);
    return tooLarge(`解压后的表格内容超过 ${mb} MB`, `the workbook's XML inflates to more than ${mb} MB`);
  }

  setText(path: string, text: string): void {
    this.changes.set(path, text);
  }

  remove(path: string): void {
    this.changes.set(path, null);
    this.texts.delete(path);
  }

  /** The parts changed since loading (the package diff SelfEval means to make). */
  changedParts(): string[] {
    return [...this.changes.keys()];
  }

  // --- relationships -----------------------------------------------------------------------

  rels(source: string): Relationship[] {
    const xml = this.textOrUndefined(relsPathOf(source));
    if (xml === undefined) return [];
    const base = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    const out: Relationship[] = [];
    scanXml(xml, {
      open(tag) {
        if (tag.name !== "Relationship") return;
        const a = parseAttrs(tag.attrs);
        const external = a.TargetMode === "External";
        out.push({ id: a.Id ?? "", type: a.Type ?? "", target: external ? (a.Target ?? "") : resolvePath(base, a.Target ?? ""), external });
      },
    });
    return out;
  }

  /** Adds a relationship from `source` to the part `target`; returns its new id. */
  addRel(source: string, type: string, target: string): string {
    const path = relsPathOf(source);
    const existing = this.textOrUndefined(path) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_REL_PKG}"></Relationships>`;
    const ids = new Set<string>();
    scanXml(existing, { open: (t) => void (t.name === "Relationship" && ids.add(attr(t.attrs, "Id") ?? "")) });
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const base = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativePath(base, target))}"/>`;
    this.setText(path, insertBeforeClose(existing, "Relationships", element));
    return id;
  }

  /** Removes the relationship `id` of `source`; drops the .rels part when it is left empty. */
  removeRel(source: string, id: string): void {
    const path = relsPathOf(source);
    const xml = this.textOrUndefined(path);
    if (xml === undefined) return;
    let span: [number, number] | undefined;
    let count = 0;
    scanXml(xml, {
      open(tag) {
        if (tag.name !== "Relationship") return;
        count++;
        if (attr(tag.attrs, "Id") === id) span = [tag.start, tag.end];
      },
    });
    if (!span) return;
    // A relationships part left empty goes too (Excel writes none for a part without relationships).
    if (count === 1) this.remove(path);
    else this.setText(path, xml.slice(0, span[0]) + xml.slice(span[1]));
  }

  // --- content types -----------------------------------------------------------------------

  ensureDefault(extension: string, contentType: string): void {
    const xml = this.textOrUndefined("[Content_Types].xml");
    if (xml === undefined) return;
    let found = false;
    scanXml(xml, { open: (t) => void (t.name === "Default" && (attr(t.attrs, "Extension") ?? "").toLowerCase() === extension && (found = true)) });
    if (!found) this.setText("[Content_Types].xml", insertBeforeClose(xml, "Types", `<Default Extension="${extension}" ContentType="${contentType}"/>`));
  }

  addOverride(part: string, contentType: string): void {
    const xml = this.textOrUndefined("[Content_Types].xml");
    if (xml === undefined) return;
    this.setText("[Content_Types].xml", insertBeforeClose(xml, "Types", `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`));
  }

  removeOverride(part: string): void {
    const xml = this.textOrUndefined("[Content_Types].xml");
    if (xml === undefined) return;
    let span: [number, number] | undefined;
    scanXml(xml, {
      open(tag) {
        if (tag.name === "Override" && attr(tag.attrs, "PartName") === `/${part}`) span = [tag.start, tag.end];
      },
    });
    if (span) this.setText("[Content_Types].xml", xml.slice(0, span[0]) + xml.slice(span[1]));
  }

  /** A part name not yet in the package: `xl/comments3.xml` for ("xl/comments", ".xml"). */
  freshName(prefix: string, suffix: string): string {
    const names = new Set(this.partNames().map((n) => n.toLowerCase()));
    let n = 1;
    while (names.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
    return `${prefix}${n}${suffix}`;
  }

  // --- writing -----------------------------------------------------------------------------

  /** The package with SelfEval's changes; every other part keeps its bytes. */
  async write(): Promise<Uint8Array> {
    for (const [name, text] of this.changes) {
      if (text === null) this.zip.remove(name);
      else this.zip.file(name, text);
    }
    const out = await this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
    // The zip object now holds the changes; keep them as its own state so a second write is equal.
    for (const [name, text] of this.changes) {
      if (text !== null) this.texts.set(name, text);
    }
    return out;
  }
}

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", cb: (err: unknown) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

export function relsPathOf(source: string): string {
  if (!source) return "_rels/.rels";
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export function resolvePath(base: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

/** `target` relative to the folder `base` ("xl/worksheets/"), as Excel writes relationship targets. */
export function relativePath(base: string, target: string): string {
  const from = base.split("/").filter(Boolean);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** Inserts `element` before the closing tag of the root `root` (or expands a self-closing root). */
export function insertBeforeClose(xml: string, root: string, element: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  const selfClose = new RegExp(`<${root}\\b([^>]*?)/>`).exec(xml);
  if (!selfClose) throw new Error(`no <${root}> element`);
  return xml.slice(0, selfClose.index) + `<${root}${selfClose[1]}>${element}</${root}>` + xml.slice(selfClose.index + selfClose[0].length);
}

export function notXlsx(): WorkbookReadError {
  return new WorkbookReadError("not-xlsx", "这不是 .xlsx 工作簿文件", "This is not an .xlsx workbook");
}

export function tooLarge(zh: string, en: string): WorkbookReadError {
  return new WorkbookReadError("too-large", `工作簿超出可校验的范围：${zh}`, `The workbook is too large to check: ${en}`);
}

export function truncated(cause?: unknown): WorkbookReadError {
  return new WorkbookReadError(
    "truncated",
    "文件不完整（可能下载或复制中断），请重新获取该文件",
    "The file is incomplete (truncated); download or copy it again",
    cause,
  );
}

export function unreadable(cause: unknown, what = ".xlsx"): WorkbookReadError {
  const detail = firstLine(cause);
  return new WorkbookReadError(
    "unreadable",
    `无法读取该 ${what} 文件，文件可能已损坏`,
    detail ? `The ${what} file could not be read: ${detail}` : `The ${what} file could not be read`,
    cause,
  );
}

function zipError(err: unknown): WorkbookReadError {
  if (err instanceof WorkbookReadError) return err;
  // JSZip's words for a zip whose directory or entries are cut short or damaged.
  if (/central directory|end of data|corrupted zip|unexpected end|invalid distance|invalid code|invalid block|incorrect header/i.test(firstLine(err))) return truncated(err);
  return unreadable(err);
}

export function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err ?? "");
  return text.split("\n", 1)[0].slice(0, 200);
}
