// Property tests on the byte layer and the write path (issue 9, item 9): random and mutated
// packages, wide sparse rows, large and overlapping merges, protection forms. Reading never
// throws past the guard (only WorkbookReadError), and a copy differs from its input only where
// SelfEval means it to — checked as a package diff.
import fc from "fast-check";
import { areaToA1, columnName } from "../../src/engine/grid";
import type { Area, WorkbookGrid } from "../../src/engine/grid";
import type { Mark, MarkKind, ValueWrite } from "../../src/engine/plan";
import { readWorkbook, WorkbookReadError } from "../../src/xlsx";
import { applyPlan, clearOwnMarks, writeWorkbook } from "../../src/xlsx/write";
import { buildXlsx, escape } from "./build";
import { markAt, packageDiff } from "./helpers";

jest.setTimeout(120_000);

interface RandomCell {
  row: number; // 1-based
  col: number; // 1-based
  kind: "n" | "s" | "inline" | "b" | "e" | "str-f" | "n-f" | "styled-empty" | "empty-v";
  number: number;
  text: string;
}

const cellArb: fc.Arbitrary<RandomCell> = fc.record({
  row: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }), weight: 12 }, { arbitrary: fc.integer({ min: 1, max: 1048576 }), weight: 1 }),
  col: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(16384, 16383, 702, 703), fc.integer({ min: 1, max: 16384 })),
  kind: fc.constantFrom("n", "s", "inline", "b", "e", "str-f", "n-f", "styled-empty", "empty-v"),
  number: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  text: fc.string({ maxLength: 12 }),
});

const areaArb: fc.Arbitrary<Area> = fc
  .record({ top: fc.integer({ min: 0, max: 60 }), left: fc.integer({ min: 0, max: 15 }), h: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(1048575)), w: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(16383)) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: Math.min(1048575, top + h), right: Math.min(16383, left + w) }));

const protectionArb = fc.constantFrom(
  "",
  '<sheetProtection sheet="1"/>',
  '<sheetProtection sheet="true" objects="true"/>',
  '<sheetProtection password="CC3D" sheet="1"/>',
  '<sheetProtection sheet="0"/>',
  '<sheetProtection objects="1"/>',
);

function cellXml(c: RandomCell, strings: string[]): string {
  const ref = `${columnName(c.col - 1)}${c.row}`;
  switch (c.kind) {
    case "n":
      return `<c r="${ref}"><v>${c.number}</v></c>`;
    case "s":
      strings.push(c.text);
      return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
    case "inline":
      return `<c r="${ref}" t="inlineStr"><is><t>${escape(c.text)}</t></is></c>`;
    case "b":
      return `<c r="${ref}" t="b"><v>${c.number > 0 ? 1 : 0}</v></c>`;
    case "e":
      return `<c r="${ref}" t="e"><v>#DIV/0!</v></c>`;
    case "str-f":
      return `<c r="${ref}" t="str"><f>"${escape(c.text.replace(/"/g, ""))}"</f><v>${escape(c.text)}</v></c>`;
    case "n-f":
      return `<c r="${ref}"><f>A1*2</f><v>${c.number}</v></c>`;
    case "styled-empty":
      return `<c r="${ref}" s="1"/>`;
    case "empty-v":
      return `<c r="${ref}"><v></v></c>`;
  }
}

/** A sheet body from random cells (rows in order, one cell per address, as a valid file has). */
function sheetBody(cells: RandomCell[], merges: Area[], protection: string, strings: string[]): string {
  const byRow = new Map<number, Map<number, RandomCell>>();
  for (const c of cells) {
    const row = byRow.get(c.row) ?? new Map<number, RandomCell>();
    row.set(c.col, c);
    byRow.set(c.row, row);
  }
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => `<row r="${r}">${[...(byRow.get(r) as Map<number, RandomCell>).values()].sort((a, b) => a.col - b.col).map((c) => cellXml(c, strings)).join("")}</row>`)
    .join("");
  const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${areaToA1(m)}"/>`).join("")}</mergeCells>` : "";
  return `<sheetData>${rows}</sheetData>${protection}${mergeXml}`;
}

const workbookArb = fc.record({
  sheets: fc.array(fc.record({ cells: fc.array(cellArb, { maxLength: 40 }), merges: fc.array(areaArb, { maxLength: 4 }), protection: protectionArb }), { minLength: 1, maxLength: 3 }),
});

async function build(spec: { sheets: { cells: RandomCell[]; merges: Area[]; protection: string }[] }): Promise<Uint8Array> {
  const strings: string[] = [];
  const sheets = spec.sheets.map((s, i) => ({ name: `表${i + 1}`, body: sheetBody(s.cells, s.merges, s.protection, strings) }));
  return buildXlsx({ sheets, sharedStrings: strings });
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Reading either gives a grid or a WorkbookReadError with one-line messages; nothing else. */
async function readGuarded(bytes: Uint8Array): Promise<WorkbookGrid | WorkbookReadError> {
  try {
    return (await readWorkbook(bytes)).grid;
  } catch (err) {
    if (err instanceof WorkbookReadError) {
      expect(err.messageZh).not.toMatch(/\n/);
      expect(err.messageEn).not.toMatch(/\n/);
      return err;
    }
    throw err;
  }
}

describe("reading random packages", () => {
  test("random sheets: a grid whose cells are what the XML holds; merges disjoint or the sheet skipped; protection as written", async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, async (spec) => {
        const grid = await readGuarded(await build(spec));
        if (grid instanceof WorkbookReadError) throw grid; // valid packages must read
        spec.sheets.forEach((s, i) => {
          const sheet = grid.sheets[i];
          const real = s.merges.filter((m) => m.top !== m.bottom || m.left !== m.right);
          const bad = real.some((a, j) => real.some((b, k) => j < k && overlaps(a, b)));
          expect(Boolean(sheet.unreadable)).toBe(bad);
          if (bad) return;
          expect(sheet.protected ?? false).toBe(/sheet="(1|true)"/.test(s.protection));
          // Every row is as long as its last cell that holds something, never longer.
          const holding = new Map<string, RandomCell>();
          for (const c of s.cells) holding.set(`${c.row},${c.col}`, c);
          const kept = [...holding.values()].filter((c) => c.kind !== "styled-empty" && c.kind !== "empty-v" && !((c.kind === "s" || c.kind === "inline") && c.text === ""));
          const slave = (c: RandomCell) => real.some((m) => c.row - 1 >= m.top && c.row - 1 <= m.bottom && c.col - 1 >= m.left && c.col - 1 <= m.right && !(c.row - 1 === m.top && c.col - 1 === m.left));
          const expected = kept.filter((c) => !slave(c));
          let count = 0;
          for (const row of sheet.cells) for (const key in row) if (row[Number(key)]) count++;
          expect(count).toBe(expected.length);
          for (const c of expected) expect(sheet.cells[c.row - 1]?.[c.col - 1]).toBeDefined();
          // Rows run to the last row that had a cell holding something (a merged slave emptied
          // on that row leaves its row, empty).
          const lastRow = Math.max(0, ...kept.map((c) => c.row));
          expect(sheet.cells.length).toBe(lastRow);
        });
      }),
      { numRuns: 60 },
    );
  });

  test("mutated bytes (flipped, cut, spliced) never throw anything but WorkbookReadError", async () => {
    const base = await build({ sheets: [{ cells: [{ row: 1, col: 1, kind: "s", number: 1, text: "项目名称" }, { row: 2, col: 2, kind: "n", number: 3.5, text: "" }], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }], protection: "" }] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: base.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat({ max: base.length }), { nil: undefined }),
        async (flips, cut) => {
          const bytes = base.slice(0, cut ?? base.length);
          for (const f of flips) if (f.at < bytes.length) bytes[f.at] = f.byte;
          await readGuarded(bytes);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("mutated XML inside a valid zip (cut tags, stray markup) never throws past the guard", async () => {
    const valid = sheetBody([{ row: 1, col: 1, kind: "inline", number: 0, text: "执行率" }, { row: 2, col: 1, kind: "n-f", number: 2, text: "" }], [{ top: 3, left: 0, bottom: 4, right: 1 }], '<sheetProtection sheet="1"/>', []);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: valid.length }), fc.nat({ max: valid.length }), fc.constantFrom("", "<", ">", "</row>", "<c r=\"A", "&", "&#xD800;", "<![CDATA[", '"', "<!DOCTYPE x>"), async (a, b, junk) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const body = valid.slice(0, from) + junk + valid.slice(to);
        await readGuarded(await buildXlsx({ sheets: [{ name: "S", body }, { name: "T", body: "<sheetData/>" }] }));
      }),
      { numRuns: 150 },
    );
  });
});

describe("the write path changes only what SelfEval means to change", () => {
  const planArb = fc.record({
    values: fc.array(fc.record({ row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 10 }), value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }) }), { maxLength: 6 }),
    marks: fc.array(fc.record({ row: fc.integer({ min: 0, max: 30 }), col: fc.integer({ min: 0, max: 10 }), kind: fc.constantFrom<MarkKind>("error", "warning", "info", "reason"), note: fc.string({ minLength: 1, maxLength: 20 }) }), { maxLength: 8 }),
  });

  test("a copy differs only in the sheet, styles, comments, VML, relationship and content-type parts; values land where planned; marks clear back to the input", async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, planArb, async (spec, p) => {
        // Keep merges disjoint and small here: a sheet skipped for overlaps is never written.
        const clean = { sheets: spec.sheets.map((s) => ({ ...s, merges: s.merges.filter((m, i) => m.bottom < 200 && m.right < 20 && !s.merges.slice(0, i).some((o) => overlaps(o, m))) })) };
        const input = await build(clean);
        const { workbook, grid } = await readWorkbook(input);
        const sheet = grid.sheets[0].name;
        const values: ValueWrite[] = p.values.map((v) => ({ sheet, at: { row: v.row, col: v.col }, value: v.value, kind: "recalculated" }));
        const marks: Mark[] = p.marks.map((m) => ({ sheet, at: { row: m.row, col: m.col }, kind: m.kind, note: m.note }));
        const result = applyPlan(workbook, { values, marks });
        const copy = await writeWorkbook(workbook);

        const diff = await packageDiff(input, copy);
        const allowed = /^(xl\/worksheets\/sheet1\.xml|xl\/styles\.xml|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|xl\/worksheets\/_rels\/sheet1\.xml\.rels|\[Content_Types\]\.xml)$/;
        expect([...diff.changed, ...diff.added].filter((n) => !allowed.test(n))).toEqual([]);
        expect(diff.removed).toEqual([]);
        const isProtected = grid.sheets[0].protected === true;
        if (isProtected) {
          expect(diff).toEqual({ changed: [], added: [], removed: [] });
          expect(result.protectedSheets).toEqual(values.length || marks.length ? [sheet] : []);
          return;
        }
        // Values land in the master of their merged area; every other cell reads as before.
        const after = (await readWorkbook(copy)).grid;
        const master = (r: number, c: number) => grid.sheets[0].merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) ?? { top: r, left: c };
        const written = new Map<string, number>();
        for (const v of values) {
          const m = master(v.at.row, v.at.col);
          // A cell holds no negative zero: -0 is written as "0" and reads back as 0 (-0 + 0 is +0).
          written.set(`${m.top},${m.left}`, v.value + 0);
        }
        for (const [key, value] of written) {
          const [r, c] = key.split(",").map(Number);
          expect(after.sheets[0].cells[r]?.[c]?.value).toBe(value);
        }
        const cellMap = (g: WorkbookGrid) => {
          const out: Record<string, unknown> = {};
          g.sheets.forEach((s, i) => s.cells.forEach((row, r) => row.forEach((cell, c) => void (cell && !(i === 0 && written.has(`${r},${c}`)) && (out[`${s.name}!${r},${c}`] = cell)))));
          return out;
        };
        expect(cellMap(after)).toEqual(cellMap(grid));
        expect(after.sheets.map((s) => [s.name, s.merges, s.protected])).toEqual(grid.sheets.map((s) => [s.name, s.merges, s.protected]));
        // Every mark is drawn, on its area, with the more severe kind when two share one.
        for (const m of marks) expect(await markAt(copy, sheet, `${columnName(m.at.col)}${m.at.row + 1}`)).toBeDefined();

        // Marks only, then cleared: the input again, part for part (styles.xml keeps its dxfs).
        const marksOnly = (await readWorkbook(input)).workbook;
        applyPlan(marksOnly, { values: [], marks });
        const marked = await writeWorkbook(marksOnly);
        const again = (await readWorkbook(marked)).workbook;
        clearOwnMarks(again);
        const back = await packageDiff(input, await writeWorkbook(again));
        expect(back.added).toEqual([]);
        expect(back.removed).toEqual([]);
        expect(back.changed.filter((n) => n !== "xl/styles.xml")).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
