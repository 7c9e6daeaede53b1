import { describe, expect, it } from 'vitest';
import { buildQueue, emptyQueueState, mergeCases } from '@/lib/engine/queue';
import type { Queue } from '@/lib/engine/queue-schema';
import { readAfterSalesPage } from '@/tests/support/readers';
import { afterSalesReadingSchema, type AfterSalesReading } from '@/lib/pages/kinds/after-sales/reading';
import { LAYOUTS, PAGE_SHOWS } from '../../fixtures/zoo/after-sales/layouts';
import { TRUTHS, cn, type AfterSalesTruth } from '../../fixtures/zoo/after-sales/truth';
import { fixtureDocument } from '../helpers';
import { tally, type Rows } from './matrix';

const url = new URL('https://s.kwaixiaodian.com/zone/refund/list');

export function compareCases(truth: AfterSalesTruth, r: AfterSalesReading, shows: (x: AfterSalesTruth['cases'][number]) => boolean): Rows {
  const rows: Rows = [];
  rows.push(['shop.id', truth.shop.id, r.shop.id]);
  const readAt = Date.parse(cn(truth.readAt));
  const shown = truth.cases.filter(shows);
  for (const x of shown) {
    const got = r.cases.find((c) => c.caseNo === x.no);
    rows.push([`${x.no}.present`, true, !!got]);
    if (!got) continue;
    rows.push([`${x.no}.orderNo`, x.orderNo, got.orderNo]);
    rows.push([`${x.no}.type`, x.type, got.type]);
    rows.push([`${x.no}.status`, x.status, got.status]);
    rows.push([`${x.no}.appliedAt`, cn(x.applied), got.appliedAt]);
    rows.push([`${x.no}.handleBy`, x.left === null ? null : new Date(readAt + x.left * 60_000).toISOString(), got.handleBy?.deadline ?? null]);
    rows.push([`${x.no}.products`, [x.product], got.products]);
    rows.push([`${x.no}.unreadable`, !!x.unreadable, got.unreadable !== null]);
  }
  rows.push(['extra cases', [], r.cases.filter((c) => !shown.some((x) => x.no === c.caseNo)).map((c) => c.caseNo)]);
  return rows;
}

const numbers = (q: Queue) => ({
  platform: q.groups.casePlatform.map((i) => i.number),
  nearDeadline: q.groups.caseNearDeadline.map((i) => i.number),
  waiting: q.groups.caseWaiting.map((i) => i.number),
  unreadable: q.groups.unreadable.map((i) => i.number),
});
const read = async (layout: string, truthName: string, truth: AfterSalesTruth) =>
  readAfterSalesPage(await fixtureDocument(`zoo-after-sales-${layout}--${truthName}`), url, { now: new Date(cn(truth.readAt)) });

describe('after-sales layout zoo: every layout reads to its truth', () => {
  const matrix = tally('after-sales', 'fields', Object.keys(TRUTHS).length * Object.keys(LAYOUTS).length);
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of Object.keys(LAYOUTS)) {
      it(`${layout} / ${truthName}`, async () => {
        const reading = await read(layout, truthName, truth);
        expect(afterSalesReadingSchema.safeParse(reading).success).toBe(true);
        const shows = PAGE_SHOWS[layout];
        const rows = compareCases(truth, reading, (x) => (shows ? shows(truth, x) : true));
        matrix.check(rows);
      });
    }
    // A layout that shows part of the list (a page of it, one case's detail) gives part of the queue.
    for (const layout of Object.keys(LAYOUTS).filter((l) => !PAGE_SHOWS[l])) {
      it(`${layout} / ${truthName}: the queue from this page equals the truth's queue`, async () => {
        const reading = await read(layout, truthName, truth);
        expect(numbers(buildQueue(mergeCases(emptyQueueState(), reading), new Date(cn(truth.readAt))))).toEqual(truth.queue);
      });
    }
    it(`paged / ${truthName}: the two pages' reads merge into the truth's queue`, async () => {
      const now = new Date(cn(truth.readAt));
      const state = mergeCases(mergeCases(emptyQueueState(), await read('paged-one', truthName, truth)), await read('paged-two', truthName, truth));
      expect(numbers(buildQueue(state, now))).toEqual(truth.queue);
    });
  }
  matrix.print();
});
