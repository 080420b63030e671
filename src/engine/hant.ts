// Traditional characters read as simplified, for the labels and result words the checks match.
// Mirrors of published tables (and some users' settings) render them in traditional characters:
// 年度資金總額, 實際完成值, 達成. Only the characters the glossary and the value words use are
// mapped; everything else passes through unchanged.

const PAIRS =
  "萬万專专個个為为爲为鄉乡於于產产億亿價价體体餘余養养冊册寫写決决況况準准減减劃划務务單单厲厉縣县發发號号後后員员國国場场塊块處处備备復复複复頭头實实審审對对幣币應应張张當当總总執执護护報报擬拟撥拨據据數数無无時时顯显暫暂權权條条標标棟栋欄栏樓楼環环電电種种稱称類类係系約约級级組组經经結结統统績绩維维綜综編编職职聯联節节補补規规計计論论設设評评訴诉話话說说請请課课調调負负財财責责質质購购費费資资車车轉转輪轮較较輛辆達达過过運运進进適适採采裡里裏里針针鐘钟錯错鎮镇長长門门問问間间際际頃顷項项預预題题額额館馆畝亩噸吨點点滿满離离礎础獨独開开關关會会營营業业與与興兴臺台檯台齊齐參参歲岁義义務务衛卫響响驗验認认証证證证並并圍围勵励學学機机構构廣广礙碍齡龄勞劳動动衝冲範范輔辅導导彙汇匯汇覽览簡简題题屆届態态狀状貨货驅驱貧贫鄉乡貼贴傳传區区縣县產产幫帮廳厅級级礦矿漁渔險险廢废災灾農农術术";

const MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  return map;
})();

/** The text with the mapped traditional characters replaced by their simplified forms. */
export function toSimplified(text: string): string {
  let out = "";
  let changed = false;
  for (const ch of text) {
    const s = MAP.get(ch);
    if (s) changed = true;
    out += s ?? ch;
  }
  return changed ? out : text;
}
