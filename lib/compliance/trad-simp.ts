/**
 * Traditional → simplified folding for the characters that occur in the
 * lexicon terms and in the engine's own phrases (allow list, notices,
 * parameters). Merchants write 治療 / 醫療 / 減肥 to slip past filters that
 * only know the simplified form.
 *
 * Deliberately small and one-to-one: a full OpenCC conversion would need
 * phrase tables, and we only need to fold characters onto the forms the
 * lexicon is written in. Pairs were checked against OpenCC's character list
 * (Apache-2.0). Traditional forms that are also ordinary simplified
 * characters (著, 乾, 覆, 像, 俱, 瞭, 昇…) are left out on purpose, because
 * folding them would corrupt correct simplified text (著名 must stay 著名).
 *
 * Format: pairs of characters, traditional first.
 */
const PAIRS =
  '與与專专業业絲丝個个箇个豐丰書书買买虧亏產产僅仅價价優优會会傳传傷伤倫伦體体關关養养內内軍军決决淨净準准減减幾几兇凶擊击' +
  '創创製制劑剂勞劳區区醫医韆千華华協协單单賣卖衛卫壓压雙双發发髮发臺台檯台颱台號号後后嚮向曏向週周團团糰团國国圖图壞坏壯壮' +
  '處处備备復复複复獎奖妝妆學学寶宝傢家對对導导壽寿爾尔層层屬属峯峰巔巅鉅巨幣币師师帶带蓆席幹干榦干慶庆張张彈弹強强徹彻憶忆驚惊' +
  '癒愈擾扰搶抢護护報报攏拢擋挡損损換换數数敵敌斷断無无時时術术機机殺杀來来鬆松極极構构樞枢標标樣样檔档檢检樓楼歡欢氣气漢汉' +
  '沒没測测潤润漲涨滲渗濕湿溼湿滿满滅灭靈灵災灾點点燒烧熱热愛爱狀状獨独現现療疗瘡疮瘋疯癥症皺皱碼码確确礙碍禿秃種种祕秘紅红' +
  '纖纤縴纤級级純纯紋纹線线細细終终經经結结繞绕絕绝維维緩缓締缔網网羣群翹翘膚肤腎肾腫肿膽胆脈脉腦脑腳脚脫脱臉脸緻致藝艺節节' +
  '薦荐藥药葯药獲获穫获矇蒙濛蒙懞蒙補补見见計计記记論论評评試试調调謝谢負负財财質质購购貴贵費费資资賴赖賺赚贈赠轉转軸轴闢辟' +
  '過过運运進进適适選选遙遥採采鉛铅銷销錯错鎮镇長长門门閃闪問问陽阳陰阴際际陳陈險险隨随難难靜静麪面麵面韓韩頂顶預预領领題题' +
  '風风馬马馳驰驅驱驗验鵲鹊黃黄癬癣蟎螨們们貨货裝装認认證证際际齡龄廠厂溫温顏颜讓让這这為为爲为從从說说東东車车電电腦脑' +
  '號号碼码頭头離离總总廣广';

/** Map from a traditional code unit to its simplified code unit. */
export const TRAD_TO_SIMP: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    map.set(PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1));
  }
  return map;
})();
