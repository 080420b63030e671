// Prints the README's rules table from the registry; test/readme.test.ts keeps the two equal.
// Usage: npx tsx scripts/rules-table.ts
import { RULES } from "../src/engine/rules";

export function rulesTable(): string {
  const rows = RULES.map((r) => {
    const severities = [r.meta.severity, ...(r.meta.alsoSeverities ?? [])].join(" / ");
    return `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.description["zh-CN"]} | ${r.meta.description.en} | ${severities} | ${r.meta.templates.join(", ")} |`;
  });
  return ["| rule | 检查内容 | checks | severity | templates |", "|---|---|---|---|---|", ...rows].join("\n");
}

if (require.main === module) console.log(rulesTable());
