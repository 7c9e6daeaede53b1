import { describe, expect, it } from 'vitest';
import { buildQueue, emptyQueueState, mergeOrders } from '@/lib/engine/queue';
import { readOrdersPage } from '@/tests/support/readers';
import { ordersReadingSchema, type OrdersReading } from '@/lib/pages/kinds/orders/reading';
import { LAYOUTS, PAGE_SHOWS } from '../../fixtures/zoo/orders/layouts';
import { TRUTHS, cn, type OrdersTruth } from '../../fixtures/zoo/orders/truth';
import { fixtureDocument } from '../helpers';
import { tally, type Rows } from './matrix';
import { queueNumbers } from './queue-numbers';

const url = new URL('https://s.kwaixiaodian.com/zone/order/list');
const LOGISTICS = { 待揽收: 'awaiting-pickup', 已揽收: 'picked-up' } as const;

/** Every field of the truth's orders (those the layout shows) against the reading: [field, expected, read]. */
export function compareOrders(truth: OrdersTruth, r: OrdersReading, shows: (o: OrdersTruth['orders'][number]) => boolean): Rows {
  const rows: Rows = [];
  rows.push(['shop.id', truth.shop.id, r.shop.id]);
  const shown = truth.orders.filter(shows);
  for (const o of shown) {
    const got = r.orders.find((x) => x.orderNo === o.no);
    rows.push([`${o.no}.present`, true, !!got]);
    if (!got) continue;
    rows.push([`${o.no}.status`, o.status, got.status]);
    rows.push([`${o.no}.statusShown`, o.statusShown, got.statusShown]);
    rows.push([`${o.no}.paidAt`, o.paidIso, got.paidAt]);
    // Only to-ship orders carry a line on the page; the others show none, or it is not the queue's.
    if (o.status === 'to-ship') rows.push([`${o.no}.shipBy`, o.shipBy === null ? null : cn(o.shipBy), got.shipBy?.deadline ?? null]);
    rows.push([`${o.no}.shippedAt`, o.shipped === null ? null : cn(o.shipped), got.shippedAt]);
    rows.push([`${o.no}.logistics`, o.logistics === null ? null : LOGISTICS[o.logistics], got.logistics]);
    rows.push([`${o.no}.products`, [o.product], got.products]);
    rows.push([`${o.no}.unreadable`, !!o.unreadable, got.unreadable !== null]);
  }
  rows.push(['extra orders', [], r.orders.filter((x) => !shown.some((o) => o.no === x.orderNo)).map((x) => x.orderNo)]);
  return rows;
}


const read = async (layout: string, truthName: string, truth: OrdersTruth) =>
  readOrdersPage(await fixtureDocument(`zoo-orders-${layout}--${truthName}`), url, { now: new Date(cn(truth.readAt)) });

describe('orders layout zoo: every layout reads to its truth', () => {
  const matrix = tally('orders', 'fields', Object.keys(TRUTHS).length * Object.keys(LAYOUTS).length);
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of Object.keys(LAYOUTS)) {
      it(`${layout} / ${truthName}`, async () => {
        const reading = await read(layout, truthName, truth);
        expect(ordersReadingSchema.safeParse(reading).success).toBe(true);
        const shows = PAGE_SHOWS[layout];
        const rows = compareOrders(truth, reading, (o) => (shows ? shows(truth, o) : true));
        matrix.check(rows);
      });
    }
    for (const layout of Object.keys(LAYOUTS).filter((l) => !l.startsWith('paged-'))) {
      it(`${layout} / ${truthName}: the queue from this page equals the truth's queue`, async () => {
        const reading = await read(layout, truthName, truth);
        const q = buildQueue(mergeOrders(emptyQueueState(), reading), new Date(cn(truth.readAt)));
        expect(queueNumbers(q)).toEqual(truth.queue);
      });
    }
    it(`paged / ${truthName}: the two pages' reads merge into the truth's queue`, async () => {
      const now = new Date(cn(truth.readAt));
      const one = await read('paged-one', truthName, truth);
      const first = buildQueue(mergeOrders(emptyQueueState(), one), now);
      expect(first.unknowns).toContainEqual({ kind: 'pages', list: 'orders', total: 2, seen: [1] });
      const two = await read('paged-two', truthName, truth);
      const q = buildQueue(mergeOrders(mergeOrders(emptyQueueState(), one), two), now);
      expect(queueNumbers(q)).toEqual(truth.queue);
      expect(q.unknowns.some((u) => u.kind === 'pages')).toBe(false);
    });
  }
  matrix.print();
});
