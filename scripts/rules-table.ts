// Prints the README's rules table and docs/profiles/README.md's table of rule options from the
// registry; test/readme.test.ts keeps them equal.
// Usage: npx tsx scripts/rules-table.ts [--write]   (--write puts them into README.md and docs/profiles/README.md)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RULES } from "../src/engine/rules";
import { ruleTemplates } from "../src/engine/rule";

export function rulesTable(): string {
  const rows = RULES.map((r) => {
    const severities = [r.meta.severity, ...(r.meta.alsoSeverities ?? [])].join(" / ");
    return `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.description["zh-CN"]} | ${r.meta.description.en} | ${severities} | ${ruleTemplates(r).join(", ")} |`;
  });
  return ["| rule | 检查内容 | checks | severity | templates |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** Every option a rule declares, for docs/profiles/README.md. */
export function ruleOptionsTable(): string {
  const rows = RULES.flatMap((r) =>
    Object.entries(r.meta.options ?? {}).map(
      ([name, spec]) => `| \`rules.${r.meta.id}.${name}\` | ${spec.alias ? `\`${spec.alias}\`` : ""} | ${spec.description.en} | ${spec.default === null ? "none" : `\`${String(spec.default)}\``} |`,
    ),
  );
  return ["| option | flat key (older files) | what it sets | default |", "|---|---|---|---|", ...rows].join("\n");
}

if (require.main === module) {
  if (process.argv.includes("--write")) {
    const file = path.join(__dirname, "..", "README.md");
    const readme = readFileSync(file, "utf8");
    writeFileSync(file, readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/, (_, a: string, b: string) => `${a}${rulesTable()}${b}`));
    const profiles = path.join(__dirname, "..", "docs", "profiles", "README.md");
    const text = readFileSync(profiles, "utf8");
    writeFileSync(profiles, text.replace(/(<!-- rule-options:start -->\n)[\s\S]*?(<!-- rule-options:end -->)/, (_, a: string, b: string) => `${a}${ruleOptionsTable()}\n${b}`));
  } else console.log(`${rulesTable()}\n\n${ruleOptionsTable()}`);
}
