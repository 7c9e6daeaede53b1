import type { Field, Finding, ListingCategory } from './finding';

/**
 * Structural listing rules: field length, required notices, keyword
 * stuffing in the title and missing buyer parameters.
 *
 * Category claims (食品 + 减肥 / 降血压, 化妆品 + naming-rule terms, ordinary
 * goods + medical wording) are not here: they are lexicon entries scoped to
 * a category (see lexicon.ts applicableScope) and are reported with rule ids
 * `claim/<category>/<kind>` (category rows) or `word/<kind>` (global rows).
 *
 * Notice and parameter phrases are matched by the same automaton as the
 * lexicon (see matcher.ts), so these rules cost no extra pass over the text.
 */

/** Width limits, counting CJK and other non-ASCII characters as 2 and ASCII as 1 (DOMAIN §3.4). */
export const FIELD_LIMITS: Readonly<Record<Field, number>> = {
  title: 60, // 「最多输入30个汉字（60个字符）」
  shortTitle: 20, // 2–10 汉字
  sellingPoint: 24, // 4–12 汉字
  detail: 2000, // details: 1–1000 汉字 (2000 characters)
};

const FIELD_NAMES: Readonly<Record<Field, string>> = {
  title: '标题',
  shortTitle: '短标题',
  sellingPoint: '卖点',
  detail: '详情文字',
};

/** True when text[i] is a high surrogate followed by a low one: the pair is one character. */
function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}

/** Width as the back office counts it: ASCII 1, every other character (汉字, full-width, emoji) 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) {
      w += 1;
    } else {
      w += 2;
      if (isPairAt(text, i)) i++;
    }
  }
  return w;
}

const PREVIEW = 40;

/** text[start, end), shortened to about 40 code units plus … (never splitting a surrogate pair). */
export function preview(text: string, start: number, end: number): string {
  if (end - start <= PREVIEW) return text.slice(start, end);
  let cut = start + PREVIEW;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${text.slice(start, cut)}…`;
}

/** Width and first overflowing offset of a whole string (used when the normaliser saw only part of it). */
export function measureWidth(text: string, limit: number): { width: number; overflowAt: number } {
  let width = 0;
  let overflowAt = -1;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    width += c > 0x7f ? 2 : 1;
    if (overflowAt < 0 && width > limit) overflowAt = i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) i++;
    }
  }
  return { width, overflowAt };
}

/**
 * Finding for a field wider than its limit. `width` and `overflowAt` come
 * from the normaliser's pass (or measureWidth) so the text is not rescanned.
 */
export function lengthFinding(field: Field, text: string, width: number, overflowAt: number): Finding | null {
  const limit = FIELD_LIMITS[field];
  if (width <= limit || overflowAt < 0) return null;
  return {
    start: overflowAt,
    end: text.length,
    field,
    text: preview(text, overflowAt, text.length),
    ruleId: `listing/${field}-length`,
    kind: 'length',
    severity: 'medium',
    reason: `${FIELD_NAMES[field]}最多${limit / 2}个汉字（${limit}个字符，汉字计2、字母数字计1），当前约${width}个字符，超出部分无法提交或会被截断。`,
    replacements: [],
    advice: [`删减到${limit}个字符以内，优先保留品牌、品类和核心卖点`],
  };
}

// ---------------------------------------------------------------- notices

export type NoticeKind = 'medicine-disclaimer';

/**
 * Variants of 「…不能替代药品」 / 「本品不能代替药物」. Both the NMPA cosmetics
 * notice and the 保健食品 statement share this core, so one set serves both.
 */
export const NOTICE_PHRASES: readonly string[] = (() => {
  const out: string[] = [];
  for (const neg of ['不能', '不可', '不得', '无法', '不可以']) {
    for (const verb of ['替代', '代替', '取代']) {
      for (const obj of ['药品', '药物']) out.push(neg + verb + obj);
    }
  }
  return out;
})();

export function noticeFinding(category: ListingCategory, hasDisclaimer: boolean): Finding | null {
  if (hasDisclaimer) return null;
  if (category === 'cosmetics') {
    return {
      start: 0,
      end: 0,
      field: 'detail',
      text: '',
      ruleId: 'notice/cosmetics',
      kind: 'notice',
      severity: 'low',
      reason:
        '化妆品详情页通常要展示国家药监局的消费提示，说明化妆品不能替代药品、不能治疗皮肤病。详情文字中没有找到类似表述（如果提示放在图片里，可以忽略）。',
      replacements: [],
    advice: ['在详情中加入：国家药监局提示您：请正确认识化妆品功效，化妆品不能替代药品，不能治疗皮肤病等疾病。'],
    };
  }
  if (category === 'health') {
    return {
      start: 0,
      end: 0,
      field: 'detail',
      text: '',
      ruleId: 'notice/health-food',
      kind: 'notice',
      severity: 'medium',
      reason:
        '《广告法》第十八条和保健食品广告审查规定要求保健食品显著标明“本品不能代替药物”，详情文字中没有找到（药品、医疗器械或提示放在图片里时可以忽略）。',
      replacements: [],
    advice: ['在详情显著位置加入：本品不能代替药物'],
    };
  }
  return null;
}

// ---------------------------------------------------------------- buyer parameters

export type ParamKey = 'material' | 'size' | 'shelfLife' | 'origin';

export const PARAM_KEYWORDS: Readonly<Record<ParamKey, readonly string[]>> = {
  material: ['材质', '面料', '成分', '材料', '含量'],
  size: ['尺码', '尺寸', '码数', '码表', '规格'],
  shelfLife: ['保质期', '保存期', '有效期', '保鲜期'],
  origin: ['产地', '原产地', '生产地', '产区', '厂址', '生产厂家'],
};

export const PARAM_KEYS = Object.keys(PARAM_KEYWORDS) as ParamKey[];

const REQUIRED_PARAMS: Readonly<Partial<Record<ListingCategory, readonly ParamKey[]>>> = {
  apparel: ['material', 'size'],
  food: ['shelfLife', 'origin'],
};

const PARAM_TEXT: Readonly<Record<ParamKey, { name: string; why: string; fix: string }>> = {
  material: {
    name: '材质',
    why: '服饰买家主要靠材质（面料成分）判断是否合适，缺失时容易因“与描述不符”产生退货和差评。',
    fix: '写明面料成分，如：棉95% 氨纶5%',
  },
  size: {
    name: '尺码',
    why: '服饰缺少尺码信息是退换货的常见原因，会拉低商品体验分。',
    fix: '附上尺码表或写明各尺码的身高、体重建议',
  },
  shelfLife: {
    name: '保质期',
    why: '食品应让买家看到保质期，缺失会引发咨询和售后纠纷，也是食品标签的基本信息。',
    fix: '写明保质期，如：保质期12个月',
  },
  origin: {
    name: '产地',
    why: '食品买家关心产地，写清楚可以减少咨询和“与描述不符”的售后。',
    fix: '写明产地，如：产地：云南普洱',
  },
};

/** Low-severity hints for parameters the detail never mentions; `found` holds those it does mention. */
export function paramFindings(category: ListingCategory, found: ReadonlySet<ParamKey>): Finding[] {
  const required = REQUIRED_PARAMS[category];
  if (!required) return [];
  const out: Finding[] = [];
  for (const key of required) {
    if (found.has(key)) continue;
    const t = PARAM_TEXT[key];
    out.push({
      start: 0,
      end: 0,
      field: 'detail',
      text: '',
      ruleId: `param/${key}`,
      kind: 'missing-info',
      severity: 'low',
      reason: `详情文字中没有找到“${t.name}”。${t.why}`,
      replacements: [],
    advice: [t.fix],
    });
  }
  return out;
}

// ---------------------------------------------------------------- title repetition

const MAX_REPEAT_SCAN = 200;
const MAX_WORD = 8;
const MIN_REPEATS = 3;

function isHan(u: number): boolean {
  return (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);
}

// Open-addressing table for hasTripleBigram: a title has at most 199 bigrams,
// so 512 slots stay under 40 % full. A slot is live when its stamp is the
// current call's, so nothing is cleared between calls.
const BIGRAM_SLOTS = 512;
const bigramKey = new Uint32Array(BIGRAM_SLOTS);
const bigramCount = new Uint8Array(BIGRAM_SLOTS);
const bigramStamp = new Uint32Array(BIGRAM_SLOTS);
let stamp = 0;

/** Whether any Han bigram occurs 3+ times (overlaps allowed): a necessary condition for a repeated word. */
function hasTripleBigram(units: Uint16Array, len: number): boolean {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    bigramStamp.fill(0);
    stamp = 1;
  }
  for (let i = 0; i + 1 < len; i++) {
    const a = units[i]!;
    const b = units[i + 1]!;
    if (!isHan(a) || !isHan(b)) continue;
    const key = ((a << 16) | b) >>> 0;
    let slot = Math.imul(key, 0x9e3779b1) >>> 23; // top 9 bits: 0 … 511
    for (;;) {
      if (bigramStamp[slot] !== stamp) {
        bigramStamp[slot] = stamp;
        bigramKey[slot] = key;
        bigramCount[slot] = 1;
        break;
      }
      if (bigramKey[slot] === key) {
        if (++bigramCount[slot]! >= MIN_REPEATS) return true;
        break;
      }
      slot = (slot + 1) & (BIGRAM_SLOTS - 1);
    }
  }
  return false;
}

export interface RepeatedWord {
  word: string;
  /** Normalised unit offsets of each non-overlapping occurrence. */
  positions: number[];
}

/**
 * Words of 2+ Han characters that occur 3+ times (non-overlapping) in the
 * normalised title. Longer words win: once 连衣裙 is reported, 连衣 and 衣裙
 * are not reported again.
 */
export function repeatedWords(units: Uint16Array, length: number): RepeatedWord[] {
  const len = Math.min(length, MAX_REPEAT_SCAN);
  const found: RepeatedWord[] = [];
  if (!hasTripleBigram(units, len)) return found; // the usual case, decided without building strings
  for (let n = Math.min(MAX_WORD, Math.floor(len / MIN_REPEATS)); n >= 2; n--) {
    const seen = new Map<string, number[]>();
    for (let i = 0; i + n <= len; i++) {
      let ok = true;
      for (let k = i; k < i + n; k++) {
        if (!isHan(units[k]!)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const word = String.fromCharCode(...units.subarray(i, i + n));
      const positions = seen.get(word);
      if (!positions) seen.set(word, [i]);
      else if (i >= positions[positions.length - 1]! + n) positions.push(i);
    }
    for (const [word, positions] of seen) {
      if (positions.length < MIN_REPEATS) continue;
      if (found.some((f) => f.word.includes(word))) continue;
      found.push({ word, positions });
    }
  }
  return found;
}

export function repetitionFinding(
  original: string,
  word: RepeatedWord,
  start: number,
  end: number,
): Finding {
  return {
    start,
    end,
    field: 'title',
    text: preview(original, start, end),
    ruleId: 'listing/title-repeat',
    kind: 'repetition',
    severity: 'low',
    reason: `“${word.word}”在标题中出现了${word.positions.length}次。重复堆砌关键词会被视为标题不规范，影响搜索展示，也浪费标题字数。`,
    replacements: [],
    advice: [`只保留一次“${word.word}”，用省下的字数写材质、风格或适用场景`],
    term: word.word,
  };
}
