// Copies that keep everything (issue 9, item 8): the sample with every workbook feature a
// re-saving library used to drop, hand-written part by part as Excel writes them, and the same
// workbook as LibreOffice writes it. For each feature: is it in the checked copy and in the
// submission copy exactly as it was in the input? The answers are the table in docs/files.md,
// which this test keeps equal (run with UPDATE_DOCS=1 to rewrite it).
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { NOTE_PREFIX } from "../../src/engine/plan";
import { defaultProfile } from "../../src/engine/profile";
import { checkXlsx, prepareSubmission, readWorkbook, writeCheckedCopy } from "../../src/xlsx";
import { WORKSHEET_ORDER } from "../../src/xlsx/sheet-edit";
import { insertionPoint } from "../../src/xlsx/xml";
import { ownMarksOf, packageDiff } from "./helpers";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE_DIR = path.join(ROOT, "assets", "samples");
const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
const DOC = path.join(ROOT, "docs", "files.md");
const EVAL = "附件3 整体支出绩效自评表";
const BASE = "附件2 基础数据表";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

type Parts = Map<string, string>;

interface Ctx {
  parts: Parts;
  evalPath: string;
  basePath: string;
}

interface Feature {
  name: string;
  /** What of the feature a package holds, as text; undefined when the package lacks it. */
  probe(ctx: Ctx): string | undefined;
  /** For a checked copy, what of the feature must equal the input's (default: the probe). */
  probeChecked?(ctx: Ctx): string | undefined;
}

const match = (re: RegExp, text: string | undefined) => (text === undefined ? undefined : (re.exec(text)?.[0] ?? undefined));
const sheetOf = (ctx: Ctx, which: "eval" | "base") => ctx.parts.get(which === "eval" ? ctx.evalPath : ctx.basePath);
const partsMatching = (ctx: Ctx, re: RegExp) => {
  const names = [...ctx.parts.keys()].filter((n) => re.test(n)).sort();
  return names.length ? names.map((n) => `${n}\n${ctx.parts.get(n)}`).join("\n") : undefined;
};

/** The user's comment on H20 (runs and author), without SelfEval's appended run. */
function userNote(ctx: Ctx): string | undefined {
  const rels = ctx.parts.get(ctx.evalPath.replace(/([^/]+)$/, "_rels/$1.rels")) ?? "";
  const target = /Type="[^"]*\/comments" Target="([^"]+)"/.exec(rels)?.[1];
  if (!target) return undefined;
  const xml = ctx.parts.get(path.posix.normalize(path.posix.join(path.posix.dirname(ctx.evalPath), target))) ?? "";
  const comment = /<comment ref="H20"[^>]*>[\s\S]*?<\/comment>/.exec(xml)?.[0];
  if (!comment) return undefined;
  const authorId = Number(/authorId="(\d+)"/.exec(comment)?.[1]);
  const author = [...xml.matchAll(/<author>([^<]*)<\/author>/g)][authorId]?.[1];
  const runs = [...comment.matchAll(/<r>[\s\S]*?<\/r>/g)].map((m) => m[0]).filter((r) => !r.includes(`${NOTE_PREFIX}`));
  return `${author}\n${runs.join("")}`;
}

const FEATURES: Feature[] = [
  { name: "Chart (chart part, drawing, anchor)", probe: (c) => partsMatching(c, /^xl\/charts\/chart\d+\.xml$/) && `${partsMatching(c, /^xl\/(charts|drawings)\/[^/]+\.xml$/)}\n${match(/<drawing [^>]*\/>/, sheetOf(c, "eval"))}` },
  { name: "Sparklines (x14 extension)", probe: (c) => match(/<x14:sparklineGroups[\s\S]*?<\/x14:sparklineGroups>/, sheetOf(c, "eval")) },
  { name: "Cross-sheet list validation (x14 extension)", probe: (c) => match(/<x14:dataValidations[\s\S]*?<\/x14:dataValidations>/, sheetOf(c, "eval")) },
  { name: "Data validation", probe: (c) => match(/<dataValidations[\s\S]*?<\/dataValidations>/, sheetOf(c, "eval")) },
  {
    name: "The user's conditional formats",
    probe: (c) => [...(sheetOf(c, "eval") ?? "").matchAll(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0]).filter((cf) => !cf.includes("SelfEval:")).join("") || undefined,
  },
  { name: "Custom document properties", probe: (c) => c.parts.get("docProps/custom.xml") },
  { name: "customXml parts", probe: (c) => partsMatching(c, /^customXml\//) },
  { name: "Manual page breaks", probe: (c) => match(/<rowBreaks[\s\S]*?<\/rowBreaks>/, sheetOf(c, "eval")) },
  { name: "Print area as written ($A$1:$I$23)", probe: (c) => match(/<definedName\b[^>]*\bname="_xlnm\.Print_Area"[^>]*>[^<]*<\/definedName>/, c.parts.get("xl/workbook.xml")) },
  { name: "Page setup, margins, header and footer", probe: (c) => ["pageMargins", "pageSetup", "headerFooter"].map((e) => match(new RegExp(`<${e}\\b[^>]*(/>|>[\\s\\S]*?</${e}>)`), sheetOf(c, "eval")) ?? "").join("") || undefined },
  { name: "Merged cells, column widths, row heights", probe: (c) => `${match(/<mergeCells[\s\S]*?<\/mergeCells>/, sheetOf(c, "eval"))}${match(/<cols>[\s\S]*?<\/cols>/, sheetOf(c, "eval"))}${[...(sheetOf(c, "eval") ?? "").matchAll(/<row [^>]*>/g)].map((m) => /ht="[^"]*"/.exec(m[0])?.[0]).join()}` },
  { name: "Sheet protection with password (another sheet)", probe: (c) => match(/<sheetProtection\b[^>]*>/, sheetOf(c, "base")) },
  { name: "Hyperlink", probe: (c) => match(/<hyperlinks>[\s\S]*?<\/hyperlinks>/, sheetOf(c, "eval")) },
  { name: "Iterative calculation setting", probe: (c) => (/<calcPr\b[^>]*\biterate="(1|true)"[^>]*>/.exec(c.parts.get("xl/workbook.xml") ?? "")?.[0] ?? "").match(/iterate(Count|Delta)?="[^"]*"/g)?.join(" ") },
  { name: "A correct formula keeps its formula (总分 H21)", probe: (c) => match(/<c r="H21"[^>]*>\s*<f\b[^>]*>[^<]*<\/f>/, sheetOf(c, "eval"))?.replace(/^<c [^>]*>/, "") },
  { name: "Array formula stays an array formula", probe: (c) => match(/<f\b[^>]*\bt="array"[^>]*>[^<]*<\/f>/, sheetOf(c, "eval")) },
  { name: "The user's note: text, formatting, author", probe: userNote },
  { name: "VBA project (.xlsm stays .xlsm)", probe: (c) => c.parts.get("xl/vbaProject.bin") },
  { name: "Theme", probe: (c) => partsMatching(c, /^xl\/theme\//) },
  { name: "Sheet order, names and visibility", probe: (c) => match(/<sheets>[\s\S]*?<\/sheets>/, c.parts.get("xl/workbook.xml")) },
];

/** The sample with every feature added the way Excel writes it. */
async function excelShaped(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const { workbook } = await readWorkbook(readFileSync(SAMPLE));
  const evalPath = workbook.sheets.find((s) => s.name === EVAL)?.path as string;
  const basePath = workbook.sheets.find((s) => s.name === BASE)?.path as string;
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const insert = (xml: string, name: string, element: string) => {
    const at = insertionPoint(xml, WORKSHEET_ORDER, name);
    return xml.slice(0, at) + element + xml.slice(at);
  };

  let sheet = await text(evalPath);
  sheet = sheet.replace(/(<row r="3"[^>]*>[\s\S]*?)(<\/row>)/, (_, row: string, close: string) => `${row}<c r="K3" t="inlineStr"><is><t>财政局</t></is></c>${close}`);
  sheet = sheet.replace("</sheetData>", '<row r="40"><c r="K40"><f t="array" ref="K40">SUM(D5:D5*E5:E5)</f><v>743224.7</v></c></row></sheetData>');
  sheet = insert(sheet, "conditionalFormatting", '<conditionalFormatting sqref="D5:E5"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>');
  sheet = insert(sheet, "dataValidations", '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="K2"><formula1>"是,否"</formula1></dataValidation></dataValidations>');
  sheet = insert(sheet, "hyperlinks", '<hyperlinks><hyperlink ref="K3" r:id="rIdLink" display="财政局"/></hyperlinks>');
  sheet = insert(sheet, "rowBreaks", '<rowBreaks count="1" manualBreakCount="1"><brk id="12" max="16383" man="1"/></rowBreaks>');
  sheet = insert(sheet, "drawing", '<drawing r:id="rIdDrawing"/>');
  sheet = insert(
    sheet,
    "extLst",
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>'${BASE}'!$A$3:$A$5</xm:f></x14:formula1><xm:sqref>K4</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
      `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines><x14:sparkline><xm:f>'${EVAL}'!D5:E5</xm:f><xm:sqref>K5</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
  );
  zip.file(evalPath, sheet);
  // The user's note on H20 (a cell SelfEval marks): a bold run and a plain one, by 王会计.
  const evalRels = evalPath.replace(/([^/]+)$/, "_rels/$1.rels");
  zip.file(
    evalRels,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdLink" Type="${REL}/hyperlink" Target="https://czj.example.gov.cn/" TargetMode="External"/>` +
      `<Relationship Id="rIdDrawing" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rIdComments" Type="${REL}/comments" Target="../comments1.xml"/>` +
      `<Relationship Id="rIdVml" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  zip.file(evalPath, insert((await text(evalPath)), "legacyDrawing", '<legacyDrawing r:id="rIdVml"/>'));
  zip.file(
    "xl/comments1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>王会计</author></authors><commentList>` +
      `<comment ref="H20" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t>王会计:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n成本指标按财政局口径评分</t></r></text></comment></commentList></comments>`,
  );
  zip.file(
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:400pt;margin-top:300pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>8, 15, 19, 2, 10, 15, 23, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>19</x:Row><x:Column>7</x:Column></x:ClientData></v:shape></xml>',
  );
  zip.file(
    "xl/drawings/drawing1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file("xl/drawings/_rels/drawing1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`);
  zip.file(
    "xl/charts/chart1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
      `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>资金</c:v></c:tx><c:val><c:numRef><c:f>'${EVAL}'!$D$5:$E$5</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
      `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  // Protection with a password on the other sheet.
  const base = await text(basePath);
  zip.file(basePath, base.replace("</sheetData>", '</sheetData><sheetProtection algorithmName="SHA-512" hashValue="dGVzdGhhc2g=" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>'));
  // Workbook: print area as written, iterative calculation.
  let wb = await text("xl/workbook.xml");
  const names = `<definedName name="_xlnm.Print_Area" localSheetId="1">'${EVAL}'!$A$1:$I$23</definedName>`;
  wb = wb.includes("<definedNames>") ? wb.replace("<definedNames>", `<definedNames>${names}`) : wb.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  wb = /<calcPr\b[^>]*\/>/.test(wb) ? wb.replace(/<calcPr\b([^>]*)\/>/, '<calcPr$1 iterate="1" iterateCount="50" iterateDelta="0.0001"/>') : wb.replace("</workbook>", '<calcPr calcId="191029" iterate="1" iterateCount="50" iterateDelta="0.0001"/></workbook>');
  zip.file("xl/workbook.xml", wb);
  // Document-level parts: custom properties, customXml, a VBA project (an .xlsm).
  zip.file(
    "docProps/custom.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>株洲市芦淞区商务局</vt:lpwstr></property></Properties>',
  );
  zip.file("customXml/item1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL"/>');
  zip.file("customXml/itemProps1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6B4D4B8E-0F5F-4A3C-8E9B-2B1C1F0A1234}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>');
  zip.file("customXml/_rels/item1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
  zip.file("xl/vbaProject.bin", Uint8Array.from({ length: 1536 }, (_, i) => (i < 8 ? [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][i] : (i * 31) & 0xff)));
  const wbRels = await text("xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    wbRels.replace("</Relationships>", `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rIdCx" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`),
  );
  const rootRels = await text("_rels/.rels");
  zip.file("_rels/.rels", rootRels.replace("</Relationships>", `<Relationship Id="rIdCustom" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`));
  let types = await text("[Content_Types].xml");
  types = types.replace(/(PartName="\/xl\/workbook\.xml" ContentType=")[^"]+"/, '$1application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  types = types.replace(
    "</Types>",
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
  );
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function contextOf(bytes: Uint8Array): Promise<Ctx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, name.endsWith(".bin") ? Buffer.from(await zip.files[name].async("uint8array")).toString("base64") : await zip.files[name].async("string"));
  const { workbook } = await readWorkbook(bytes);
  return { parts, evalPath: workbook.sheets.find((s) => s.name === EVAL)?.path as string, basePath: workbook.sheets.find((s) => s.name === BASE)?.path as string };
}

type Verdict = "kept" | "lost" | "not in input";

interface Row {
  feature: string;
  excel: [Verdict, Verdict];
  libreoffice: [Verdict, Verdict] | undefined;
}

async function verdicts(input: Uint8Array): Promise<{ verdicts: [Verdict, Verdict][]; checked: Uint8Array; submitted: Uint8Array }> {
  const checked = (await writeCheckedCopy(await checkXlsx(input, defaultProfile), { mode: "values", locale: "zh-CN" })).bytes;
  const submitted = await prepareSubmission(await checkXlsx(input, defaultProfile), { reportSheet: false, profile: defaultProfile, locale: "zh-CN", checkedAt: new Date(2024, 0, 1) }).write();
  const [inCtx, checkedCtx, submittedCtx] = await Promise.all([contextOf(input), contextOf(checked), contextOf(submitted)]);
  const out: [Verdict, Verdict][] = FEATURES.map((f) => {
    const before = f.probe(inCtx);
    if (!before) return ["not in input", "not in input"];
    return [f.probe(checkedCtx) === before ? "kept" : "lost", f.probe(submittedCtx) === before ? "kept" : "lost"];
  });
  return { verdicts: out, checked, submitted };
}

const probeSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
const hasSoffice = !probeSoffice.error && probeSoffice.status === 0;

function libreOfficeWritten(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "selfeval-features-"));
  const input = path.join(dir, "in", "features.xlsm");
  return new Promise<Uint8Array>((resolve, reject) => {
    mkdirSync(path.dirname(input));
    writeFileSync(input, bytes);
    execFile("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, input], { timeout: 180_000 }, (error, _o, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(new Uint8Array(readFileSync(path.join(dir, "features.xlsx"))));
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

export function featuresTable(rows: Row[]): string {
  const lo = (r: Row, i: 0 | 1) => (r.libreoffice ? (r.libreoffice[i] === "not in input" ? "— (LibreOffice does not write it)" : r.libreoffice[i]) : "not run");
  return [
    "| Workbook feature | Excel-written: checked copy | Excel-written: submission copy | LibreOffice-written: checked copy | LibreOffice-written: submission copy |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.feature} | ${r.excel[0]} | ${r.excel[1]} | ${lo(r, 0)} | ${lo(r, 1)} |`),
  ].join("\n");
}

describe("copies keep every feature of the workbook", () => {
  let rows: Row[];
  let excelInput: Uint8Array;
  let excel: Awaited<ReturnType<typeof verdicts>>;

  beforeAll(async () => {
    excelInput = await excelShaped();
    excel = await verdicts(excelInput);
    const lo = hasSoffice ? await verdicts(await libreOfficeWritten(excelInput)) : undefined;
    rows = FEATURES.map((f, i) => ({ feature: f.name, excel: excel.verdicts[i], libreoffice: lo?.verdicts[i] }));
  });

  test("the Excel-shaped input has every feature, and the checked copy has our marks", async () => {
    expect(rows.filter((r) => r.excel[0] === "not in input").map((r) => r.feature)).toEqual([]);
    expect(Object.keys(await ownMarksOf(excel.checked, EVAL)).length).toBeGreaterThan(0);
  });

  test("every feature is kept in both copies, Excel-written and LibreOffice-written", () => {
    const lost = rows.flatMap((r) => [
      ...(r.excel.includes("lost") ? [`Excel-written: ${r.feature} ${r.excel.join("/")}`] : []),
      ...(r.libreoffice?.includes("lost") ? [`LibreOffice-written: ${r.feature} ${r.libreoffice.join("/")}`] : []),
    ]);
    expect(lost).toEqual([]);
  });

  test("the copies differ from the input only in the parts SelfEval writes", async () => {
    const allowed = (name: string) => /^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/.test(name) || /^xl\/(styles|comments\d+)\.xml$/.test(name) || /^xl\/drawings\/vmlDrawing\d+\.vml$/.test(name) || name === "[Content_Types].xml" || name === "xl/workbook.xml";
    for (const copy of [excel.checked, excel.submitted]) {
      const diff = await packageDiff(excelInput, copy);
      expect([...diff.changed, ...diff.added, ...diff.removed].filter((n) => !allowed(n))).toEqual([]);
      expect(diff.removed).toEqual([]);
    }
    // workbook.xml: only calcPr may change (fullCalcOnLoad), nothing else of it.
    const strip = (xml: string) => xml.replace(/<calcPr\b[^>]*\/>/, "");
    const wb = async (b: Uint8Array) => strip((await (await JSZip.loadAsync(b)).file("xl/workbook.xml")?.async("string")) as string);
    expect(await wb(excel.checked)).toBe(await wb(excelInput));
  });

  test("docs/files.md holds this table", () => {
    const table = featuresTable(rows);
    const doc = readFileSync(DOC, "utf8");
    const re = /<!-- features:start -->\n([\s\S]*?)\n<!-- features:end -->/;
    if (process.env.UPDATE_DOCS === "1") writeFileSync(DOC, doc.replace(re, () => `<!-- features:start -->\n${table}\n<!-- features:end -->`));
    expect(re.exec(readFileSync(DOC, "utf8"))?.[1]).toBe(table);
  });
});
