import Decimal from "decimal.js";
import fc from "fast-check";
import type { Cell } from "../../src/engine/grid";
import {
  type Band,
  type Comparator,
  type NumberValue,
  canonicalUnit,
  convertUnit,
  decimalFromNumber,
  formatNumberValue,
  normalizeText,
  parseComparator,
  parseIndicatorValue,
  parseNumberText,
  qualitativeBand,
  readCell,
  readNumber,
  unitFamily,
} from "../../src/engine/values";

/** A NumberValue as plain data, so that expectations read as tables. */
function plain(num: NumberValue | null) {
  return num && { value: num.value.toString(), decimals: num.decimals, percent: num.percent, unit: num.unit };
}

const d = (s: string | number) => new Decimal(s);

describe("normalizeText", () => {
  test.each([
    ["８５７．７１", "857.71"],
    ["ＡＢｃ１２", "ABc12"],
    ["９８．９９％", "98.99%"],
    ["（万元）：", "(万元):"],
    ["１，２３４", "1,234"],
    ["＞＝９０", ">=90"],
    ["＜５", "<5"],
    ["a\u3000b", "a b"],
    ["  达成\n预期\r\n 指标\u00a0 ", "达成 预期 指标"],
    ["\t\n", ""],
    ["≥90 ≤5 ≧1 ≦2 ﹦3", "≥90 ≤5 ≧1 ≦2 ﹦3"],
    ["绩效自评", "绩效自评"],
    ["a\u200bb", "ab"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test("non-string input does not throw", () => {
    expect(normalizeText(undefined as unknown as string)).toBe("");
    expect(normalizeText(null as unknown as string)).toBe("");
    expect(normalizeText(12 as unknown as string)).toBe("12");
  });
});

describe("parseNumberText", () => {
  test.each<[string, ReturnType<typeof plain>]>([
    ["98.99%", { value: "0.9899", decimals: 2, percent: true, unit: "%" }],
    ["1,234.50", { value: "1234.5", decimals: 2, percent: false, unit: null }],
    ["８５７．７１", { value: "857.71", decimals: 2, percent: false, unit: null }],
    ["９８．９９％", { value: "0.9899", decimals: 2, percent: true, unit: "%" }],
    ["9.33亿元", { value: "9.33", decimals: 2, percent: false, unit: "亿元" }],
    ["-3.5", { value: "-3.5", decimals: 1, percent: false, unit: null }],
    ["－３．５", { value: "-3.5", decimals: 1, percent: false, unit: null }],
    ["\u22123.5", { value: "-3.5", decimals: 1, percent: false, unit: null }],
    ["+2", { value: "2", decimals: 0, percent: false, unit: null }],
    ["1,234", { value: "1234", decimals: 0, percent: false, unit: null }],
    ["12,345,678.9", { value: "12345678.9", decimals: 1, percent: false, unit: null }],
    ["100百分比", { value: "1", decimals: 0, percent: true, unit: "%" }],
    ["72890元", { value: "72890", decimals: 0, percent: false, unit: "元" }],
    ["50个", { value: "50", decimals: 0, percent: false, unit: "个" }],
    ["50 个", { value: "50", decimals: 0, percent: false, unit: "个" }],
    ["10.00", { value: "10", decimals: 2, percent: false, unit: null }],
    ["0", { value: "0", decimals: 0, percent: false, unit: null }],
    ["-0", { value: "0", decimals: 0, percent: false, unit: null }],
    [".5", { value: "0.5", decimals: 1, percent: false, unit: null }],
    ["  311.22  ", { value: "311.22", decimals: 2, percent: false, unit: null }],
    ["98.99 %", { value: "0.9899", decimals: 2, percent: true, unit: "%" }],
    ["0.5%", { value: "0.005", decimals: 1, percent: true, unit: "%" }],
    ["¥1,200.00", { value: "1200", decimals: 2, percent: false, unit: "元" }],
    ["￥5", { value: "5", decimals: 0, percent: false, unit: "元" }],
    ["200万元", { value: "200", decimals: 0, percent: false, unit: "万元" }],
    ["3千元", { value: "3", decimals: 0, percent: false, unit: "千元" }],
    ["5万美元", { value: "5", decimals: 0, percent: false, unit: "万美元" }],
    ["120㎡", { value: "120", decimals: 0, percent: false, unit: "平方米" }],
    ["3.5万亩", { value: "3.5", decimals: 1, percent: false, unit: "万亩" }],
    ["2万人次", { value: "2", decimals: 0, percent: false, unit: "万人次" }],
    ["6个月", { value: "6", decimals: 0, percent: false, unit: "月" }],
    ["1年", { value: "1", decimals: 0, percent: false, unit: "年" }],
    // Weights and scores typed with 分 (a 江西 page prints them so).
    ["10分", { value: "10", decimals: 0, percent: false, unit: "分" }],
    ["90 分", { value: "90", decimals: 0, percent: false, unit: "分" }],
    ["12345678901234567890.123456789", { value: "12345678901234567890.123456789", decimals: 9, percent: false, unit: null }],
  ])("%j", (text, expected) => {
    expect(plain(parseNumberText(text))).toEqual(expected);
  });

  test.each([
    "达成预期指标",
    "12月底前",
    "1.5-2",
    "abc",
    "",
    "   ",
    "%",
    ".",
    "-",
    "1.",
    "1,23",
    "1234,567",
    "1,2345",
    "12a",
    "50吨", // a unit that cannot be converted: not a plain number
    "5constructor",
    "constructor",
    "2e5",
    "约100",
    "100左右",
    "¥5万元",
    "1 2",
  ])("%j is not a number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  test("values are parsed from text, not through floats", () => {
    expect(parseNumberText("0.1")!.value.plus(parseNumberText("0.2")!.value).toString()).toBe("0.3");
    expect(parseNumberText("9007199254740993")!.value.toString()).toBe("9007199254740993");
  });
});

describe("decimalFromNumber", () => {
  test.each<[number, string]>([
    [0.1 + 0.2, "0.3"],
    [1.1 * 3, "3.3"],
    [0.9899, "0.9899"],
    [857.71, "857.71"],
    [-0, "0"],
    [1e21, "1e+21"],
    [123456789012345680, "123456789012346000"],
  ])("%p → %s", (n, expected) => {
    expect(decimalFromNumber(n).toString()).toBe(expected);
  });
});

describe("readCell", () => {
  const num = (value: number, numFmt?: string): Cell => (numFmt === undefined ? { value } : { value, numFmt });

  test.each<[string, Cell | undefined, ReturnType<typeof plain>]>([
    ["0.00% shows two decimals", num(0.9899, "0.00%"), { value: "0.9899", decimals: 2, percent: true, unit: "%" }],
    ["0.00% fixes decimals the value lacks", num(0.5, "0.00%"), { value: "0.5", decimals: 2, percent: true, unit: "%" }],
    ["0.00% keeps the stored precision", num(0.98994, "0.00%"), { value: "0.98994", decimals: 2, percent: true, unit: "%" }],
    ["0% shows none", num(0.9899, "0%"), { value: "0.9899", decimals: 0, percent: true, unit: "%" }],
    ["0.##% shows what is there", num(0.985, "0.##%"), { value: "0.985", decimals: 1, percent: true, unit: "%" }],
    ["0.00%;[Red]-0.00%", num(-0.12, "0.00%;[Red]-0.00%"), { value: "-0.12", decimals: 2, percent: true, unit: "%" }],
    ["literal % in quotes: the number is in percent points", num(98.99, '0.00"%"'), { value: "0.9899", decimals: 2, percent: true, unit: "%" }],
    ["General", num(9.8, "General"), { value: "9.8", decimals: 1, percent: false, unit: null }],
    ["no format", num(10), { value: "10", decimals: 0, percent: false, unit: null }],
    ["0.00", num(10, "0.00"), { value: "10", decimals: 2, percent: false, unit: null }],
    ["#,##0.00", num(1234.5, "#,##0.00"), { value: "1234.5", decimals: 2, percent: false, unit: null }],
    ["#,##0.00_ with padding", num(1234.5, "#,##0.00_ "), { value: "1234.5", decimals: 2, percent: false, unit: null }],
    ["#,##0", num(1234.56, "#,##0"), { value: "1234.56", decimals: 0, percent: false, unit: null }],
    ["quoted unit", num(12, '0.00"万元"'), { value: "12", decimals: 2, percent: false, unit: "万元" }],
    ["date format falls back to the value", num(45291, "yyyy-mm-dd"), { value: "45291", decimals: 0, percent: false, unit: null }],
    ["float artefact", num(0.1 + 0.2), { value: "0.3", decimals: 1, percent: false, unit: null }],
    ["float artefact under 0.00%", num(0.1 + 0.2, "0.00%"), { value: "0.3", decimals: 2, percent: true, unit: "%" }],
    ["percent text", { value: "98.99%" }, { value: "0.9899", decimals: 2, percent: true, unit: "%" }],
    ["full-width text", { value: "８５７．７１" }, { value: "857.71", decimals: 2, percent: false, unit: null }],
    ["money text", { value: "9.33亿元" }, { value: "9.33", decimals: 2, percent: false, unit: "亿元" }],
  ])("number: %s", (_name, cell, expected) => {
    const reading = readCell(cell);
    expect(reading.kind).toBe("number");
    if (reading.kind === "number") expect(plain(reading.num)).toEqual(expected);
  });

  test.each<[Cell | undefined]>([[undefined], [{ value: null }], [{ value: "" }], [{ value: "   " }], [{ value: "\u3000\n" }]])(
    "empty: %j",
    (cell) => {
      expect(readCell(cell)).toEqual({ kind: "empty" });
    },
  );

  test.each<[Cell, string]>([
    [{ value: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ value: { error: "#REF!" }, formula: "A1/B1" }, "#REF!"],
    [{ value: "#DIV/0!" }, "#DIV/0!"],
    [{ value: "#N/A" }, "#N/A"],
    [{ value: "#value!" }, "#VALUE!"],
    [{ value: Number.NaN }, "#NUM!"],
    [{ value: Number.POSITIVE_INFINITY }, "#NUM!"],
  ])("error: %j", (cell, code) => {
    expect(readCell(cell)).toEqual({ kind: "error", code });
  });

  test.each(["——", "—", "-", "--", "/", "／", "\\", "无", "不适用", "N/A", "n/a", "－－", "———", "不涉及"])("not applicable: %j", (text) => {
    const reading = readCell({ value: text });
    expect(reading.kind).toBe("na");
  });

  test.each<[Cell, string]>([
    [{ value: "达成预期指标" }, "达成预期指标"],
    [{ value: " 12月底前 " }, "12月底前"],
    [{ value: "１．５－２" }, "1.5-2"],
    [{ value: true }, "TRUE"],
    [{ value: false }, "FALSE"],
  ])("text: %j", (cell, text) => {
    expect(readCell(cell)).toEqual({ kind: "text", text });
  });

  test("rich text objects are read as their text", () => {
    const cell = { value: { richText: [{ text: "98." }, { text: "99%" }] } } as unknown as Cell;
    expect(plain(readNumber(cell))).toEqual({ value: "0.9899", decimals: 2, percent: true, unit: "%" });
  });

  test("readNumber returns null for anything but a number", () => {
    expect(readNumber({ value: "完成" })).toBeNull();
    expect(readNumber(undefined)).toBeNull();
    expect(readNumber({ value: 3 })!.value.toString()).toBe("3");
  });
});

describe("formatNumberValue", () => {
  test.each<[Cell, string]>([
    [{ value: 0.9899, numFmt: "0.00%" }, "98.99%"],
    [{ value: 0.5, numFmt: "0.00%" }, "50.00%"],
    [{ value: 10, numFmt: "0.00" }, "10.00"],
    [{ value: "9.33亿元" }, "9.33亿元"],
  ])("%j → %s", (cell, text) => {
    expect(formatNumberValue(readNumber(cell)!)).toBe(text);
  });
});

describe("parseComparator", () => {
  // Every word of SPEC §3.1, at the start, at the end where it is written there, and alone.
  const start: [string, Comparator][] = [
    ["≥", ">="], ["≧", ">="], [">=", ">="], ["不低于", ">="], ["不少于", ">="], ["至少", ">="], ["达到", ">="],
    [">", ">"], ["＞", ">"], ["高于", ">"], ["多于", ">"], ["超过", ">"],
    ["≤", "<="], ["≦", "<="], ["<=", "<="], ["不超过", "<="], ["不高于", "<="], ["不多于", "<="], ["控制在", "<="],
    ["<", "<"], ["＜", "<"], ["低于", "<"], ["少于", "<"], ["不足", "<"],
    ["=", "="], ["＝", "="], ["﹦", "="], ["═", "="], ["等于", "="],
    ["＞＝", ">="], ["＜＝", "<="], ["大于等于", ">="], ["小于等于", "<="], ["大于", ">"], ["小于", "<"],
  ];
  const end: [string, Comparator][] = [["以上", ">="], ["以下", "<="], ["以内", "<="], ["及以上", ">="], ["及以下", "<="]];

  test.each(start)("%j before the number", (word, comparator) => {
    expect(parseComparator(`${word}95%`)).toBe(comparator);
    expect(parseComparator(`${word} 50个`)).toBe(comparator);
    expect(parseComparator(word)).toBe(comparator);
  });

  test.each(end)("%j after the number", (word, comparator) => {
    expect(parseComparator(`95%${word}`)).toBe(comparator);
    expect(parseComparator(`95%${word}（含）`)).toBe(comparator);
    expect(parseComparator(word)).toBe(comparator);
  });

  test.each<[string, Comparator | null]>([
    ["不低于95%", ">="], // not 低于
    ["不少于3个", ">="], // not 少于
    ["不高于5%", "<="], // not 高于
    ["不超过100万元", "<="], // not 超过
    [">=90", ">="], // not >
    ["<=90", "<="], // not <
    ["控制在100万元以内", "<="],
    ["正向", ">="],
    ["反向指标", "<="],
    ["定性", null],
    ["95%", null],
    ["达成预期指标", null],
    ["合格率≥95%", null], // in the middle: not a comparator by SPEC §3.1 (parseIndicatorValue reads it)
    ["", null],
    ["以上均已完成", null],
  ])("%j → %j", (text, comparator) => {
    expect(parseComparator(text)).toBe(comparator);
  });
});

describe("qualitativeBand", () => {
  const band1 = ["达成年度指标", "达成预期指标", "达标", "合格", "是", "完成", "已完成", "按时完成", "有效提升", "明显提升", "效果明显", "显著", "良好", "满意"];
  const band2 = ["部分达成", "部分达成年度指标并具有一定效果", "基本达标", "基本完成", "基本满意", "一般", "有所提升"];
  const band3 = ["未达成", "未达标", "不合格", "否", "未完成", "较差", "不满意"];

  test.each(band1)("band 1: %s", (word) => expect(qualitativeBand(word)).toBe(1));
  test.each(band2)("band 2: %s", (word) => expect(qualitativeBand(word)).toBe(2));
  test.each(band3)("band 3: %s", (word) => expect(qualitativeBand(word)).toBe(3));

  test.each<[string, Band | null]>([
    ["已全部完成。", 1],
    ["项目按计划完成", 1],
    ["服务对象满意度良好", 1],
    ["效果一般，需改进", 2],
    ["未按时完成", 3],
    ["效果不显著", 3],
    ["无法完成", 3],
    ["基本未完成", 3],
    ["是。", 1],
    ["否；", 3],
    ["是否", null],
    ["优秀", 1],
    ["优良", 1],
    ["效果较好", 1],
    ["有效", 1],
    ["已实现", 1],
    ["未实现", 3],
    ["未能实现预期目标", 3],
    ["无效", 3],
    ["于是开展工作", null], // 是 inside a word
    ["否则不予拨付", null], // 否 inside a word
    ["一般公共预算", null], // 一般 inside a word
    ["严格执行相关制度规定", null],
    ["98.99%", null],
    ["", null],
  ])("%j → %p", (text, band) => {
    expect(qualitativeBand(text)).toBe(band);
  });
});

describe("parseIndicatorValue", () => {
  type Expected = {
    comparator: Comparator | null;
    quantity: { value: string; unit: string | null; decimals: number } | null;
    band: Band | null;
    deadline: boolean;
  };
  const q = (value: string, unit: string | null, decimals = 0) => ({ value, unit, decimals });
  const read = (text: string, options?: { comparatorText?: string; unitText?: string }): Expected => {
    const v = parseIndicatorValue(text, options);
    return {
      comparator: v.comparator,
      quantity: v.quantity && { value: v.quantity.value.toString(), unit: v.quantity.unit, decimals: v.quantity.decimals },
      band: v.band,
      deadline: v.deadline,
    };
  };

  test.each<[string, Expected]>([
    ["≥50个", { comparator: ">=", quantity: q("50", "个"), band: null, deadline: false }],
    ["≥100百分比", { comparator: ">=", quantity: q("1", "%"), band: null, deadline: false }],
    ["≤90万元", { comparator: "<=", quantity: q("90", "万元"), band: null, deadline: false }],
    ["40%", { comparator: null, quantity: q("0.4", "%"), band: null, deadline: false }],
    ["9.33亿元", { comparator: null, quantity: q("9.33", "亿元", 2), band: null, deadline: false }],
    ["1年", { comparator: null, quantity: q("1", "年"), band: null, deadline: false }],
    ["在项目计划完成时间内完成", { comparator: null, quantity: null, band: 1, deadline: true }],
    ["达成预期指标", { comparator: null, quantity: null, band: 1, deadline: false }],
    ["效果明显", { comparator: null, quantity: null, band: 1, deadline: false }],
    ["严格执行相关制度规定", { comparator: null, quantity: null, band: null, deadline: false }],
    ["16", { comparator: null, quantity: q("16", null), band: null, deadline: false }],
    ["完成", { comparator: null, quantity: null, band: 1, deadline: false }],
    ["不低于95%", { comparator: ">=", quantity: q("0.95", "%"), band: null, deadline: false }],
    ["90%以上", { comparator: ">=", quantity: q("0.9", "%"), band: null, deadline: false }],
    ["控制在100万元以内", { comparator: "<=", quantity: q("100", "万元"), band: null, deadline: false }],
    ["12月底前", { comparator: null, quantity: null, band: null, deadline: true }],
    ["年底前", { comparator: null, quantity: null, band: null, deadline: true }],
    ["6月30日前", { comparator: null, quantity: null, band: null, deadline: true }],
    ["按时", { comparator: null, quantity: null, band: null, deadline: true }],
    ["及时", { comparator: null, quantity: null, band: null, deadline: true }],
    ["按时完成", { comparator: null, quantity: null, band: 1, deadline: true }],
    ["2024年12月31日", { comparator: null, quantity: null, band: null, deadline: true }],
    ["2024-12-31", { comparator: null, quantity: null, band: null, deadline: true }],
    ["＞＝９８．５％", { comparator: ">=", quantity: q("0.985", "%", 1), band: null, deadline: false }],
    ["≥ 95 %", { comparator: ">=", quantity: q("0.95", "%"), band: null, deadline: false }],
    ["<5%", { comparator: "<", quantity: q("0.05", "%"), band: null, deadline: false }],
    ["=100%", { comparator: "=", quantity: q("1", "%"), band: null, deadline: false }],
    ["合格率≥95%", { comparator: ">=", quantity: q("0.95", "%"), band: null, deadline: false }],
    ["满意度90%以上（含）", { comparator: ">=", quantity: q("0.9", "%"), band: null, deadline: false }],
    ["95%（含）以上", { comparator: ">=", quantity: q("0.95", "%"), band: null, deadline: false }],
    ["5%(含)以下", { comparator: "<=", quantity: q("0.05", "%"), band: null, deadline: false }],
    ["及时率100%", { comparator: null, quantity: q("1", "%"), band: null, deadline: false }],
    ["资金拨付及时率≥95%", { comparator: ">=", quantity: q("0.95", "%"), band: null, deadline: false }],
    ["按时完成90%", { comparator: null, quantity: null, band: 1, deadline: true }],
    ["最多2次", { comparator: "<=", quantity: q("2", "次"), band: null, deadline: false }],
    ["1000余人", { comparator: null, quantity: q("1000", "人"), band: null, deadline: false }],
    ["3万余人", { comparator: null, quantity: q("3", "万人"), band: null, deadline: false }],
    ["10多个", { comparator: null, quantity: q("10", "个"), band: null, deadline: false }],
    ["约50人", { comparator: null, quantity: q("50", "人"), band: null, deadline: false }],
    ["50人左右", { comparator: null, quantity: q("50", "人"), band: null, deadline: false }],
    ["惠及群众1000余人", { comparator: null, quantity: q("1000", "人"), band: null, deadline: false }],
    ["结余率5%", { comparator: null, quantity: q("0.05", "%"), band: null, deadline: false }],
    ["至多3天", { comparator: "<=", quantity: q("3", "天"), band: null, deadline: false }],
    ["最高100万元", { comparator: "<=", quantity: q("100", "万元"), band: null, deadline: false }],
    ["最少1次", { comparator: ">=", quantity: q("1", "次"), band: null, deadline: false }],
    ["最低90%", { comparator: ">=", quantity: q("0.9", "%"), band: null, deadline: false }],
    ["完成率100%", { comparator: null, quantity: q("1", "%"), band: null, deadline: false }],
    ["3个工作日内", { comparator: "<=", quantity: q("3", "工作日"), band: null, deadline: false }],
    ["≥1000吨", { comparator: ">=", quantity: q("1000", "吨"), band: null, deadline: false }],
    ["≥1次/年", { comparator: ">=", quantity: q("1", "次/年"), band: null, deadline: false }],
    ["较上年提高5%", { comparator: null, quantity: null, band: null, deadline: false }],
    ["1.5-2", { comparator: null, quantity: null, band: null, deadline: false }],
    ["", { comparator: null, quantity: null, band: null, deadline: false }],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test("a separate 指标性质 column wins over the text", () => {
    expect(read("95%", { comparatorText: "≥" }).comparator).toBe(">=");
    expect(read("≥95%", { comparatorText: "≤" }).comparator).toBe("<=");
    expect(read("≥95%", { comparatorText: "定量" }).comparator).toBe(">=");
    expect(read("95%", { comparatorText: "" }).comparator).toBeNull();
  });

  test.each<[string, string, Expected["quantity"]]>([
    ["16", "个", q("16", "个")],
    ["95", "%", q("0.95", "%")],
    ["95", "百分比", q("0.95", "%")],
    ["98.5", "（%）", q("0.985", "%", 1)],
    ["100", "万元", q("100", "万元")],
    ["≥3", "项", q("3", "项")],
    ["95%", "个", q("0.95", "%")], // the text's own unit wins
    ["16", "——", q("16", null)],
    ["16", "", q("16", null)],
  ])("a separate 度量单位 column applies when the text has none: %j in %j", (text, unitText, quantity) => {
    expect(read(text, { unitText }).quantity).toEqual(quantity);
  });

  test("text is normalised", () => {
    expect(parseIndicatorValue("  ≥ ５０ 个\n").text).toBe("≥ 50 个");
  });
});

describe("unitFamily", () => {
  test.each<[string | null, string | null]>([
    ["元", "money"], ["千元", "money"], ["万元", "money"], ["亿元", "money"],
    ["美元", "usd"], ["万美元", "usd"], ["亿美元", "usd"],
    ["%", "percent"], ["百分比", "percent"], ["％", "percent"],
    ["个", "count"], ["家", "count"], ["次", "count"], ["场", "count"], ["人", "count"], ["人次", "count"],
    ["户", "count"], ["台", "count"], ["套", "count"], ["件", "count"], ["项", "count"], ["篇", "count"],
    ["期", "count"], ["万人次", "count"],
    ["㎡", "area"], ["平方米", "area"], ["m²", "area"], ["亩", "area"], ["公顷", "area"],
    ["年", "time-long"], ["月", "time-long"], ["个月", "time-long"],
    ["日", "time-short"], ["天", "time-short"], ["小时", "time-short"], ["时", "time-short"],
    ["吨", "mass"], ["公斤", "mass"], ["公里", "length"], ["米", "length"], ["km", "length"], ["立方米", null], ["", null], [null, null], ["constructor", null], ["__proto__", null],
  ])("%j → %j", (unit, family) => {
    expect(unitFamily(unit)).toBe(family);
  });
});

describe("canonicalUnit", () => {
  test.each<[string | null, string | null]>([
    ["百分比", "%"], ["％", "%"], ["㎡", "平方米"], ["m2", "平方米"], ["个月", "月"], ["（万元）", "万元"],
    ["个", "个"], ["个人", "个人"], ["吨", "吨"], ["", null], [null, null], ["constructor", "constructor"],
  ])("%j → %j", (unit, canonical) => {
    expect(canonicalUnit(unit)).toBe(canonical);
  });
});

describe("convertUnit", () => {
  test.each<[string, string | null, string | null, string | null]>([
    ["9.33", "亿元", "万元", "93300"],
    ["1", "亿元", "元", "100000000"],
    ["72890", "元", "万元", "7.289"],
    ["5", "千元", "元", "5000"],
    ["2", "万美元", "美元", "20000"],
    ["1", "亿美元", "万美元", "10000"],
    ["1", "公顷", "平方米", "10000"],
    ["15", "亩", "平方米", "10000"],
    ["10000", "㎡", "亩", "15"],
    ["1", "m²", "平方米", "1"],
    ["1", "年", "月", "12"],
    ["18", "月", "年", "1.5"],
    ["1", "日", "小时", "24"],
    ["2", "天", "日", "2"],
    ["48", "小时", "天", "2"],
    ["3", "个", "家", "3"],
    ["2", "万人次", "人次", "20000"],
    ["100", null, "%", "1"],
    ["0.95", "%", null, "95"],
    ["95", null, "百分比", "0.95"],
    ["16", null, "个", "16"],
    ["16", "个", null, "16"],
    ["100", null, "万元", "100"],
    ["100", null, null, "100"],
    ["3", "吨", "吨", "3"],
    ["3", "%", "百分比", "3"],
    ["3", "万元", "美元", null],
    ["3", "万元", "%", null],
    ["3", "个", "年", null],
    ["3", "吨", "千克", "3000"],
    ["10500", "米", "公里", "10.5"],
    ["2", "km", "米", "2000"],
    ["2", "次", "次/年", "2"],
    ["1", "次/年", "次", "1"],
    ["4", "次每年", "次", "4"],
    ["3", "吨", "米", null],
    ["3", "年", "日", null],
  ])("%s %j → %j = %j", (value, from, to, expected) => {
    const result = convertUnit(d(value), from, to);
    if (expected === null) expect(result).toBeNull();
    else expect(result && result.eq(d(expected))).toBe(true);
  });

  test("1 亩 is 10000/15 ㎡ to the last displayed digit", () => {
    expect(convertUnit(d(1), "亩", "平方米")!.toDecimalPlaces(10).toString()).toBe("666.6666666667");
  });

  test("a non-Decimal value gives null", () => {
    expect(convertUnit(12 as unknown as Decimal, "元", "万元")).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Strings built from the characters these parsers care about, to reach the deeper branches. */
const relevantText = fc.string({
  unit: fc.constantFrom(
    ..."0123456789.,%+-−—/ 　（）()≥≤≧≦﹦<>=：:".split(""),
    "０", "１", "９", "．", "，", "％", "＞", "＝",
    "万元", "亿元", "元", "个", "百分比", "以上", "以下", "以内", "不低于", "控制在", "达到", "月底前", "年",
    "完成", "未", "基本", "满意", "是", "否", "一般", "内", "(含)", "¥", "constructor",
  ),
  maxLength: 12,
});
const anyText = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), relevantText);

describe("properties", () => {
  test("the parsers never throw", () => {
    fc.assert(
      fc.property(anyText, anyText, (text, other) => {
        normalizeText(text);
        parseNumberText(text);
        parseComparator(text);
        qualitativeBand(text);
        canonicalUnit(text);
        unitFamily(text);
        readCell({ value: text });
        readCell({ value: 1.5, numFmt: text });
        parseIndicatorValue(text);
        parseIndicatorValue(text, { comparatorText: other, unitText: other });
        convertUnit(d(1), text, other);
      }),
      { numRuns: 2000 },
    );
  });

  test("readCell never throws on any cell value and number format", () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      anyText,
      anyText.map((error) => ({ error })),
    );
    fc.assert(
      fc.property(value, fc.option(anyText, { nil: undefined }), (v, numFmt) => {
        const cell: Cell = numFmt === undefined ? { value: v } : { value: v, numFmt };
        const reading = readCell(cell);
        if (reading.kind === "number") formatNumberValue(reading.num);
      }),
      { numRuns: 2000 },
    );
  });

  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength: min, maxLength: max });
  const numberText = fc
    .tuple(
      fc.constantFrom("", "+", "-"),
      digits(1, 9),
      fc.option(digits(1, 6), { nil: undefined }),
      fc.constantFrom("", "%", "万元", "亿元", "元", "个", "百分比", " %"),
    )
    .map(([sign, int, frac, unit]) => `${sign}${int}${frac === undefined ? "" : `.${frac}`}${unit}`);
  const toFullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");

  test("full-width and half-width text parse the same", () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const half = parseNumberText(text);
        const full = parseNumberText(toFullWidth(text));
        expect(half).not.toBeNull();
        expect(plain(full)).toEqual(plain(half));
        const a = parseIndicatorValue(`≥${text}`).quantity;
        const b = parseIndicatorValue(toFullWidth(`>=${text}`)).quantity;
        expect(b && { value: b.value.toString(), unit: b.unit, decimals: b.decimals }).toEqual(
          a && { value: a.value.toString(), unit: a.unit, decimals: a.decimals },
        );
      }),
      { numRuns: 1000 },
    );
  });

  test("the value read is the digits typed, % as a fraction", () => {
    fc.assert(
      fc.property(digits(1, 9), digits(0, 6), (int, frac) => {
        const typed = frac === "" ? int : `${int}.${frac}`;
        expect(parseNumberText(typed)!.value.eq(d(typed))).toBe(true);
        expect(parseNumberText(`${typed}%`)!.value.eq(d(typed).div(100))).toBe(true);
        expect(parseNumberText(typed)!.decimals).toBe(frac.length);
      }),
    );
  });

  const decimal = fc
    .tuple(fc.constantFrom("", "-"), digits(1, 12), digits(0, 8))
    .map(([sign, int, frac]) => d(`${sign}${int}${frac === "" ? "" : `.${frac}`}`));
  // Families whose factors are powers of ten or integers: the round trip is exact.
  const exactPairs: [string, string][] = [
    ["元", "万元"], ["元", "亿元"], ["千元", "万元"], ["万元", "亿元"],
    ["美元", "万美元"], ["万美元", "亿美元"],
    ["平方米", "公顷"], ["㎡", "平方米"], ["平方米", "万平方米"],
    ["个", "家"], ["人次", "万人次"],
    ["%", "百分比"],
    ["日", "天"],
  ];
  // Factors with a non-terminating inverse (12, 24, 亩 = 2000/3): exact to 30 significant digits.
  const ratioPairs: [string, string][] = [["年", "月"], ["日", "小时"], ["亩", "平方米"], ["亩", "公顷"], ["天", "小时"]];

  test("unit conversion round-trips exactly for decimal factors", () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...exactPairs), fc.boolean(), (x, [a, b], flip) => {
        const [from, to] = flip ? [b, a] : [a, b];
        const there = convertUnit(x, from, to);
        expect(there).not.toBeNull();
        expect(convertUnit(there!, to, from)!.eq(x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test("unit conversion round-trips to 30 significant digits for 12, 24 and 亩", () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...ratioPairs), fc.boolean(), (x, [a, b], flip) => {
        const [from, to] = flip ? [b, a] : [a, b];
        const back = convertUnit(convertUnit(x, from, to)!, to, from)!;
        expect(back.toSignificantDigits(30).eq(x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test("a bare number and a percent convert both ways", () => {
    fc.assert(
      fc.property(decimal, (x) => {
        expect(convertUnit(convertUnit(x, null, "%")!, "%", null)!.eq(x)).toBe(true);
      }),
    );
  });
});
