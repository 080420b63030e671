// Rewrites the "## Settings" JSON block of every docs/profiles page from the shipped profile —
// all settings for `default`, only those that differ from it for the others — so that a page
// never says what the code does not; test/engine/profiles.test.ts keeps them equal.
// Usage: npx tsx scripts/profile-pages.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Profile } from "../src/engine/profile";
import { defaultProfile, PROFILES } from "../src/engine/profile";

const NAMING = new Set(["id", "name", "source", "labels", "severities"]);

/** The settings a page shows, as JSON text. */
export function profileSettings(profile: Profile): string {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(profile)) {
    if (NAMING.has(key)) continue;
    const base = (defaultProfile as unknown as Record<string, unknown>)[key];
    if (profile === defaultProfile || JSON.stringify(value) !== JSON.stringify(base)) shown[key] = value;
  }
  for (const key of ["severities", "labels"] as const) if (Object.keys(profile[key]).length > 0) shown[key] = profile[key];
  return JSON.stringify(shown, null, 2);
}

export function profilePage(id: string): string {
  return path.join(__dirname, "..", "docs", "profiles", `${id}.md`);
}

if (require.main === module) {
  for (const profile of PROFILES) {
    const file = profilePage(profile.id);
    const page = readFileSync(file, "utf8");
    writeFileSync(file, page.replace(/(## Settings[^\n]*\n\n```json\n)[\s\S]*?(\n```)/, (_, a: string, b: string) => `${a}${profileSettings(profile)}${b}`));
  }
}
