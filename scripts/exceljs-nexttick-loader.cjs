/* The browser build of ExcelJS (node_modules/exceljs/dist/exceljs.js) carries browserify's
 * `process` shim, whose nextTick runs its queue through setTimeout(…, 0). Browsers clamp nested
 * zero timeouts to at least 4 ms (HTML standard, "timer initialisation steps":
 * https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timers), so a large file,
 * parsed through thousands of stream ticks, sits idle most of the time. This webpack loader gives
 * that one queue a MessageChannel task instead (no clamp; still a macrotask, so the page keeps
 * painting). It fails the build if the shim's text is not found, so an ExcelJS upgrade cannot
 * drop the fix silently.
 */
const NEEDLE = "  if (queue.length === 1 && !draining) {\n    runTimeout(drainQueue);\n  }";

const IMMEDIATE = [
  "var __selfevalChannel = typeof MessageChannel === 'function' ? new MessageChannel() : null;",
  "var __selfevalTasks = [];",
  "if (__selfevalChannel) __selfevalChannel.port1.onmessage = function () { var task = __selfevalTasks.shift(); if (task) task(); };",
  "function __selfevalImmediate(fn) {",
  "  if (!__selfevalChannel) return runTimeout(fn);",
  "  __selfevalTasks.push(fn);",
  "  __selfevalChannel.port2.postMessage(0);",
  "}",
  "",
].join("\n");

module.exports = function exceljsNextTickLoader(source) {
  const at = source.indexOf(NEEDLE);
  if (at < 0 || source.indexOf(NEEDLE, at + 1) >= 0) {
    throw new Error("exceljs-nexttick-loader: the process.nextTick shim of exceljs/dist/exceljs.js changed; review scripts/exceljs-nexttick-loader.cjs");
  }
  const hook = "process.nextTick = function (fun) {";
  const patched = source.replace(NEEDLE, "  if (queue.length === 1 && !draining) {\n    __selfevalImmediate(drainQueue);\n  }");
  return patched.replace(hook, IMMEDIATE + hook);
};
module.exports.NEEDLE = NEEDLE;
