/**
 * Typed values as the back office prints them. A value is parsed from the text that a label
 * governs (possibly several adjacent text nodes merged: `1.05` + `%`, `4` + `.62` + `分`) and is
 * then checked against the type of the slot it is offered to. A value of the wrong type is a
 * problem to report, never a number to show.
 */
export type ValueUnit = 'score' | 'percent' | 'hours' | 'count' | 'plain';

export type Value =
  | { kind: 'number'; value: number; unit: ValueUnit; signed: boolean }
  /** The page says there is no value (--, 暂无数据): unknown, never 0. */
  | { kind: 'empty' }
  | { kind: 'garbage'; raw: string };

export const EMPTY_WORDS = ['--', '-', '—', '——', '暂无数据', '暂无', '无数据', 'n/a', 'na', 'null', '未计算', '数据计算中', '计算中', '/'];
const EMPTY = new Set(EMPTY_WORDS);

const NUM = String.raw`[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d+)?`;
const RE_SCORE = new RegExp(`^(${NUM})分$`);
const RE_PERCENT = new RegExp(`^(${NUM})%$`);
const RE_COUNT = new RegExp(`^(${NUM})(?:单|笔|个|次|件|条|人)$`);
const RE_PLAIN = new RegExp(`^(${NUM})$`);
const RE_DURATION = /^(?:(\d+(?:\.\d+)?)天)?(?:(\d+(?:\.\d+)?)(?:小时|h|hr|时))?(?:(\d+(?:\.\d+)?)(?:分钟|min|分(?!$)))?$/i;

function num(s: string): number {
  return Number(s.replace(/,/g, '').replace('−', '-'));
}

/** Parses one value, already flattened (see fold.ts `flat`). */
export function parseValue(text: string): Value {
  const raw = text.toLowerCase();
  if (raw === '' || EMPTY.has(raw)) return { kind: 'empty' };
  let m: RegExpExecArray | null;
  const signed = /^[+\-−]/.test(raw);
  if ((m = RE_SCORE.exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'score', signed };
  if ((m = RE_PERCENT.exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'percent', signed };
  if ((m = RE_COUNT.exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'count', signed };
  if ((m = RE_PLAIN.exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'plain', signed };
  const d = RE_DURATION.exec(raw.replace(/^[+\-−]/, ''));
  if (d && (d[1] || d[2] || d[3])) {
    const hours = Number(d[1] ?? 0) * 24 + Number(d[2] ?? 0) + Number(d[3] ?? 0) / 60;
    return { kind: 'number', value: Math.round(hours * 1000) / 1000, unit: 'hours', signed };
  }
  return { kind: 'garbage', raw: text.slice(0, 40) };
}

/** What a slot accepts. `index` is a bare number (物流竞争力 0.96). */
export type SlotType = 'score' | 'percent' | 'hours' | 'count' | 'index';

export type Typed = { ok: true; value: number; unit: ValueUnit } | { ok: false; why: string } | { ok: 'empty' };

/** The slot a rule-pack unit reads into: the rule pack's `unit` names the type a value must have. */
export const SLOT_OF_UNIT: Readonly<Record<'percent' | 'hours' | 'count' | 'index' | 'score', SlotType>> = { percent: 'percent', hours: 'hours', count: 'count', index: 'index', score: 'score' };

const TYPE_NAMES: Record<SlotType, string> = { score: '分数', percent: '百分比', hours: '时长', count: '数量', index: '数值' };

/**
 * Does this value fit the slot? `unitHint` is the unit a column header states (「指标值(%)」),
 * which lets a bare number stand for that unit. Deltas (+0.02) never fit any slot.
 */
export function typeValue(v: Value, slot: SlotType, unitHint: ValueUnit | null = null): Typed {
  if (v.kind === 'empty') return { ok: 'empty' };
  if (v.kind === 'garbage') return { ok: false, why: `不是有效的${TYPE_NAMES[slot]}` };
  if (v.signed) return { ok: false, why: '是变化量，不是指标本身' };
  const unit = v.unit === 'plain' && unitHint ? unitHint : v.unit;
  const fail = (why = `不是${TYPE_NAMES[slot]}`): Typed => ({ ok: false, why });
  switch (slot) {
    case 'score':
      if (unit !== 'score' && unit !== 'plain') return fail();
      return v.value >= 0 && v.value <= 5 ? { ok: true, value: v.value, unit: 'score' } : fail('超出 0–5 分');
    case 'percent':
      if (unit !== 'percent') return fail();
      return v.value >= 0 && v.value <= 100 ? { ok: true, value: v.value, unit: 'percent' } : fail('超出 0–100%');
    case 'hours':
      if (unit !== 'hours') return fail();
      return v.value >= 0 && v.value <= 24 * 366 ? { ok: true, value: v.value, unit: 'hours' } : fail('时长不合理');
    case 'count':
      if (unit !== 'count' && unit !== 'plain') return fail();
      return Number.isInteger(v.value) && v.value >= 0 && v.value <= 1e9 ? { ok: true, value: v.value, unit: 'count' } : fail();
    case 'index':
      if (unit !== 'plain') return fail();
      return v.value >= 0 && v.value <= 1e6 ? { ok: true, value: v.value, unit: 'plain' } : fail();
  }
}

/** The unit a header or label states in brackets: 指标值(%) / 时长(小时) / 订单(单). */
export function unitHintOf(folded: string): ValueUnit | null {
  if (/\(%\)|（%）|%$/.test(folded)) return 'percent';
  if (/\((小时|h|天)\)/.test(folded)) return 'hours';
  if (/\((单|笔|个)\)/.test(folded)) return 'count';
  if (/\(分\)/.test(folded)) return 'score';
  return null;
}
