// `npm run build:cli` (also run by `npm ci` through `prepare`): bundles the `selfeval` command into
// one precompiled file, dist-cli/selfeval.cjs, so that a run starts without transpiling TypeScript.
// ExcelJS goes into a file of its own, dist-cli/exceljs.cjs, which the command requires only when
// a file is read or written (`--help` never loads it): one file loads in about half the time of
// ExcelJS's few hundred modules resolved one by one (docs/performance.md). The list of bundled
// sources goes to dist-cli/inputs.json, which scripts/selfeval.cjs compares with the sources'
// times to fall back to tsx when the bundle is older (development).
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "esbuild";
import { build } from "esbuild";

const ROOT = path.join(__dirname, "..");
/** `--outdir <dir>` builds elsewhere (the launcher test); the command itself uses dist-cli/. */
const at = process.argv.indexOf("--outdir");
const OUT_DIR = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(ROOT, "dist-cli");

/**
 * Libraries that get a one-file bundle of their own beside the command, loaded on first use:
 * `require("exceljs")` in the command becomes `require("./exceljs.cjs")`, so `--help` never
 * parses them. Only those the command actually imports are built (@e965/xlsx, SheetJS, and
 * jszip are listed for a file layer that uses them).
 */
const OWN_BUNDLES = ["exceljs", "@e965/xlsx", "jszip"];
const used = new Set<string>();
const bundleFile = (name: string) => `${name.replace(/^@/, "").replace(/\//g, "-")}.cjs`;

const beside: Plugin = {
  name: "own-bundles-beside",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (!OWN_BUNDLES.includes(args.path)) return undefined;
      used.add(args.path);
      return { path: `./${bundleFile(args.path)}`, external: true };
    });
  },
};

async function main(): Promise<void> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: path.join(OUT_DIR, "selfeval.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    plugins: [beside],
    metafile: true,
    logLevel: "warning",
    legalComments: "none",
  });
  for (const name of used) {
    await build({
      absWorkingDir: ROOT,
      entryPoints: [require.resolve(name, { paths: [ROOT] })],
      outfile: path.join(OUT_DIR, bundleFile(name)),
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      logLevel: "warning",
    });
  }
  // Paths relative to the project root (esbuild reports them relative to absWorkingDir).
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes("node_modules"))
    .map((p) => path.relative(ROOT, path.resolve(ROOT, p)).split(path.sep).join("/"));
  writeFileSync(path.join(OUT_DIR, "inputs.json"), `${JSON.stringify(inputs, null, 1)}\n`);
}

main().catch((error: unknown) => {
  console.error(`build:cli: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
