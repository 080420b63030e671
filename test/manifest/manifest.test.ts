// Offline checks of manifest.xml against the add-in manifest schema rules we rely on (element
// order from appforoffice 1.1 / TaskPaneAppVersionOverridesV1_0, resource ids, https, icons),
// since `office-addin-manifest validate` needs Microsoft's online service.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { crc32, encodePng, ICON_SIZES, renderIcon } from "../../scripts/make-icons";
import { runsInPanePage } from "../../src/host/ribbon";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
/** The shared-runtime variant for Microsoft 365 and Office 2021+ with WebView2 (docs/excel.md). */
const SHARED = readFileSync(join(ROOT, "manifest-shared.xml"), "utf8");

interface WebpackConfigModule {
  (env?: Record<string, unknown>, options?: { mode?: string }): Promise<{ plugins: unknown[] }>;
  transformManifest(content: string | Buffer, urlProd: string): string;
  officeJsUrls: Record<string, string>;
  officeJsMode(env?: Record<string, unknown>): string;
  productionUrl(env?: Record<string, unknown>): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is plain CommonJS, outside the TS project
const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;

// ---------------------------------------------------------------------------------------------
// A small element tree over fast-xml-parser's preserveOrder output.

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

type OrderedNode = Record<string, unknown>;

function toElements(nodes: OrderedNode[]): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@" && !k.startsWith("#") && !k.startsWith("?"));
    if (!name) continue;
    const kids = node[name] as OrderedNode[];
    out.push({
      name,
      attrs: (node[":@"] as Record<string, string> | undefined) ?? {},
      children: toElements(kids),
      text: kids
        .map((k) => k["#text"])
        .filter((t) => t !== undefined)
        .join(""),
    });
  }
  return out;
}

function parseManifest(xml: string): Element {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = toElements(parser.parse(xml) as OrderedNode[]);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

function* walk(el: Element, path: string[] = []): Generator<{ el: Element; path: string[] }> {
  yield { el, path };
  for (const child of el.children) yield* walk(child, [...path, el.name]);
}

const child = (el: Element | undefined, name: string) => el?.children.find((c) => c.name === name);
const children = (el: Element | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];
const typeOf = (el: Element) => el.attrs["xsi:type"];

// ---------------------------------------------------------------------------------------------
// Sequences from the schema. Occurs: "1" exactly once, "?" optional, "+" one or more, "*" any.

type Occurs = "1" | "?" | "+" | "*";
type Sequence = ReadonlyArray<readonly [string, Occurs]>;

/** OfficeApp xsi:type="TaskPaneApp" (appforoffice 1.1): the OfficeApp base, then the TaskPaneApp part. */
const OFFICE_APP: Sequence = [
  ["Id", "1"],
  ["AlternateId", "?"],
  ["Version", "1"],
  ["ProviderName", "1"],
  ["DefaultLocale", "1"],
  ["DisplayName", "1"],
  ["Description", "1"],
  ["IconUrl", "?"],
  ["HighResolutionIconUrl", "?"],
  ["SupportUrl", "?"],
  ["AppDomains", "?"],
  ["Hosts", "?"],
  ["Requirements", "?"],
  ["DefaultSettings", "1"],
  ["Permissions", "1"],
  ["VersionOverrides", "?"],
];

/** Optional in the schema, required for SelfEval (store listing, Office 2019 floor, ribbon). */
const PROJECT_REQUIRED = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "VersionOverrides"];

/** Container sequences inside VersionOverrides (TaskPaneAppVersionOverridesV1_0), keyed by name[:xsi:type]. */
const SEQUENCES: Record<string, Sequence> = {
  "OfficeApp:TaskPaneApp": OFFICE_APP,
  "VersionOverrides:VersionOverridesV1_0": [
    ["Description", "?"],
    ["Requirements", "?"],
    ["Hosts", "1"],
    ["Resources", "?"],
  ],
  "Host:Workbook": [
    ["Runtimes", "?"],
    ["AllFormFactors", "?"],
    ["DesktopFormFactor", "?"],
  ],
  DesktopFormFactor: [
    ["GetStarted", "?"],
    ["FunctionFile", "1"],
    ["ExtensionPoint", "+"],
  ],
  OfficeTab: [["Group", "+"]],
  Runtimes: [["Runtime", "+"]],
  Group: [
    ["Label", "1"],
    ["Icon", "1"],
    ["Control", "+"],
  ],
  "Control:Button": [
    ["Label", "1"],
    ["Supertip", "1"],
    ["Icon", "1"],
    ["Action", "1"],
  ],
  Supertip: [
    ["Title", "1"],
    ["Description", "1"],
  ],
  Icon: [["bt:Image", "+"]],
  "Action:ExecuteFunction": [["FunctionName", "1"]],
  "Action:ShowTaskpane": [
    ["TaskpaneId", "?"],
    ["SourceLocation", "1"],
    ["Title", "?"],
    ["SupportsPinning", "?"],
  ],
  Resources: [
    ["bt:Images", "?"],
    ["bt:Urls", "?"],
    ["bt:ShortStrings", "?"],
    ["bt:LongStrings", "?"],
  ],
};

function checkSequence(el: Element, seq: Sequence, where: string): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  let at = 0;
  for (const c of el.children) {
    const index = seq.findIndex(([name]) => name === c.name);
    if (index < 0) problems.push(`${where}: unexpected <${c.name}>`);
    else if (index < at) problems.push(`${where}: <${c.name}> is out of order (must come before <${seq[at][0]}>)`);
    else at = index;
    counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  }
  for (const [name, occurs] of seq) {
    const n = counts.get(name) ?? 0;
    if ((occurs === "1" || occurs === "+") && n === 0) problems.push(`${where}: missing <${name}>`);
    if ((occurs === "1" || occurs === "?") && n > 1) problems.push(`${where}: <${name}> repeated ${n} times`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The checks. Each returns a list of problems; an empty list means the manifest passes.

function checkWellFormed(xml: string): string[] {
  const result = XMLValidator.validate(xml);
  return result === true ? [] : [`not well-formed: ${result.err.msg} (line ${result.err.line})`];
}

function checkRoot(root: Element): string[] {
  const problems: string[] = [];
  if (root.name !== "OfficeApp") problems.push(`root is <${root.name}>, not <OfficeApp>`);
  if (typeOf(root) !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is "${typeOf(root)}", not "TaskPaneApp"`);
  if (root.attrs.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") problems.push("OfficeApp namespace is not appforoffice/1.1");
  const vo = child(root, "VersionOverrides");
  if (vo && typeOf(vo) !== "VersionOverridesV1_0") problems.push(`VersionOverrides xsi:type is "${vo && typeOf(vo)}"`);
  return problems;
}

function checkOrder(root: Element): string[] {
  const problems: string[] = [];
  for (const { el, path } of walk(root)) {
    const key = typeOf(el) ? `${el.name}:${typeOf(el)}` : el.name;
    const seq = SEQUENCES[key];
    if (seq) problems.push(...checkSequence(el, seq, [...path, key].join(" > ")));
  }
  for (const name of PROJECT_REQUIRED) if (!child(root, name)) problems.push(`OfficeApp: missing <${name}> (required by SelfEval)`);
  return problems;
}

function checkBasics(root: Element): string[] {
  const problems: string[] = [];
  const text = (name: string) => child(root, name)?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) problems.push(`Id "${text("Id")}" is not a GUID`);
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(text("Version"))) problems.push(`Version "${text("Version")}" is not n.n.n.n`);
  if (text("DefaultLocale") !== "zh-CN") problems.push(`DefaultLocale is "${text("DefaultLocale")}", not zh-CN`);
  if (text("Permissions") !== "ReadWriteDocument") problems.push(`Permissions is "${text("Permissions")}", not ReadWriteDocument`);
  const hosts = children(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") problems.push(`Hosts are [${hosts.join()}], not [Workbook]`);
  const sets = children(child(child(root, "Requirements"), "Sets"), "Set");
  const excel = sets.find((s) => s.attrs.Name === "ExcelApi");
  if (excel?.attrs.MinVersion !== "1.7") problems.push(`Requirements ExcelApi MinVersion is "${excel?.attrs.MinVersion}", not 1.7 (Office 2019 must load the add-in)`);
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    const limit = name === "DisplayName" ? 125 : 250;
    if (!el?.attrs.DefaultValue) problems.push(`${name} has no DefaultValue`);
    if (!children(el, "Override").some((o) => o.attrs.Locale === "en-US" && o.attrs.Value)) problems.push(`${name} has no en-US Override`);
    for (const value of [el?.attrs.DefaultValue, ...children(el, "Override").map((o) => o.attrs.Value)]) {
      if (value && value.length > limit) problems.push(`${name} "${value}" is longer than ${limit} characters`);
    }
  }
  return problems;
}

/** Which resource collection each resid-bearing element must point into. */
const RESID_KIND: Record<string, string> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  Runtime: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};
const STRING_LIMITS: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };

function resources(root: Element): Map<string, Map<string, Element>> {
  const out = new Map<string, Map<string, Element>>();
  const res = child(child(root, "VersionOverrides"), "Resources");
  for (const collection of res?.children ?? []) {
    const byId = new Map<string, Element>();
    for (const item of collection.children) byId.set(item.attrs.id, item);
    out.set(collection.name, byId);
  }
  return out;
}

function checkResources(root: Element): string[] {
  const problems: string[] = [];
  const res = resources(root);
  const used = new Set<string>();
  const vo = child(root, "VersionOverrides");
  if (!vo) return ["no VersionOverrides"];
  for (const { el } of walk(vo)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const kind = RESID_KIND[el.name];
    if (!kind) problems.push(`<${el.name} resid="${resid}"> is not an element that takes a resid`);
    else if (!res.get(kind)?.has(resid)) problems.push(`<${el.name} resid="${resid}"> does not resolve in ${kind}`);
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
    used.add(`${kind}/${resid}`);
  }
  for (const [kind, byId] of res) {
    const ids = (child(child(vo, "Resources"), kind)?.children ?? []).map((c) => c.attrs.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`${kind} id "${id}" is defined twice`);
    for (const [id, item] of byId) {
      if (!used.has(`${kind}/${id}`)) problems.push(`${kind} "${id}" is never used`);
      if (!item.attrs.DefaultValue) problems.push(`${kind} "${id}" has no DefaultValue`);
      const limit = STRING_LIMITS[kind];
      if (limit === undefined) continue;
      const overrides = children(item, "bt:Override");
      if (!overrides.some((o) => o.attrs.Locale === "en-US" && o.attrs.Value)) problems.push(`${kind} "${id}" has no en-US Override`);
      for (const value of [item.attrs.DefaultValue, ...overrides.map((o) => o.attrs.Value)]) {
        if (value && value.length > limit) problems.push(`${kind} "${id}" value is ${value.length} characters, over ${limit}`);
      }
    }
  }
  return problems;
}

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"]);

/** Every URL in the manifest, with where it was found. */
function urls(root: Element): Array<{ where: string; url: string }> {
  const out: Array<{ where: string; url: string }> = [];
  for (const { el } of walk(root)) {
    const isUrlElement = URL_ELEMENTS.has(el.name) && el.attrs.DefaultValue !== undefined;
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.attrs[attr];
      if (value !== undefined && (isUrlElement || value.includes("://"))) out.push({ where: `<${el.name}> ${attr}`, url: value });
    }
    if (isUrlElement) for (const o of children(el, "Override").concat(children(el, "bt:Override"))) out.push({ where: `<${el.name}> Override`, url: o.attrs.Value });
    if (el.name === "AppDomain") out.push({ where: "<AppDomain>", url: el.text });
  }
  return out;
}

function checkUrls(root: Element): string[] {
  const problems: string[] = [];
  for (const { where, url } of urls(root)) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where} "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where} "${url}" is not https`);
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (png.subarray(0, 8).toString("hex") !== signature || png.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const ICON_URL = /\/assets\/(icon-(\d+)\.png)$/;

function checkIcons(root: Element, assetsDir = join(ROOT, "assets")): string[] {
  const problems: string[] = [];
  const sizeOf = (url: string): number | string => {
    const m = ICON_URL.exec(url);
    if (!m) return `"${url}" is not an assets/icon-NN.png URL`;
    const file = join(assetsDir, m[1]);
    if (!existsSync(file)) return `${m[1]} does not exist in assets/`;
    const { width, height } = pngSize(readFileSync(file));
    if (width !== height || width !== Number(m[2])) return `${m[1]} is ${width}×${height} px, not ${m[2]}×${m[2]}`;
    return width;
  };
  const expect = (where: string, url: string | undefined, px: number) => {
    const size = url === undefined ? `no URL` : sizeOf(url);
    if (typeof size === "string") problems.push(`${where}: ${size}`);
    else if (size !== px) problems.push(`${where}: icon is ${size} px, must be ${px} px`);
  };
  expect("IconUrl", child(root, "IconUrl")?.attrs.DefaultValue, 32);
  expect("HighResolutionIconUrl", child(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64);
  const images = resources(root).get("bt:Images") ?? new Map<string, Element>();
  for (const { el, path } of walk(root)) {
    if (el.name !== "Icon" || !path.includes("VersionOverrides")) continue;
    const sizes = children(el, "bt:Image").map((i) => i.attrs.size);
    if (sizes.join() !== "16,32,80") problems.push(`Icon in <${path[path.length - 1]}> has sizes [${sizes.join()}], not [16,32,80]`);
    for (const img of children(el, "bt:Image")) {
      expect(`bt:Image size=${img.attrs.size} resid=${img.attrs.resid}`, images.get(img.attrs.resid)?.attrs.DefaultValue, Number(img.attrs.size));
    }
  }
  for (const [id, img] of images) {
    const url = img.attrs.DefaultValue;
    const size = sizeOf(url);
    if (typeof size === "string") problems.push(`bt:Image ${id}: ${size}`);
  }
  return problems;
}

function checkCommands(root: Element, srcDir = join(ROOT, "src"), functionFile = "commands.html"): string[] {
  const problems: string[] = [];
  const all = [...walk(root)].map((w) => w.el);
  const execute = all.filter((el) => el.name === "Action" && typeOf(el) === "ExecuteFunction");
  if (execute.length === 0) problems.push("no ExecuteFunction action");
  for (const action of execute) {
    const fn = child(action, "FunctionName")?.text;
    if (fn !== "validateAndScore") problems.push(`ExecuteFunction FunctionName is "${fn}", not "validateAndScore"`);
  }
  if (!all.some((el) => el.name === "Action" && typeOf(el) === "ShowTaskpane")) problems.push("no ShowTaskpane action");
  // Every page the manifest loads must be one the build emits (src/<name>/<name>.html).
  const urlsById = resources(root).get("bt:Urls") ?? new Map<string, Element>();
  const pages = [child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue];
  for (const el of all) if ((el.name === "SourceLocation" || el.name === "FunctionFile") && el.attrs.resid) pages.push(urlsById.get(el.attrs.resid)?.attrs.DefaultValue);
  for (const page of pages) {
    const name = page && /\/([\w-]+)\.html$/.exec(page)?.[1];
    if (!name) problems.push(`"${page}" is not an .html page`);
    else if (!existsSync(join(srcDir, name, `${name}.html`))) problems.push(`${page}: no template src/${name}/${name}.html`);
  }
  const file = all.find((el) => el.name === "FunctionFile");
  if (!urlsById.get(file?.attrs.resid ?? "")?.attrs.DefaultValue.endsWith(`/${functionFile}`)) problems.push(`FunctionFile does not point at ${functionFile}`);
  return problems;
}

/** The shared-runtime variant: one long-lived runtime on the pane's page, which is also the
 *  function file, and Office without SharedRuntime 1.1 does not install it
 *  (https://learn.microsoft.com/javascript/api/manifest/runtime). */
function checkSharedRuntime(root: Element): string[] {
  const problems: string[] = [];
  const all = [...walk(root)].map((w) => w.el);
  const runtimes = all.filter((el) => el.name === "Runtime");
  if (runtimes.length !== 1) return [`${runtimes.length} <Runtime> elements, not 1`];
  const runtime = runtimes[0];
  if (runtime.attrs.lifetime !== "long") problems.push(`Runtime lifetime is "${runtime.attrs.lifetime}", not "long" (Excel needs long for a shared runtime)`);
  const urlsById = resources(root).get("bt:Urls") ?? new Map<string, Element>();
  const url = (resid: string | undefined) => urlsById.get(resid ?? "")?.attrs.DefaultValue;
  const pane = all.find((el) => el.name === "Action" && typeOf(el) === "ShowTaskpane");
  const paneUrl = url(child(pane, "SourceLocation")?.attrs.resid);
  if (url(runtime.attrs.resid) !== paneUrl) problems.push("Runtime does not load the pane's page");
  if (url(all.find((el) => el.name === "FunctionFile")?.attrs.resid) !== paneUrl) problems.push("FunctionFile is not the pane's page");
  const sets = children(child(child(root, "Requirements"), "Sets"), "Set");
  if (sets.find((x) => x.attrs.Name === "SharedRuntime")?.attrs.MinVersion !== "1.1") problems.push("Requirements do not ask for SharedRuntime 1.1");
  return problems;
}

/** All checks; a manifest that is not well-formed stops at the parse error. */
function checkManifest(xml: string): string[] {
  const wellFormed = checkWellFormed(xml);
  if (wellFormed.length > 0) return wellFormed;
  const root = parseManifest(xml);
  return [checkRoot, checkOrder, checkBasics, checkResources, checkUrls, checkIcons, checkCommands].flatMap((check) => check(root));
}

// ---------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  const root = parseManifest(MANIFEST);

  it("is well-formed XML", () => expect(checkWellFormed(MANIFEST)).toEqual([]));
  it("is an OfficeApp of type TaskPaneApp with VersionOverridesV1_0", () => expect(checkRoot(root)).toEqual([]));
  it("has the schema's children, in the schema's order", () => expect(checkOrder(root)).toEqual([]));
  it("declares zh-CN with en-US overrides, ExcelApi 1.7, ReadWriteDocument", () => expect(checkBasics(root)).toEqual([]));
  it("resolves every resid, and every string has an en-US override within the length limits", () =>
    expect(checkResources(root)).toEqual([]));
  it("uses https for every URL", () => {
    expect(urls(root).length).toBeGreaterThan(5);
    expect(checkUrls(root)).toEqual([]);
  });
  it("names icons that exist in assets/ at the stated pixel size", () => expect(checkIcons(root)).toEqual([]));
  it("wires validateAndScore, the task pane and the function file to pages the build emits", () =>
    expect(checkCommands(root)).toEqual([]));
  it("passes every check at once", () => expect(checkManifest(MANIFEST)).toEqual([]));
  it("declares no shared runtime: the ribbon runs in commands.html, apart from the pane, and never calls showAsTaskpane", () => {
    // Without WebView2 an add-in with <Runtimes> always runs in Internet Explorer 11
    // (https://learn.microsoft.com/javascript/api/manifest/runtimes), which cannot run this pane:
    // the default manifest must load on perpetual Office.
    const all = [...walk(root)].map(({ el }) => el);
    expect(all.filter((el) => el.name === "Runtimes")).toEqual([]);
    expect(runsInPanePage(new URL(functionFileUrl(root)))).toBe(false);
  });
});

function functionFileUrl(root: Element): string {
  const resid = [...walk(root)].map(({ el }) => el).find((el) => el.name === "FunctionFile")?.attrs.resid ?? "";
  return (resources(root).get("bt:Urls") ?? new Map<string, Element>()).get(resid)?.attrs.DefaultValue ?? "";
}

describe("manifest-shared.xml (Microsoft 365 and Office 2021+ with WebView2)", () => {
  const root = parseManifest(SHARED);
  const checks = [checkRoot, checkOrder, checkBasics, checkResources, checkUrls, checkIcons];

  it("passes every check of manifest.xml", () => expect(checks.flatMap((check) => check(root))).toEqual([]));
  it("runs the ribbon in the pane's page, one long-lived runtime, SharedRuntime 1.1 required", () => {
    expect(checkCommands(root, join(ROOT, "src"), "taskpane.html")).toEqual([]);
    expect(checkSharedRuntime(root)).toEqual([]);
    expect(runsInPanePage(new URL(functionFileUrl(root)))).toBe(true);
  });
  it("is the same add-in as manifest.xml (the workbook's settings belong to the add-in's Id) with the same buttons", () => {
    const main = parseManifest(MANIFEST);
    expect(child(root, "Id")?.text).toBe(child(main, "Id")?.text);
    const controls = (r: Element) => [...walk(r)].map(({ el }) => el).filter((el) => el.name === "Control").map((el) => el.attrs.id);
    expect(controls(root)).toEqual(controls(main));
  });
  it("fails the shared-runtime checks when broken", () => {
    expect(checkSharedRuntime(parseManifest(SHARED.replace('lifetime="long"', 'lifetime="short"')))).toEqual([expect.stringMatching(/not "long"/)]);
    expect(checkSharedRuntime(parseManifest(SHARED.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Icon.16x16"/>')))).toEqual([expect.stringMatching(/FunctionFile is not the pane's page/)]);
    expect(checkSharedRuntime(parseManifest(SHARED.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', "")))).toEqual([expect.stringMatching(/SharedRuntime 1.1/)]);
    expect(checkSharedRuntime(parseManifest(MANIFEST))).toEqual(["0 <Runtime> elements, not 1"]);
  });
  it("is rewritten for production like manifest.xml", () => {
    const out = webpackConfig.transformManifest(Buffer.from(SHARED), "https://selfeval.example.gov.cn/addin/");
    expect(out).not.toMatch(/\/\/localhost/);
    expect(out).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://selfeval.example.gov.cn/addin/taskpane.html"/>');
  });
});

describe("the checks fail a broken manifest", () => {
  // Each case edits one thing in a copy of the real manifest and names the problem it must report.
  const cases: Array<[string, (xml: string) => string, RegExp]> = [
    ["not well-formed", (x) => x.replace("</Permissions>", "</Permission>"), /not well-formed/],
    ["wrong root type", (x) => x.replace('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), /not "TaskPaneApp"/],
    ["Version before Id", (x) => x.replace(/(<Id>.*<\/Id>)(\s*)(<Version>.*<\/Version>)/, "$3$2$1"), /<Id> is out of order/],
    ["Permissions after VersionOverrides", (x) => x.replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, "").replace("</OfficeApp>", "<Permissions>ReadWriteDocument</Permissions></OfficeApp>"), /<Permissions> is out of order/],
    ["missing DefaultSettings", (x) => x.replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, ""), /missing <DefaultSettings>/],
    ["Supertip before Label", (x) => x.replace(/(<Label resid="ValidateButton.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/, "$3$2$1"), /<Label> is out of order/],
    ["Resources in the wrong order", (x) => x.replace(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, "$3$2$1"), /<bt:Images> is out of order/],
    ["en-US default locale", (x) => x.replace("<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), /DefaultLocale is "en-US"/],
    ["ExcelApi 1.9", (x) => x.replace('MinVersion="1.7"', 'MinVersion="1.9"'), /ExcelApi MinVersion is "1.9"/],
    ["ReadDocument", (x) => x.replace("<Permissions>ReadWriteDocument", "<Permissions>ReadDocument"), /Permissions is "ReadDocument"/],
    ["no en-US DisplayName", (x) => x.replace('<Override Locale="en-US" Value="SelfEval"/>', ""), /DisplayName has no en-US Override/],
    ["unknown resid", (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'), /"Group.Lable"> does not resolve/],
    ["resid in the wrong collection", (x) => x.replace('<Description resid="ValidateButton.Tooltip"/>', '<Description resid="ValidateButton.Label"/>'), /does not resolve in bt:LongStrings/],
    ["string without en-US", (x) => x.replace('<bt:Override Locale="en-US" Value="Open pane"/>', ""), /"OpenPaneButton.Label" has no en-US Override/],
    ["ShortString over 125", (x) => x.replace('DefaultValue="绩效自评"', `DefaultValue="${"绩".repeat(126)}"`), /over 125/],
    ["http URL", (x) => x.replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"), /is not https/],
    ["http AppDomain", (x) => x.replace("<AppDomain>https://", "<AppDomain>http://"), /<AppDomain> "http:\/\/localhost:3000" is not https/],
    ["missing icon file", (x) => x.replace("assets/icon-16.png", "assets/icon-17.png"), /icon-17.png does not exist/],
    ["icon of the wrong size", (x) => x.replace('id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"', 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"'), /icon is 32 px, must be 16 px/],
    ["control without 80 px icon", (x) => x.replace(/(<Control xsi:type="Button" id="SelfEval.ValidateButton">[\s\S]*?)<bt:Image size="80" resid="Icon.80x80"\/>/, "$1"), /not \[16,32,80\]/],
    ["renamed function", (x) => x.replace("<FunctionName>validateAndScore</FunctionName>", "<FunctionName>validate</FunctionName>"), /FunctionName is "validate"/],
    ["page the build does not emit", (x) => x.replace("https://localhost:3000/commands.html", "https://localhost:3000/functions.html"), /no template src\/functions\/functions.html/],
  ];

  it.each(cases)("%s", (_name, edit, problem) => {
    const broken = edit(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const problems = checkManifest(broken);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});

describe("webpack.config.js", () => {
  const urlProd = "https://selfeval.example.gov.cn/addin/";

  it("rewrites every localhost URL in the manifest for production", () => {
    const out = webpackConfig.transformManifest(Buffer.from(MANIFEST), urlProd);
    expect(out).not.toMatch(/\/\/localhost/);
    expect(out).toContain(`<SourceLocation DefaultValue="${urlProd}taskpane.html"/>`);
    expect(out).toContain(`DefaultValue="${urlProd}assets/icon-16.png"`);
    expect(out).toContain("<AppDomain>https://selfeval.example.gov.cn</AppDomain>");
    const root = parseManifest(out);
    expect(checkUrls(root)).toEqual([]);
    expect(urls(root).filter((u) => !u.url.startsWith("https://selfeval.example.gov.cn"))).toEqual([]);
  });

  it("leaves the manifest alone for the default URL, and adds the trailing slash", () => {
    expect(webpackConfig.transformManifest(MANIFEST, "https://localhost:3000/")).toBe(MANIFEST);
    expect(webpackConfig.transformManifest(MANIFEST, "https://selfeval.example.gov.cn/addin")).toBe(webpackConfig.transformManifest(MANIFEST, urlProd));
  });

  it("takes ADDIN_URL and refuses http", () => {
    expect(webpackConfig.productionUrl({ ADDIN_URL: "https://a.example.cn/x" })).toBe("https://a.example.cn/x/");
    expect(() => webpackConfig.productionUrl({ ADDIN_URL: "http://a.example.cn/" })).toThrow(/https/);
  });

  it("picks the office.js source", () => {
    expect(webpackConfig.officeJsMode({})).toBe(process.env.OFFICE_JS ? process.env.OFFICE_JS.toLowerCase() : "cdn");
    expect(webpackConfig.officeJsMode({ officejs: "self" })).toBe("self");
    expect(() => webpackConfig.officeJsMode({ officejs: "unpkg" })).toThrow(/cdn, cn, self/);
    expect(webpackConfig.officeJsUrls.cdn).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(webpackConfig.officeJsUrls.cn).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
  });

  it.each([
    ["cdn", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
    ["self", "officejs/office.js"],
  ])("passes the %s office.js URL to both pages", async (mode, url) => {
    const config = await webpackConfig({ officejs: mode, ADDIN_URL: urlProd }, { mode: "production" });
    const pages = config.plugins
      .map((p) => (p as { userOptions?: { filename?: string; templateParameters?: { officeJsUrl?: string } } }).userOptions)
      .filter((o) => o?.filename);
    expect(pages.map((o) => [o?.filename, o?.templateParameters?.officeJsUrl])).toEqual([
      ["taskpane.html", url],
      ["commands.html", url],
    ]);
  });
});

describe("pages", () => {
  it.each(["taskpane", "commands"])("%s.html loads office.js from the configured URL and survives its failure", (name) => {
    const html = readFileSync(join(ROOT, "src", name, `${name}.html`), "utf8");
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toContain('<div id="container"></div>');
    // The pane writes the tag in only inside an Office host (_host_Info), still synchronously.
    const tag = /<script src="<%= officeJsUrl %>"[^>]*><\\?\/script>/.exec(html)?.[0];
    expect(tag).toContain('onerror="window.__officeJsFailed = true"');
    expect(tag).not.toMatch(/\b(async|defer)\b/);
    if (name === "taskpane") expect(html).toMatch(/if \(!inOffice\) return;\s+window.__officeJsRequested = true;\s+document.write\('<script src="<%= officeJsUrl %>"/);
  });
});

describe("icons", () => {
  it("computes the standard CRC-32", () => expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926));

  it.each(ICON_SIZES.map((s) => [s]))("assets/icon-%i.png is a valid PNG with intact chunks", (size) => {
    const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
    expect(pngSize(png)).toEqual({ width: size, height: size });
    let offset = 8;
    const types: string[] = [];
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const body = png.subarray(offset + 4, offset + 8 + length);
      types.push(body.subarray(0, 4).toString("ascii"));
      expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(body));
      offset += 12 + length;
    }
    expect(types).toEqual(["IHDR", "IDAT", "IEND"]);
  });

  it("round-trips pixels through the encoder", () => {
    const pixels = renderIcon(16);
    const png = encodePng(16, 16, pixels);
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const rows = Array.from({ length: 16 }, (_, y) => raw.subarray(y * 65 + 1, y * 65 + 65));
    expect(Buffer.concat(rows)).toEqual(Buffer.from(pixels));
    expect(pixels[3]).toBeLessThan(128); // rounded corner: mostly transparent
    expect(pixels[(8 * 16 + 3) * 4 + 3]).toBe(255); // left edge mid-height: opaque green
  });
});
