// Prints the README's rules table from the registry; test/readme.test.ts keeps the two equal.
// Usage: npx tsx scripts/rules-table.ts [--write]   (--write puts it into README.md)
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

if (require.main === module) {
  if (process.argv.includes("--write")) {
    const file = path.join(__dirname, "..", "README.md");
    const readme = readFileSync(file, "utf8");
    writeFileSync(file, readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/, (_, a: string, b: string) => `${a}${rulesTable()}${b}`));
  } else console.log(rulesTable());
}
