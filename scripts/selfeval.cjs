#!/usr/bin/env node
// The `selfeval` command: runs the TypeScript CLI through tsx, so `npx selfeval` works straight
// after `npm ci` with no build step.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
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
