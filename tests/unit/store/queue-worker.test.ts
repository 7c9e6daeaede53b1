import 'fake-indexeddb/auto';
import { clear, entries } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getGlance } from '@/lib/background/glance';
import { getQueue, remindPlan, REMIND_ALARM, runQueueReminder, queueSummary } from '@/lib/background/queue';
import { submitReading } from '@/lib/background/submit';
import type { Queue } from '@/lib/engine/queue-schema';
import { readAfterSalesPage } from '@/tests/support/readers';
import { readOrdersPage } from '@/tests/support/readers';
import { onReadingSaved } from '@/lib/store/changed';
import { db } from '@/lib/store/db';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';
import { renderZoo } from '../../fixtures/zoo';
import { LAYOUTS as CASE_LAYOUTS, PAGE_SHOWS as CASE_PAGE_SHOWS } from '../../fixtures/zoo/after-sales/layouts';
import { TRUTHS as CASE_TRUTHS } from '../../fixtures/zoo/after-sales/truth';
import { LAYOUTS as ORDER_LAYOUTS } from '../../fixtures/zoo/orders/layouts';
import { TRUTHS as ORDER_TRUTHS } from '../../fixtures/zoo/orders/truth';
import { prng } from '../../support/prng';
import { queueNumbers } from '../zoo/queue-numbers';
import { recordingWorker } from '../factories';

/**
 * The queue as the worker keeps it: a live zoo page (the truth moved to "now") read by the
 * reader, submitted like a content script does, stored, and served back: the side panel's
 * groups, the popup's urgent count and the badge must equal the truth's queue whatever the
 * clock says, and nothing of the buyer may be found in storage afterwards.
 */
const ORDERS_URL = new URL('https://s.kwaixiaodian.com/zone/order/list');
const CASES_URL = new URL('https://s.kwaixiaodian.com/zone/refund/list');

const w = recordingWorker();
const deps = w.deps;

beforeEach(async () => {
  w.reset();
  fakeBrowser.reset();
  await clear(db());
});
afterEach(() => vi.useRealTimers());

function page(name: string, now: Date): Document {
  const html = renderZoo(name, now);
  if (html === null) throw new Error(`no zoo page ${name}`);
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

function caseNumbers(q: Queue) {
  const n = (g: keyof Queue['groups']) => q.groups[g].filter((i) => i.kind === 'case').map((i) => i.number);
  return { platform: n('casePlatform'), nearDeadline: n('caseNearDeadline'), waiting: n('caseWaiting'), unreadable: n('unreadable') };
}

/** Moments a merchant might open the list: random minutes over a year, the same every run. */
const rand = prng(13);
const MOMENTS = Array.from({ length: 3 }, () => new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 365 * 24 * 60) * 60_000));

describe('the worker keeps today\'s queue from live list pages', () => {
  for (const now of MOMENTS) {
    for (const truthName of Object.keys(ORDER_TRUTHS)) {
      for (const layout of Object.keys(ORDER_LAYOUTS).filter((l) => !l.startsWith('paged-'))) {
        it(`orders ${layout} / ${truthName}, read at ${now.toISOString()}: the stored queue equals the truth's`, async () => {
          vi.useFakeTimers({ toFake: ['Date'], now });
          const reading = readOrdersPage(page(`zoo-orders-${layout}--${truthName}-now`, now), ORDERS_URL, { now });
          expect(await submitReading(reading, deps)).toMatchObject({ accepted: true });
          const q = await getQueue(now);
          expect(queueNumbers(q)).toEqual(ORDER_TRUTHS[truthName]!.queue);
        });
      }
    }
    for (const truthName of Object.keys(CASE_TRUTHS)) {
      for (const layout of Object.keys(CASE_LAYOUTS).filter((l) => !CASE_PAGE_SHOWS[l])) {
        it(`after-sales ${layout} / ${truthName}, read at ${now.toISOString()}: the stored queue equals the truth's`, async () => {
          vi.useFakeTimers({ toFake: ['Date'], now });
          const reading = readAfterSalesPage(page(`zoo-after-sales-${layout}--${truthName}-now`, now), CASES_URL, { now });
          await submitReading(reading, deps);
          expect(caseNumbers(await getQueue(now))).toEqual(CASE_TRUTHS[truthName]!.queue);
        });
      }
    }
  }

  it('both lists read: the popup counts the urgent items, and the badge shows them only when the merchant chose it', async () => {
    const now = MOMENTS[0]!;
    vi.useFakeTimers({ toFake: ['Date'], now });
    const orders = ORDER_TRUTHS.today!.queue;
    const cases = CASE_TRUTHS.today!.queue;
    const urgent = orders.overdue.length + orders.due6h.length + orders.notPickedUp.length + cases.platform.length + cases.nearDeadline.length;

    // Before any list page was read, the popup claims nothing.
    expect((await getGlance(w.settings)).queue).toBeNull();
    await submitReading(readOrdersPage(page('zoo-orders-table--today-now', now), ORDERS_URL, { now }), deps);
    await submitReading(readAfterSalesPage(page('zoo-after-sales-cards--today-now', now), CASES_URL, { now }), deps);
    expect((await getGlance(w.settings)).queue).toMatchObject({ urgent });
    expect(w.badges.some((b) => b.text === String(urgent))).toBe(false); // the badge is the score's by default

    w.settings = { ...DEFAULT_SETTINGS, queue: { ...DEFAULT_SETTINGS.queue, badge: true } };
    w.badges = [];
    await submitReading(readOrdersPage(page('zoo-orders-cards--today-now', now), ORDERS_URL, { now: new Date(now.getTime() + 1000) }), deps);
    expect(w.badges.at(-1)?.text).toBe(String(urgent));
  });

  it('an order seen shipped on a later read leaves the ship groups', async () => {
    const now = MOMENTS[1]!;
    vi.useFakeTimers({ toFake: ['Date'], now });
    const truth = ORDER_TRUTHS.today!;
    await submitReading(readOrdersPage(page('zoo-orders-table--today-now', now), ORDERS_URL, { now }), deps);
    const overdue = truth.queue.overdue[0]!;
    // The merchant ships it and reloads: the same order now reads 已发货 with a shipped time.
    const later = new Date(now.getTime() + 10 * 60_000);
    vi.setSystemTime(later);
    const html = renderZoo('zoo-orders-table--today-now', now)!;
    const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
    const row = [...doc.querySelectorAll('tr')].find((tr) => tr.textContent?.includes(overdue));
    expect(row).toBeDefined();
    row!.querySelectorAll('*').forEach((el) => {
      if (el.children.length === 0 && el.textContent?.trim() === '待发货') el.textContent = '已发货';
    });
    const reread = readOrdersPage(doc, ORDERS_URL, { now: later });
    expect(reread.orders.find((o) => o.orderNo === overdue)?.status).toBe('shipped');
    await submitReading(reread, deps);
    const q = await getQueue(later);
    expect([...q.groups.overdue, ...q.groups.due6h, ...q.groups.due24h].map((i) => i.number)).not.toContain(overdue);
  });

  it('reminds once before a ship-by line, in the merchant\'s language, and sets the next alarm', async () => {
    const now = MOMENTS[2]!;
    vi.useFakeTimers({ toFake: ['Date'], now });
    await submitReading(readOrdersPage(page('zoo-orders-table--today-now', now), ORDERS_URL, { now }), deps);
    // 6 h ahead: the due-within-6 h orders are inside the window; the overdue one is the panel's, not a reminder's.
    w.settings = { ...DEFAULT_SETTINGS, queue: { ...DEFAULT_SETTINGS.queue, remindBeforeMinutes: 360 } };
    await runQueueReminder(deps, now);
    expect(w.notes).toHaveLength(1);
    const due6h = ORDER_TRUTHS.today!.queue.due6h;
    expect(w.notes[0]!.message).toContain(due6h[0]!);
    await runQueueReminder(deps, new Date(now.getTime() + 60_000));
    expect(w.notes).toHaveLength(1); // told once
    // The 24 h order enters the window later: the one alarm is set for it.
    const alarm = await fakeBrowser.alarms.get(REMIND_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(now.getTime());

    w.settings = { ...DEFAULT_SETTINGS, language: 'en', queue: { ...DEFAULT_SETTINGS.queue, remindBeforeMinutes: 24 * 60 } };
    await runQueueReminder(deps, now);
    expect(w.notes).toHaveLength(2);
    expect(w.notes[1]!.title).toMatch(/[A-Za-z]/);
    expect(w.notes[1]!.title).not.toMatch(/[\u4e00-\u9fff]/);

    // Off means off.
    expect(remindPlan(await getQueue(now), 0, new Set(), now).due).toEqual([]);
  });

  it('the 9:00 summary counts what is waiting, and says nothing when the merchant turned it off', async () => {
    const now = MOMENTS[0]!;
    vi.useFakeTimers({ toFake: ['Date'], now });
    await submitReading(readAfterSalesPage(page('zoo-after-sales-table--today-now', now), CASES_URL, { now }), deps);
    const summary = await queueSummary(w.settings, now);
    expect(summary?.message).toMatch(/\d/);
    expect(await queueSummary({ ...w.settings, queue: { ...w.settings.queue, dailySummary: false } }, now)).toBeNull();
  });
});

describe('privacy: a page full of buyer data leaves none of it in storage', () => {
  it('after reading every order and after-sales layout, IndexedDB and extension storage hold no buyer name, phone, address, note or reason', async () => {
    const now = MOMENTS[0]!;
    vi.useFakeTimers({ toFake: ['Date'], now });
    const secrets: string[] = [];
    for (const [truthName, truth] of Object.entries(ORDER_TRUTHS)) {
      secrets.push(...truth.orders.flatMap((o) => [o.buyer.name, o.buyer.phone, o.buyer.address, o.buyer.note]));
      for (const layout of Object.keys(ORDER_LAYOUTS)) {
        await submitReading(readOrdersPage(page(`zoo-orders-${layout}--${truthName}-now`, now), ORDERS_URL, { now }), deps);
      }
    }
    for (const [truthName, truth] of Object.entries(CASE_TRUTHS)) {
      secrets.push(...truth.cases.flatMap((x) => [x.buyer.name, x.buyer.phone, x.buyer.address, x.buyer.note, x.buyer.reason]));
      for (const layout of Object.keys(CASE_LAYOUTS)) {
        await submitReading(readAfterSalesPage(page(`zoo-after-sales-${layout}--${truthName}-now`, now), CASES_URL, { now }), deps);
      }
    }
    await runQueueReminder(deps, now);
    const stored = JSON.stringify(await entries(db())) + JSON.stringify(await fakeBrowser.storage.local.get(null)) + JSON.stringify(w.notes);
    expect(stored).toContain(ORDER_TRUTHS.today!.queue.overdue[0]!); // the queue was stored…
    expect(secrets.filter((s) => s.length > 1 && stored.includes(s))).toEqual([]); // …and nothing of the buyer
    expect(stored).not.toMatch(/1[3-9]\d{9}/);
  });
});

describe('an open side panel hears of each saved reading', () => {
  it('signals the kind after a list page is saved, and not for a reading already saved', async () => {
    const heard: string[] = [];
    const off = onReadingSaved((kind) => heard.push(kind));
    const now = MOMENTS[0]!;
    vi.useFakeTimers({ toFake: ['Date'], now });
    const reading = readOrdersPage(page('zoo-orders-table--today-now', now), ORDERS_URL, { now });
    await submitReading(reading, deps);
    await submitReading(reading, deps); // the same reading again: already saved
    off();
    await submitReading(readAfterSalesPage(page('zoo-after-sales-table--today-now', now), CASES_URL, { now }), deps);
    expect(heard).toEqual(['orders']);
  });
});
