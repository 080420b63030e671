// The source check itself: what the old rule pages claimed of 10号 fails it; true quotes pass.
import { quotesIn, quotesTen } from "../../src/engine/sources";

test("quotes are what stands in 「…」", () => {
  expect(quotesIn("甲：「一」和「二」")).toEqual(["一", "二"]);
  expect(quotesIn("no quote")).toEqual([]);
});

test("claims 10号 does not make fail; its own words pass", () => {
  for (const claim of [
    "财预〔2020〕10号 附1：超额完成的，应分析原因（指标值设定是否科学合理），不因超额完成而扣分",
    "财预〔2020〕10号 附1：「预算执行率得分 = 执行率 × 分值，执行率超过100%按100%计」",
    "财预〔2020〕10号：「不因超额完成而扣分」",
  ]) {
    expect([claim, quotesTen(claim)]).toEqual([claim, false]);
  }
  expect(quotesTen("财预〔2020〕10号：「完成指标值的，记该指标所赋全部分值」")).toBe(true);
  expect(quotesTen("表式栏目「偏差原因分析及改进措施」")).toBe(true);
});
