import { describe, expect, it } from 'vitest';
import { mergeTabReadings } from '@/lib/pages/kinds/score/merge';
import { readScorePage } from '@/tests/support/readers';
import { DEFAULT_RULES } from '@/lib/rules';
import { activeTabOnly } from '../../fixtures/zoo/score/layouts';
import { THREE, type ScoreTruth } from '../../fixtures/zoo/score/truth';
import { htmlDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/experience/score');
/** The same page with the n-th tab active: its indicators rendered, the others named only. */
function clicked(n: number, truth: ScoreTruth = THREE, at = '2026-12-02T09:00:00.000Z') {
  const order = [truth.dimensions[n]!, ...truth.dimensions.filter((_, k) => k !== n)];
  const html = activeTabOnly({ ...truth, dimensions: order }).replace(/^<!--.*?-->/s, `<div>店铺名称：${truth.shop.name} 店铺ID：${truth.shop.id}</div>`);
  return readScorePage(htmlDocument(html), url, DEFAULT_RULES, { now: new Date(at) });
}

describe('tabs rendered one at a time', () => {
  it('says which dimensions are not read yet', () => {
    const r = clicked(0);
    expect(r.unreadDimensions).toEqual(['物流体验', '售后服务']);
    expect(r.indicators.map((i) => i.dimensionId)).toEqual(['goods-exp', 'goods-exp']);
    expect(r.dimensions.map((d) => d.score)).toEqual([4.21, 4.36, 4.62]);
  });

  it('merges the tabs the merchant clicked through into one reading', () => {
    let merged = clicked(0, THREE, '2026-12-02T09:00:00.000Z');
    merged = mergeTabReadings(merged, clicked(1, THREE, '2026-12-02T09:00:05.000Z'));
    expect(merged.unreadDimensions).toEqual(['售后服务']);
    merged = mergeTabReadings(merged, clicked(2, THREE, '2026-12-02T09:00:09.000Z'));
    expect(merged.unreadDimensions).toEqual([]);
    expect(new Set(merged.indicators.map((i) => i.id))).toEqual(new Set(THREE.dimensions.flatMap((d) => d.indicators.map((i) => i.id))));
    expect(merged.status).toBe('ok');
  });

  it('never merges another shop, another period or a stale reading', () => {
    const first = clicked(0);
    const otherShop = clicked(1, { ...THREE, shop: { id: '999', name: '别家' } }, '2026-12-02T09:00:05.000Z');
    expect(mergeTabReadings(first, otherShop).unreadDimensions).toEqual(otherShop.unreadDimensions);
    const otherPeriod = clicked(1, { ...THREE, period: '2026-10-01 ~ 2026-10-31' }, '2026-12-02T09:00:05.000Z');
    expect(mergeTabReadings(first, otherPeriod).indicators).toEqual(otherPeriod.indicators);
    const stale = clicked(1, THREE, '2026-12-03T09:00:00.000Z');
    expect(mergeTabReadings(first, stale).indicators).toEqual(stale.indicators);
  });
});
