// The README's rules table is generated from the registry; this keeps the two equal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { rulesTable } from "../scripts/rules-table";

test("README rules table equals the registry", () => {
  const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  const match = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
  expect(match).not.toBeNull();
  expect(match?.[1]).toBe(rulesTable());
});

test("the quick start names the bundled sample and the test command", () => {
  const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  const block = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const commands = block.trim().split("\n");
  expect(commands).toHaveLength(2);
  const sample = /(assets\/samples\/\S+\.xlsx)/.exec(commands[0])?.[1] ?? "";
  expect(() => readFileSync(path.join(__dirname, "..", sample))).not.toThrow();
  expect(commands[1]).toBe("npm test");
});
