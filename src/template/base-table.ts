// The 部门（单位）整体支出绩效评价基础数据表 (dept-base): staff, spending control and buildings blocks.
import type { BaseTable, BuildingRow, CostRow } from "../engine/model";
import type { LabelKey } from "./glossary";
import { missingPart, yearIn } from "./glossary";
import { readHeadOf } from "./head";
import type { SheetView, TextCell } from "./view";

type Costs = NonNullable<BaseTable["costs"]>;

/** Row keys of the 经费控制情况 block, in the order they are tried on a label. */
const COST_ROWS = ["threePublic", "car", "carPurchase", "carRunning", "abroad", "reception", "project", "publicFunds", "procurement", "budgetAdjust"] as const satisfies readonly LabelKey[];
type CostRowKey = (typeof COST_ROWS)[number];

const COST_FIELDS: Record<Exclude<CostRowKey, "project" | "publicFunds">, keyof Costs> = {
  threePublic: "threePublic",
  car: "car",
  carPurchase: "carPurchase",
  carRunning: "carRunning",
  abroad: "abroad",
  reception: "reception",
  procurement: "procurement",
  budgetAdjust: "budgetAdjust",
};

const BUILDING_KEYS = ["approvedArea", "actualArea", "areaRate", "budgetInvest", "actualInvest", "investRate"] as const satisfies readonly LabelKey[];

export function bindBaseTable(view: SheetView): BaseTable | undefined {
  let staffRow: number | undefined;
  let costRow: number | undefined;
  let buildingRow: number | undefined;
  for (let row = 0; row < view.rows; row++) {
    const texts = view.texts(row);
    if (texts.length === 0) continue;
    const has = (key: LabelKey) => texts.some((t) => view.is(t.text, key));
    if (staffRow === undefined && has("authorizedStaff") && has("actualStaff")) staffRow = row;
    if (costRow === undefined && has("costFinal") && has("costBudget") && (has("costBlock") || has("prevFinal") || finalColumns(view, texts).length >= 2)) costRow = row;
    if (buildingRow === undefined && has("approvedArea") && has("actualArea")) buildingRow = row;
  }
  if (staffRow === undefined && costRow === undefined) return undefined;
  const start = Math.min(staffRow ?? Infinity, costRow ?? Infinity);
  const head = readHeadOf(view, 0, start);
  const table: BaseTable = {
    kind: "dept-base",
    sheet: view.sheet.name,
    headerAt: head.titleAt ?? { row: start, col: view.firstTextCol(start) },
    title: head.title,
    name: head.name,
    year: head.year,
    buildings: [],
    missing: [],
  };
  if (staffRow !== undefined) {
    table.staff = bindStaff(view, staffRow);
    if (!table.staff?.rate) table.missing.push(missingPart("staffRate", "column", { row: staffRow, col: view.firstTextCol(staffRow) }));
  }
  if (costRow !== undefined) {
    const costs = bindCosts(view, costRow, buildingRow ?? view.rows);
    table.costs = costs.costs;
    table.year = table.year ?? costs.year;
    for (const key of costs.missing) table.missing.push(missingPart(key, "column", costs.costs.headerAt));
  }
  if (buildingRow !== undefined) table.buildings = bindBuildings(view, buildingRow);
  return table;
}

function colOf(view: SheetView, texts: TextCell[], key: LabelKey): number | undefined {
  return texts.find((t) => view.is(t.text, key))?.col;
}

function bindStaff(view: SheetView, headerRow: number): BaseTable["staff"] {
  const texts = view.texts(headerRow);
  const authorizedCol = colOf(view, texts, "authorizedStaff");
  const actualCol = colOf(view, texts, "actualStaff");
  const rateCol = colOf(view, texts, "staffRate");
  for (let row = headerRow + 1; row <= Math.min(view.rows - 1, headerRow + 3); row++) {
    if (authorizedCol !== undefined && !view.isEmpty(row, authorizedCol)) {
      return { authorized: view.field(row, authorizedCol), actual: view.field(row, actualCol), rate: view.field(row, rateCol) };
    }
  }
  return { authorized: view.field(headerRow + 1, authorizedCol), actual: view.field(headerRow + 1, actualCol), rate: view.field(headerRow + 1, rateCol) };
}

/** The 决算数 columns of a cost header: 上年决算数 / 本年决算数, or years (2022年决算数, 2023年决算数). */
function finalColumns(view: SheetView, texts: TextCell[]): TextCell[] {
  return texts.filter((t) => view.is(t.text, "costFinal") || view.is(t.text, "prevFinal"));
}

function bindCosts(view: SheetView, headerRow: number, limit: number): { costs: Costs; year?: string; missing: LabelKey[] } {
  const texts = view.texts(headerRow);
  const finals = finalColumns(view, texts);
  const budgetCell = texts.find((t) => view.is(t.text, "costBudget"));
  const yearOf = (t: TextCell) => Number(yearIn(t.text) ?? NaN);
  let prevCol = colOf(view, texts, "prevFinal");
  let finalCol: number | undefined;
  const explicitFinal = finals.find((t) => view.is(t.text, "costFinal") && !yearIn(t.text));
  if (prevCol !== undefined || explicitFinal) {
    finalCol = explicitFinal?.col ?? finals.find((t) => t.col !== prevCol)?.col;
  } else if (finals.length >= 2) {
    const sorted = [...finals].sort((a, b) => (yearOf(a) || a.col) - (yearOf(b) || b.col));
    prevCol = sorted[0].col;
    finalCol = sorted[sorted.length - 1].col;
  } else {
    finalCol = finals[0]?.col;
  }
  const budgetCol = budgetCell?.col;
  const year = budgetCell ? yearIn(budgetCell.text) : undefined;
  const valueCols = [prevCol, budgetCol, finalCol].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  const costs: Costs = { headerAt: { row: headerRow, col: texts[0]?.col ?? 0 }, projectItems: [], publicItems: [] };
  let section: "project" | "public" | undefined;
  for (let row = headerRow + 1; row < limit; row++) {
    const label = view.texts(row).filter((t) => t.col < firstValueCol).pop();
    if (!label) continue;
    if (view.is(label.text, "costEnd")) break;
    const cost: CostRow = {
      label: label.text.replace(/[\s\u3000]+/g, ""),
      labelAt: { row, col: label.col },
      prevFinal: view.field(row, prevCol),
      budget: view.field(row, budgetCol),
      final: view.field(row, finalCol),
    };
    // 其中：公车购置 → 公车购置; the 其中 only says the row is a part.
    const name = partLabel(view, label.text);
    const key = view.glossary.firstMatch(name, COST_ROWS);
    if (key === "project") {
      costs.project = cost;
      section = "project";
    } else if (key === "publicFunds") {
      costs.publicFunds = cost;
      section = "public";
    } else if (key !== undefined) {
      if (costs[COST_FIELDS[key]] === undefined) (costs as unknown as Record<string, CostRow>)[COST_FIELDS[key]] = cost;
      if (key === "procurement" || key === "budgetAdjust") section = undefined;
    } else if (section === "project") costs.projectItems.push(cost);
    else if (section === "public") costs.publicItems.push(cost);
  }
  const missing: LabelKey[] = [];
  if (budgetCol === undefined) missing.push("costBudget");
  if (finalCol === undefined) missing.push("costFinal");
  if (prevCol === undefined) missing.push("prevFinal");
  return { costs, year, missing };
}

/** A row label without its leading 其中： (the part marker). */
function partLabel(view: SheetView, text: string): string {
  const norm = view.norm(text);
  const prefix = view.glossary.prefixMatch(norm, "partMarker");
  return prefix > 0 && prefix < norm.length ? norm.slice(prefix) : norm;
}

function bindBuildings(view: SheetView, headerRow: number): BuildingRow[] {
  const texts = view.texts(headerRow);
  const cols = Object.fromEntries(BUILDING_KEYS.map((k) => [k, colOf(view, texts, k)])) as Record<(typeof BUILDING_KEYS)[number], number | undefined>;
  const rows: BuildingRow[] = [];
  for (let row = headerRow + 1; row < view.rows; row++) {
    const first = view.texts(row)[0];
    if (first && view.is(first.text, "buildingEnd")) break;
    const present = Object.values(cols).some((c) => c !== undefined && !view.isEmpty(row, c));
    if (!present) continue;
    rows.push({
      row,
      approvedArea: view.field(row, cols.approvedArea),
      actualArea: view.field(row, cols.actualArea),
      areaRate: view.field(row, cols.areaRate),
      budgetInvest: view.field(row, cols.budgetInvest),
      actualInvest: view.field(row, cols.actualInvest),
      investRate: view.field(row, cols.investRate),
    });
  }
  return rows;
}
