import { describe, expect, it } from 'vitest';
import { assessNewMerchant, newMerchantAssessmentSchema } from '@/lib/engine/new-merchant';
import { readNewMerchantPage } from '@/tests/support/readers';
import type { NewMerchantReading } from '@/lib/pages/new-merchant-reading';
import { fixtureDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/shop/newmerchant/score');

function reading(over: Partial<NewMerchantReading> = {}): NewMerchantReading {
  return {
    kind: 'new-merchant', status: 'ok', url: url.href, readAt: '2026-11-23T02:00:00.000Z',
    shop: { id: '8800123', name: '阿青手作' }, score: 4.28, shopAgeDays: 23, validOrders: 12, phase: null,
    tasks: [], coreIndicators: [], missing: [], problems: [],
    ...over,
  };
}

describe('assessNewMerchant on the demo shop in the phase', async () => {
  const r = readNewMerchantPage(await fixtureDocument('new-merchant'), url);
  const a = assessNewMerchant(r);

  it('is plain JSON that passes its own schema', () => {
    expect(newMerchantAssessmentSchema.parse(a)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('says the shop is in the phase, with 67 days and 18 orders to go', () => {
    expect(a.phase).toMatchObject({ status: 'in-phase', source: 'page', shopAgeDays: 23, validOrders: 12, daysLeft: 67, ordersLeft: 18 });
  });

  it('counts +0.18 earned (1 basic, 2 of the 3 advanced) and +0.06 still open', () => {
    expect(a.bonus.earned).toBe(0.18);
    expect(a.bonus.open).toBe(0.06);
    expect(a.bonus.groups.map((g) => [g.group, g.done, g.counted, g.slotsLeft])).toEqual([['basic', 1, 1, 1], ['advanced', 3, 2, 0]]);
  });

  it('says 4.40 is 0.12 away and tasks alone cannot close it', () => {
    expect(a.thresholds.map((t) => [t.line, t.distance, t.closableByTasks])).toEqual([[4.4, 0.12, false], [4.64, 0.36, false], [4.8, 0.52, false]]);
    expect(a.thresholds[0]!.unlocks).toContain('快分销');
  });

  it('suggests only basic tasks, since the advanced group is full', () => {
    expect(a.nextTasks.map((t) => t.id)).toEqual(['original-video', 'publish-10-products', 'distribution-plans']);
    expect(assessNewMerchant(r, { weakAtLive: true }).nextTasks.map((t) => t.id)).toEqual(['publish-10-products', 'distribution-plans', 'original-video']);
  });

  it('flags core indicators below 4.5 and links their advice', () => {
    const refund = a.coreIndicators.find((c) => c.id === 'quality-refund-rate')!;
    expect(refund.belowLine).toBe(true);
    expect(refund.advice).toBeTruthy();
    expect(a.coreIndicators.find((c) => c.id === 'platform-help-rate')).toMatchObject({ score: null, belowLine: null });
  });
});

describe('assessNewMerchant past the phase', async () => {
  const a = assessNewMerchant(readNewMerchantPage(await fixtureDocument('new-merchant-graduated'), url));

  it('says the shop now has the formal score and stops suggesting tasks', () => {
    expect(a.phase.status).toBe('graduated');
    expect(a.phase.pageText).toContain('正式购物体验分');
    expect(a.nextTasks).toEqual([]);
    expect(a.bonus.open).toBe(0);
    expect(a.bonus.earned).toBe(0.24);
    expect(newMerchantAssessmentSchema.safeParse(a).success).toBe(true);
  });
});

describe('assessNewMerchant with missing figures', () => {
  it('keeps the phase unknown and the distances null rather than guessing', () => {
    const a = assessNewMerchant(reading({ score: null, shopAgeDays: null, status: 'partial' }));
    expect(a.phase).toMatchObject({ status: 'unknown', source: null, daysLeft: null, ordersLeft: null });
    expect(a.thresholds.every((t) => t.distance === null && t.reached === null && t.closableByTasks === null)).toBe(true);
    expect(a.score).toBeNull();
  });

  it('works the phase out from the figures when the page says nothing', () => {
    expect(assessNewMerchant(reading({ shopAgeDays: 91 })).phase).toMatchObject({ status: 'graduated', source: 'figures' });
    expect(assessNewMerchant(reading({ shopAgeDays: 90, validOrders: 29 })).phase).toMatchObject({ status: 'in-phase', daysLeft: 0, ordersLeft: 1 });
  });

  it('follows the page when it contradicts the figures, and says so', () => {
    const a = assessNewMerchant(reading({ phase: { status: 'graduated', text: '已切换为正式购物体验分' } }));
    expect(a.phase.status).toBe('graduated');
    expect(a.phase.reasons.join()).toContain('以页面为准');
  });

  it('uses the merchant’s own lines when given', () => {
    const a = assessNewMerchant(reading({ score: 4.3 }), { activityLine: 4.5, targets: [4.7, 4.9] });
    expect(a.thresholds.map((t) => [t.line, t.distance])).toEqual([[4.5, 0.2], [4.7, 0.4], [4.9, 0.6]]);
  });

  it('lets tasks close a gap the open bonus covers', () => {
    const a = assessNewMerchant(reading({ score: 4.2 }));
    expect(a.bonus.open).toBe(0.24);
    expect(a.thresholds[0]).toMatchObject({ distance: 0.2, closableByTasks: true });
  });
});

describe('the checklist', async () => {
  const a = assessNewMerchant(readNewMerchantPage(await fixtureDocument('new-merchant'), url));

  it('lists both groups with every task the page shows, known or not', () => {
    expect(a.checklist.map((g) => [g.label, g.cap, g.tasks.length])).toEqual([['基础任务', 2, 4], ['进阶任务', 2, 6]]);
    expect(a.checklist.flatMap((g) => g.tasks).some((t) => !t.known)).toBe(true);
  });

  it('says what each completed task added: +0.06 up to two per group, nothing for a third', () => {
    const advanced = a.checklist.find((g) => g.group === 'advanced')!;
    const added = advanced.tasks.filter((t) => t.state === 'done').map((t) => t.added);
    expect(added).toEqual([0.06, 0.06, 0]);
    const total = a.checklist.flatMap((g) => g.tasks).reduce((s, t) => s + (t.added ?? 0), 0);
    expect(Math.round(total * 100) / 100).toBe(a.bonus.earned);
    expect(a.checklist.flatMap((g) => g.tasks).filter((t) => t.state !== 'done').every((t) => t.added === null)).toBe(true);
  });
});
