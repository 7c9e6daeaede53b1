import { describe, expect, it } from 'vitest';
import { afterSalesUrlHint, hasAfterSalesEvidence } from '@/lib/pages/kinds/after-sales/page';
import { readAfterSalesPage } from '@/tests/support/readers';
import { hasOrdersEvidence, ordersUrlHint } from '@/lib/pages/kinds/orders/page';
import { readOrdersPage } from '@/tests/support/readers';
import { ordersReadingSchema } from '@/lib/pages/kinds/orders/reading';
import { parseCountdown, parseShownTime } from '@/lib/pages/kit/times';
import { bigTable } from '../../fixtures/zoo/orders/layouts';
import { TODAY } from '../../fixtures/zoo/orders/truth';
import { htmlDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/order/list');
const now = new Date('2026-12-02T02:00:00Z'); // 10:00 China time

describe('times as list pages print them', () => {
  it('reads China time into absolute ISO, and refuses garbled times with a reason', () => {
    expect(parseShownTime('2026-11-30 10:00', now)).toEqual({ ok: true, iso: '2026-11-30T02:00:00.000Z', fullDate: true });
    expect(parseShownTime('2026/12/01 23:59:30', now)).toMatchObject({ ok: true, iso: '2026-12-01T15:59:30.000Z' });
    expect(parseShownTime('2026年12月1日 08:05', now)).toMatchObject({ ok: true, iso: '2026-12-01T00:05:00.000Z' });
    for (const bad of ['2026-13-45 99:00', '2026-02-30 10:00', '2026-12-01 24:10', '2026-12-01', 'abc']) expect(parseShownTime(bad, now).ok, bad).toBe(false);
  });

  it('takes the year nearest the read for a date shown without one (12-31 read on 1-2 is last year)', () => {
    expect(parseShownTime('12-03 05:30', now)).toEqual({ ok: true, iso: '2026-12-02T21:30:00.000Z', fullDate: false });
    expect(parseShownTime('12-31 20:00', new Date('2027-01-02T02:00:00Z'))).toMatchObject({ ok: true, iso: '2026-12-31T12:00:00.000Z' });
  });

  it('reads countdowns in every wording as signed minutes, and garbled ones as unreadable', () => {
    const minutes = (s: string, labelled = false) => { const c = parseCountdown(s, labelled); return c && c.ok ? c.minutes : c; };
    expect(minutes('还剩5小时12分')).toBe(312);
    expect(minutes('剩余1天3小时')).toBe(1620);
    expect(minutes('4小时12分后超时')).toBe(252);
    expect(minutes('已超时2小时')).toBe(-120);
    expect(minutes('已超时 01:35:00')).toBe(-95);
    expect(minutes('05:12:00', true)).toBe(312);
    expect(minutes('还剩45分钟')).toBe(45);
    expect(minutes('05:12:00')).toBeNull(); // a clock time with no countdown label or word is not a countdown
    expect(parseCountdown('还剩NaN小时')).toMatchObject({ ok: false });
    expect(parseCountdown('剩余 05:75:00')).toMatchObject({ ok: false });
  });
});

describe('order list reader: bad input is reported per row, never guessed', () => {
  it('a garbled time and an unknown status make only that row unreadable', () => {
    const doc = htmlDocument(`<table><thead><tr><th>订单编号</th><th>支付时间</th><th>订单状态</th><th>剩余发货时间</th></tr></thead><tbody>
      <tr><td>3012000000000001</td><td>2026-12-01 09:00</td><td>待发货</td><td>还剩5小时12分</td></tr>
      <tr><td>3012000000000002</td><td>2026-12-0l 09:00</td><td>待发货</td><td>还剩1小时</td></tr>
      <tr><td>3012000000000003</td><td>2026-12-01 09:00</td><td>待审核发货</td><td>还剩2小时</td></tr>
      <tr><td>3012000000000004</td><td>2026-12-01 09:00</td><td>待发货</td><td>还剩??小时</td></tr></tbody></table>`);
    const r = readOrdersPage(doc, url, { now });
    expect(ordersReadingSchema.safeParse(r).success).toBe(true);
    const [a, b, c, d] = r.orders;
    expect(a).toMatchObject({ status: 'to-ship', paidAt: '2026-12-01T01:00:00.000Z', shipBy: { source: 'countdown', deadline: '2026-12-02T07:12:00.000Z' }, unreadable: null });
    expect(b!.paidAt).toBeNull();
    expect(b!.unreadable).toContain('支付时间');
    expect(c!.status).toBeNull();
    expect(c!.unreadable).toContain('待审核发货');
    expect(d!.shipBy).toBeNull();
    expect(d!.unreadable).toContain('剩余发货时间');
    expect(r.status).toBe('partial');
  });

  it('a search form above the list (订单编号 with an input, 订单状态 select) is no order and no problem', () => {
    const doc = htmlDocument(`<form class="ant-form"><div class="ant-form-item"><label>订单编号</label><input placeholder="请输入订单编号"></div>
      <div class="ant-form-item"><label>订单状态</label><div class="ant-select"><span class="ant-select-selection-item">全部</span></div></div>
      <div class="ant-form-item"><label>下单时间</label><input></div><button class="ant-btn">查询</button></form>
      <div class="order-card"><div>订单编号：3012000000000007  下单时间：2026-12-01 09:00</div><span class="ant-tag">待发货</span><span class="ant-tag">还剩3小时</span></div>
      <div class="order-card"><div>订单编号：3012000000000008  下单时间：2026-12-01 09:30</div><span class="ant-tag">已发货</span></div>`);
    const r = readOrdersPage(doc, url, { now });
    expect(r.orders.map((o) => [o.orderNo, o.status, o.shipBy?.deadline ?? null])).toEqual([
      ['3012000000000007', 'to-ship', '2026-12-02T05:00:00.000Z'],
      ['3012000000000008', 'shipped', null],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.status).toBe('ok');
  });

  it('names the selected tab without its badge count, and the current page', async () => {
    const { fixtureDocument } = await import('../helpers');
    const tabs = readOrdersPage(await fixtureDocument('zoo-orders-tabs--today'), url, { now });
    expect(tabs.tab).toBe('待发货');
    const two = readOrdersPage(await fixtureDocument('zoo-orders-paged-two--today'), url, { now });
    expect(two.page).toEqual({ current: 2, total: 2 });
  });

  it('a page with no orders says what it missed; a page that is not a list throws nothing', () => {
    const r = readOrdersPage(htmlDocument('<div>欢迎使用快手小店</div>'), url, { now });
    expect(r.status).toBe('unreadable');
    expect(r.missing).toContain('订单编号');
  });

  it('reads a 5,000-row list without error and says where it stopped', () => {
    const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${bigTable(TODAY, 5000)}</body></html>`, 'text/html');
    const r = readOrdersPage(doc, url, { now });
    expect(ordersReadingSchema.safeParse(r).success).toBe(true);
    expect(r.orders).toHaveLength(5000);
    expect(new Set(r.orders.map((o) => o.orderNo)).size).toBe(5000);
    // The last row reads like the first: same header, same fields.
    expect(r.orders[4999]).toMatchObject({ orderNo: '4012000000004999', status: TODAY.orders[4999 % TODAY.orders.length]!.status });
    expect(r.problems).not.toContain('读取出错');
  }, 120_000); // happy-dom builds a 100,000-element page slowly; speed is measured in the bench, not here
});

describe('page detection: URL hint and label evidence', () => {
  it('knows the order list routes and the after-sales routes', () => {
    expect(ordersUrlHint(new URL('https://s.kwaixiaodian.com/zone/order/list?tab=1'))).toBe(true);
    expect(ordersUrlHint(new URL('https://s.kwaixiaodian.com/zone-origin/order/list'))).toBe(true);
    expect(ordersUrlHint(new URL('https://s.kwaixiaodian.com/zone/goods/list'))).toBe(false);
    expect(afterSalesUrlHint(new URL('https://s.kwaixiaodian.com/zone/refund/detail?refundId=1'))).toBe(true);
    expect(afterSalesUrlHint(new URL('https://s.kwaixiaodian.com/zone-origin/refund/freight-insurance/index'))).toBe(false);
    expect(ordersUrlHint(new URL('https://s.kwaixiaodian.com/%E4%B8'))).toBe(false);
  });

  it('label evidence outside the side menu decides', () => {
    const menuOnly = htmlDocument('<nav class="ant-menu"><a>订单编号</a><a>待发货</a><a>售后单号</a></nav><div>店铺首页</div>');
    expect(hasOrdersEvidence(menuOnly)).toBe(false);
    expect(hasAfterSalesEvidence(menuOnly)).toBe(false);
    expect(hasOrdersEvidence(htmlDocument('<nav class="ant-menu">订单</nav><div>订单编号：3012 <span>待发货</span></div>'))).toBe(true);
    expect(hasAfterSalesEvidence(htmlDocument('<div>售后单号：SH1 待商家处理</div>'))).toBe(true);
  });

  it('a case page (zone/refund/detail) reads as one case', () => {
    const doc = htmlDocument(`<div class="ant-descriptions"><table><tbody>
      <tr><th>售后单号</th><td>SH20261201999</td><th>订单编号</th><td>3012000000000009</td></tr>
      <tr><th>售后类型</th><td>仅退款</td><th>售后状态</th><td>待商家处理</td></tr>
      <tr><th>申请时间</th><td>2026-12-01 18:00</td><th>剩余处理时间</th><td>还剩20小时</td></tr>
      <tr><th>退款原因</th><td>不想要了，家里人买重了</td><th>买家</th><td>钱多多 13700001111</td></tr></tbody></table></div>`);
    const r = readAfterSalesPage(doc, new URL('https://s.kwaixiaodian.com/zone/refund/detail?id=1'), { now });
    expect(r.cases).toHaveLength(1);
    expect(r.cases[0]).toMatchObject({ caseNo: 'SH20261201999', orderNo: '3012000000000009', type: 'refund-only', status: 'awaiting-merchant', appliedAt: '2026-12-01T10:00:00.000Z', handleBy: { deadline: '2026-12-02T22:00:00.000Z' }, unreadable: null });
    expect(JSON.stringify(r)).not.toMatch(/钱多多|13700001111|买重了/);
  });
});
