import { describe, expect, it } from 'vitest';
import { flat } from '@/lib/pages/kit/fold';
import { parseValue, typeValue } from '@/lib/pages/kit/values';

const parse = (s: string) => parseValue(flat(s).toLowerCase());

describe('kit values: the number formats the back office prints', () => {
  it.each([
    ['4.62', 4.62, 'plain'], ['4.62分', 4.62, 'score'], ['4.62 分', 4.62, 'score'], ['４．６２分', 4.62, 'score'],
    ['98.50%', 98.5, 'percent'], ['0.02％', 0.02, 'percent'], ['12.3小时', 12.3, 'hours'], ['1天2小时', 26, 'hours'],
    ['2天', 48, 'hours'], ['45分钟', 0.75, 'hours'], ['1小时30分钟', 1.5, 'hours'], ['320单', 320, 'count'], ['1,204单', 1204, 'count'],
  ] as const)('%s', (input, value, unit) => {
    expect(parse(input)).toMatchObject({ kind: 'number', value, unit, signed: false });
  });

  it.each(['--', '—', '暂无数据', '  '])('「%s」 is no value, never 0', (input) => {
    expect(parse(input)).toEqual({ kind: 'empty' });
  });

  it.each(['NaN分', '4.6.2', 'abc', '%%'])('「%s」 is garbage', (input) => {
    expect(parse(input).kind).toBe('garbage');
  });

  it('types a value for its slot: scores 0–5, percents 0–100, no change or negative number as either', () => {
    expect(typeValue(parse('4.62分'), 'score')).toEqual({ ok: true, value: 4.62, unit: 'score' });
    expect(typeValue(parse('0分'), 'score')).toMatchObject({ ok: true, value: 0 });
    expect(typeValue(parse('99.5分'), 'score').ok).toBe(false);
    expect(typeValue(parse('98.5%'), 'score').ok).toBe(false);
    expect(typeValue(parse('-1.00分'), 'score').ok).toBe(false);
    expect(typeValue(parse('+0.02'), 'score').ok).toBe(false);
    expect(typeValue(parse('99999%'), 'percent').ok).toBe(false);
    expect(typeValue(parse('0.85'), 'percent', 'percent')).toMatchObject({ ok: true, value: 0.85, unit: 'percent' });
    expect(typeValue(parse('--'), 'score')).toEqual({ ok: 'empty' });
  });
});
