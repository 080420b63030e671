// What the sample tables share because they are copies of one official form: the merged areas of
// the form's head, the number formats, and the template's own prompt text.

export const TWO = "0.00";
export const PCT = "0.00%";

/** 财预〔2020〕10号 项目支出绩效自评表, columns A–I: title, 项目名称/主管部门, funds block (rows 5–9), goals (10–11). */
export const TEN_HEAD_MERGES: readonly string[] = [
  "A1:I1",
  "A2:I2",
  "A3:B3",
  "C3:I3",
  "A4:B4",
  "C4:E4",
  "F4:G4",
  "H4:I4",
  "A5:A9",
  ...[5, 6, 7, 8, 9].map((r) => `H${r}:I${r}`),
  "A10:A11",
  "B10:E10",
  "F10:I10",
  "B11:E11",
  "F11:I11",
];

/** 四川 部门预算项目支出绩效自评表 (510000_0013zp), columns A–K: title, 项目名称/主管部门, 项目基本情况 (rows 5–6). */
export const SICHUAN_HEAD_MERGES: readonly string[] = ["A1:K1", "A2:K2", "B3:K3", "B4:E4", "F4:G4", "H4:K4", "A5:A6", "B5:C5", "D5:G5", "H5:K5", "B6:K6"];

/** The template's own instruction text, left in the 原因 cell instead of a reason. */
export const SICHUAN_REASON_PROMPT =
  "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款.";
