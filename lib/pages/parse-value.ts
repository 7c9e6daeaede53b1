import { z } from 'zod';

export const parsedValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.number(), unit: z.enum(['score', 'percent', 'hours', 'count', 'plain']) }),
  /** The page says there is no value (--, 暂无数据): unknown, never 0. */
  z.object({ kind: z.literal('empty') }),
  /** Something that is not a value we understand. */
  z.object({ kind: z.literal('garbage'), raw: z.string() }),
]);
export type ParsedValue = z.infer<typeof parsedValueSchema>;

const EMPTY = /^(--|-|—|——|暂无数据|暂无|无数据|无|n\/a|null|未计算|数据计算中)$/i;
const NUM = String.raw`(\d{1,7}(?:,\d{3})*(?:\.\d+)?)`;

/**
 * Parses one value as the back office prints it: 4.62, 4.62分, 98.50%, 12.3小时, 1天2小时,
 * 45分钟, 30单, --, 暂无数据. Units decide the meaning; anything else is garbage, and garbage
 * is reported as such instead of becoming a number.
 */
export function parseValue(input: string): ParsedValue {
  const raw = input.normalize('NFKC').replace(/\s+/g, '').trim();
  if (raw === '') return { kind: 'empty' };
  if (EMPTY.test(raw)) return { kind: 'empty' };
  const num = (s: string) => Number(s.replace(/,/g, ''));
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^${NUM}分$`).exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'score' };
  if ((m = new RegExp(`^${NUM}%$`).exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'percent' };
  // Durations, normalised to hours: 12.3小时, 1天2小时, 2天, 45分钟, 1小时30分钟, 12.3h
  const dur = /^(?:(\d+(?:\.\d+)?)天)?(?:(\d+(?:\.\d+)?)(?:小时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|min))?$/i.exec(raw);
  if (dur && (dur[1] || dur[2] || dur[3])) {
    const hours = Number(dur[1] ?? 0) * 24 + Number(dur[2] ?? 0) + Number(dur[3] ?? 0) / 60;
    return { kind: 'number', value: Math.round(hours * 1000) / 1000, unit: 'hours' };
  }
  if ((m = new RegExp(`^${NUM}(?:单|笔|个|次)$`).exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'count' };
  if ((m = new RegExp(`^${NUM}$`).exec(raw))) return { kind: 'number', value: num(m[1]!), unit: 'plain' };
  return { kind: 'garbage', raw: input.trim().slice(0, 40) };
}

/** A 0–5 score as printed (4.62 or 4.62分); anything else is not a score. */
export function asScore(v: ParsedValue): number | null {
  if (v.kind !== 'number' || (v.unit !== 'score' && v.unit !== 'plain')) return null;
  return v.value >= 0 && v.value <= 5 ? v.value : null;
}
