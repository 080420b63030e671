// One usage text (issue 11 item 7): the README's Command line section quotes `selfeval --help`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { USAGE } from "../../src/cli/args";
import { ROOT, run } from "./helpers";

test("the README's usage lines are --help's", async () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const block = /## Command line\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const usage = /用法 \/ Usage:\n([\s\S]*?)\n\n/.exec(USAGE)?.[1] ?? "";
  expect(usage.split("\n").length).toBeGreaterThanOrEqual(2);
  expect(block.trimEnd()).toBe(usage.split("\n").map((l) => l.slice(2)).join("\n"));
  const help = await run(["--help"]);
  expect(help).toEqual({ code: 0, stdout: USAGE, stderr: "" });
});

test("a usage error prints the reason, then the same usage text, exit 2", async () => {
  const { code, stderr } = await run(["export", "a.xlsx"]);
  expect(code).toBe(2);
  expect(stderr).toBe(`selfeval: export 需要 --out <文件.xlsx|文件夹> / export needs --out <file.xlsx|dir>\n\n${USAGE}`);
});
