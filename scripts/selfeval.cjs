#!/usr/bin/env node
// The `selfeval` command. It runs the precompiled bundle dist-cli/selfeval.cjs, which `npm ci`
// builds through the `prepare` script (`npm run build:cli`). When the bundle is missing, or older
// than any source it was built from (dist-cli/inputs.json lists them), it runs the TypeScript
// sources through tsx instead, so a change in src/ takes effect at once during development.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist-cli", "selfeval.cjs");

function bundleIsFresh() {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  // An installed copy without the sources can only use the bundle.
  if (!fs.existsSync(path.join(root, "src", "cli", "main.ts"))) return true;
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(root, "dist-cli", "inputs.json"), "utf8"));
  } catch {
    return false;
  }
  for (const input of inputs) {
    try {
      if (fs.statSync(path.join(root, input)).mtimeMs > built) return false;
    } catch {
      return false; // a source was moved or removed since the build
    }
  }
  return true;
}

let main;
if (bundleIsFresh()) {
  main = require(bundle).main;
} else {
  require("tsx/cjs/api").register();
  main = require("../src/cli/main.ts").main;
}

// The exit status is set, never forced with process.exit(): a pipe takes at most 64 KiB at a time,
// and process.exit() would drop whatever stdout and stderr still hold queued (Node's `process`
// docs, "A note on process I/O").
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Last resort: an unexpected failure still gets one line and exit status 2, no stack trace.
    process.stderr.write(`selfeval: 内部错误 / internal error: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
