// Rewrites the "## Messages" section of every docs/rules page from the registry, so the pages
// always list each message in both languages (test/engine/registry.test.ts checks they do).
// Usage: npx tsx scripts/rule-messages.ts
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { RULES } from "../src/engine/rules";

for (const rule of RULES) {
  const file = path.join(__dirname, "..", "docs", "rules", `${rule.meta.id}.md`);
  if (!existsSync(file)) continue;
  const page = readFileSync(file, "utf8");
  const section = [
    "## Messages",
    "",
    ...Object.entries(rule.meta.messages).flatMap(([id, m]) => [`### \`${id}\``, "", `- zh-CN: ${m["zh-CN"]}`, `- en: ${m.en}`, ""]),
  ].join("\n");
  const index = page.indexOf("## Messages");
  const next = index < 0 ? -1 : page.indexOf("\n## ", index + 3);
  const rest = next < 0 ? "" : page.slice(next + 1);
  const head = index < 0 ? `${page.trimEnd()}\n\n` : page.slice(0, index);
  writeFileSync(file, `${head}${section}${rest ? `\n${rest}` : ""}`.replace(/\n+$/, "\n"));
}
