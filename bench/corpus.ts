/**
 * Deterministic "realistic" product copy for benchmarks: ordinary listing
 * phrases, punctuation, emoji and ASCII specs, with lexicon terms (some of
 * them disguised the way merchants disguise them) sprinkled in.
 */

import { prng } from '../tests/support/prng';

const PHRASES = [
  '夏季新款', '宽松显瘦', '纯棉面料', '透气舒适', '百搭款', '男女同款', '现货速发', '支持七天无理由退换', '尺码：S/M/L/XL',
  '颜色：黑色、白色、杏色', '产地：浙江湖州', '保质期：12个月', '规格：500g*2袋', '口感酥脆', '独立小包装', '送礼自用两相宜',
  '材质：棉95% 氨纶5%', '建议拍大一码', '机洗不变形', '做工精细', '走线整齐', '面料柔软亲肤', '上身效果很好', '日常通勤',
  '休闲百搭', '早晚温差大时搭配外套', '发货前逐件质检', '48小时内发货', '偏远地区不包邮', '有问题请联系平台客服',
  '香脆可口', '精选原料', '低温烘焙', '无添加蔗糖', '开袋即食', '办公室零食', '儿童老人都爱吃', '请存放于阴凉干燥处',
  '蓝牙5.3', '续航约30小时', 'Type-C快充', '入耳式设计', '通话降噪', '支持安卓和iOS', '充电仓小巧便携',
  '温和清洁', '适合干性肌肤', '质地清爽不油腻', '使用前请做皮肤测试', '避开眼周', '净含量：100ml',
];

const PUNCT = ['，', '。', '！', '；', ' ', '\n', '、', '～', '🔥', '✨', '【', '】', '(', ')', ' | '];

/** Ways merchants disguise a term; applied to a small share of the inserted terms. */
function disguise(term: string, rnd: () => number): string {
  const chars = Array.from(term);
  if (chars.length < 2) return term;
  const tricks = [' ', '　', '😊', '.', '\u200b', '·'];
  const sep = tricks[Math.floor(rnd() * tricks.length)]!;
  return chars.join(sep);
}

/** Build copy of at least `bytes` UTF-8 bytes; `terms` are mixed in at about one term per 40 characters. */
export function makeCorpus(bytes: number, terms: readonly string[], seed = 20261123): string {
  const rnd = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let piece: string;
    const r = rnd();
    if (r < 0.12) {
      const term = terms[Math.floor(rnd() * terms.length)]!;
      piece = rnd() < 0.2 ? disguise(term, rnd) : term;
    } else if (r < 0.45) {
      piece = PUNCT[Math.floor(rnd() * PUNCT.length)]!;
    } else {
      piece = PHRASES[Math.floor(rnd() * PHRASES.length)]!;
    }
    parts.push(piece);
    size += Buffer.byteLength(piece, 'utf8');
  }
  return parts.join('');
}

/** Split into chunks of about `size` code units without splitting a surrogate pair. */
export function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + size);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--;
    // A fresh flat string, like text that arrives in a message, not a view into the corpus.
    out.push(JSON.parse(JSON.stringify(text.slice(i, end))) as string);
    i = end;
  }
  return out;
}
