import { describe, expect, it } from 'vitest';
import { readAfterSalesPage } from '@/tests/support/readers';
import { afterSalesReadingSchema } from '@/lib/pages/kinds/after-sales/reading';
import { readOrdersPage } from '@/tests/support/readers';
import { ordersReadingSchema } from '@/lib/pages/kinds/orders/reading';
import { LAYOUTS as CASE_LAYOUTS } from '../../fixtures/zoo/after-sales/layouts';
import { TRUTHS as CASE_TRUTHS } from '../../fixtures/zoo/after-sales/truth';
import { LAYOUTS as ORDER_LAYOUTS } from '../../fixtures/zoo/orders/layouts';
import { TRUTHS as ORDER_TRUTHS, cn } from '../../fixtures/zoo/orders/truth';
import { mutate } from '../../support/mutate';
import { fixtureDocument } from '../helpers';

const RUNS = Number(process.env.LIST_FUZZ_RUNS ?? 300);
const orderUrl = new URL('https://s.kwaixiaodian.com/zone/order/list');
const caseUrl = new URL('https://s.kwaixiaodian.com/zone/refund/list');

/**
 * Seeded mutations of the order and after-sales zoo (split texts, zero-width characters, deep
 * wrappers, decoys, removed elements, garbage figures, renamed words): the readers never throw,
 * every reading passes its schema, every number and time they report is the page's own — a
 * mutation may cost a field (null, or the row unreadable), never change it — and no buyer data
 * ever appears.
 */
describe('list readers under mutated pages', () => {
  it(`orders: ${RUNS} mutated pages`, async () => {
    const pages = Object.keys(ORDER_TRUTHS).flatMap((t) => Object.keys(ORDER_LAYOUTS).map((l) => ({ t, l })));
    const html = new Map<string, string>();
    for (const { t, l } of pages) html.set(`${l}--${t}`, (await fixtureDocument(`zoo-orders-${l}--${t}`)).documentElement.outerHTML);
    const wrong: string[] = [];
    let throws = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const { t, l } = pages[seed % pages.length]!;
      const truth = ORDER_TRUTHS[t]!;
      const doc = new DOMParser().parseFromString(html.get(`${l}--${t}`)!, 'text/html');
      const kinds = mutate(doc, seed, 1 + (seed % 3), 300);
      const r = readOrdersPage(doc, orderUrl, { now: new Date(cn(truth.readAt)) });
      if (r.problems.some((p) => p.startsWith('读取出错'))) throws++;
      expect(ordersReadingSchema.safeParse(r).success).toBe(true);
      const note = (what: string) => wrong.push(`seed ${seed} ${l}/${t} [${kinds.join(',')}] ${what}`);
      const json = JSON.stringify(r);
      for (const o of truth.orders) for (const secret of [o.buyer.name, o.buyer.phone, o.buyer.address, o.buyer.note]) if (json.includes(secret)) note(`buyer data ${secret}`);
      for (const row of r.orders) {
        const o = truth.orders.find((x) => x.no === row.orderNo);
        if (!o) { note(`order ${row.orderNo} not on the page`); continue; }
        if (row.status !== null && row.status !== o.status) note(`${o.no} status ${row.status}`);
        if (row.paidAt !== null && row.paidAt !== o.paidIso) note(`${o.no} paidAt ${row.paidAt}`);
        if (row.shipBy !== null && o.status === 'to-ship' && row.shipBy.deadline !== (o.shipBy && cn(o.shipBy))) note(`${o.no} shipBy ${row.shipBy.deadline}`);
        if (row.shippedAt !== null && row.shippedAt !== (o.shipped && cn(o.shipped))) note(`${o.no} shippedAt ${row.shippedAt}`);
      }
    }
    console.log(`orders fuzz: ${RUNS} mutated pages, ${throws} throws, ${wrong.length} wrong fields`);
    expect(throws).toBe(0);
    expect(wrong).toEqual([]);
  }, 240_000);

  it(`after-sales: ${RUNS} mutated pages`, async () => {
    const pages = Object.keys(CASE_TRUTHS).flatMap((t) => Object.keys(CASE_LAYOUTS).map((l) => ({ t, l })));
    const html = new Map<string, string>();
    for (const { t, l } of pages) html.set(`${l}--${t}`, (await fixtureDocument(`zoo-after-sales-${l}--${t}`)).documentElement.outerHTML);
    const wrong: string[] = [];
    let throws = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const { t, l } = pages[seed % pages.length]!;
      const truth = CASE_TRUTHS[t]!;
      const doc = new DOMParser().parseFromString(html.get(`${l}--${t}`)!, 'text/html');
      const kinds = mutate(doc, seed, 1 + (seed % 3), 300);
      const readAt = Date.parse(cn(truth.readAt));
      const r = readAfterSalesPage(doc, caseUrl, { now: new Date(readAt) });
      if (r.problems.some((p) => p.startsWith('读取出错'))) throws++;
      expect(afterSalesReadingSchema.safeParse(r).success).toBe(true);
      const note = (what: string) => wrong.push(`seed ${seed} ${l}/${t} [${kinds.join(',')}] ${what}`);
      const json = JSON.stringify(r);
      for (const x of truth.cases) for (const secret of [x.buyer.name, x.buyer.phone, x.buyer.address, x.buyer.note, x.buyer.reason]) if (json.includes(secret)) note(`buyer data ${secret}`);
      for (const row of r.cases) {
        const x = truth.cases.find((c) => c.no === row.caseNo);
        if (!x) { note(`case ${row.caseNo} not on the page`); continue; }
        if (row.status !== null && row.status !== x.status) note(`${x.no} status ${row.status}`);
        if (row.type !== null && row.type !== x.type) note(`${x.no} type ${row.type}`);
        if (row.orderNo !== null && row.orderNo !== x.orderNo) note(`${x.no} orderNo ${row.orderNo}`);
        if (row.appliedAt !== null && row.appliedAt !== cn(x.applied)) note(`${x.no} appliedAt ${row.appliedAt}`);
        if (row.handleBy !== null && row.handleBy.deadline !== (x.left === null ? null : new Date(readAt + x.left * 60_000).toISOString())) note(`${x.no} handleBy ${row.handleBy.deadline}`);
      }
    }
    console.log(`after-sales fuzz: ${RUNS} mutated pages, ${throws} throws, ${wrong.length} wrong fields`);
    expect(throws).toBe(0);
    expect(wrong).toEqual([]);
  }, 240_000);
});
