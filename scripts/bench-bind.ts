// Bind time per sheet with and without the label-normalisation cache (src/template/glossary.ts).
// Without it, every label is normalised again for every glossary key it is matched against, as
// the binder did before the cache. Prints a Markdown table; `npm run bench` puts it into
// docs/performance.md. Usage: npx tsx scripts/bench-bind.ts
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { SheetGrid } from "../src/engine/grid";
import { bindSheet } from "../src/template";
import { Glossary } from "../src/template/glossary";
import { readWorkbook } from "../src/xlsx";

const ROOT = path.join(__dirname, "..");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median over `runs` of binding every sheet once with a fresh glossary per workbook (as bindWorkbook does). */
function perSheet(workbooks: SheetGrid[][], cache: boolean, runs: number): number {
  const times: number[] = [];
  const sheets = workbooks.reduce((n, w) => n + w.length, 0);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    for (const sheetsOfWorkbook of workbooks) {
      const glossary = new Glossary({}, { cache });
      for (const sheet of sheetsOfWorkbook) bindSheet(sheet, glossary);
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / sheets);
  }
  return median(times);
}

export async function bindBench(): Promise<{ rows: [string, number, number, number][]; table: string }> {
  const files = [
    ...readdirSync(path.join(ROOT, "assets", "samples")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(ROOT, "assets", "samples", f)),
    ...readdirSync(path.join(ROOT, "test", "fixtures")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(ROOT, "test", "fixtures", f)),
  ];
  const workbooks: SheetGrid[][] = [];
  for (const f of files) workbooks.push((await readWorkbook(readFileSync(f))).grid.sheets);
  const clean = workbooks[files.findIndex((f) => f.endsWith("clean_project.xlsx"))][0];
  const big = [Array.from({ length: 300 }, (_, i) => ({ ...clean, name: `项目${i + 1}` }))];
  const cases: [string, SheetGrid[][], number][] = [
    [`the sample and the ${files.length - 1} fixtures (${workbooks.reduce((n, w) => n + w.length, 0)} sheets)`, workbooks, 41],
    ["300 project tables in one workbook", big, 11],
  ];
  // Warm up both paths so the JIT has compiled them before anything is timed.
  perSheet(workbooks, true, 5);
  perSheet(workbooks, false, 5);
  const rows = cases.map(([name, wbs, runs]): [string, number, number, number] => {
    const without = perSheet(wbs, false, runs);
    const withCache = perSheet(wbs, true, runs);
    return [name, without, withCache, without / withCache];
  });
  const table = [
    "| workbooks | bind per sheet, no cache (before) | bind per sheet, with cache | speed-up |",
    "|---|---|---|---|",
    ...rows.map(([name, a, b, x]) => `| ${name} | ${a.toFixed(3)} ms | ${b.toFixed(3)} ms | ${x.toFixed(1)}× |`),
  ].join("\n");
  return { rows, table };
}

if (require.main === module) {
  bindBench().then(({ table }) => console.log(table));
}
