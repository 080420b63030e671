// Writes test/fixtures/overlapping_merges.xlsx: the sample workbook with one more sheet, 附表,
// whose merged ranges overlap (A1:C3 and B2:D4) — a damage Excel and WPS open without complaint
// and ExcelJS refuses ("Cannot merge already merged cells"). SelfEval must check the other sheets
// and list 附表 as skipped with its reason (issue 8, item 6).
// Run: npx tsx scripts/samples/overlapping_merges.ts (deterministic: fixed zip entry dates).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";

const ROOT = join(__dirname, "..", "..");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export async function overlappingMerges(sample: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(sample);
  const text = async (p: string) => (await zip.file(p)?.async("string")) as string;
  const sheetXml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>填报说明</t></is></c></row>' +
    '<row r="2"><c r="B2" t="inlineStr"><is><t>本表由单位财务填写</t></is></c></row></sheetData>' +
    '<mergeCells count="2"><mergeCell ref="A1:C3"/><mergeCell ref="B2:D4"/></mergeCells>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  const names = Object.keys(zip.files);
  let n = 1;
  while (names.includes(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  zip.file(part, sheetXml);
  const rels = await text("xl/_rels/workbook.xml.rels");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdOverlap" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`));
  const types = await text("[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`));
  const wb = await text("xl/workbook.xml");
  const maxId = Math.max(...[...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1])));
  zip.file("xl/workbook.xml", wb.replace("</sheets>", `<sheet name="附表" sheetId="${maxId + 1}" r:id="rIdOverlap"/></sheets>`));
  for (const file of Object.values(zip.files)) file.date = FIXED_DATE;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

if (require.main === module) {
  const dir = join(ROOT, "assets", "samples");
  const sample = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith(".xlsx")) as string));
  void overlappingMerges(sample).then((bytes) => writeFileSync(join(ROOT, "test", "fixtures", "overlapping_merges.xlsx"), bytes));
}
