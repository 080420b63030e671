// The preview shows values as Excel displays them.
import { displayValue, formatNumber } from "../../src/taskpane/browser/display";

test.each([
  [0.9899, "0.00%", "98.99%"],
  [1, "0%", "100%"],
  [857.71, "0.00", "857.71"],
  [1234.5, "#,##0.00", "1,234.50"],
  [-1234.5, "#,##0.00;[Red]-#,##0.00", "-1,234.50"],
  [-5, "0.00;(0.00)", "(5.00)"],
  [0, '0.00;-0.00;"—"', "—"],
  [866.48, '0.00"万元"', "866.48万元"],
  [1.005, "0.00", "1.01"],
  [9.8, "General", "9.8"],
  [0.1 + 0.2, undefined, "0.3"],
  [2.5, "0.0_);(0.0)", "2.5 "],
  [12, "[$¥-804]#,##0", "¥12"],
])("%p in %p shows %p", (value, format, shown) => {
  expect(formatNumber(value, format)).toBe(shown);
});

test("text, booleans, errors and empty cells", () => {
  expect(displayValue(undefined)).toBe("");
  expect(displayValue({ value: null })).toBe("");
  expect(displayValue({ value: "偏差原因" })).toBe("偏差原因");
  expect(displayValue({ value: true })).toBe("TRUE");
  expect(displayValue({ value: { error: "#DIV/0!" } })).toBe("#DIV/0!");
  expect(displayValue({ value: 0.6675, numFmt: "0.0%" })).toBe("66.8%");
});
