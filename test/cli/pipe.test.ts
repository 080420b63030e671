// Output through a real pipe to a reader that is slow to start: every byte arrives, in text and in
// JSON, and the exit status is still the run's. A pipe holds 64 KiB, so more than 1 MB of output
// only gets through if the command lets stdout drain before it exits.
import { execFile } from "node:child_process";
import { linkSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "scripts", "selfeval.cjs");
const SAMPLE_DIR = path.join(ROOT, "assets", "samples");
const SAMPLE = path.join(SAMPLE_DIR, readdirSync(SAMPLE_DIR).find((f) => f.endsWith(".xlsx")) as string);
const COPIES = 640;

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "selfeval-pipe-"));
  for (let i = 0; i < COPIES; i++) linkSync(SAMPLE, path.join(folder, `${String(i).padStart(3, "0")}.xlsx`));
});

/** Runs `selfeval …` with stdout piped into a reader that waits a second before it reads. */
function throughSlowPipe(args: string[]): Promise<{ out: string; status: number }> {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const script = `node '${BIN}' ${quoted} | (sleep 1; cat); exit \${PIPESTATUS[0]}`;
  return new Promise((resolve, reject) => {
    execFile("bash", ["-c", script], { maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout) => {
      const status = error ? (typeof error.code === "number" ? error.code : NaN) : 0;
      if (Number.isNaN(status)) reject(error);
      else resolve({ out: stdout, status });
    });
  });
}

test("JSON of a 640-file folder parses completely through a slow pipe", async () => {
  const { out, status } = await throughSlowPipe(["check", folder, "--format", "json"]);
  expect(Buffer.byteLength(out)).toBeGreaterThan(1_000_000);
  const doc = JSON.parse(out);
  expect(doc.results).toHaveLength(COPIES);
  expect(status).toBe(1);
}, 120_000);

test("text output of a 640-file folder keeps its summary through a slow pipe", async () => {
  const { out, status } = await throughSlowPipe(["check", folder]);
  expect(Buffer.byteLength(out)).toBeGreaterThan(1_000_000);
  expect(out.trimEnd().split("\n").pop()).toMatch(new RegExp(`^汇总：${COPIES} 个文件`));
  expect(status).toBe(1);
}, 120_000);
