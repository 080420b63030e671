// The glossary is the binder's only source of labels: profiles extend any key, unknown keys are
// refused, and the published label variants bind.
import { sheetFromRows } from "../../src/engine/grid";
import { defaultProfile, profileFromJson } from "../../src/engine/profile";
import { RULES } from "../../src/engine/rules";
import type { EvalTable } from "../../src/engine/model";
import { bindSheet, GLOSSARY, LABEL_KEYS } from "../../src/template";
import { coreLabel, Glossary } from "../../src/template/glossary";

const parse = (json: unknown) => profileFromJson(json, RULES, LABEL_KEYS);

test("every key has a bilingual display name and at least one synonym", () => {
  for (const key of LABEL_KEYS) {
    expect(GLOSSARY[key]["zh-CN"]).toMatch(/\p{Script=Han}/u);
    expect(GLOSSARY[key].en).toMatch(/[a-z]/);
    expect(GLOSSARY[key].synonyms.length).toBeGreaterThan(0);
  }
});

test("a profile with an unknown label key is refused", () => {
  expect(parse({ labels: { bogusKey: ["x"] } })).toEqual({ error: { "zh-CN": 'labels 中有未知标签键 "bogusKey"', en: 'unknown label key "bogusKey" in labels' } });
  expect(parse({ labels: { reason: ["情况说明"] } })).toHaveProperty("profile");
});

test("the published label variants match their keys", () => {
  const g = new Glossary();
  const cases: [string, Parameters<Glossary["matches"]>[1]][] = [
    ["预算数(A)", "annualBudget"],
    ["执行数(B)", "annualSpent"],
    ["执行率(B/A)", "rate"],
    ["预算执行率(B/A)", "rate"],
    ["全年预算数（A）", "annualBudget"],
    ["得分(分*执行率)", "score"],
    ["年初目标值(A)", "target"],
    ["年度\n指标值", "target"],
    ["全年实际值", "actual"],
    ["全年实际完成值", "actual"],
    ["未完成原因和改进措施", "reason"],
    ["未完成原因及拟采取的改进措施", "reason"],
    ["资金情况（万元）", "fundsBlock"],
    ["预算执行情况(万元)(分)", "fundsBlock"],
    ["年度资金总额：", "fundsTotal"],
    ["年度财政资金总额", "fundsTotal"],
    ["其中：中央补助", "fundsPart"],
    ["地方资金", "fundsPart"],
    ["项目支出：", "project"],
    ["部门整体支出预算调整", "budgetAdjust"],
    ["2017年决算数", "costFinal"],
    ["2018年预算数", "costBudget"],
    ["2018年实际在职人数", "actualStaff"],
    ["指标2", "placeholder"],
    ["指标2：", "placeholder"],
    ["……", "placeholder"],
    ["例：完成率", "placeholder"],
    // 重庆 部门整体绩效自评表 2021 (r9), 湖北 广水 项目绩效目标自评表 2019, 天长 2022 (r7).
    ["全年(调整)预算数", "annualBudget"],
    ["执行率权重", "weight"],
    ["执行率得分(分)", "score"],
    ["指标权重(分)", "weight"],
    ["指标得分(分)", "score"],
    ["年初指标值", "target"],
    ["调整指标值", "adjustedTarget"],
    ["全年完成值", "actual"],
    ["年终完\n成值", "actual"],
    ["部门预算执行情况(万元)", "fundsBlock"],
    ["当年绩效目标", "goals"],
    ["全年(调整)绩效目标", "goalAdjusted"],
    ["全年目标实际完成情况", "goalActual"],
    ["自评总分(分)", "headTotal"],
    ["/", "notApplicable"],
    ["经济效益\n指标", "benefitLevel2"],
    ["服务对象\n满意度指标", "satisfactionLevel2"],
  ];
  for (const [label, key] of cases) expect([label, g.matches(label, key)]).toEqual([label, true]);
  expect(g.matches("指标1工程资金金额", "placeholder")).toBe(false);
  // 调整指标值 is its own column, not a second 年度指标值; 得分系数(%) is not the 得分 column.
  expect(g.matches("调整指标值", "target")).toBe(false);
  expect(g.matches("得分系数(%)", "score")).toBe(false);
  // 业务工作专项 is an item under 项目支出, not the 项目支出 row itself.
  expect(g.matches("1、业务工作专项", "project")).toBe(false);
  expect(g.prefixMatch("指标1工程资金金额", "placeholderPrefix")).toBe(3);
  expect(coreLabel("（一）年度\n指标值（A）：")).toBe("年度指标值");
});

test("labels.total extends the 总分 row of the indicator table", () => {
  const sheet = sheetFromRows("项目", [
    ["项目支出绩效自评表"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 10, 10, 10, 10, 1, 10],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "105人次", 90, 90, null],
    ["自评分数汇总", null, null, null, null, 100, 100],
  ]);
  const plain = bindSheet(sheet)[0] as EvalTable;
  expect(plain.total).toBeUndefined();
  const result = parse({ labels: { total: ["自评分数汇总"] } });
  if (!("profile" in result)) throw new Error(result.error.en);
  const extended = bindSheet(sheet, result.profile.labels)[0] as EvalTable;
  expect(extended.total?.score?.at).toEqual({ row: 5, col: 6 });
  expect(extended.groups.flatMap((g) => g.indicators).map((i) => i.name)).toEqual(["培训人次"]);
  expect(defaultProfile.labels).toEqual({});
});

describe("coreLabel: a trailing part that lost one bracket (r12 黄石 2023)", () => {
  test.each([
    ["执行数B)", "执行数"],
    ["执行率B/A)", "执行率"],
    ["年初目标值(A", "年初目标值"],
    ["预算执行情况(万元)\n20分)", "预算执行情况"],
  ])("%s → %s", (label, core) => expect(coreLabel(label)).toBe(core));
  test.each([["指标1)"], ["A)"], ["得分(分*执行率"]])("%s is kept: no letter-led fragment after a Chinese label", (label) => {
    expect(coreLabel(label)).toBe(label);
  });
});

test("other published names of the indicator columns bind: 预期值 / 实际达成值 / 标准分 / 评价得分", () => {
  const sheet = sheetFromRows("项目", [
    ["项目名称", "培训项目"],
    ["一级指标", "二级指标", "三级指标", "预期值", "实际达成值", "标准分", "评价得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "90人次", 50, 45, "报名不足"],
    [null, "质量指标", "合格率", "≥95%", "96%", 50, 50, null],
    ["总分", null, null, null, null, 100, 95],
  ]);
  const [table] = bindSheet(sheet) as EvalTable[];
  const [first] = table.groups.flatMap((g) => g.indicators);
  expect([first.target?.at, first.actual?.at, first.weight?.at, first.score?.at]).toEqual([
    { row: 2, col: 3 },
    { row: 2, col: 4 },
    { row: 2, col: 5 },
    { row: 2, col: 6 },
  ]);
  expect(table.total?.score?.at).toEqual({ row: 4, col: 6 });
});
