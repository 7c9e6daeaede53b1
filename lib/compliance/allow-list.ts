import { gapBefore, type NormBuffer } from './normalise';

/**
 * Allow list: ordinary phrases that contain a lexicon term but are not a
 * claim (第一次, 最后一天发货, 治愈系…). Applied by span: a term match that
 * lies inside an allow-list match is dropped, so the longer, innocent reading
 * wins. A term that extends beyond the allow-listed phrase still fires
 * (全国第一次 is not covered by 第一次 on the left side).
 *
 * An allow-list match must not bridge characters the normaliser dropped:
 * 「质量第一。次日发货」 reads 质量第一次日发货 once punctuation is ignored,
 * and 第一次 there must not excuse 第一. The exception is a merchant phrase
 * identical to a term (a merchant who allow-lists 最好 wants it gone in every
 * spelling): such spans are added as non-bridging.
 */

export const DEFAULT_ALLOW_LIST: readonly string[] = [
  // 第一 in sequence, not rank
  '第一次', '第一天', '第一步', '第一时间', '第一件', '第一代', '第一层', '第一眼', '第一批', '第一季', '第一口', '第一单',
  // 最后 / 一天 in logistics and sequence
  '最后一天', '最后一天发货', '最后一件', '最后一步', '一天一次',
  // 最 in everyday measure words
  '最近', '最初', '最终', '最早', '最晚', '最迟', '最多', '最少', '最小', '最长', '最短',
  // ordinary vocabulary containing a lexicon term
  '治愈系', '女装', '首次购买', '首次使用', '首次下单', '国家标准', '国标', '高级感', '高级灰', '新生儿', 'qq糖',
  '卫星导航', '卫星定位', '巴氏杀菌', '超高温灭菌', '防晒因子',
  // fibre composition is a fact, not a superlative
  '100%棉', '100%纯棉', '100%真丝', '100%桑蚕丝', '100%羊毛', '100%羊绒', '100%亚麻', '100%聚酯纤维',
  // disclaimers that mention treatment in order to deny it
  '不能治疗', '不可治疗', '不能替代药品', '不能代替药物', '不能代替药品', '不可替代药品', '本品不能代替药物',
];

export interface AllowSpans {
  start: Int32Array;
  end: Int32Array;
  /** 1 when the allow match bridges dropped characters: it then excuses nothing. */
  bridging: Uint8Array;
  count: number;
}

export function createAllowSpans(capacity = 64): AllowSpans {
  return { start: new Int32Array(capacity), end: new Int32Array(capacity), bridging: new Uint8Array(capacity), count: 0 };
}

export function addAllowSpan(spans: AllowSpans, start: number, end: number, bridging: boolean): void {
  if (spans.count === spans.start.length) {
    const cap = spans.count * 2;
    const s = new Int32Array(cap);
    s.set(spans.start);
    const e = new Int32Array(cap);
    e.set(spans.end);
    const b = new Uint8Array(cap);
    b.set(spans.bridging);
    spans.start = s;
    spans.end = e;
    spans.bridging = b;
  }
  spans.start[spans.count] = start;
  spans.end[spans.count] = end;
  spans.bridging[spans.count] = bridging ? 1 : 0;
  spans.count++;
}

/** True when a match over normalised units [start, end) bridges characters the normaliser dropped. */
export function bridgesGap(buf: NormBuffer, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (gapBefore(buf, i)) return true;
  return false;
}

/** True when [start, end) (normalised units) lies inside an allowed span. */
export function isAllowed(spans: AllowSpans, start: number, end: number): boolean {
  for (let k = 0; k < spans.count; k++) {
    const s = spans.start[k]!;
    const e = spans.end[k]!;
    if (s <= start && end <= e && spans.bridging[k] === 0) return true;
  }
  return false;
}
