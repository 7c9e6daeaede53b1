import { describe, expect, it } from 'vitest';
import { asScore, parseValue } from '@/lib/pages/parse-value';

describe('parseValue: the number formats the back office prints', () => {
  it.each([
    ['4.62', { kind: 'number', value: 4.62, unit: 'plain' }],
    ['4.62分', { kind: 'number', value: 4.62, unit: 'score' }],
    ['4.62 分', { kind: 'number', value: 4.62, unit: 'score' }],
    ['４．６２分', { kind: 'number', value: 4.62, unit: 'score' }],
    ['98.50%', { kind: 'number', value: 98.5, unit: 'percent' }],
    ['0.02％', { kind: 'number', value: 0.02, unit: 'percent' }],
    ['12.3小时', { kind: 'number', value: 12.3, unit: 'hours' }],
    ['1天2小时', { kind: 'number', value: 26, unit: 'hours' }],
    ['2天', { kind: 'number', value: 48, unit: 'hours' }],
    ['45分钟', { kind: 'number', value: 0.75, unit: 'hours' }],
    ['1小时30分钟', { kind: 'number', value: 1.5, unit: 'hours' }],
    ['320单', { kind: 'number', value: 320, unit: 'count' }],
    ['1,204单', { kind: 'number', value: 1204, unit: 'count' }],
    ['--', { kind: 'empty' }],
    ['—', { kind: 'empty' }],
    ['暂无数据', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    ['NaN分', { kind: 'garbage', raw: 'NaN分' }],
    ['4.6.2', { kind: 'garbage', raw: '4.6.2' }],
    ['abc', { kind: 'garbage', raw: 'abc' }],
    ['%%', { kind: 'garbage', raw: '%%' }],
    ['-1.00分', { kind: 'garbage', raw: '-1.00分' }],
  ])('%s', (input, expected) => {
    expect(parseValue(input)).toEqual(expected);
  });

  it('accepts only 0–5 as a score, and never turns an unknown value into 0', () => {
    expect(asScore(parseValue('4.62分'))).toBe(4.62);
    expect(asScore(parseValue('0分'))).toBe(0);
    expect(asScore(parseValue('99.5分'))).toBeNull();
    expect(asScore(parseValue('98.5%'))).toBeNull();
    expect(asScore(parseValue('--'))).toBeNull();
    expect(asScore(parseValue('NaN'))).toBeNull();
  });
});
