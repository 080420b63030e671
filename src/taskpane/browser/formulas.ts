// Browser mode has no Excel to recalculate a workbook after the user accepts a suggestion, yet a
// 总分 cell such as =SUM(H5,H14:H20) would otherwise keep its old cached result and the next
// check would report a total that Excel itself would have corrected. So the formulas that depend
// on a changed cell are re-evaluated here, for the small part of Excel's language templates use
// (arithmetic, comparisons, SUM MIN MAX AVERAGE COUNT PRODUCT ROUND ABS IF IFERROR). A formula
// outside that keeps its cached result, exactly as an unrecalculated file would.
// Sums, differences, products and quotients of scores and money go through decimal.js, like all of
// SelfEval's arithmetic, and come back as numbers rounded to Excel's 15 significant digits.
import Decimal from "decimal.js";
import type { CellRef, CellValue, SheetGrid, WorkbookGrid } from "../../engine/grid";
import { fromA1, isCellError } from "../../engine/grid";

interface RangeRef {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Node =
  | { type: "num"; value: number }
  | { type: "str"; value: string }
  | { type: "bool"; value: boolean }
  | { type: "ref"; ref: RangeRef; range: boolean }
  | { type: "neg"; arg: Node }
  | { type: "pct"; arg: Node }
  | { type: "bin"; op: string; left: Node; right: Node }
  | { type: "call"; name: string; args: Node[] };

type Scalar = number | string | boolean | null | { error: string };
type Value = Scalar | Scalar[];

class Unsupported extends Error {}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[^\s'!(),+\-*/^&=<>:"%]+)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z][A-Za-z0-9.]*)\s*\(|(TRUE|FALSE)\b|(<=|>=|<>|[-+*/^&=<>(),%]))/iy;

interface Token {
  kind: "str" | "ref" | "num" | "fn" | "bool" | "op";
  text: string;
  sheet?: string;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < formula.length) {
    if (/^\s*$/.test(formula.slice(index))) break;
    TOKEN.lastIndex = index;
    const m = TOKEN.exec(formula);
    if (!m) throw new Unsupported(formula);
    index = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: "str", text: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) {
      const sheet = m[2] ? m[2].slice(0, -1).replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : undefined;
      tokens.push({ kind: "ref", text: m[3], sheet });
    } else if (m[4] !== undefined) tokens.push({ kind: "num", text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: "fn", text: m[5].toUpperCase() });
    else if (m[6] !== undefined) tokens.push({ kind: "bool", text: m[6].toUpperCase() });
    else tokens.push({ kind: "op", text: m[7] });
  }
  return tokens;
}

/** Recursive descent with Excel's precedence: comparison < & < + - < * / < ^ < unary - < %. */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.startsWith("=") ? formula.slice(1) : formula);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (...ops: string[]) => peek()?.kind === "op" && ops.includes(peek().text);
  const expect = (op: string) => {
    if (!isOp(op)) throw new Unsupported(formula);
    pos++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let left = next();
    while (isOp(...ops)) {
      const op = tokens[pos++].text;
      left = { type: "bin", op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = tokens[pos++];
    if (!token) throw new Unsupported(formula);
    switch (token.kind) {
      case "num":
        return { type: "num", value: Number(token.text) };
      case "str":
        return { type: "str", value: token.text };
      case "bool":
        return { type: "bool", value: token.text === "TRUE" };
      case "ref": {
        const [a, b = a] = token.text.split(":");
        const from = fromA1(a);
        const to = fromA1(b);
        const ref: RangeRef = {
          sheet: token.sheet,
          top: Math.min(from.row, to.row),
          left: Math.min(from.col, to.col),
          bottom: Math.max(from.row, to.row),
          right: Math.max(from.col, to.col),
        };
        return { type: "ref", ref, range: token.text.includes(":") };
      }
      case "fn": {
        const args: Node[] = [];
        if (!isOp(")")) {
          args.push(comparison());
          while (isOp(",")) {
            pos++;
            args.push(comparison());
          }
        }
        expect(")");
        return { type: "call", name: token.text, args };
      }
      case "op":
        if (token.text === "(") {
          const inner = comparison();
          expect(")");
          return inner;
        }
        throw new Unsupported(formula);
    }
  };
  const percent = (): Node => {
    let node = primary();
    while (isOp("%")) {
      pos++;
      node = { type: "pct", arg: node };
    }
    return node;
  };
  const unary = (): Node => {
    if (isOp("-")) {
      pos++;
      return { type: "neg", arg: unary() };
    }
    if (isOp("+")) {
      pos++;
      return unary();
    }
    return percent();
  };
  const power = binary(unary, ["^"]);
  const product = binary(power, ["*", "/"]);
  const sumNode = binary(product, ["+", "-"]);
  const concat = binary(sumNode, ["&"]);
  const comparison: () => Node = binary(concat, ["=", "<>", "<", ">", "<=", ">="]);
  const root = comparison();
  if (pos !== tokens.length) throw new Unsupported(formula);
  return root;
}

// --- evaluation ----------------------------------------------------------------------------

const VALUE_ERROR = { error: "#VALUE!" };

function isError(v: unknown): v is { error: string } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
}

function toNumber(v: Scalar): number | { error: string } {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE_ERROR;
}

/** Excel keeps 15 significant digits; so do we, so that 0.1 + 0.2 reads back as 0.3. */
function excelNumber(n: number): number {
  return Number(n.toPrecision(15));
}

/** A cell's number as the decimal it shows (15 significant digits), never its binary expansion. */
function dec(n: number): Decimal {
  return new Decimal(excelNumber(n));
}

function decimalNumber(d: Decimal): number {
  return excelNumber(d.toSignificantDigits(15).toNumber());
}

function evaluate(node: Node, sheet: string, grid: WorkbookGrid): Value {
  const ev = (n: Node) => evaluate(n, sheet, grid);
  const scalar = (n: Node): Scalar => {
    const v = ev(n);
    if (Array.isArray(v)) throw new Unsupported("range used as a value");
    return v;
  };
  const num = (n: Node) => toNumber(scalar(n));
  switch (node.type) {
    case "num":
    case "str":
    case "bool":
      return node.value;
    case "ref":
      return readRange(grid, node.ref.sheet ?? sheet, node.ref, node.range);
    case "neg": {
      const v = num(node.arg);
      return isError(v) ? v : -v;
    }
    case "pct": {
      const v = num(node.arg);
      return isError(v) ? v : v / 100;
    }
    case "bin":
      return binaryOp(node.op, scalar(node.left), scalar(node.right));
    case "call":
      return callFunction(node.name, node.args, ev);
  }
}

function readRange(grid: WorkbookGrid, sheetName: string, ref: RangeRef, range: boolean): Value {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  if (!sheet) return { error: "#REF!" };
  const read = (row: number, col: number): Scalar => toScalar(sheet.cells[row]?.[col]?.value ?? null);
  if (!range) return read(ref.top, ref.left);
  if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > 100_000) throw new Unsupported("range too large");
  const out: Scalar[] = [];
  for (let r = ref.top; r <= ref.bottom; r++) for (let c = ref.left; c <= ref.right; c++) out.push(read(r, c));
  return out;
}

function toScalar(v: CellValue): Scalar {
  return isCellError(v) ? { error: v.error } : v;
}

function binaryOp(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") return `${a ?? ""}${b ?? ""}`;
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const x = a ?? (typeof b === "string" ? "" : 0);
    const y = b ?? (typeof a === "string" ? "" : 0);
    if (typeof x !== typeof y) throw new Unsupported("mixed comparison");
    const cmp = x < y ? -1 : x > y ? 1 : 0;
    return { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[op] as boolean;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return decimalNumber(dec(x).plus(dec(y)));
    case "-":
      return decimalNumber(dec(x).minus(dec(y)));
    case "*":
      return decimalNumber(dec(x).times(dec(y)));
    case "/":
      return y === 0 ? { error: "#DIV/0!" } : decimalNumber(dec(x).div(dec(y)));
    case "^":
      return x ** y;
  }
  throw new Unsupported(op);
}

/** Numbers of an aggregate's arguments: ranges keep only numbers, direct values are coerced. */
function numbersOf(args: Node[], ev: (n: Node) => Value): number[] | { error: string } {
  const out: number[] = [];
  for (const arg of args) {
    const v = ev(arg);
    if (Array.isArray(v)) {
      for (const item of v) {
        if (isError(item)) return item;
        if (typeof item === "number") out.push(item);
      }
    } else {
      const n = toNumber(v);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function callFunction(name: string, args: Node[], ev: (n: Node) => Value): Value {
  const scalarOf = (n: Node): Scalar => {
    const v = ev(n);
    if (Array.isArray(v)) throw new Unsupported("range used as a value");
    return v;
  };
  switch (name) {
    case "SUM":
    case "MIN":
    case "MAX":
    case "AVERAGE":
    case "COUNT":
    case "PRODUCT": {
      const nums = numbersOf(args, ev);
      if (isError(nums)) return name === "COUNT" ? 0 : nums;
      const total = () => nums.reduce((s, n) => s.plus(dec(n)), new Decimal(0));
      if (name === "SUM") return decimalNumber(total());
      if (name === "COUNT") return nums.length;
      if (name === "PRODUCT") return nums.length ? decimalNumber(nums.reduce((s, n) => s.times(dec(n)), new Decimal(1))) : 0;
      if (name === "AVERAGE") return nums.length ? decimalNumber(total().div(nums.length)) : { error: "#DIV/0!" };
      if (nums.length === 0) return 0;
      return name === "MIN" ? Math.min(...nums) : Math.max(...nums);
    }
    case "ROUND": {
      if (args.length !== 2) throw new Unsupported(name);
      const x = toNumber(scalarOf(args[0]));
      const d = toNumber(scalarOf(args[1]));
      if (isError(x)) return x;
      if (isError(d)) return d;
      // Half away from zero, on the 15-digit value Excel sees.
      const factor = 10 ** Math.trunc(d);
      return (Math.sign(x) * Math.round(excelNumber(Math.abs(x) * factor))) / factor;
    }
    case "ABS": {
      const x = toNumber(scalarOf(args[0]));
      return isError(x) ? x : Math.abs(x);
    }
    case "IF": {
      if (args.length < 2 || args.length > 3) throw new Unsupported(name);
      const c = scalarOf(args[0]);
      if (isError(c)) return c;
      const truth = typeof c === "string" ? toNumber(c) : c;
      if (isError(truth)) return truth;
      return truth ? scalarOf(args[1]) : args[2] ? scalarOf(args[2]) : false;
    }
    case "IFERROR": {
      if (args.length !== 2) throw new Unsupported(name);
      const v = scalarOf(args[0]);
      return isError(v) ? scalarOf(args[1]) : v;
    }
  }
  throw new Unsupported(name);
}

// --- recalculation -------------------------------------------------------------------------

interface FormulaCell {
  sheet: SheetGrid;
  at: CellRef;
  node: Node | null;
}

function dependsOn(node: Node, sheet: string, changed: { sheet: string; at: CellRef }[]): boolean {
  switch (node.type) {
    case "ref": {
      const target = node.ref.sheet ?? sheet;
      return changed.some(
        (c) => c.sheet === target && c.at.row >= node.ref.top && c.at.row <= node.ref.bottom && c.at.col >= node.ref.left && c.at.col <= node.ref.right,
      );
    }
    case "neg":
    case "pct":
      return dependsOn(node.arg, sheet, changed);
    case "bin":
      return dependsOn(node.left, sheet, changed) || dependsOn(node.right, sheet, changed);
    case "call":
      return node.args.some((a) => dependsOn(a, sheet, changed));
    default:
      return false;
  }
}

/**
 * Re-evaluates, in place, every formula cell that depends (directly or through other formulas)
 * on one of the changed cells. Returns the cells whose cached result changed.
 */
export function recalculateDependents(grid: WorkbookGrid, changed: { sheet: string; at: CellRef }[]): { sheet: string; at: CellRef }[] {
  const formulas: FormulaCell[] = [];
  for (const sheet of grid.sheets) {
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell?.formula) return;
        let node: Node | null = null;
        try {
          node = parseFormula(cell.formula);
        } catch {
          node = null; // outside the supported subset: keeps its cached result
        }
        formulas.push({ sheet, at: { row: r, col: c }, node });
      }),
    );
  }
  const updated = new Map<string, { sheet: string; at: CellRef }>();
  let dirty = changed;
  // Each pass follows one more link of a dependency chain; templates are only a few links deep.
  for (let pass = 0; pass < 32 && dirty.length > 0; pass++) {
    const next: { sheet: string; at: CellRef }[] = [];
    for (const f of formulas) {
      if (!f.node || !dependsOn(f.node, f.sheet.name, dirty)) continue;
      let value: Value;
      try {
        value = evaluate(f.node, f.sheet.name, grid);
      } catch {
        continue;
      }
      if (Array.isArray(value)) continue;
      const cell = f.sheet.cells[f.at.row][f.at.col];
      if (!cell) continue;
      const result: CellValue = typeof value === "number" ? (Number.isFinite(value) ? excelNumber(value) : { error: "#NUM!" }) : value;
      if (sameValue(cell.value, result)) continue;
      cell.value = result;
      const where = { sheet: f.sheet.name, at: f.at };
      updated.set(`${where.sheet}\u0000${where.at.row}\u0000${where.at.col}`, where);
      next.push(where);
    }
    dirty = next;
  }
  return [...updated.values()];
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}
