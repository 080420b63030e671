// The binder: finds the templates of SPEC §2 on a sheet by their labels, not by fixed addresses.
import type { Cell, CellRef, SheetGrid } from "../engine/grid";
import { colCount, isCellError } from "../engine/grid";
import type {
  BaseTable,
  BoundTemplate,
  BuildingRow,
  CostRow,
  EvalTable,
  Field,
  FundsBlock,
  FundsRow,
  Indicator,
  IndicatorGroup,
  LabeledValue,
} from "../engine/model";
import type { LabelKey } from "./glossary";
import { coreLabel, declaredWeight, matchRank, normLabel } from "./glossary";

type Extra = Record<string, string[]>;

/** A sheet seen as text: the value cell of every position, merged slaves left empty. */
class SheetView {
  readonly rows: number;
  readonly cols: number;
  constructor(readonly sheet: SheetGrid) {
    this.rows = sheet.cells.length;
    this.cols = colCount(sheet);
  }
  cell(row: number, col: number): Cell | undefined {
    return this.sheet.cells[row]?.[col];
  }
  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (!cell || cell.value === null || isCellError(cell.value)) return "";
    return typeof cell.value === "string" ? cell.value : "";
  }
  field(row: number, col: number | undefined): Field | undefined {
    if (col === undefined) return undefined;
    return { at: { row, col }, cell: this.cell(row, col) };
  }
  isEmpty(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell || cell.value === null) return true;
    return typeof cell.value === "string" && cell.value.replace(/[\s\u3000]/g, "") === "";
  }
  /** Text cells of a row, left to right. */
  texts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const cells = this.sheet.cells[row];
    if (!cells) return out;
    for (let col = 0; col < cells.length; col++) {
      const text = this.text(row, col);
      if (text.replace(/[\s\u3000]/g, "")) out.push({ col, text });
    }
    return out;
  }
  rowHas(row: number, pattern: RegExp): { col: number; text: string } | undefined {
    return this.texts(row).find((t) => pattern.test(normLabel(t.text)));
  }
}

/** The columns of a header row that match glossary keys (best synonym wins per key). */
function headerColumns(view: SheetView, row: number, keys: LabelKey[], extra: Extra): Partial<Record<LabelKey, number>> {
  const best: Partial<Record<LabelKey, { col: number; rank: number }>> = {};
  for (const { col, text } of view.texts(row)) {
    for (const key of keys) {
      const rank = matchRank(text, key, extra);
      if (rank < 0) continue;
      const current = best[key];
      if (!current || rank < current.rank) best[key] = { col, rank };
    }
  }
  const out: Partial<Record<LabelKey, number>> = {};
  for (const key of keys) if (best[key]) out[key] = best[key]?.col;
  return out;
}

const FUNDS_KEYS: LabelKey[] = ["initialBudget", "annualBudget", "annualSpent", "weight", "rate", "score", "reason"];
const INDICATOR_KEYS: LabelKey[] = ["level1", "level2", "name", "comparator", "target", "unit", "actual", "weight", "score", "reason"];

const BLOCK_END = /^(年度总体目标|总体目标|绩效指标|一级指标|项目基本情况|项目名称|预算执行情况|评价结论)/;
const TABLE_TAIL = /^(评价结论|存在问题|改进措施|填表人|项目负责人|财务负责人|单位负责人|说明|备注|联系电话)/;
const TOTAL_ROW = /^(年度资金总额|资金总额|总额|合计)/;
const PART_ROW = /^(其中|当年财政拨款|本年财政拨款|上年结转|财政资金|财政专户管理资金|单位资金|其他资金|财政拨款)/;

export interface SheetBindResult {
  templates: BoundTemplate[];
}

export function bindSheet(sheet: SheetGrid, extra: Extra = {}): BoundTemplate[] {
  const view = new SheetView(sheet);
  const evals = bindEvalTables(view, extra);
  const base = bindBaseTable(view);
  return [...evals, ...(base ? [base] : [])].sort((a, b) => a.headerAt.row - b.headerAt.row);
}

// ---------------------------------------------------------------- 自评表 (dept-eval, project-eval)

function bindEvalTables(view: SheetView, extra: Extra): EvalTable[] {
  const fundsHeaders: number[] = [];
  const indicatorHeaders: number[] = [];
  for (let row = 0; row < view.rows; row++) {
    const cols = headerColumns(view, row, INDICATOR_KEYS, extra);
    if (cols.name !== undefined && (cols.target !== undefined || cols.actual !== undefined) && (cols.score !== undefined || cols.weight !== undefined)) {
      indicatorHeaders.push(row);
      continue;
    }
    const funds = headerColumns(view, row, FUNDS_KEYS, extra);
    if (funds.annualBudget !== undefined && funds.annualSpent !== undefined) fundsHeaders.push(row);
  }
  const tables: EvalTable[] = [];
  const used = new Set<number>();
  let previousEnd = 0;
  for (const indicatorRow of indicatorHeaders) {
    const fundsRow = [...fundsHeaders].reverse().find((r) => r < indicatorRow && r >= previousEnd && !used.has(r));
    if (fundsRow !== undefined) used.add(fundsRow);
    const start = fundsRow ?? indicatorRow;
    const table = bindEvalTable(view, extra, previousEnd, start, fundsRow, indicatorRow);
    tables.push(table);
    previousEnd = lastRowOf(table, indicatorRow) + 1;
  }
  // A funds block with no indicator block still binds, so that its arithmetic is checked.
  for (const fundsRow of fundsHeaders) {
    if (used.has(fundsRow)) continue;
    const table = bindEvalTable(view, extra, 0, fundsRow, fundsRow, undefined);
    tables.push(table);
  }
  return tables;
}

function lastRowOf(table: EvalTable, indicatorRow: number): number {
  const rows = [indicatorRow, ...table.groups.flatMap((g) => g.indicators.map((i) => i.row))];
  if (table.total) rows.push(table.total.labelAt.row);
  return Math.max(...rows);
}

function bindEvalTable(view: SheetView, extra: Extra, searchFrom: number, start: number, fundsRow: number | undefined, indicatorRow: number | undefined): EvalTable {
  const head = readHead(view, searchFrom, start);
  const table: EvalTable = {
    kind: "project-eval",
    sheet: view.sheet.name,
    headerAt: head.titleAt ?? { row: start, col: firstTextCol(view, start) },
    title: head.title,
    name: head.name,
    year: head.year,
    groups: [],
    missing: [],
  };
  let deptSignals = head.deptName || /整体支出|部门\(单位\)|部门绩效/.test(normLabel(head.title ?? ""));
  if (fundsRow !== undefined) {
    const funds = bindFunds(view, extra, fundsRow, indicatorRow ?? view.rows);
    table.funds = funds.block;
    table.fundsDeclaredWeight = funds.declaredWeight;
    if (funds.block.incomeTotal || funds.block.expenseTotal) deptSignals = true;
    if (funds.deptLabel) deptSignals = true;
    if (!funds.block.total.annualBudget) table.missing.push({ key: "annualBudget", at: funds.block.headerAt });
    if (!funds.block.total.annualSpent) table.missing.push({ key: "annualSpent", at: funds.block.headerAt });
    for (const key of ["weight", "rate", "score"] as const) if (!funds.block.total[key]) table.missing.push({ key: `funds.${key}`, at: funds.block.headerAt });
  } else {
    table.missing.push({ key: "funds", at: table.headerAt });
  }
  if (indicatorRow !== undefined) bindIndicators(view, extra, indicatorRow, table);
  else table.missing.push({ key: "indicators", at: table.headerAt });
  if (!table.year) table.year = yearIn(view.sheet.name) ?? yearIn(table.name ?? "");
  table.kind = deptSignals ? "dept-eval" : "project-eval";
  return table;
}

function firstTextCol(view: SheetView, row: number): number {
  return view.texts(row)[0]?.col ?? 0;
}

function yearIn(text: string): string | undefined {
  return /((?:19|20)\d{2})\s*年/.exec(text.normalize("NFKC"))?.[1];
}

interface Head {
  title?: string;
  titleAt?: CellRef;
  name?: string;
  year?: string;
  deptName: boolean;
}

/** Title, unit or project name and year, from the rows above a table (and its first rows). */
function readHead(view: SheetView, from: number, start: number): Head {
  const head: Head = { deptName: false };
  const last = Math.min(view.rows - 1, start + 4);
  for (let row = from; row <= last; row++) {
    const texts = view.texts(row);
    for (let i = 0; i < texts.length; i++) {
      const label = normLabel(texts[i].text);
      if (row < start && !head.title && /(绩效自评表|自评表|评价表|基础数据表)$/.test(label)) {
        head.title = texts[i].text.replace(/\s+/g, "");
        head.titleAt = { row, col: texts[i].col };
        head.year = yearIn(label);
      }
      // A subtitle such as （2023年度） carries the year when the title does not.
      const subtitleYear = /^\(?((?:19|20)\d{2})年度?\)?$/.exec(label)?.[1];
      if (subtitleYear && !head.year && row < start) head.year = subtitleYear;
      const isDeptName = /部门(\(单位\))?名称$|单位名称$/.test(label);
      if (!head.name && (isDeptName || /^项目名称$/.test(label))) {
        const value = texts[i + 1]?.text.replace(/[\s\u3000]+/g, "");
        if (value) head.name = value.replace(/^\d{6,}[-－]/, "");
        if (isDeptName) head.deptName = true;
      }
    }
  }
  return head;
}

interface FundsResult {
  block: FundsBlock;
  declaredWeight?: string;
  deptLabel: boolean;
}

function bindFunds(view: SheetView, extra: Extra, headerRow: number, limit: number): FundsResult {
  const cols = headerColumns(view, headerRow, FUNDS_KEYS, extra);
  const headerTexts = view.texts(headerRow);
  const declared = headerTexts.map((t) => declaredWeight(t.text)).find((w) => w !== undefined);
  const deptLabel = headerTexts.some((t) => /年度预算申请/.test(normLabel(t.text)));
  const valueCols = [cols.initialBudget, cols.annualBudget, cols.annualSpent].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  const block: FundsBlock = {
    headerAt: { row: headerRow, col: headerTexts[0]?.col ?? 0 },
    total: { label: "", labelAt: { row: headerRow, col: 0 } },
    parts: [],
    incomeParts: [],
  };
  let totalFound = false;
  let breakdown = false;
  let expenseCol = Number.POSITIVE_INFINITY;
  const end = Math.min(limit, headerRow + 14);
  for (let row = headerRow + 1; row < end; row++) {
    const texts = view.texts(row);
    if (texts.some((t) => BLOCK_END.test(normLabel(t.text)))) break;
    if (texts.some((t) => /^(按收入性质分|按支出性质分)/.test(normLabel(t.text).replace(/^其中:?/, "")))) breakdown = true;
    if (breakdown) {
      for (const t of texts) {
        const lv = labeledValue(t.text, { row, col: t.col });
        if (lv.label === "按支出性质分") expenseCol = Math.min(expenseCol, t.col);
      }
      for (const t of texts) {
        const lv = labeledValue(t.text, { row, col: t.col });
        if (lv.label === "按收入性质分") block.incomeTotal = lv;
        else if (lv.label === "按支出性质分") block.expenseTotal = lv;
        else if (t.col >= expenseCol && /^基本支出/.test(lv.label)) block.expenseBasic = lv;
        else if (t.col >= expenseCol && /^项目支出/.test(lv.label)) block.expenseProject = lv;
        else if (t.col < expenseCol && lv.label) block.incomeParts.push(lv);
      }
      continue;
    }
    const label = texts.filter((t) => t.col < firstValueCol).pop();
    const hasValues = [...valueCols, cols.rate, cols.score].some((c) => c !== undefined && !view.isEmpty(row, c));
    if (!label && !hasValues) continue;
    const fundsRow: FundsRow = {
      label: label ? label.text.replace(/[\s\u3000]+/g, "") : "",
      labelAt: label ? { row, col: label.col } : { row, col: firstValueCol },
      initialBudget: view.field(row, cols.initialBudget),
      annualBudget: view.field(row, cols.annualBudget),
      annualSpent: view.field(row, cols.annualSpent),
      weight: view.field(row, cols.weight),
      rate: view.field(row, cols.rate),
      score: view.field(row, cols.score),
      reason: view.field(row, cols.reason),
    };
    const name = normLabel(fundsRow.label);
    if (!totalFound && (TOTAL_ROW.test(name) || (!label && hasValues))) {
      block.total = fundsRow;
      totalFound = true;
    } else if (totalFound && (PART_ROW.test(name) || hasValues)) {
      // Part rows carry no weight, score or reason of their own ("/" in the Sichuan layout).
      block.parts.push({ ...fundsRow, weight: undefined, score: undefined, reason: undefined });
    }
  }
  if (!totalFound) block.total = { label: "", labelAt: block.headerAt };
  return { block, declaredWeight: declared, deptLabel };
}

/** `其中：基本支出：311.22` → label 基本支出, value "311.22". */
function labeledValue(text: string, at: CellRef): LabeledValue {
  const s = text.normalize("NFKC").replace(/[\s\u3000]+/g, "").replace(/^其中:/, "");
  const index = s.indexOf(":");
  if (index < 0) return { label: normLabel(s), at, valueText: "" };
  return { label: normLabel(s.slice(0, index)), at, valueText: s.slice(index + 1) };
}

function bindIndicators(view: SheetView, extra: Extra, headerRow: number, table: EvalTable): void {
  const cols = headerColumns(view, headerRow, INDICATOR_KEYS, extra);
  table.indicatorHeaderAt = { row: headerRow, col: view.texts(headerRow)[0]?.col ?? 0 };
  const declared = view.texts(headerRow).find((t) => /^绩效指标/.test(normLabel(t.text)) && declaredWeight(t.text));
  if (declared) {
    table.indicatorsDeclaredWeight = declaredWeight(declared.text);
    table.indicatorHeaderAt = { row: headerRow, col: declared.col };
  }
  const headerAt = table.indicatorHeaderAt;
  for (const key of ["name", "weight", "score", "reason"] as const) if (cols[key] === undefined) table.missing.push({ key, at: headerAt });
  if (cols.target === undefined) table.missing.push({ key: "target", at: headerAt });
  if (cols.actual === undefined) table.missing.push({ key: "actual", at: headerAt });
  const nameCol = cols.name ?? 0;
  const level1Col = cols.level1;
  const level2Col = cols.level2;
  let level1 = "";
  let level2 = "";
  let group: IndicatorGroup | undefined;
  for (let row = headerRow + 1; row < view.rows; row++) {
    const texts = view.texts(row);
    const leading = texts.filter((t) => t.col <= nameCol);
    const totalCell = texts.find((t) => /^(总分|合计)$/.test(coreLabel(t.text)));
    if (totalCell && totalCell.col <= nameCol) {
      table.total = bindTotal(view, row, totalCell.col, cols);
      break;
    }
    if (leading.some((t) => TABLE_TAIL.test(normLabel(t.text)))) break;
    if (texts.some((t) => /^(项目名称|预算执行情况)/.test(normLabel(t.text)))) break;
    const l1 = level1Col !== undefined ? view.text(row, level1Col) : "";
    if (l1.replace(/[\s\u3000]/g, "")) {
      level1 = l1;
      level2 = "";
      group = {
        label: l1,
        name: coreLabel(l1).replace(/\(.*$/, ""),
        at: { row, col: level1Col as number },
        declaredWeight: declaredWeight(l1),
        indicators: [],
      };
      table.groups.push(group);
    }
    const l2 = level2Col !== undefined ? view.text(row, level2Col) : "";
    if (l2.replace(/[\s\u3000]/g, "")) level2 = l2;
    const valueCols = [cols.target, cols.actual, cols.weight, cols.score, cols.comparator].filter((c): c is number => c !== undefined);
    const name = view.text(row, nameCol).replace(/[\s\u3000]+/g, "");
    const hasValues = valueCols.some((c) => !view.isEmpty(row, c));
    if (!name && !hasValues) continue;
    if (!group) {
      group = { label: "", name: "", at: { row, col: level1Col ?? nameCol }, indicators: [] };
      table.groups.push(group);
    }
    const indicator: Indicator = {
      row,
      level1: coreLabel(level1),
      level2: coreLabel(level2),
      name: name || coreLabel(level2) || `第${row + 1}行`,
      nameAt: { row, col: nameCol },
      target: view.field(row, cols.target),
      comparator: view.field(row, cols.comparator),
      unit: view.field(row, cols.unit),
      actual: view.field(row, cols.actual),
      weight: view.field(row, cols.weight),
      score: view.field(row, cols.score),
      reason: view.field(row, cols.reason),
    };
    group.indicators.push(indicator);
  }
}

function bindTotal(view: SheetView, row: number, labelCol: number, cols: Partial<Record<LabelKey, number>>): EvalTable["total"] {
  const labelAt = { row, col: labelCol };
  let weight = view.field(row, cols.weight);
  let score = view.field(row, cols.score);
  // Merged 总分 rows sometimes put the figures left of the header columns: take them in order.
  if (weight && view.isEmpty(row, weight.at.col) && score && view.isEmpty(row, score.at.col)) {
    const numbers: Field[] = [];
    const cells = view.sheet.cells[row] ?? [];
    for (let col = labelCol + 1; col < cells.length; col++) {
      const cell = cells[col];
      if (cell && cell.value !== null && !(typeof cell.value === "string" && !cell.value.trim())) numbers.push({ at: { row, col }, cell });
    }
    if (numbers[0]) weight = numbers[0];
    if (numbers[1]) score = numbers[1];
  }
  return { labelAt, weight, score };
}

// ---------------------------------------------------------------- 基础数据表 (dept-base)

function bindBaseTable(view: SheetView): BaseTable | undefined {
  let staffRow: number | undefined;
  let costRow: number | undefined;
  let buildingRow: number | undefined;
  for (let row = 0; row < view.rows; row++) {
    const labels = view.texts(row).map((t) => coreLabel(t.text));
    if (staffRow === undefined && labels.includes("编制数") && labels.some((l) => l.includes("实际在职人数"))) staffRow = row;
    if (costRow === undefined && labels.some((l) => /决算数$/.test(l)) && labels.some((l) => /预算数$/.test(l)) && labels.some((l) => /经费控制情况|^\d{4}年?决算数$|上年决算数/.test(l))) costRow = row;
    if (buildingRow === undefined && labels.includes("批复规模") && labels.includes("实际规模")) buildingRow = row;
  }
  if (staffRow === undefined && costRow === undefined) return undefined;
  const start = Math.min(staffRow ?? Infinity, costRow ?? Infinity);
  const head = readHead(view, 0, start);
  const table: BaseTable = {
    kind: "dept-base",
    sheet: view.sheet.name,
    headerAt: head.titleAt ?? { row: start, col: firstTextCol(view, start) },
    title: head.title,
    name: head.name,
    year: head.year,
    buildings: [],
    missing: [],
  };
  if (staffRow !== undefined) {
    table.staff = bindStaff(view, staffRow);
    const at = { row: staffRow, col: firstTextCol(view, staffRow) };
    if (!table.staff?.rate) table.missing.push({ key: "staffRate", at });
  }
  if (costRow !== undefined) {
    const costs = bindCosts(view, costRow, buildingRow ?? view.rows);
    table.costs = costs.costs;
    table.year = table.year ?? costs.year;
    for (const key of costs.missing) table.missing.push({ key, at: costs.costs.headerAt });
  }
  if (buildingRow !== undefined) table.buildings = bindBuildings(view, buildingRow);
  return table;
}

function bindStaff(view: SheetView, headerRow: number): BaseTable["staff"] {
  const texts = view.texts(headerRow);
  const colOf = (test: (label: string) => boolean) => texts.find((t) => test(coreLabel(t.text)))?.col;
  const authorizedCol = colOf((l) => l === "编制数");
  const actualCol = colOf((l) => l.includes("实际在职人数"));
  const rateCol = colOf((l) => l.includes("控制率"));
  for (let row = headerRow + 1; row <= Math.min(view.rows - 1, headerRow + 3); row++) {
    if (authorizedCol !== undefined && !view.isEmpty(row, authorizedCol)) {
      return { authorized: view.field(row, authorizedCol), actual: view.field(row, actualCol), rate: view.field(row, rateCol) };
    }
  }
  return { authorized: view.field(headerRow + 1, authorizedCol), actual: view.field(headerRow + 1, actualCol), rate: view.field(headerRow + 1, rateCol) };
}

function bindCosts(view: SheetView, headerRow: number, limit: number): { costs: NonNullable<BaseTable["costs"]>; year?: string; missing: string[] } {
  const texts = view.texts(headerRow).map((t) => ({ ...t, label: coreLabel(t.text) }));
  const finals = texts.filter((t) => /决算数$/.test(t.label));
  const budgetCell = texts.find((t) => /预算数$/.test(t.label));
  const yearOf = (label: string) => Number(/(\d{4})/.exec(label)?.[1] ?? NaN);
  let prevCol: number | undefined;
  let finalCol: number | undefined;
  const explicitPrev = finals.find((t) => t.label.startsWith("上年"));
  const explicitFinal = finals.find((t) => t.label.startsWith("本年"));
  if (explicitPrev || explicitFinal) {
    prevCol = explicitPrev?.col;
    finalCol = explicitFinal?.col;
  } else if (finals.length >= 2) {
    const sorted = [...finals].sort((a, b) => (yearOf(a.label) || a.col) - (yearOf(b.label) || b.col));
    prevCol = sorted[0].col;
    finalCol = sorted[sorted.length - 1].col;
  } else {
    finalCol = finals[0]?.col;
  }
  const budgetCol = budgetCell?.col;
  const year = budgetCell ? /(\d{4})/.exec(budgetCell.label)?.[1] : undefined;
  const valueCols = [prevCol, budgetCol, finalCol].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  const costs: NonNullable<BaseTable["costs"]> = { headerAt: { row: headerRow, col: texts[0]?.col ?? 0 }, projectItems: [], publicItems: [] };
  let section: "project" | "public" | undefined;
  for (let row = headerRow + 1; row < limit; row++) {
    const label = view.texts(row).filter((t) => t.col < firstValueCol).pop();
    if (!label) continue;
    const name = normLabel(label.text).replace(/^其中:?/, "");
    if (/^(厉行节约|楼堂馆所|说明|填表人)/.test(name)) break;
    const cost: CostRow = {
      label: label.text.replace(/[\s\u3000]+/g, ""),
      labelAt: { row, col: label.col },
      prevFinal: view.field(row, prevCol),
      budget: view.field(row, budgetCol),
      final: view.field(row, finalCol),
    };
    if (/^三公经费/.test(name)) costs.threePublic = cost;
    else if (/公务用车购置和维护/.test(name)) costs.car = cost;
    else if (/^公车购置/.test(name)) costs.carPurchase = cost;
    else if (/公车运行维护/.test(name)) costs.carRunning = cost;
    else if (/出国/.test(name)) costs.abroad = cost;
    else if (/公务接待/.test(name)) costs.reception = cost;
    else if (/^项目支出/.test(name)) {
      costs.project = cost;
      section = "project";
    } else if (/^公用经费/.test(name)) {
      costs.publicFunds = cost;
      section = "public";
    } else if (/政府采购/.test(name)) {
      costs.procurement = cost;
      section = undefined;
    } else if (/预算调整/.test(name)) {
      costs.budgetAdjust = cost;
      section = undefined;
    } else if (section === "project") costs.projectItems.push(cost);
    else if (section === "public") costs.publicItems.push(cost);
  }
  const missing = [
    ...(budgetCol === undefined ? ["costBudget"] : []),
    ...(finalCol === undefined ? ["costFinal"] : []),
    ...(prevCol === undefined ? ["costPrevFinal"] : []),
  ];
  return { costs, year, missing };
}

function bindBuildings(view: SheetView, headerRow: number): BuildingRow[] {
  const texts = view.texts(headerRow).map((t) => ({ col: t.col, label: coreLabel(t.text) }));
  const colOf = (name: string) => texts.find((t) => t.label === name)?.col;
  const cols = {
    approvedArea: colOf("批复规模"),
    actualArea: colOf("实际规模"),
    areaRate: colOf("规模控制率"),
    budgetInvest: colOf("预算投资"),
    actualInvest: colOf("实际投资"),
    investRate: colOf("投资概算控制率"),
  };
  const rows: BuildingRow[] = [];
  for (let row = headerRow + 1; row < view.rows; row++) {
    const first = view.texts(row)[0];
    if (first && /^(厉行节约|说明|填表人)/.test(normLabel(first.text))) break;
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
