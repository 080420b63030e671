// The 自评表 families (dept-eval, project-eval, and the scoreless 绩效目标自评表): the head, the funds
// block, the goals block, the indicator block and the 总分 row, each found by its labels.
import type { CellRef } from "../engine/grid";
import type { EvalTable, Field, FundsBlock, FundsRow, Indicator, IndicatorGroup, LabeledValue } from "../engine/model";
import { declaredWeight, GLOSSARY, missingPart, yearIn } from "./glossary";
import { readHeadOf } from "./head";
import type { HeaderBand, FundsKey, IndicatorKey } from "./header";
import { FUNDS_KEYS, findHeaders, INDICATOR_KEYS, isFundsHeader, isIndicatorHeader } from "./header";
import type { SheetView } from "./view";
import Decimal from "decimal.js";
import { readNumber } from "../engine/values";

/** Rows a funds block spans at most (the 部门整体 breakdowns are the longest). */
const FUNDS_ROWS = 14;

export function bindEvalTables(view: SheetView): EvalTable[] {
  const fundsHeaders = findHeaders(view, FUNDS_KEYS, isFundsHeader);
  const indicatorHeaders = findHeaders(view, INDICATOR_KEYS, isIndicatorHeader).filter(
    // A funds header never doubles as an indicator header.
    (band) => !fundsHeaders.some((f) => f.top <= band.bottom && band.top <= f.bottom),
  );
  const tables: EvalTable[] = [];
  const used = new Set<HeaderBand<FundsKey>>();
  let previousEnd = 0;
  for (let i = 0; i < indicatorHeaders.length; i++) {
    const indicators = indicatorHeaders[i];
    const funds = [...fundsHeaders].reverse().find((f) => f.top < indicators.top && f.top >= previousEnd && !used.has(f));
    if (funds) used.add(funds);
    const start = funds?.top ?? indicators.top;
    const bind = (repeats: HeaderBand<IndicatorKey>[], next: number) => {
      const limit = indicatorHeaders[next]?.top ?? view.rows;
      return bindEvalTable(view, previousEnd, start, funds, indicators, nextFundsTop(fundsHeaders, indicators.bottom, limit), repeats);
    };
    // A header that repeats the one above with the same columns, while that table is still open
    // (no 总分 row, no tail, no funds header or new table between), continues the same table: the
    // 湖北 form's 年度绩效目标1 / 年度绩效目标2 blocks each print the header again.
    const repeats: HeaderBand<IndicatorKey>[] = [];
    let table = bind(repeats, i + 1);
    while (i + 1 < indicatorHeaders.length && repeatsHeader(view, table, repeats.at(-1) ?? indicators, indicatorHeaders[i + 1], fundsHeaders)) {
      repeats.push(indicatorHeaders[i + 1]);
      i++;
      table = bind(repeats, i + 1);
    }
    tables.push(table);
    previousEnd = lastRowOf(table, indicators.bottom) + 1;
  }
  // A funds block with no indicator block still binds, so that its arithmetic is checked.
  for (const funds of fundsHeaders) {
    if (used.has(funds)) continue;
    tables.push(bindEvalTable(view, 0, funds.top, funds, undefined, view.rows));
  }
  return tables;
}

/** The first funds header below an indicator header: the next table starts there. */
function nextFundsTop(fundsHeaders: HeaderBand<FundsKey>[], after: number, limit: number): number {
  const next = fundsHeaders.find((f) => f.top > after && f.top < limit);
  return next ? next.top : limit;
}

/**
 * `next` repeats `previous` (same columns) inside one open table: the table bound so far has no
 * 总分 row and nothing between the two headers ends it (a tail row, another table's start, a title,
 * a funds header).
 */
function repeatsHeader(
  view: SheetView,
  table: EvalTable,
  previous: HeaderBand<IndicatorKey>,
  next: HeaderBand<IndicatorKey>,
  fundsHeaders: HeaderBand<FundsKey>[],
): boolean {
  if (table.total) return false;
  const keys = (band: HeaderBand<IndicatorKey>) => JSON.stringify(INDICATOR_KEYS.map((k) => band.cols[k] ?? null));
  if (keys(previous) !== keys(next)) return false;
  if (fundsHeaders.some((f) => f.top > previous.bottom && f.top < next.top)) return false;
  for (let row = previous.bottom + 1; row < next.top; row++) {
    if (view.texts(row).some((t) => view.is(t.text, "tableTail") || view.is(t.text, "tableStart") || view.is(t.text, "title"))) return false;
  }
  return true;
}

function lastRowOf(table: EvalTable, indicatorRow: number): number {
  const rows = [indicatorRow, ...table.groups.flatMap((g) => g.indicators.map((i) => i.row))];
  if (table.total) rows.push(table.total.labelAt.row);
  return Math.max(...rows);
}

function bindEvalTable(
  view: SheetView,
  searchFrom: number,
  start: number,
  funds: HeaderBand<FundsKey> | undefined,
  indicators: HeaderBand<IndicatorKey> | undefined,
  limit: number,
  repeats: readonly HeaderBand<IndicatorKey>[] = [],
): EvalTable {
  const head = readHeadOf(view, searchFrom, start);
  const headerAt = head.titleAt ?? { row: start, col: view.firstTextCol(start) };
  const table: EvalTable = {
    kind: "project-eval",
    sheet: view.sheet.name,
    headerAt,
    title: head.title,
    name: head.name,
    year: head.year,
    scored: false,
    groups: [],
    notes: [],
    missing: [],
  };
  // 单位名称 heads project forms too (湖北: 单位名称：… 填报日期：… above 项目名称): a head that names a
  // project is a project table unless its title says 部门整体.
  let dept = (head.deptName && !head.projectName) || (head.title !== undefined && view.is(head.title, "deptTitle"));
  if (funds) {
    const bound = bindFunds(view, funds, indicators?.top ?? limit);
    table.funds = bound.block;
    table.fundsDeclaredWeight = bound.declaredWeight;
    if (bound.block.incomeTotal || bound.block.expenseTotal || bound.deptLabel) dept = true;
    if (!bound.totalFound) table.missing.push(missingPart("fundsTotal", "row", bound.block.headerAt));
    table.goals = bindGoals(view, bound.end, indicators?.top ?? Math.min(limit, bound.end + 6));
  } else {
    table.missing.push(missingPart("fundsBlock", "block", headerAt));
  }
  if (indicators) {
    if (!table.goals) table.goals = bindGoals(view, Math.max(searchFrom, indicators.top - 6), indicators.top);
    bindIndicators(view, indicators, table, limit, repeats);
    // A header with no indicator under it: the table was handed in without its indicators.
    if (table.groups.every((g) => g.indicators.length === 0)) table.missing.push(missingPart("indicatorBlock", "empty", { row: indicators.top, col: view.firstTextCol(indicators.top) }));
    table.columnLabels = { target: columnLabel(view, indicators.labels.target ?? indicators.labels.adjustedTarget), actual: columnLabel(view, indicators.labels.actual) };
  } else {
    table.missing.push(missingPart("indicatorBlock", "block", headerAt));
  }
  // A form is scored when it has a 分值 or 得分 column anywhere; the 绩效目标自评表 of transfer
  // payments has neither by design and gets no score and no grade.
  const fundsCols = funds?.cols ?? {};
  const indicatorCols = indicators?.cols ?? {};
  table.scored = [fundsCols.weight, fundsCols.score, indicatorCols.weight, indicatorCols.score].some((c) => c !== undefined);
  if (indicators && indicatorCols.weight !== undefined && indicatorCols.score === undefined) {
    table.missing.push(missingPart("score", "column", indicators.labels.weight ?? { row: indicators.top, col: indicatorCols.weight }));
  }
  if (indicators && !table.total) table.total = headTotal(view, searchFrom, start);
  if (!table.year) table.year = yearIn(view.sheet.name) ?? yearIn(table.name ?? "");
  table.kind = dept ? "dept-eval" : "project-eval";
  // A project table is known by its project: 湖北's form names the 单位名称 first, then 项目名称.
  if (!dept && head.project) table.name = head.project;
  return table;
}

interface FundsResult {
  block: FundsBlock;
  declaredWeight?: string;
  deptLabel: boolean;
  totalFound: boolean;
  /** The first row after the block. */
  end: number;
}

/** A money unit stated in a label: (万元), （元）, 单位：万元. */
const MONEY_UNIT = /(?:[(（]\s*|单位\s*[:：]\s*)(万元|元)\s*[)）]?/;

function moneyUnitOf(view: SheetView, rows: number[]): FundsBlock["moneyUnit"] {
  for (const row of rows) {
    for (const { col, text } of view.texts(row)) {
      const m = MONEY_UNIT.exec(text.normalize("NFKC"));
      if (m) return { unit: m[1] as "万元" | "元", at: { row, col } };
    }
  }
  return undefined;
}

function bindFunds(view: SheetView, band: HeaderBand<FundsKey>, limit: number): FundsResult {
  // A block whose only budget column is 年初预算数 (北京 2016: 年初预算数(A) … 执行率(B/A)) divides
  // by it: that column is the budget of the year.
  const budgetIsInitial = band.cols.annualBudget === undefined && band.cols.initialBudget !== undefined;
  const cols: Partial<Record<FundsKey, number>> = budgetIsInitial ? { ...band.cols, annualBudget: band.cols.initialBudget, initialBudget: undefined } : band.cols;
  const headerTexts = rowsOf(band).flatMap((r) => view.texts(r));
  // The block's own label (项目资金（万元）, 预算执行情况（10分）) sits in the header rows or in the
  // merged cell to their left; it may carry the block's weight.
  const blockLabels = headerTexts.filter((t) => view.is(t.text, "fundsBlock"));
  const declared = blockLabels.map((t) => declaredWeight(t.text)).find((w) => w !== undefined) ?? headerTexts.map((t) => declaredWeight(t.text)).find((w) => w !== undefined);
  const deptLabel = headerTexts.some((t) => view.is(t.text, "deptFundsBlock"));
  const valueCols = [cols.initialBudget, cols.annualBudget, cols.annualSpent].filter((c): c is number => c !== undefined);
  const firstValueCol = Math.min(...valueCols);
  const block: FundsBlock = {
    headerAt: { row: band.top, col: blockLabels[0]?.col ?? headerTexts[0]?.col ?? 0 },
    total: { label: "", labelAt: { row: band.top, col: 0 } },
    parts: [],
    incomeParts: [],
  };
  // The unit is in the block's labels, or in a 单位：万元 line just above the block.
  block.moneyUnit = moneyUnitOf(view, [...rowsOf(band), band.top - 1, band.top - 2].filter((r) => r >= 0));
  if (budgetIsInitial) block.budgetIsInitial = true;
  const rateLabel = band.labels.rate ? view.text(band.labels.rate.row, band.labels.rate.col).normalize("NFKC") : "";
  if (/[(（]\s*%\s*[)）]/.test(rateLabel)) block.rateInPoints = true;
  if (band.cols.weight === undefined && band.cols.score === undefined && declared === undefined) block.scoreless = true;
  let totalFound = false;
  /** Every labelled or filled row, in order, for the 小计 … 合计 layout (see nestSubtotals). */
  const seen: { row: FundsRow; rawLabel: string }[] = [];
  let breakdown = false;
  let expenseCol = Number.POSITIVE_INFINITY;
  const last = Math.min(limit, band.bottom + 1 + FUNDS_ROWS);
  let row = band.bottom + 1;
  for (; row < last; row++) {
    const texts = view.texts(row);
    if (texts.some((t) => view.is(t.text, "fundsEnd") || view.is(t.text, "goals"))) break;
    const labels = texts.map((t) => ({ ...t, lv: labeledValue(view, t.text, { row, col: t.col }) }));
    if (labels.some((t) => view.is(t.lv.label, "incomeBreakdown") || view.is(t.lv.label, "expenseBreakdown"))) breakdown = true;
    if (breakdown) {
      for (const t of labels) if (view.is(t.lv.label, "expenseBreakdown")) expenseCol = Math.min(expenseCol, t.col);
      for (const t of labels) {
        const lv = t.lv;
        if (view.is(lv.label, "incomeBreakdown")) block.incomeTotal = lv;
        else if (view.is(lv.label, "expenseBreakdown")) block.expenseTotal = lv;
        else if (t.col >= expenseCol && view.is(lv.label, "expenseBasic")) block.expenseBasic = lv;
        else if (t.col >= expenseCol && view.is(lv.label, "expenseProject")) block.expenseProject = lv;
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
    seen.push({ row: fundsRow, rawLabel: label?.text ?? "" });
    if (!totalFound && ((label && view.is(label.text, "fundsTotal")) || (!label && hasValues))) {
      block.total = fundsRow;
      totalFound = true;
    } else if (totalFound && ((label && view.is(label.text, "fundsPart")) || hasValues)) {
      // Part rows carry no weight, score or reason of their own ("/" in the Sichuan layout).
      block.parts.push({ ...fundsRow, weight: undefined, score: undefined, reason: undefined });
    }
  }
  if (!totalFound) block.total = { label: "", labelAt: block.headerAt };
  nestSubtotals(view, block, seen);
  return { block, declaredWeight: declared, deptLabel, totalFound, end: row };
}

/** A part row carries no weight, score or reason of its own ("/" in the Sichuan layout). */
function asPart(row: FundsRow): FundsRow {
  return { ...row, weight: undefined, score: undefined, reason: undefined };
}

/**
 * The 福建 宁德 layout puts subtotals first and the grand total last: 财政资金小计, ① 项目支出,
 * ② 基本支出, 2.单位其它收入, 合 计 (2020) or 财政资金小计, ①…, 其他资金小计, ①……, 合 计 (2018).
 * When a 小计 row comes before the 合计 row, the 合计 is the block's total, its parts are the 小计
 * rows and the rows numbered like them (2.单位其它收入), and each 小计 has the rows under it (up to
 * the next 小计, numbered row or the 合计) as its own parts.
 */
function nestSubtotals(view: SheetView, block: FundsBlock, seen: { row: FundsRow; rawLabel: string }[]): void {
  const grand = seen.findIndex((s) => s.rawLabel && view.is(s.rawLabel, "fundsTotal"));
  const first = seen.findIndex((s) => s.rawLabel && view.is(s.rawLabel, "fundsSubtotal"));
  if (first < 0 || grand < first) return;
  const parts: FundsRow[] = [];
  const subtotals: NonNullable<FundsBlock["subtotals"]> = [];
  let current: (typeof subtotals)[number] | undefined;
  for (const s of seen.slice(0, grand)) {
    const filled = [s.row.initialBudget, s.row.annualBudget, s.row.annualSpent, s.row.rate].some((f) => f && !view.isEmpty(f.at.row, f.at.col));
    if (view.is(s.rawLabel, "fundsSubtotal")) {
      current = { row: asPart(s.row), parts: [] };
      subtotals.push(current);
      parts.push(current.row);
    } else if (TOP_NUMBERING.test(s.rawLabel.normalize("NFKC"))) {
      current = undefined;
      parts.push(asPart(s.row));
    } else if (current) current.parts.push(asPart(s.row));
    else if (filled) parts.push(asPart(s.row));
  }
  block.total = seen[grand].row;
  block.parts = parts;
  block.subtotals = subtotals;
}

/** A row numbered 1. 2. … (not ① ②): a part of the grand total, not of the 小计 above it. */
const TOP_NUMBERING = /^\s*\d+\s*[、.．]/;

function rowsOf(band: { top: number; bottom: number }): number[] {
  return Array.from({ length: band.bottom - band.top + 1 }, (_, i) => band.top + i);
}

/** `其中：基本支出：311.22` → label 基本支出, value "311.22". */
function labeledValue(view: SheetView, text: string, at: CellRef): LabeledValue {
  const whole = text.normalize("NFKC").replace(/[\s\u3000]+/g, "");
  // 其中： only says the cell is a part (glossary key partMarker).
  const marker = view.glossary.prefixMatch(whole, "partMarker");
  const s = marker > 0 && marker < whole.length ? whole.slice(marker).replace(/^:/, "") : whole;
  const index = s.indexOf(":");
  if (index < 0) return { label: view.norm(s), at, valueText: "" };
  return { label: view.norm(s.slice(0, index)), at, valueText: s.slice(index + 1) };
}

/** 年度总体目标: the expected goal and what was achieved, when the block is there. */
function bindGoals(view: SheetView, from: number, to: number): EvalTable["goals"] {
  for (let row = Math.max(0, from); row < to; row++) {
    const texts = view.texts(row);
    const label = texts.find((t) => view.is(t.text, "goals"));
    if (!label) continue;
    // Layouts: 预期目标 | 实际完成情况 as column heads with the texts one row below, or the texts
    // in the goals row itself (with or without 预期目标：… prefixes).
    const heads = texts.filter((t) => t.col > label.col);
    const expectedHead = heads.find((t) => view.is(t.text, "goalExpected"));
    const adjustedHead = heads.find((t) => view.is(t.text, "goalAdjusted"));
    const actualHead = heads.find((t) => view.is(t.text, "goalActual"));
    if ((expectedHead || adjustedHead) && actualHead) {
      const below = view.bottomOf(row, (expectedHead ?? adjustedHead ?? actualHead).col) + 1;
      // The adjusted goal (全年(调整)绩效目标), when filled, is the goal the year is judged by.
      const adjusted = adjustedHead && view.text(below, adjustedHead.col).trim() && !view.is(view.text(below, adjustedHead.col), "notApplicable") ? adjustedHead : undefined;
      const goalHead = adjusted ?? expectedHead ?? adjustedHead;
      return { labelAt: { row, col: label.col }, expected: view.field(below, (goalHead ?? actualHead).col), actual: view.field(below, actualHead.col) };
    }
    const values = view.entries(row).filter((e) => e.col > label.col);
    return { labelAt: { row, col: label.col }, expected: fieldOf(row, values[0]), actual: fieldOf(row, values[1]) };
  }
  return undefined;
}

function fieldOf(row: number, entry: { col: number; cell: Field["cell"] } | undefined): Field | undefined {
  return entry ? { at: { row, col: entry.col }, cell: entry.cell } : undefined;
}

function bindIndicators(view: SheetView, band: HeaderBand<IndicatorKey>, table: EvalTable, limit: number, repeats: readonly HeaderBand<IndicatorKey>[]): void {
  const cols = band.cols;
  const headerRow = band.top;
  table.indicatorHeaderAt = { row: headerRow, col: view.firstTextCol(headerRow) };
  for (const r of rowsOf(band)) {
    const declared = view.texts(r).find((t) => view.is(t.text, "indicatorBlock") && declaredWeight(t.text));
    if (declared) {
      table.indicatorsDeclaredWeight = declaredWeight(declared.text);
      table.indicatorHeaderAt = { row: r, col: declared.col };
    }
  }
  const headerAt = table.indicatorHeaderAt;
  if (cols.target === undefined && cols.adjustedTarget === undefined) table.missing.push(missingPart("target", "column", headerAt));
  if (cols.actual === undefined) table.missing.push(missingPart("actual", "column", headerAt));
  const nameCol = cols.name ?? cols.level2 ?? cols.level1 ?? 0;
  const level1Col = cols.level1;
  const level2Col = cols.level2 !== nameCol ? cols.level2 : undefined;
  const valueCols = [cols.target, cols.adjustedTarget, cols.actual, cols.scoreFactor, cols.weight, cols.score, cols.comparator].filter((c): c is number => c !== undefined);
  let level1 = "";
  let level2 = "";
  let group: IndicatorGroup | undefined;
  for (let row = band.bottom + 1; row < limit; row++) {
    // A repeated header row inside the table starts a new block of the same columns.
    if (repeats.some((r) => row >= r.top && row <= r.bottom)) {
      level1 = "";
      level2 = "";
      group = undefined;
      continue;
    }
    const texts = view.texts(row);
    const leading = texts.filter((t) => t.col <= nameCol);
    // 总分 is usually the row's first label; the 云南 form puts it after 其他需要说明事项 | 无, in the
    // 实际完成值 column, with the total's 分值 and 得分 in their own columns.
    const figures = [cols.weight, cols.score].filter((c): c is number => c !== undefined);
    const totalCell =
      leading.find((t) => view.is(t.text, "total")) ??
      (figures.length > 0 ? texts.find((t) => t.col > nameCol && t.col < Math.min(...figures) && view.is(t.text, "total")) : undefined);
    if (totalCell) {
      table.total = bindTotal(view, row, totalCell.col, cols);
      readNotes(view, row + 1, limit, table);
      break;
    }
    if (leading.some((t) => view.is(t.text, "tableTail"))) {
      readNotes(view, row, limit, table);
      break;
    }
    if (texts.some((t) => view.is(t.text, "tableStart"))) break;
    const l1 = level1Col !== undefined && level1Col !== nameCol ? view.text(row, level1Col) : "";
    if (l1.trim()) {
      level1 = l1;
      level2 = "";
      group = {
        label: l1,
        name: view.core(l1).replace(/\(.*$/, ""),
        at: { row, col: level1Col as number },
        declaredWeight: declaredWeight(l1),
        indicators: [],
      };
      table.groups.push(group);
    }
    const l2 = level2Col !== undefined ? view.text(row, level2Col) : "";
    if (l2.trim()) level2 = l2;
    const rawName = view.text(row, nameCol).replace(/[\s\u3000]+/g, "");
    const hasValues = valueCols.some((c) => !view.isEmpty(row, c));
    if (!rawName && !hasValues) continue;
    // The official form's placeholder rows (指标1, 指标2：, ……, 例：…) are not indicators unless
    // someone filled them in; "指标1工程资金金额" is an indicator named 工程资金金额.
    if (rawName && view.is(rawName, "placeholder") && !hasValues) continue;
    // A name cell holding only a category the form prints (服务对象满意度指标 beside 满意度指标 on the
    // 湖北 form), with nothing entered, is an empty row of the form, not an indicator.
    if (rawName && !hasValues && /指标$/.test(rawName) && view.glossary.firstMatch(rawName, LEVEL2_GROUPS)) continue;
    // A breakdown row under an indicator (萧县 2023: ★补助各类瓜果蔬菜种植面积 29.5亩 over 其中桃树种植面积
    // 1.5亩 …): named 其中…, with a target or a result but no 分值 and no 得分 of its own (the
    // indicator's cells span it). It is part of the indicator above, not one to score.
    const ownCells = [cols.weight, cols.score].filter((c): c is number => c !== undefined);
    if (/^其中/.test(rawName) && group && group.indicators.length > 0 && ownCells.length > 0 && ownCells.every((c) => view.isEmpty(row, c))) continue;
    const name = stripNumbering(view, rawName);
    // A row marked unused, its name and every value a not-applicable mark (指标1:/ | / | /), is not
    // an indicator either; a named row with / in its cells still is (its values are missing).
    const unused = (text: string) => !text.trim() || view.is(text, "notApplicable");
    // 调整指标值, when filled, is the target the year is judged by; 年初指标值 otherwise.
    const targetCol = cols.adjustedTarget !== undefined && !unused(view.text(row, cols.adjustedTarget)) ? cols.adjustedTarget : (cols.target ?? cols.adjustedTarget);
    if (unused(name) && valueCols.every((c) => unused(view.text(row, c)))) continue;
    if (!group) {
      group = { label: "", name: "", at: { row, col: level1Col ?? nameCol }, indicators: [] };
      table.groups.push(group);
    }
    const indicator: Indicator = {
      row,
      level1: view.core(level1),
      level2: view.core(level2),
      name: name || view.core(level2) || `第${row + 1}行`,
      nameAt: { row, col: nameCol },
      target: view.field(row, targetCol),
      comparator: view.field(row, cols.comparator),
      unit: view.field(row, cols.unit),
      actual: view.field(row, cols.actual),
      factor: view.field(row, cols.scoreFactor),
      weight: view.field(row, cols.weight),
      score: view.field(row, cols.score),
      reason: view.field(row, cols.reason),
    };
    group.indicators.push(indicator);
  }
  for (const g of table.groups) g.indicators = withoutNumberedParts(view, g.indicators);
  for (const g of table.groups) {
    if (g.name || !g.label.trim()) continue;
    g.name = nameFromLevel2(view, g);
    for (const i of g.indicators) if (!i.level1) i.level1 = g.name;
  }
}

const LEVEL2_GROUPS = ["outputLevel2", "costLevel2", "benefitLevel2", "satisfactionLevel2"] as const;

/** 一、示范区建立 — a row numbered with a Chinese ordinal. */
const ORDINAL_ROW = /^[一二三四五六七八九十]+[、.．]/;
/** 1、水稻侧深施肥 / (1) / 1. — a row numbered with a digit (1.5万亩 is a figure, not a number). */
const DIGIT_ROW = /^[(（]?\d+(?:[、)）]|[.．](?!\d))/;

/**
 * Rows numbered 1、2、3、 under a row numbered 一、 (云南 隆阳 2022: 一、示范区建立 ≧20000亩 … 15 over
 * 1、水稻侧深施肥 5 + 2、玉米种肥同播 5 + 3、施用配方肥 5) are that row's breakdown when their 得分 (and
 * 分值, where the form has one) add up to its own: counting both would count those points twice. The
 * numbered rows are dropped; the 一、 row stands for them. Rows that do not add up are all kept.
 */
function withoutNumberedParts(view: SheetView, list: Indicator[]): Indicator[] {
  const raw = (i: Indicator) => view.text(i.nameAt.row, i.nameAt.col).replace(/[\s\u3000]+/g, "");
  const out: Indicator[] = [];
  for (let i = 0; i < list.length; i++) {
    const parent = list[i];
    out.push(parent);
    if (!ORDINAL_ROW.test(raw(parent))) continue;
    let end = i + 1;
    while (end < list.length && DIGIT_ROW.test(raw(list[end])) && list[end].level2 === parent.level2) end++;
    const parts = list.slice(i + 1, end);
    if (parts.length >= 2 && partsAddUp(parent, parts)) i = end - 1;
  }
  return out;
}

function partsAddUp(parent: Indicator, parts: Indicator[]): boolean {
  let compared = 0;
  for (const key of ["score", "weight"] as const) {
    const whole = readNumber(parent[key]?.cell);
    const values = parts.map((p) => readNumber(p[key]?.cell));
    if (!whole && values.every((v) => !v)) continue;
    if (!whole || values.some((v) => !v)) return false;
    const sum = values.reduce((a, v) => a.plus(v?.value ?? 0), new Decimal(0));
    if (!sum.eq(whole.value)) return false;
    compared++;
  }
  return compared > 0;
}

/**
 * A 一级 cell that shows only its weight, `(50分)`: the group's name from the 二级 labels under it,
 * when they all belong to one 一级. 成本指标 goes with 产出 (the 10号 form) but alone names nothing:
 * on the 湖南 form 成本指标 is a 一级 of its own.
 */
function nameFromLevel2(view: SheetView, group: IndicatorGroup): string {
  const keys = new Set(group.indicators.map((i) => view.glossary.firstMatch(i.level2, LEVEL2_GROUPS)));
  if (keys.has("outputLevel2")) keys.delete("costLevel2");
  const [key] = [...keys];
  return keys.size === 1 && key && key !== "costLevel2" ? GLOSSARY[key]["zh-CN"] : "";
}

/** A header cell's words as the form prints them, without line breaks or a trailing unit: 年度\n指标值(%) → 年度指标值. */
function columnLabel(view: SheetView, at: CellRef | undefined): string | undefined {
  if (!at) return undefined;
  const text = view.text(at.row, at.col).replace(/\s+/g, "").replace(/[（(][^（）()]*[)）]$/, "");
  return text || undefined;
}

/** 指标1工程资金金额 → 工程资金金额 (the official form numbers its rows 指标1, 指标2 …). */
function stripNumbering(view: SheetView, name: string): string {
  const prefix = view.glossary.prefixMatch(name, "placeholderPrefix");
  return prefix > 0 && prefix < name.length ? name.slice(prefix).replace(/^[:：、.．]/, "") : name;
}

/** The table's own notes (注：…) below it: the rules compare what they state with the table. */
function readNotes(view: SheetView, from: number, limit: number, table: EvalTable): void {
  for (let row = from; row < Math.min(limit, from + 8); row++) {
    for (const t of view.texts(row)) if (view.is(t.text, "tableNote")) table.notes.push({ at: { row, col: t.col }, text: t.text });
  }
}

/**
 * A total entered in the head instead of a 总分 row (重庆: 自评总分(分) | 97.6): the table's entered
 * total score, with no 分值 of its own. Only a value in a cell of its own is taken: a recalculated
 * total is written into that cell, and a label holding its value (自评总分：97.6) must not be
 * overwritten by a bare number.
 */
function headTotal(view: SheetView, from: number, to: number): EvalTable["total"] {
  for (let row = from; row < to; row++) {
    for (const t of view.texts(row)) {
      if (!view.is(t.text, "headTotal")) continue;
      const next = view.entries(row).find((e) => e.col > view.rightOf(row, t.col));
      // 自评得分 heads a score column too (a funds or indicator header in the head rows): only a
      // number beside it makes it the head total.
      if (view.is(t.text, "score") && !(next && readNumber(next.cell))) continue;
      return { labelAt: { row, col: t.col }, score: next ? { at: { row, col: next.col }, cell: next.cell } : undefined };
    }
  }
  return undefined;
}

function bindTotal(view: SheetView, row: number, labelCol: number, cols: Partial<Record<IndicatorKey, number>>): EvalTable["total"] {
  const labelAt = { row, col: labelCol };
  let weight = view.field(row, cols.weight);
  let score = view.field(row, cols.score);
  // Merged 总分 rows sometimes put the figures left of the header columns: take them in order.
  const weightEmpty = !weight || view.isEmpty(row, weight.at.col);
  const scoreEmpty = !score || view.isEmpty(row, score.at.col);
  if (weightEmpty && scoreEmpty) {
    const numbers = view.entries(row).filter((e) => e.col > view.rightOf(row, labelCol));
    const asField = (e: (typeof numbers)[number]): Field => ({ at: { row, col: e.col }, cell: e.cell });
    if (cols.weight !== undefined && numbers[0]) weight = asField(numbers[0]);
    if (cols.score !== undefined) {
      const s = cols.weight !== undefined ? numbers[1] : numbers[0];
      if (s) score = asField(s);
    }
  }
  // A grade typed beside the score (总分 | 100 | 96 | 优): a grade word right of the figures.
  const after = Math.max(view.rightOf(row, labelCol), score?.at.col ?? -1, weight?.at.col ?? -1);
  const typed = view.entries(row).find((e) => e.col > after && typeof e.cell.value === "string" && view.is(e.cell.value, "gradeWord"));
  const grade = typed ? { at: { row, col: typed.col }, cell: typed.cell } : undefined;
  return { labelAt, weight, score, grade };
}
