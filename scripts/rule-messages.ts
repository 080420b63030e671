// Rewrites the generated parts of every docs/rules page from the registry — the description
// quote under the title and the "## Messages" section — and the rules table of docs/rules/README.md,
// so the pages always say what the code says (test/engine/registry.test.ts checks they do).
// Usage: npx tsx scripts/rule-messages.ts
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { RULES } from "../src/engine/rules";
import { ruleTemplates } from "../src/engine/rule";

for (const rule of RULES) {
  const file = path.join(__dirname, "..", "docs", "rules", `${rule.meta.id}.md`);
  if (!existsSync(file)) continue;
  let page = readFileSync(file, "utf8");
  // Lines 3–5: "> English." / ">" / "> 中文。"
  const lines = page.split("\n");
  if (lines[2]?.startsWith("> ") && lines[4]?.startsWith("> ")) {
    lines[2] = `> ${rule.meta.description.en.replace(/\.?$/, ".")}`;
    lines[4] = `> ${rule.meta.description["zh-CN"].replace(/。?$/, "。")}`;
    page = lines.join("\n");
  }
  page = withOptions(page, rule);
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

/** The "## Options" section (before "## Messages"), for a rule that declares options; none otherwise. */
function withOptions(page: string, rule: (typeof RULES)[number]): string {
  const start = page.indexOf("## Options");
  if (start >= 0) {
    const end = page.indexOf("\n## ", start + 3);
    page = page.slice(0, start) + (end < 0 ? "" : page.slice(end + 1));
  }
  const options = Object.entries(rule.meta.options ?? {});
  if (options.length === 0) return page;
  const show = (v: unknown) => (v === null ? "`null`" : `\`${JSON.stringify(v)}\``);
  const section = [
    "## Options",
    "",
    `A profile sets them under \`rules\` (\`{ "rules": { "${rule.meta.id}": { … } } }\`); the option reader refuses a value of the wrong kind.`,
    "",
    "| option | default | also settable as | sets |",
    "|---|---|---|---|",
    ...options.map(([name, spec]) => `| \`rules.${rule.meta.id}.${name}\` | ${show(spec.default)} | ${spec.alias ? `\`${spec.alias}\`` : ""} | ${spec.description.en} · ${spec.description["zh-CN"]} |`),
    "",
    "",
  ].join("\n");
  const messages = page.indexOf("## Messages");
  return messages < 0 ? `${page.trimEnd()}\n\n${section}` : page.slice(0, messages) + section + page.slice(messages);
}

// docs/rules/README.md: one row per rule, the short Chinese name taken from the page's title.
{
  const indexFile = path.join(__dirname, "..", "docs", "rules", "README.md");
  const index = readFileSync(indexFile, "utf8");
  const rows = RULES.map((r) => {
    const page = readFileSync(path.join(__dirname, "..", "docs", "rules", `${r.meta.id}.md`), "utf8");
    const name = /^# `[^`]+` — (.+)$/m.exec(page)?.[1] ?? r.meta.id;
    const severity = [r.meta.severity, ...(r.meta.alsoSeverities ?? [])].map((s) => `\`${s}\``).join(", also ");
    return `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${name} | ${severity} | ${ruleTemplates(r).map((t) => `\`${t}\``).join(", ")} | ${r.meta.description.en} |`;
  });
  const header = "| Rule | 名称 | Severity | Templates | Checks |\n|---|---|---|---|---|";
  const start = index.indexOf(header);
  if (start >= 0) {
    const after = index.slice(start + header.length).split("\n");
    let n = 1;
    while (n < after.length && after[n].startsWith("|")) n++;
    writeFileSync(indexFile, index.slice(0, start) + header + "\n" + rows.join("\n") + "\n" + after.slice(n).join("\n"));
  }
}
