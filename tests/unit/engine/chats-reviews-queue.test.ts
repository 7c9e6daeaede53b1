import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildQueue, emptyQueueState, queueTotal } from '@/lib/engine/queue';
import { mergeChats } from '@/lib/engine/chats-queue';
import { mergeReviews } from '@/lib/engine/reviews-queue';
import { notifyDueChats } from '@/lib/background/chats';
import { throttle } from '@/lib/features/im-page';
import { readImPage } from '@/tests/support/readers';
import { readReviewsPage } from '@/tests/support/readers';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';
import { TRUTHS as IM_TRUTHS } from '../../fixtures/zoo/im/truth';
import { TRUTHS as REVIEW_TRUTHS } from '../../fixtures/zoo/reviews/truth';
import { cn } from '../../fixtures/zoo/orders/truth';
import { fixtureDocument } from '../helpers';

const IM = new URL('https://im.kwaixiaodian.com/workbench');

describe("today's queue: chats and reviews", () => {
  it('the workbench counts reach the queue, count as urgent while fresh, and say when read once stale', async () => {
    const truth = IM_TRUTHS.morning!;
    const now = new Date(cn(truth.readAt));
    const reading = readImPage(await fixtureDocument('zoo-im-groups--morning'), IM, { now });
    const state = { ...emptyQueueState(), chats: mergeChats(null, reading) };
    const q = buildQueue(state, now);
    expect(q.chats?.counts).toEqual(truth.counts);
    expect(q.chats?.replyRate?.shown).toBe('86.5%');
    expect(q.chats?.belowTarget).toBe(false);
    expect(q.urgent).toBe(truth.counts.waiting);
    // 「N 项紧急，共 M 项」: the waiting chats are in the total too, never more urgent than there is.
    expect(queueTotal(q)).toBe(truth.counts.waiting);
    const later = buildQueue(state, new Date(now.getTime() + 10 * 60_000));
    expect(later.chats?.fresh).toBe(false);
    expect(later.urgent).toBe(0);
  });

  it('reviews: unanswered bad first, bad per product in what was read, rework above 5 % as shown (5.0 % is not above)', async () => {
    for (const [name, truth] of Object.entries(REVIEW_TRUTHS)) {
      const reading = readReviewsPage(await fixtureDocument(`zoo-reviews-stars--${name}`), new URL('https://s.kwaixiaodian.com/zone/comment/list'), { now: new Date(cn(truth.readAt)) });
      const q = buildQueue({ ...emptyQueueState(), reviews: mergeReviews(null, reading) }, new Date(cn(truth.readAt)));
      const v = q.reviews!;
      const listed = truth.reviews.filter((x) => x.rating !== 'good');
      expect(v.unansweredBad).toBe(listed.filter((x) => x.rating === 'bad' && !x.answered).length);
      const firstAnswered = v.reviews.findIndex((r) => r.answered);
      expect(v.reviews.slice(0, firstAnswered < 0 ? undefined : firstAnswered).every((r) => r.answered === false)).toBe(true);
      expect(v.reviews[0]!.rating).toBe('bad');
      for (const p of v.perProduct) expect(p.bad).toBe(listed.filter((x) => x.product === p.product && x.rating === 'bad').length);
      expect(v.rework.map((p) => [p.title, p.badRateShown])).toEqual(truth.stats.filter((s) => s.badRate > 5).sort((a, b) => b.badRate - a.badRate).map((s) => [s.title, s.badRateShown]));
    }
  });

  it('notifies once per session due within 60 s, only when the workbench is not in front, and not when switched off', async () => {
    fakeBrowser.reset();
    const truth = IM_TRUTHS.morning!;
    const reading = readImPage(await fixtureDocument('zoo-im-groups--morning'), IM, { now: new Date(cn(truth.readAt)) });
    const notify = vi.fn(async () => undefined);
    const deps = { setBadge: async () => undefined, notify, settings: async () => DEFAULT_SETTINGS, tabInFront: async () => true };
    expect(await notifyDueChats(reading, DEFAULT_SETTINGS, deps, 1)).toBe(false);
    const off = { ...DEFAULT_SETTINGS, queue: { ...DEFAULT_SETTINGS.queue, chatNotify: false } };
    expect(await notifyDueChats(reading, off, { ...deps, tabInFront: async () => false }, 1)).toBe(false);
    expect(await notifyDueChats(reading, DEFAULT_SETTINGS, { ...deps, tabInFront: async () => false }, 1)).toBe(true);
    expect(notify).toHaveBeenCalledTimes(1);
    expect((notify.mock.calls[0] as unknown as string[])[1]).toContain(String(truth.counts.dueSoon));
    expect(await notifyDueChats(reading, DEFAULT_SETTINGS, { ...deps, tabInFront: async () => false }, 1)).toBe(false);
  });

  it('a page mutating 1,000 times in a second runs the reader only a few times', () => {
    vi.useFakeTimers();
    let runs = 0;
    const th = throttle(() => { runs++; }, 300, () => Date.now());
    for (let i = 0; i < 1000; i++) { th.request(); vi.advanceTimersByTime(1); }
    vi.advanceTimersByTime(400);
    expect(runs).toBeGreaterThan(0);
    expect(runs).toBeLessThanOrEqual(5);
    vi.useRealTimers();
  });
});
