// A cell's value as Excel would display it, for the read-only preview: the number format's
// decimals, percent, thousands separators and literal text; errors and text as they are.
import Decimal from "decimal.js";
import type { Cell } from "../../engine/grid";
import { isCellError } from "../../engine/grid";
import { formatSections } from "../../engine/numfmt";

export function displayValue(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  return formatNumber(v, cell.numFmt);
}

export function formatNumber(value: number, numFmt: string | undefined): string {
  if (!numFmt || numFmt === "General" || numFmt === "@") return general(value);
  // Sections: positive;negative;zero;text. The negative section drops the sign itself.
  const sections = formatSections(numFmt);
  let section = sections[0];
  let sign = value < 0 ? "-" : "";
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    sign = "";
  } else if (value === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const { prefix, pattern, suffix, percent } = parseSection(section);
  if (!pattern) return `${prefix}${suffix}` || general(value);
  const scaled = Math.abs(value) * (percent ? 100 : 1);
  const dot = pattern.indexOf(".");
  const decimals = dot < 0 ? 0 : (pattern.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  let text = roundHalfUp(scaled, decimals);
  if (pattern.includes(",")) text = groupThousands(text);
  return `${sign}${prefix}${text}${suffix}`;
}

function general(value: number): string {
  // Excel's General shows at most 11 characters; 10 significant digits reads the same here.
  const text = String(Number(value.toPrecision(10)));
  return text.includes("e") ? value.toExponential(4) : text;
}

function parseSection(section: string): { prefix: string; pattern: string; suffix: string; percent: boolean } {
  let prefix = "";
  let pattern = "";
  let suffix = "";
  let percent = false;
  const push = (text: string) => {
    if (pattern) suffix += text;
    else prefix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      push(section[++i] ?? "");
    } else if (ch === "[") {
      // [Red], [$¥-804], [>=100]: a currency code keeps its symbol, the rest is dropped.
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      const currency = /^\$([^-]*)/.exec(inner);
      if (currency) push(currency[1]);
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      push(" ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "%") {
      percent = true;
      push("%");
    } else if (/[0#?.,]/.test(ch) && !suffix) {
      pattern += ch;
    } else if (/[eE]/.test(ch) && pattern) {
      // Scientific formats are rare in these templates: show General instead.
      return { prefix: "", pattern: "", suffix: "", percent: false };
    } else {
      push(ch);
    }
  }
  return { prefix, pattern, suffix, percent };
}

function roundHalfUp(value: number, decimals: number): string {
  // Round the 15-digit value Excel stores, half away from zero as Excel does: 1.005 → 1.01, -2.5 → -3.
  return new Decimal(value.toPrecision(15)).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

function groupThousands(text: string): string {
  const [int, frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
