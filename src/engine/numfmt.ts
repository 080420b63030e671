// Excel number formats: shared by the value parser (which decimals a cell shows) and the browser
// preview (how it shows them).

/** The ";"-separated sections of a format (positive; negative; zero; text), honouring quotes and "\" escapes. */
export function formatSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}
