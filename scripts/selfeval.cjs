#!/usr/bin/env node
// The `selfeval` command: runs the TypeScript CLI through tsx, so `npx selfeval` works straight
// after `npm ci` with no build step.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    // Last resort: an unexpected failure still gets one line and exit status 2, no stack trace.
    process.stderr.write(`selfeval: 内部错误 / internal error: ${error && error.message ? error.message : error}\n`);
    process.exit(2);
  },
);
