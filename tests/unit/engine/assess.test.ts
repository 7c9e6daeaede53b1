import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/engine/assess';
import { badgeFor, BADGE_COLORS } from '@/lib/engine/badge';
import { bandScore } from '@/lib/engine/bands';
import { DEFAULT_RULES } from '@/lib/rules';
import { reading } from '../factories';

const opts = { healthLine: 4.5 };

describe('assess', () => {
  it('uses every score the page shows as reported', () => {
    const a = assess(reading(), DEFAULT_RULES, opts);
    expect(a.overall).toEqual({ value: 4.31, source: 'reported', belowLine: true });
    expect(a.dimensions.map((d) => [d.label, d.value, d.source, d.belowLine])).toEqual([
      ['商品体验', 4.21, 'reported', true], ['物流体验', 4.36, 'reported', true], ['售后服务', 4.62, 'reported', false],
    ]);
  });

  it('estimates a dimension the page hides from its indicators, and says so', () => {
    const r = reading({ dimensions: [{ id: 'goods-exp', label: '商品体验', score: null }, { id: 'aftersale-svc', label: '售后服务', score: 4.62 }] });
    const a = assess(r, DEFAULT_RULES, opts);
    const goods = a.dimensions.find((d) => d.id === 'goods-exp');
    expect(goods).toMatchObject({ value: 4.21, source: 'estimated' }); // mean of 4.10 and 4.32
    expect(a.dimensions.find((d) => d.id === 'logistics-exp')).toBeUndefined(); // nothing to derive it from
  });

  it('estimates the overall score only when the page shows none', () => {
    const a = assess(reading({ overall: null }), DEFAULT_RULES, opts);
    expect(a.overall.source).toBe('estimated');
    expect(a.overall.value).toBeCloseTo((4.21 + 4.36 + 4.62) / 3, 2);
  });

  it('never turns unknown values into 0', () => {
    const r = reading({ overall: null, dimensions: [{ id: 'goods-exp', label: '商品体验', score: null }], indicators: [] });
    const a = assess(r, DEFAULT_RULES, opts);
    expect(a.overall).toEqual({ value: null, source: null, belowLine: null });
    expect(a.dimensions).toEqual([{ id: 'goods-exp', label: '商品体验', value: null, source: null, belowLine: null }]);
  });

  it('puts a failed gate first among the weakest, whatever its score', () => {
    const r = reading({
      generation: 'five',
      dimensions: [{ id: 'logistics', label: '物流', score: 4.55 }],
      indicators: [
        { id: 'abnormal-pickup', label: '异常揽收率', dimensionId: 'logistics', score: 4.9, value: 1.2, unit: 'percent', raw: '1.20%', gate: 'not-met' },
        { id: 'ship-on-time', label: '及时发货率', dimensionId: 'logistics', score: 4.2, value: 90, unit: 'percent', raw: '90%', gate: null },
      ],
    });
    const a = assess(r, DEFAULT_RULES, opts);
    expect(a.weakest.map((i) => [i.id, i.gateFailed])).toEqual([['abnormal-pickup', true], ['ship-on-time', false]]);
  });

  it('moves with the health line', () => {
    expect(assess(reading(), DEFAULT_RULES, { healthLine: 4.3 }).overall.belowLine).toBe(false);
  });
});

describe('badgeFor', () => {
  it('shows the overall score coloured by the line', () => {
    expect(badgeFor(assess(reading(), DEFAULT_RULES, opts), false)).toMatchObject({ text: '4.31', color: BADGE_COLORS.below });
    const healthy = reading({ overall: 4.62, dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.7 }] });
    expect(badgeFor(assess(healthy, DEFAULT_RULES, opts), false)).toMatchObject({ text: '4.62', color: BADGE_COLORS.good });
  });

  it('turns orange when the overall is fine but a dimension is below the line, unless switched off', () => {
    const a = assess(reading({ overall: 4.62 }), DEFAULT_RULES, opts);
    expect(badgeFor(a, false)).toMatchObject({ text: '4.62', color: BADGE_COLORS.warn });
    expect(badgeFor(a, false).title).toContain('商品体验');
    expect(badgeFor(a, false, false).color).toBe(BADGE_COLORS.good);
  });

  it('shows ? when the only reading was unreadable, and nothing before any reading', () => {
    expect(badgeFor(null, true).text).toBe('?');
    expect(badgeFor(null, false).text).toBe('');
  });
});

describe('estimation bands', () => {
  it('every default indicator has ordered bands', () => {
    for (const rule of DEFAULT_RULES.indicators) expect(rule.bands.length, rule.id).toBeGreaterThan(0);
  });

  it('scores a raw value the page shows without a score, marked as estimated', () => {
    const r = reading({
      indicators: [{ id: 'promised-ship-rate', label: '承诺发货及时率', dimensionId: 'logistics-exp', score: null, value: 96.2, unit: 'percent', raw: '96.20%', gate: null }],
      dimensions: [{ id: 'logistics-exp', label: '物流体验', score: null }],
      overall: null,
    });
    const a = assess(r, DEFAULT_RULES, opts);
    expect(a.indicators[0]).toMatchObject({ score: 4.4, scoreSource: 'estimated', belowLine: true });
    expect(a.dimensions[0]).toMatchObject({ value: 4.4, source: 'estimated' });
    expect(a.overall).toMatchObject({ value: 4.4, source: 'estimated' });
  });

  it('follows the direction: lower is better for rates and hours, higher for reply rate', () => {
    const rule = (id: string) => DEFAULT_RULES.indicators.find((i) => i.id === id)!;
    expect(bandScore(rule('reply-3min'), 80)).toBe(4.5);
    expect(bandScore(rule('reply-3min'), 79.9)).toBeLessThan(4.5);
    expect(bandScore(rule('refund-only-duration'), 10)).toBe(5);
    expect(bandScore(rule('refund-only-duration'), 100)).toBeLessThan(4.5);
    expect(bandScore(rule('refund-only-duration'), null)).toBeNull();
  });
});
