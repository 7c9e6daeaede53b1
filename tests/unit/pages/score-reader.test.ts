import { describe, expect, it } from 'vitest';
import { readScorePage } from '@/tests/support/readers';
import { scoreReadingSchema } from '@/lib/pages/reading';
import { DEFAULT_RULES } from '@/lib/rules';
import { fixtureDocument, htmlDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/cultivation/star/shop/star/class');

describe('readScorePage on the five-dimension (2022) page', async () => {
  const reading = readScorePage(await fixtureDocument('score-five'), url, DEFAULT_RULES);

  it('reads the overall and every dimension score as shown', () => {
    expect(scoreReadingSchema.safeParse(reading).success).toBe(true);
    expect(reading.generation).toBe('five');
    expect(reading.overall).toBe(4.62);
    expect(reading.dimensions.map((d) => [d.label, d.score])).toEqual([
      ['商品', 4.71], ['客服', 4.38], ['物流', 4.55], ['售后', 4.8], ['内容', 4.66],
    ]);
    expect(reading.status).toBe('ok');
    expect(reading.missing).toEqual([]);
  });

  it('reads all ten indicators with their raw values, units and dimension', () => {
    expect(reading.indicators).toHaveLength(10);
    const byId = Object.fromEntries(reading.indicators.map((i) => [i.id, i]));
    expect(byId['reply-3min']).toMatchObject({ score: 4.12, value: 72.4, unit: 'percent', dimensionId: 'service' });
    expect(byId['refund-only-duration']).toMatchObject({ score: 4.85, value: 12.3, unit: 'hours' });
    expect(byId['return-refund-duration']).toMatchObject({ value: 26, unit: 'hours', raw: '1天2小时' });
  });

  it('flags the gate that is 门槛不达标 and the one that passes', () => {
    const byId = Object.fromEntries(reading.indicators.map((i) => [i.id, i]));
    expect(byId['abnormal-pickup']).toMatchObject({ gate: 'not-met', score: 4.6 });
    expect(byId['merchant-dispute']?.gate).toBe('met');
  });

  it('keeps 暂无数据 / -- as unknown, not 0', () => {
    const live = reading.indicators.find((i) => i.id === 'live-report');
    expect(live).toMatchObject({ score: null, value: null });
  });

  it('reads the shop from the header', () => {
    expect(reading.shop).toEqual({ id: '1234567', name: '山野小铺' });
  });
});

describe('readScorePage on the three-dimension (current) page', async () => {
  const reading = readScorePage(await fixtureDocument('score-three'), url, DEFAULT_RULES);

  it('reads overall, dimensions and indicators from cards with sub-labels', () => {
    expect(reading.generation).toBe('three');
    expect(reading.overall).toBe(4.31);
    expect(reading.dimensions.map((d) => [d.label, d.score])).toEqual([['商品体验', 4.21], ['物流体验', 4.36], ['售后服务', 4.62]]);
    expect(reading.indicators).toHaveLength(9);
    const comp = reading.indicators.find((i) => i.id === 'logistics-competitiveness');
    expect(comp).toMatchObject({ score: 4.34, value: 0.96, dimensionId: 'logistics-exp' });
    const help = reading.indicators.find((i) => i.id === 'return-refund-complete-duration');
    expect(help).toMatchObject({ score: 4.5, value: 51, unit: 'hours' });
    expect(reading.status).toBe('ok');
  });
});

describe('readScorePage on strange pages', () => {
  it('says unreadable, with the problems named, when the values are garbage', async () => {
    const reading = readScorePage(await fixtureDocument('score-garbage'), url, DEFAULT_RULES);
    expect(reading.status).toBe('unreadable');
    expect(reading.overall).toBeNull();
    expect(reading.dimensions.every((d) => d.score === null)).toBe(true);
    expect(reading.problems.join('\n')).toContain('NaN分');
    expect(reading.problems.join('\n')).toContain('abc分');
  });

  it('does not mistake the menu and breadcrumb for a score page', async () => {
    const reading = readScorePage(await fixtureDocument('home'), url, DEFAULT_RULES);
    expect(reading.status).toBe('unreadable');
    expect(reading.dimensions).toEqual([]);
    expect(reading.overall).toBeNull();
  });

  it('reports missing dimensions as partial', () => {
    const doc = htmlDocument(`
      <div class="a"><div>购物体验分</div><div>4.50分</div></div>
      <div class="c"><div class="h"><span>商品体验</span><span>4.40</span></div></div>
      <div class="c"><div class="h"><span>物流体验</span><span>4.60</span></div></div>`);
    const reading = readScorePage(doc, url, DEFAULT_RULES);
    expect(reading.status).toBe('partial');
    expect(reading.overall).toBe(4.5);
    expect(reading.missing).toContain('售后服务');
  });

  it('never throws on hostile content', () => {
    const doc = htmlDocument(`<div>购物体验分</div><div>${'<b>'.repeat(2000)}4.5${'</b>'.repeat(2000)}</div><img src=x onerror=alert(1)>`);
    expect(() => readScorePage(doc, url, DEFAULT_RULES)).not.toThrow();
  });
});

describe('合作商家楼层', () => {
  it('reads partner merchants and their scores by column name', async () => {
    const reading = readScorePage(await fixtureDocument('score-five'), url, DEFAULT_RULES);
    expect(reading.partners).toEqual([
      { name: '好物优选旗舰店', score: 4.78 }, { name: '阿芳家居百货', score: 4.21 }, { name: '海边干货铺', score: 4.49 },
    ]);
    expect(reading.overall).toBe(4.62); // the partners' 购物体验分 column is not the shop's own score
  });

  it('is empty for a shop without the floor', async () => {
    expect(readScorePage(await fixtureDocument('score-three'), url, DEFAULT_RULES).partners).toEqual([]);
  });
});

describe('score evidence', () => {
  it('ignores the menu link that names the page on every page, and sees the page itself', async () => {
    const { hasScoreEvidence } = await import('@/lib/pages/detect');
    expect(hasScoreEvidence(await fixtureDocument('product-new'))).toBe(false);
    expect(hasScoreEvidence(await fixtureDocument('score-three'))).toBe(true);
  });
});
