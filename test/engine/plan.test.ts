// The write plan's notes: old → new on a recalculated cell, and the colour key on the first mark.
import { readFileSync } from "node:fs";
import path from "node:path";
import { COLOUR_KEY, planWrites } from "../../src/engine/plan";
import { defaultProfile } from "../../src/engine/profile";
import { checkXlsx } from "../../src/xlsx";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "芦淞区商务局_2023_整体支出绩效自评.xlsx");

test("a recalculated, flagged cell's note says old → new; the first mark carries the colour key, once", async () => {
  const { report } = await checkXlsx(readFileSync(SAMPLE), defaultProfile);
  for (const locale of ["zh-CN", "en"] as const) {
    const plan = planWrites(report, { mode: "values", locale });
    const h5 = plan.marks.find((m) => m.sheet.startsWith("附件3") && m.at.row === 4 && m.at.col === 7);
    expect(h5?.note).toContain(locale === "zh-CN" ? "（9.8 → 9.90）" : "(9.8 → 9.90)");
    const keyed = plan.marks.filter((m) => m.note.includes(COLOUR_KEY[locale]));
    expect(keyed).toHaveLength(1);
    // 附件2 comes first in the workbook, and F6 is its first marked cell.
    expect([keyed[0].sheet, keyed[0].at]).toEqual(["附件2 基础数据表", { row: 5, col: 5 }]);
  }
});

test("a folded finding's note carries its details: the 满意度 reason cell says what met-but-deducted saw", async () => {
  const { report } = await checkXlsx(readFileSync(SAMPLE), defaultProfile);
  const i19 = (locale: "zh-CN" | "en") => planWrites(report, { mode: "values", locale }).marks.find((m) => m.sheet.startsWith("附件3") && m.at.row === 18 && m.at.col === 8);
  expect(i19("zh-CN")?.kind).toBe("reason");
  expect(i19("zh-CN")?.note).toContain("\n  · 达成却扣分（H19）：“满意度”已达成指标（90% → 98%），得分 9 低于分值 10");
  expect(i19("en")?.note).toContain("\n  · Met but deducted (H19): “满意度” met its target (90% → 98%) but scored 9 of 10");
});
