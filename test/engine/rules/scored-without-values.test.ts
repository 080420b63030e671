// scored-without-values: a weight and a score but no target and no result: error at the target cell.
import { chongqing, error, oneIndicator, pct, profileWith, projectSheet, ruleTests, run } from "./helpers";

describe("scored-without-values", () => {
  ruleTests("scored-without-values", {
    valid: [
      { name: "a complete project", sheets: projectSheet() },
      { name: "target only (the result is missing: value-unparsed's matter)", sheets: oneIndicator({ target: "≥100人次", actual: null, score: 10 }) },
      { name: "result only", sheets: oneIndicator({ target: null, actual: "105人次", score: 10 }) },
      { name: "empty input: nothing but the name", sheets: oneIndicator({ target: null, actual: null, weight: null, score: null }) },
      { name: "a weight and no score (nothing was scored)", sheets: oneIndicator({ target: null, actual: null, score: null }) },
      { name: "boundary: a blank-looking target holding a space is still blank, but the score is text", sheets: oneIndicator({ target: " ", actual: null, score: "十" }) },
      { name: "profile: severity off", profile: profileWith({ severities: { "scored-without-values": "off" } }), sheets: oneIndicator({ target: null, actual: null, score: 10 }) },
    ],
    invalid: [
      { name: "full score with blank target and result", sheets: oneIndicator({ target: null, actual: null, score: 10 }), expected: [error("D9", "empty")] },
      { name: "boundary: a score of 0 is a score", sheets: oneIndicator({ target: null, actual: null, score: 0 }), expected: [error("D9")] },
      { name: "the official 指标2 row, filled with a weight and a score only", sheets: oneIndicator({ name: "指标2", target: " ", actual: " ", score: 10 }), expected: [error("D9")] },
    ],
  });
});

test("the message names the form's own columns: 年初指标值 and 全年完成值 on the 重庆 form", () => {
  const [found] = run(chongqing([["“三公”经费变动率", null, null, pct(1, "0%"), 2, 2]])).filter((f) => f.rule === "scored-without-values");
  expect(found).toMatchObject({ cell: "E6", data: { targetLabel: "年初指标值", actualLabel: "全年完成值" } });
  // The 10号 form's words where its columns are named so.
  const [tenForm] = run(oneIndicator({ target: null, actual: null, score: 10 })).filter((f) => f.rule === "scored-without-values");
  expect(tenForm.data).toMatchObject({ targetLabel: "年度指标值", actualLabel: "实际完成值" });
});
