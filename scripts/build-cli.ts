// `npm run build:cli` (also run by `npm ci` through `prepare`): bundles the `selfeval` command into
// one precompiled file, dist-cli/selfeval.cjs, so that a run starts without transpiling TypeScript.
// ExcelJS stays external (a dependency, loaded only when a file is read or written), and the list
// of bundled sources goes to dist-cli/inputs.json, which scripts/selfeval.cjs compares with the
// sources' times to fall back to tsx when the bundle is older (development).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const ROOT = path.join(__dirname, "..");
/** `--outdir <dir>` builds elsewhere (the launcher test); the command itself uses dist-cli/. */
const at = process.argv.indexOf("--outdir");
const OUT_DIR = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(ROOT, "dist-cli");

async function main(): Promise<void> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: path.join(OUT_DIR, "selfeval.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["exceljs"],
    metafile: true,
    logLevel: "warning",
    legalComments: "none",
  });
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
