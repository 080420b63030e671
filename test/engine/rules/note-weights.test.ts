// note-weights: the table's own 注 sets other 一级 weights than its (xx分) labels: warning at the 一级 label.
import type { In } from "./helpers";
import { gridFromRows, profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** A 中江 2022-like table: 产出 / 效益 / 满意度 with (xx分), a 总分 row and a 注 under it. */
function withNote(note: In, outputs = 70, effects = 20) {
  return gridFromRows("绩效目标自评表", [
    ["绩效目标自评表"],
    ["资金情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
    [null, "年度资金总额:", 20, 20, 10, 1, 10],
    ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    [`产出指标(${outputs}分)`, "数量指标", "安装坡面水标尺", outputs, "≥266米", "270米", outputs],
    [`效益指标(${effects}分)`, "社会效益指标", "受益人口数", effects, "≥1000人", "1200人", effects],
    ["满意度指标(10分)", "服务对象满意度指标", "满意度", 10, "≥95%", "96%", 10],
    ["总分", null, null, 100, null, null, 100],
    [note],
  ]);
}

const NOTE = "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值";

describe("note-weights", () => {
  ruleTests("note-weights", {
    valid: [
      { name: "the table follows its note", sheets: withNote(NOTE, 50, 30) },
      { name: "no note", sheets: projectSheet() },
      { name: "a note that states no weights", sheets: withNote("注：金额单位为万元") },
      { name: "empty input: an empty note row", sheets: withNote(null) },
      { name: "profile: severity off", profile: profileWith({ severities: { "note-weights": "off" } }), sheets: withNote(NOTE) },
    ],
    invalid: [
      { name: "中江 2022: note 50 / 30, table 70 / 20", sheets: withNote(NOTE), expected: [warning("A5", "differs"), warning("A6", "differs")] },
      { name: "boundary: one group off by 0.5", sheets: withNote(NOTE.replace("产出指标50分", "产出指标49.5分"), 50, 30), expected: [warning("A5")] },
    ],
  });
});
