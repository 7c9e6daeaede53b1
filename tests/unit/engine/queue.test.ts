import { queueMessages } from '@/lib/i18n/queue';
import { describe, expect, it } from 'vitest';
import { buildQueue, emptyQueueState, expire, mergeCases, mergeOrders } from '@/lib/engine/queue';
import { queueStateSchema } from '@/lib/engine/queue-schema';
import type { AfterSalesReading, CaseRow } from '@/lib/pages/kinds/after-sales/reading';
import type { OrderRow, OrdersReading } from '@/lib/pages/kinds/orders/reading';

/** Fixed clocks only: 2026-12-02 10:00 China time, and hours after it. */
const T0 = Date.parse('2026-12-02T02:00:00Z');
const at = (h: number) => new Date(T0 + h * 3600_000);
const iso = (h: number) => at(h).toISOString();

const row = (orderNo: string, extra: Partial<OrderRow> = {}): OrderRow => ({
  orderNo, status: 'to-ship', statusShown: '待发货', paidAt: null, createdAt: null, shipBy: null, shippedAt: null, logistics: null, products: ['土蜂蜜'], hidden: false, unreadable: null, ...extra,
});
const orders = (readAtH: number, rows: OrderRow[], page: OrdersReading['page'] = null, tab: string | null = null): OrdersReading => ({
  kind: 'orders', status: 'ok', url: 'https://s.kwaixiaodian.com/zone/order/list', readAt: iso(readAtH), shop: { id: null, name: null }, tab, page, orders: rows, missing: [], problems: [],
});
const caseRow = (caseNo: string, extra: Partial<CaseRow> = {}): CaseRow => ({
  caseNo, orderNo: null, type: 'refund-only', typeShown: '仅退款', status: 'awaiting-merchant', statusShown: '待商家处理', appliedAt: null, handleBy: null, products: [], hidden: false, unreadable: null, ...extra,
});
const cases = (readAtH: number, rows: CaseRow[]): AfterSalesReading => ({
  kind: 'after-sales', status: 'ok', url: 'https://s.kwaixiaodian.com/zone/refund/list', readAt: iso(readAtH), shop: { id: null, name: null }, tab: null, page: null, cases: rows, missing: [], problems: [],
});
const numbers = (q: ReturnType<typeof buildQueue>, g: keyof ReturnType<typeof buildQueue>['groups']) => q.groups[g].map((i) => i.number);

/** What the side panel says the queue cannot know, in Chinese. */
const said = (q: { unknowns: Parameters<ReturnType<typeof queueMessages>['unknown']>[0][] }) => q.unknowns.map((u) => queueMessages('zh').unknown(u)).join(' ');

describe('today\'s queue: deadlines, groups, merging and expiry', () => {
  it('uses the page\'s own line first, and 48 h from payment only as a labelled estimate', () => {
    const s = mergeOrders(emptyQueueState(), orders(0, [
      row('A1', { paidAt: iso(-47), shipBy: { shown: '还剩20小时', source: 'countdown', deadline: iso(20) } }),
      row('A2', { paidAt: iso(-45) }),
    ]));
    const q = buildQueue(s, at(0));
    expect(q.groups.due24h.map((i) => [i.number, i.deadlineSource, i.minutesLeft])).toEqual([['A1', 'page', 1200]]);
    expect(q.groups.due6h.map((i) => [i.number, i.deadlineSource, i.minutesLeft])).toEqual([['A2', 'estimate-48h', 180]]);
    expect(said(q)).toContain('按支付后 48 小时估算');
  });

  it('groups overdue / within 6 h / within 24 h, most urgent first, and each item says when it was read', () => {
    const s = mergeOrders(emptyQueueState(), orders(0, [
      row('B4', { shipBy: { shown: '还剩23小时', source: 'countdown', deadline: iso(23) } }),
      row('B2', { shipBy: { shown: '还剩1小时', source: 'countdown', deadline: iso(1) } }),
      row('B1', { shipBy: { shown: '已超时2小时', source: 'countdown', deadline: iso(-2) } }),
      row('B3', { shipBy: { shown: '还剩5小时', source: 'countdown', deadline: iso(5) } }),
      row('B5', { shipBy: { shown: '还剩30小时', source: 'countdown', deadline: iso(30) } }),
    ]));
    const q = buildQueue(s, at(0.5));
    expect(numbers(q, 'overdue')).toEqual(['B1']);
    expect(numbers(q, 'due6h')).toEqual(['B2', 'B3']);
    expect(numbers(q, 'due24h')).toEqual(['B4']);
    expect(q.groups.overdue[0]!.readAt).toBe(iso(0));
    expect(q.urgent).toBe(3);
    expect(said(q)).toContain('另有 1 单');
    // Six hours later the same reads give a different day: B3 is now overdue, B4 within 6 h.
    const later = buildQueue(s, at(18));
    expect(numbers(later, 'overdue')).toEqual(['B1', 'B2', 'B3']);
    expect(numbers(later, 'due6h')).toEqual(['B4']);
  });

  it('an order seen shipped leaves the queue; shipped but not picked up after 24 h comes back', () => {
    let s = mergeOrders(emptyQueueState(), orders(0, [row('C1', { shipBy: { shown: '还剩3小时', source: 'countdown', deadline: iso(3) } }), row('C2', { paidAt: iso(-10) })]));
    expect(numbers(buildQueue(s, at(0)), 'due6h')).toEqual(['C1']);
    s = mergeOrders(s, orders(1, [row('C1', { status: 'shipped', statusShown: '已发货', shippedAt: iso(1), logistics: 'awaiting-pickup' })], null, '已发货'));
    const q = buildQueue(s, at(2));
    expect(numbers(q, 'due6h')).toEqual([]);
    expect(numbers(q, 'notPickedUp')).toEqual([]);
    expect(numbers(buildQueue(s, at(26)), 'notPickedUp')).toEqual(['C1']);
    // Picked up: gone for good. C2 was not on the 已发货 tab and keeps its estimate.
    s = mergeOrders(s, orders(27, [row('C1', { status: 'shipped', statusShown: '已发货', logistics: 'picked-up' })]));
    const q2 = buildQueue(s, at(27));
    expect(numbers(q2, 'notPickedUp')).toEqual([]);
    expect(numbers(q2, 'due24h')).toEqual(['C2']);
    expect(s.orders.C1!.shippedAt).toBe(iso(1));
  });

  it('an item not seen for 72 h expires', () => {
    let s = mergeOrders(emptyQueueState(), orders(0, [row('D1', { shipBy: { shown: '已超时1小时', source: 'countdown', deadline: iso(-1) } }), row('D2', { paidAt: iso(0) })]));
    s = mergeOrders(s, orders(40, [row('D2', { paidAt: iso(0) })]));
    expect(numbers(buildQueue(s, at(71)), 'overdue')).toEqual(['D1', 'D2']);
    expect(numbers(buildQueue(s, at(73)), 'overdue')).toEqual(['D2']);
    expect(Object.keys(expire(s, at(113)).orders)).toEqual([]);
  });

  it('merges successive page reads by order number and says which pages it has not seen', () => {
    let s = mergeOrders(emptyQueueState(), orders(0, [row('E1001', { paidAt: iso(-40) })], { current: 1, total: 3 }));
    expect(said(buildQueue(s, at(0)))).toContain('订单列表共 3 页，读过第 1 页');
    s = mergeOrders(s, orders(0.1, [row('E2002', { paidAt: iso(-44) }), row('E1001', { paidAt: iso(-40), shipBy: { shown: '还剩7小时', source: 'countdown', deadline: iso(7) } })], { current: 3, total: 3 }));
    const q = buildQueue(s, at(0.2));
    expect(said(q)).toContain('读过第 1、3 页');
    expect(numbers(q, 'due6h')).toEqual(['E2002']);
    expect(q.groups.due24h.map((i) => [i.number, i.deadlineSource])).toEqual([['E1001', 'page']]);
    expect(queueStateSchema.safeParse(s).error?.issues ?? []).toEqual([]);
  });

  it('an unreadable row is listed as unreadable, never guessed, and never overwrites what was known', () => {
    let s = mergeOrders(emptyQueueState(), orders(0, [row('F1', { status: null, statusShown: '待审核发货', unreadable: '订单状态「待审核发货」不认识' }), row('F2', { paidAt: iso(-10) })]));
    let q = buildQueue(s, at(0));
    expect(q.groups.unreadable.map((i) => [i.number, i.why, i.missingPart])).toEqual([['F1', '订单状态「待审核发货」不认识', null]]);
    s = mergeOrders(s, orders(1, [row('F2', { paidAt: null, unreadable: '支付时间「2026-13-45」不是有效的时间' })]));
    q = buildQueue(s, at(1));
    expect(numbers(q, 'due24h').concat(numbers(q, 'due6h'), numbers(q, 'overdue'))).toEqual([]);
    expect(s.orders.F2!.paidAt).toBe(iso(-10));
    expect(q.groups.due24h.length + q.groups.due6h.length).toBe(0);
    expect(said(buildQueue(s, at(1)))).toContain('另有 1 单');
  });

  it('cases: 平台介入中, near their line, and waiting on the merchant by age; others are not the merchant\'s move', () => {
    const s = mergeCases(emptyQueueState(), cases(0, [
      caseRow('S1', { appliedAt: iso(-20), handleBy: { shown: '还剩10小时', deadline: iso(10) } }),
      caseRow('S2', { status: 'awaiting-merchant-receipt', statusShown: '待商家收货', appliedAt: iso(-60) }),
      caseRow('S3', { status: 'awaiting-buyer-return', statusShown: '待买家退货', appliedAt: iso(-5) }),
      caseRow('S4', { status: 'platform', statusShown: '平台介入中', appliedAt: iso(-80) }),
      caseRow('S5', { appliedAt: iso(-2), handleBy: { shown: '剩余1天22小时', deadline: iso(46) } }),
      caseRow('S6', { status: 'done', statusShown: '退款成功' }),
      caseRow('S7', { appliedAt: iso(-30), handleBy: { shown: '已超时1小时', deadline: iso(-1) } }),
    ]));
    const q = buildQueue(s, at(0));
    expect(numbers(q, 'casePlatform')).toEqual(['S4']);
    expect(numbers(q, 'caseNearDeadline')).toEqual(['S7', 'S1']);
    expect(q.groups.caseWaiting.map((i) => [i.number, i.ageHours])).toEqual([['S2', 60], ['S5', 2]]);
    expect(q.groups.casePlatform[0]!.url).toContain('/zone/refund/');
    // Handled: the next read shows 待买家退货 and the countdown is gone; the case leaves the queue.
    const s2 = mergeCases(s, cases(1, [caseRow('S1', { status: 'awaiting-buyer-return', statusShown: '待买家退货', appliedAt: iso(-20) })]));
    expect(numbers(buildQueue(s2, at(1)), 'caseNearDeadline')).toEqual(['S7']);
    expect(s2.cases.S1!.handleBy).toBeNull();
  });

  it('an empty state says what it cannot know', () => {
    const q = buildQueue(emptyQueueState(), at(0));
    expect(q.urgent).toBe(0);
    expect(said(q)).toContain('还没有读过订单列表');
    expect(said(q)).toContain('还没有读过售后列表');
    expect(queueMessages('en').unknown(q.unknowns[1]!)).toBe('The order list has not been read yet.');
  });
});
