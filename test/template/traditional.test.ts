// A mirror of the 云南 丽江 2020 table renders it in traditional characters (real table r4, the
// page at http://m.jjiadianqingjie.com.cn/changyong/13241.html). The same table with the page's
// traditional labels and words gives the same templates, scores and findings as the simplified one.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Cell, SheetGrid } from "../../src/engine/grid";
import { toA1 } from "../../src/engine/grid";
import { toSimplified } from "../../src/engine/hant";
import { defaultProfile } from "../../src/engine/profile";
import { checkWorkbook } from "../../src/template";
import { readWorkbook } from "../../src/xlsx";

/** Simplified → traditional, exactly as the mirror shows these labels. */
const AS_ON_THE_PAGE: Record<string, string> = {
  "2020年度项目支出绩效自评表": "2020年度項目支出績效自評表",
  项目名称: "項目名稱",
  主管部门: "主管部門",
  实施单位: "實施單位",
  "项目资金\n（万元）": "項目資金 (萬元)",
  年初预算数: "年初預算數",
  全年预算数: "全年預算數",
  全年执行数: "全年執行數",
  执行率: "執行率",
  年度资金总额: "年度資金總額",
  "其中：当年财政拨款": "其中:當年財政撥款",
  上年结转资金: "上年結轉資金",
  其他资金: "其他資金",
  "年度\n总体\n目标": "年度 總體 目標",
  预期目标: "預期目標",
  实际完成情况: "實際完成情況",
  绩效指标: "績效指標",
  年度指标值: "年度指標值",
  实际完成值: "實際完成值",
  偏差原因分析及改进措施: "偏差原因分析及改進措施",
  "一级\n指标": "一級 指標",
  二级指标: "二級指標",
  三级指标: "三級指標",
  指标性质: "指標性質",
  指标值: "指標值",
  度量单位: "度量單位",
  产出指标: "產出指標",
  数量指标: "數量指標",
  质量指标: "質量指標",
  时效指标: "時效指標",
  效益指标: "效益指標",
  社会效益指标: "社會效益指標",
  满意度指标: "滿意度指標",
  服务对象满意度指标: "服務對象滿意度指標",
  项目验收合格率: "項目驗收合格率",
  项目完成及时率: "項目完成及時率",
  满意度: "滿意度",
};

function traditional(sheet: SheetGrid): SheetGrid {
  const cells = sheet.cells.map((row) => row.map((c): Cell | undefined => (c && typeof c.value === "string" && AS_ON_THE_PAGE[c.value] ? { ...c, value: AS_ON_THE_PAGE[c.value] } : c)));
  return { ...sheet, cells };
}

test("the r4 table in the mirror's traditional characters binds and checks as the simplified one", async () => {
  const { grid } = await readWorkbook(readFileSync(path.join(__dirname, "..", "fixtures", "02_yunnan_project.xlsx")));
  const hant = { sheets: grid.sheets.map(traditional) };
  const replaced = hant.sheets[0].cells.flat().filter((c) => c && typeof c.value === "string" && Object.values(AS_ON_THE_PAGE).includes(c.value)).length;
  expect(replaced).toBeGreaterThan(30);
  const a = checkWorkbook(grid, defaultProfile);
  const b = checkWorkbook(hant, defaultProfile);
  const show = (r: typeof a) => r.findings.map((f) => `${f.severity} ${f.rule} ${toA1(f.at)}`);
  expect(show(b)).toEqual(show(a));
  expect(b.templates.map((t) => t.score)).toEqual(a.templates.map((t) => t.score));
  expect(show(a).length).toBeGreaterThan(0);
});

test("toSimplified maps the characters of the labels and leaves others alone", () => {
  expect(toSimplified("年度資金總額")).toBe("年度资金总额");
  expect(toSimplified("達成年度指標")).toBe("达成年度指标");
  expect(toSimplified("abc 123 项目")).toBe("abc 123 项目");
});
