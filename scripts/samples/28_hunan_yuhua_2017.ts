// Real table r22 (湖南 长沙 雨花区, 长沙市雨花现代电子商务物流管理委员会, 雨花区2017年度部门(单位)整体支出
// 绩效评价自评报告 with its 附件1 部门整体支出绩效评价指标表, 报告日期 2018年3月29日, 雨花区财政局(制); a .doc
// shared on a document site, https://m.wenku365.com/p-28985202.html, 时间 2018-12-15). The 部门整体 scoring
// sheet of 湖南's 区 level, unlike fixture 05's 岳阳 评分表:
// - the report's cover first, in the same sheet: 雨花区2017年度部门(单位)整体支出绩效评价自评报告 /
//   部门(单位)名称 … / 预算编码 088001 / 报告日期:2018年3月29日 / 雨花区财政局(制), then 附件1;
// - a 分值 column after EACH level: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 |
//   指标说明 | 得分 — three 分值 columns, and the 得分 last;
// - the weights written as numbers of their own (投入 13, 预算配置 13, 过程 61, 预算执行 20), not as (xx分);
// - 评价标准 (the banded rule) and 指标说明 (the formula) as two text columns; no 年度指标值, no 实际完成值:
//   the scores rest on figures the sheet does not hold;
// - the page's own slip kept: “在公经费”变动率 in the 指标说明 of the “三公经费”变动率 row.
// The page runs the cells together; each is placed in the column of its header. The page stops in the
// 指标说明 of the fourth row (预算控制率, its 得分 not shown): the sheet stops after the third, the last whole
// row.
import type { WorkbookSpec } from "./types";

const SHEET = "部门整体支出绩效评价指标表";

export const hunanYuhua2017: WorkbookSpec = {
  file: "28_hunan_yuhua_2017.xlsx",
  dir: "test/fixtures",
  source: "real table r22 (湖南 长沙 雨花区 2017 部门整体支出绩效评价指标表, with the report's cover), a 分值 column after each level, as published; ends after the third row",
  sheets: [
    {
      name: SHEET,
      widths: [8, 6, 10, 6, 16, 6, 40, 44, 6],
      titleRows: [1, 8],
      rows: [
        /* 1 */ ["雨花区2017年度部门(单位)整体支出绩效评价自评报告"],
        /* 2 */ [],
        /* 3 */ ["部门(单位)名称", null, null, "长沙市雨花现代电子商务物流管理委员会"],
        /* 4 */ ["预算编码", null, null, "088001"],
        /* 5 */ ["报告日期:2018年3月29日"],
        /* 6 */ ["雨花区财政局(制)"],
        /* 7 */ ["附件1"],
        /* 8 */ ["部门整体支出绩效评价指标表"],
        /* 9 */ ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标说明", "得分"],
        /* 10 */ [
          "投入",
          13,
          "预算配置",
          13,
          "在职人员控制率",
          5,
          "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。",
          "在职人员控制率=(在职人员数/编制数)×100%,在职人员数:部门(单位)实际在职人数,以财政局确定的部门决算编制口径为准。编制数:机构编制部门核定批复的部门(单位)的人员编制数。",
          5,
        ],
        /* 11 */ [
          null,
          null,
          null,
          null,
          "“三公经费”变动率",
          8,
          "“三公经费”变动率≦0,计8分;“三公经费”>0,每超过一个百分点扣0.8分,扣完为止。",
          "“在公经费”变动率=[(本年度“三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数]×100%",
          8,
        ],
        /* 12 */ [
          "过程",
          61,
          "预算执行",
          20,
          "预算完成率",
          5,
          "100%计满分,每低于5%扣2分,扣完为止。",
          "预算完成率=(上年结转+年初预算+本年追加预算-年末结余/上年结转+年初预算+本年追加预算)×100%。",
          0,
        ],
      ],
      merges: ["A1:I1", "A3:C3", "D3:I3", "A4:C4", "D4:I4", "A5:I5", "A6:I6", "A8:I8", "A10:A11", "B10:B11", "C10:C11", "D10:D11"],
      tables: ["A9:I12"],
      left: ["G10:H12"],
    },
  ],
  expected: {
    profile: "default",
    templates: [],
    skippedSheets: [SHEET],
    findings: [],
    infosComplete: true,
    error: "no template recognised",
    notes: [
      "Not a 自评表 SelfEval checks: the 评分表 family (fixture 05) scores the unit against banded rules on figures that live elsewhere (the 基础数据表 and the accounts), and has no 年度指标值 or 实际完成值 column to read. Its three 分值 columns, 三级指标 and 得分 must not make it bind as an indicator block: the sheet is skipped, and with no other sheet the CLI refuses the file (exit 2, no template recognised) as for not_template. SelfEval was right on this table before any change.",
      "What the sheet shows, for a reader: 投入 13 = 预算配置 13 = 在职人员控制率 5 + “三公经费”变动率 8, scored 5 and 8; 过程 61 of which 预算执行 20, its first row 预算完成率 scored 0 of 5 under 100%计满分,每低于5%扣2分 (a rate under 90%, or the unit's own reading, which the sheet cannot show).",
    ].join(" "),
  },
};
