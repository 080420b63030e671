// Writes the sample workbook (assets/samples) and the golden-test fixtures (test/fixtures) as real
// .xlsx files with ExcelJS, from the data modules in scripts/samples, plus each fixture's
// <name>.expected.json. Deterministic: fixed document dates and fixed zip entry dates, so that
// re-running `npx tsx scripts/make-samples.ts` rewrites identical bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
// ExcelJS zips with JSZip and stamps every entry with the current time; we re-pack with a fixed
// date. JSZip is ExcelJS's own dependency (exceljs@4.4 → jszip@3.10), not a new one.
import JSZip from "jszip";
import type { CellObject, CellSpec, SheetSpec, WorkbookSpec } from "./samples/types";
import { seed } from "./samples/seed";
import { anhuiProject } from "./samples/01_anhui_project";
import { yunnanProject } from "./samples/02_yunnan_project";
import { sichuanProject } from "./samples/03_sichuan_project";
import { sichuanBlank } from "./samples/04_sichuan_blank";
import { cleanProject } from "./samples/clean_project";
import { textNumbers } from "./samples/text_numbers";
import { multiTemplate } from "./samples/multi_template";
import { notTemplate } from "./samples/not_template";
import { hunanScoring } from "./samples/05_hunan_scoring";
import { hunanBase2018 } from "./samples/06_hunan_base_2018";
import { sichuanTransfer2021 } from "./samples/07_sichuan_transfer_2021";
import { hebeiProject2019 } from "./samples/08_hebei_project_2019";
import { hubeiStudentAid } from "./samples/09_hubei_student_aid";
import { sichuanZhongjiang2022 } from "./samples/10_sichuan_zhongjiang_2022";
import { anhuiTianchang2022 } from "./samples/11_anhui_tianchang_2022";
import { hunanHengshan2020 } from "./samples/12_hunan_hengshan_2020";
import { chongqingDept2021 } from "./samples/13_chongqing_dept_2021";
import { hubeiHuanggang2020 } from "./samples/14_hubei_huanggang_2020";
import { yunnanYongde2022 } from "./samples/15_yunnan_yongde_2022";
import { hubeiHuangshi2023 } from "./samples/16_hubei_huangshi_2023";
import { fujianNingdeDizhen2020 } from "./samples/17_fujian_ningde_dizhen_2020";
import { fujianNingdeFangzhi2018 } from "./samples/18_fujian_ningde_fangzhi_2018";
import { shanxiJishan2020 } from "./samples/20_shanxi_jishan_2020";
import { ningxiaYinchuan2021 } from "./samples/21_ningxia_yinchuan_2021";
import { anhuiXiaoxian2023 } from "./samples/22_anhui_xiaoxian_2023";
import { guizhouSuiyang2021 } from "./samples/23_guizhou_suiyang_2021";
import { yunnanLongyang2022 } from "./samples/24_yunnan_longyang_2022";
import { anhuiTanghu2020 } from "./samples/25_anhui_tanghu_2020";
import { probes } from "./samples/probes";
import { kejiTransfer2021 } from "./samples/27_keji_transfer_2021";
import { hunanYuhua2017 } from "./samples/28_hunan_yuhua_2017";

export const WORKBOOKS: readonly WorkbookSpec[] = [
  seed,
  anhuiProject,
  yunnanProject,
  sichuanProject,
  sichuanBlank,
  cleanProject,
  textNumbers,
  multiTemplate,
  notTemplate,
  hunanScoring,
  hunanBase2018,
  sichuanTransfer2021,
  hebeiProject2019,
  hubeiStudentAid,
  sichuanZhongjiang2022,
  anhuiTianchang2022,
  hunanHengshan2020,
  chongqingDept2021,
  hubeiHuanggang2020,
  yunnanYongde2022,
  hubeiHuangshi2023,
  fujianNingdeDizhen2020,
  fujianNingdeFangzhi2018,
  shanxiJishan2020,
  ningxiaYinchuan2021,
  anhuiXiaoxian2023,
  guizhouSuiyang2021,
  yunnanLongyang2022,
  anhuiTanghu2020,
  kejiTransfer2021,
  hunanYuhua2017,
  ...probes,
];

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
const ROOT = join(__dirname, "..");
const FONT = "宋体";

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function decodeAddress(a1: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function decodeRange(ref: string): Range {
  const [a, b = a] = ref.split(":");
  const p = decodeAddress(a);
  const q = decodeAddress(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function isObject(spec: CellSpec): spec is CellObject {
  return typeof spec === "object" && spec !== null;
}

/** Display width in Excel character units: CJK and full-width forms count double. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u201c\u201d\u2265\u2264\u33a1]/u.test(ch) ? 2 : 1;
  return w;
}

/** Row height in points that shows wrapped text in full (single-row cells only). */
function estimateHeights(sheet: SheetSpec, ranges: Range[]): Map<number, number> {
  const heights = new Map<number, number>();
  sheet.rows.forEach((cells, i) => {
    const row = i + 1;
    let lines = 1;
    cells.forEach((spec, j) => {
      const col = j + 1;
      const text = isObject(spec) ? String(spec.v) : typeof spec === "string" ? spec : null;
      if (!text) return;
      const merge = ranges.find((r) => r.top === row && r.left === col);
      if (merge && merge.bottom > merge.top) return; // a vertical label spreads over its rows
      const right = merge ? merge.right : col;
      let width = 0;
      for (let c = col; c <= right; c++) width += sheet.widths[c - 1] ?? 9;
      const usable = Math.max(2, width - 1.5);
      const needed = text.split("\n").reduce((n, seg) => n + Math.max(1, Math.ceil(textWidth(seg) / usable)), 0);
      lines = Math.max(lines, needed);
    });
    const title = sheet.titleRows?.includes(row);
    heights.set(row, sheet.heights?.[row] ?? (title ? 30 : Math.max(18, lines * 14 + 4)));
  });
  return heights;
}

function inside(r: Range, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
  });
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const merges = sheet.merges.map(decodeRange);
  const tables = sheet.tables.map(decodeRange);
  const lefts = (sheet.left ?? []).map(decodeRange);
  const heights = estimateHeights(sheet, merges);

  sheet.rows.forEach((cells, i) => {
    const rowNo = i + 1;
    const row = ws.getRow(rowNo);
    row.height = heights.get(rowNo) ?? 18;
    const title = sheet.titleRows?.includes(rowNo) ?? false;
    const subtitle = sheet.subtitleRows?.includes(rowNo) ?? false;
    cells.forEach((spec, j) => {
      if (spec === null) return;
      const cell = row.getCell(j + 1);
      const value = isObject(spec) ? spec.v : spec;
      if (isObject(spec) && spec.f) cell.value = { formula: spec.f, result: spec.v };
      else cell.value = value;
      if (isObject(spec) && spec.fmt) cell.numFmt = spec.fmt;
      const inTable = tables.some((t) => inside(t, rowNo, j + 1));
      const left = lefts.some((a) => inside(a, rowNo, j + 1)) || (typeof value === "string" && textWidth(value) > 30);
      cell.font = title ? { name: FONT, size: 16, bold: true } : { name: FONT, size: subtitle ? 11 : 10 };
      cell.alignment = {
        wrapText: true,
        vertical: "middle",
        horizontal: title || subtitle ? "center" : inTable && !left ? "center" : "left",
      };
    });
  });

  // Borders on every cell of the form, merged areas included, so that the grid prints whole.
  const thin = { style: "thin" as const };
  for (const t of tables) {
    for (let r = t.top; r <= t.bottom; r++) {
      for (let c = t.left; c <= t.right; c++) {
        const cell = ws.getCell(r, c);
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
        if (!cell.font) cell.font = { name: FONT, size: 10 };
      }
    }
  }
  for (const ref of sheet.merges) ws.mergeCells(ref);
}

/** Checks that every expected finding points at a real, addressable cell of the workbook. */
function checkExpected(spec: WorkbookSpec): void {
  const names = new Set(spec.sheets.map((s) => s.name));
  for (const t of spec.expected.templates) if (!names.has(t.sheet)) throw new Error(`${spec.file}: template sheet ${t.sheet} missing`);
  for (const s of spec.expected.skippedSheets) if (!names.has(s)) throw new Error(`${spec.file}: skipped sheet ${s} missing`);
  for (const f of spec.expected.findings) {
    const sheet = spec.sheets.find((s) => s.name === f.sheet);
    if (!sheet) throw new Error(`${spec.file}: finding on unknown sheet ${f.sheet}`);
    const { row, col } = decodeAddress(f.cell);
    if (row > sheet.rows.length || col > sheet.widths.length) throw new Error(`${spec.file}: ${f.cell} outside the sheet`);
    const covered = sheet.merges.map(decodeRange).find((m) => inside(m, row, col));
    if (covered && (covered.top !== row || covered.left !== col)) throw new Error(`${spec.file}: ${f.cell} is inside a merge, not its top-left cell`);
  }
  for (const sheet of spec.sheets) {
    for (const [i, row] of sheet.rows.entries()) {
      if (row.length > sheet.widths.length) throw new Error(`${spec.file}/${sheet.name}: row ${i + 1} is wider than its columns`);
    }
  }
}

async function writeWorkbook(spec: WorkbookSpec): Promise<string> {
  checkExpected(spec);
  const wb = new ExcelJS.Workbook();
  wb.creator = "SelfEval";
  wb.lastModifiedBy = "SelfEval";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) writeSheet(wb, sheet);
  const raw = await wb.xlsx.writeBuffer();

  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  const bytes = await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });

  const dir = join(ROOT, spec.dir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, spec.file);
  writeFileSync(path, bytes);

  const expectedName = spec.dir === "test/fixtures" ? spec.file.replace(/\.xlsx$/, ".expected.json") : "seed.expected.json";
  const hasError = spec.expected.findings.some((f) => f.severity === "error");
  const json = {
    file: spec.file,
    path: `${spec.dir}/${spec.file}`,
    source: spec.source,
    profile: spec.expected.profile,
    exitCode: spec.expected.error ? 2 : hasError ? 1 : 0,
    ...(spec.expected.error ? { error: spec.expected.error } : {}),
    templates: spec.expected.templates,
    skippedSheets: spec.expected.skippedSheets,
    findings: spec.expected.findings,
    infosComplete: spec.expected.infosComplete,
    notes: spec.expected.notes,
  };
  writeFileSync(join(ROOT, "test/fixtures", expectedName), `${JSON.stringify(json, null, 2)}\n`);
  return `${spec.dir}/${spec.file}`;
}

async function main(): Promise<void> {
  mkdirSync(join(ROOT, "test/fixtures"), { recursive: true });
  for (const spec of WORKBOOKS) {
    const path = await writeWorkbook(spec);
    process.stdout.write(`wrote ${path}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`make-samples: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
