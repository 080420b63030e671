// What a finding says beyond the engine's message, on the sample's real findings.
import type { Finding, Report } from "../../src/engine/report";
import { RULES } from "../../src/engine/rules";
import { findingTitle, findingTodo, findingValues, isGoodNews } from "../../src/taskpane/components/findingText";
import { STRINGS } from "../../src/taskpane/strings";
import { sampleReport } from "./fixtures";

let report: Report;
beforeAll(async () => {
  report = await sampleReport();
});

const zh = STRINGS["zh-CN"];
const en = STRINGS.en;
const find = (rule: string, messageId?: string): Finding => {
  const f = report.findings.find((x) => x.rule === rule && (!messageId || x.messageId === messageId));
  if (!f) throw new Error(`no ${rule} finding in the sample`);
  return f;
};

test("titled by the indicator or the row, never by an address", () => {
  expect(findingTitle(find("reason-required"), zh)).toBe("满意度");
  expect(findingTitle(find("indicator-score", "mismatch"), zh)).toBe("基本支出预算成本");
  expect(findingTitle(find("execution-score"), zh)).toBe("预算执行得分");
  expect(findingTitle(find("spending-control"), en)).toBe("Official spending (三公经费)");
  for (const f of report.findings) expect(findingTitle(f, zh)).not.toMatch(/![A-Z]+\d+$/);
});

test("says what to do in one sentence, filled from the finding", () => {
  expect(findingTodo(find("reason-required"), zh)).toBe("如确应扣分，请在偏差原因栏写明原因；否则采用建议，把得分改为 10。");
  expect(findingTodo(find("over-target"), zh)).toContain("本工具不自动扣分");
  expect(findingTodo(find("indicator-score", "rounding"), zh)).toBe(zh.todoBySeverity.info);
  for (const f of report.findings) expect(findingTodo(f, zh)).not.toMatch(/\{\{/);
});

test("a ratio SelfEval computed is labelled as computed, not as entered; entered comes before expected", () => {
  expect(findingValues(find("over-target"), zh)).toEqual([
    { label: "按表中数据计算", value: "166.8%" },
    { label: "正常范围", value: "< 120%" },
  ]);
  expect(findingValues(find("indicator-score", "mismatch"), zh)).toEqual([
    { label: "表中", value: "19" },
    { label: "应为", value: "16.84" },
  ]);
});

test("a fall in 三公 spending is good news; nothing else in the sample is", () => {
  expect(report.findings.filter(isGoodNews).map((f) => `${f.rule}|${f.messageId}`)).toEqual(["spending-control|fell"]);
});

test("every registered rule has a title", () => {
  for (const rule of RULES) expect(zh.ruleTitles[rule.meta.id]).toBeTruthy();
});
