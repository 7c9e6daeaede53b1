import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/engine/assess';
import { diagnose } from '@/lib/engine/diagnose';
import { goodNeeded, whatIf } from '@/lib/engine/what-if';
import { readScorePage } from '@/tests/support/readers';
import { DEFAULT_RULES, GUIDES } from '@/lib/rules';
import { fixtureDocument } from '../helpers';
import { reading } from '../factories';

const url = new URL('https://s.kwaixiaodian.com/zone/experience/score');

describe('diagnose', () => {
  it('lists dimensions below the line first, each followed by its failing indicators, ranked by gain', async () => {
    const a = assess(readScorePage(await fixtureDocument('score-three'), url, DEFAULT_RULES), DEFAULT_RULES, { healthLine: 4.5 });
    const d = diagnose(a, DEFAULT_RULES);
    expect(d.overallBelow).toBe(true);
    expect(d.dimensionsBelow).toEqual(['goods-exp', 'logistics-exp']); // 4.21 is further from 4.5 than 4.36
    expect(d.actions.map((x) => x.label)).toEqual([
      '商品体验', '商品品质退款率', '商品质量差评率',
      '物流体验', '发签配送时长', '物流竞争力', '承诺发货及时率', '物流负向投诉率',
    ]);
    const refund = d.actions.find((x) => x.indicatorId === 'quality-refund-rate');
    expect(refund?.guideUrl).toBe(GUIDES.qualityRefund);
    expect(refund?.tools).toContain('运费险');
  });

  it('flags a failed gate whatever its score', () => {
    const a = assess(reading({
      generation: 'five', overall: 4.7,
      dimensions: [{ id: 'logistics', label: '物流', score: 4.7 }],
      indicators: [{ id: 'abnormal-pickup', label: '异常揽收率', dimensionId: 'logistics', score: 4.9, value: 1.2, unit: 'percent', raw: '1.20%', gate: 'not-met' }],
    }), DEFAULT_RULES, { healthLine: 4.5 });
    const d = diagnose(a, DEFAULT_RULES);
    expect(d.actions).toHaveLength(1);
    expect(d.actions[0]).toMatchObject({ indicatorId: 'abnormal-pickup', gateFailed: true, guideUrl: GUIDES.pickup });
  });

  it('is empty for a healthy shop, and moves with the line', () => {
    const r = reading({ overall: 4.8, dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.55 }], indicators: [] });
    expect(diagnose(assess(r, DEFAULT_RULES, { healthLine: 4.5 }), DEFAULT_RULES).actions).toEqual([]);
    expect(diagnose(assess(r, DEFAULT_RULES, { healthLine: 4.6 }), DEFAULT_RULES).dimensionsBelow).toEqual(['goods-exp']);
  });

  it('lists partner merchants below the line, lowest first', () => {
    const a = assess(reading(), DEFAULT_RULES, { healthLine: 4.5 });
    const d = diagnose(a, DEFAULT_RULES, [{ name: 'A', score: 4.8 }, { name: 'B', score: 4.49 }, { name: 'C', score: 4.2 }, { name: 'D', score: null }]);
    expect(d.partnersBelow.map((p) => p.name)).toEqual(['C', 'B']);
  });
});

describe('what-if', () => {
  it('at an 80 % target one bad rating takes four good ones', () => {
    expect(goodNeeded(0, 1, 0.8)).toBe(4);
  });

  it.each([
    [80, 100, 0.8, 0], // already there
    [70, 100, 0.8, 50], // (80 − 70) / 0.2
    [724, 1000, 0.8, 380],
    [95, 100, 0.99, 400],
  ])('g=%i n=%i t=%f needs %i', (g, n, t, x) => {
    expect(goodNeeded(g, n, t)).toBe(x);
    if (x > 0) expect((g + x) / (n + x)).toBeGreaterThanOrEqual(t);
    if (x > 0) expect((g + x - 1) / (n + x - 1)).toBeLessThan(t);
  });

  it('refuses impossible or nonsensical inputs instead of inventing a number', () => {
    expect(goodNeeded(5, 10, 1)).toBeNull();
    expect(goodNeeded(11, 10, 0.8)).toBeNull();
    expect(goodNeeded(-1, 10, 0.8)).toBeNull();
    expect(goodNeeded(Number.NaN, 10, 0.8)).toBeNull();
  });

  it('shows what raising one indicator does to its dimension and the overall score', () => {
    const a = assess(reading(), DEFAULT_RULES, { healthLine: 4.5 });
    const r = whatIf(a, DEFAULT_RULES, 'quality-refund-rate', 4.6)!;
    expect(r.dimensionBefore).toBe(4.21);
    expect(r.dimensionAfter).toBe(4.46); // +0.5 × ½
    expect(r.overallAfter).toBeCloseTo(4.31 + 0.25 / 3, 2);
  });
});

describe('rule pack validity', () => {
  it('rejects a pack whose indicator names an unknown dimension, a duplicate id, or bands out of order', async () => {
    const { rulePackSchema } = await import('@/lib/rules/schema');
    const base = { version: 1, dimensions: DEFAULT_RULES.dimensions, indicators: DEFAULT_RULES.indicators };
    expect(rulePackSchema.safeParse(base).success).toBe(true);
    const ind = DEFAULT_RULES.indicators[0]!;
    expect(rulePackSchema.safeParse({ ...base, indicators: [...base.indicators, { ...ind, id: 'x', dimension: 'nope' }] }).success).toBe(false);
    expect(rulePackSchema.safeParse({ ...base, indicators: [...base.indicators, ind] }).success).toBe(false);
    expect(rulePackSchema.safeParse({ ...base, indicators: [{ ...ind, bands: [...ind.bands].reverse() }] }).success).toBe(false);
  });

  it('gives every indicator a guide link and advice, and every gate is marked', () => {
    for (const i of DEFAULT_RULES.indicators) {
      expect(i.guideUrl, i.id).toMatch(/^https:\/\/(edu|university)\.(kwaixiaodian|kuaishou)\.com\//);
      expect(i.advice.length, i.id).toBeGreaterThan(10);
    }
    expect(DEFAULT_RULES.indicators.filter((i) => i.kind === 'gate').map((i) => i.id).sort()).toEqual(['abnormal-pickup', 'merchant-dispute']);
  });
});
