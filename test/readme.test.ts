// The README's rules table is generated from the registry; this keeps the two equal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ruleOptionsTable, rulesTable } from "../scripts/rules-table";
import { PROFILE_OPTIONS, profileFromJson } from "../src/engine/profile";
import { RULES } from "../src/engine/rules";
import { LABEL_KEYS } from "../src/template";

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

test("docs/profiles/README.md lists every scoring key and every rule option, as the registry declares them", () => {
  const page = readFileSync(path.join(__dirname, "..", "docs", "profiles", "README.md"), "utf8");
  const match = /<!-- rule-options:start -->\n([\s\S]*?)\n<!-- rule-options:end -->/.exec(page);
  expect(match?.[1]).toBe(ruleOptionsTable());
  for (const key of Object.keys(PROFILE_OPTIONS)) expect(page).toContain(`\`${key}\``);
});

test("the README's example profile file is one SelfEval accepts", () => {
  const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  const example = /### Rule profiles[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const result = profileFromJson(JSON.parse(example), RULES, LABEL_KEYS);
  expect(result).not.toHaveProperty("error");
  if ("profile" in result) expect(result.profile.rules["execution-reason"]).toEqual({ threshold: "0.85" });
});
