import { describe, expect, it } from 'vitest';
import { buildQueue, emptyQueueState, mergeCases, mergeOrders } from '@/lib/engine/queue';
import { readAfterSalesPage } from '@/tests/support/readers';
import { readOrdersPage } from '@/tests/support/readers';
import { LAYOUTS as CASE_LAYOUTS } from '../../fixtures/zoo/after-sales/layouts';
import { TRUTHS as CASE_TRUTHS } from '../../fixtures/zoo/after-sales/truth';
import { LAYOUTS as ORDER_LAYOUTS } from '../../fixtures/zoo/orders/layouts';
import { TRUTHS as ORDER_TRUTHS, cn } from '../../fixtures/zoo/orders/truth';
import { fixtureDocument, htmlDocument } from '../helpers';

/**
 * Issue 13 item 6: order and case numbers, times, statuses and product titles only. Every zoo
 * page carries buyer names, phones, addresses, messages and refund reasons; none of it may
 * appear anywhere in a reading or in the queue built from it.
 */
const now = new Date('2026-12-02T02:00:00Z');

function leaks(json: string, secrets: string[]): string[] {
  return secrets.filter((s) => json.includes(s));
}

describe('privacy: buyer data never reaches a reading or the queue', () => {
  it('a page full of buyer data (收货人, 手机号 138…, 地址, 买家留言) gives none of it back', () => {
    const doc = htmlDocument(`
      <div class="order-card"><div>订单编号：3012999900001111  下单时间：2026-12-01 09:00</div>
        <div>商品：山野土蜂蜜 500g</div><span class="ant-tag">待发货</span><span class="ant-tag">还剩5小时12分</span>
        <div>收货人：欧阳娜娜</div><div>手机号：13812345678</div><div>收货地址：北京市朝阳区望京街道阜通东大街6号</div>
        <div>买家留言：还剩2小时就要出门了，请放门卫室</div><div>买家昵称 快乐的小熊猫</div><div>联系电话 010-66668888</div></div>
      <div class="order-card"><div>订单编号：3012999900002222  下单时间：2026-12-01 10:00</div>
        <div>商品：手工红糖</div><span class="ant-tag">已发货</span><div>发货时间：2026-12-01 12:00</div><span class="ant-tag">待揽收</span>
        <div>收件人 司马懿</div><div>手机 13987654321</div><div>地址：上海市浦东新区世纪大道100号</div><div>备注：已超时了怎么还不发</div></div>`);
    const reading = readOrdersPage(doc, new URL('https://s.kwaixiaodian.com/zone/order/list'), { now });
    expect(reading.orders.map((o) => o.orderNo)).toEqual(['3012999900001111', '3012999900002222']);
    expect(reading.orders[0]!.shipBy?.shown).toBe('还剩5小时12分');
    const queue = buildQueue(mergeOrders(emptyQueueState(), reading), now);
    const json = JSON.stringify(reading) + JSON.stringify(queue);
    expect(leaks(json, ['欧阳娜娜', '13812345678', '望京', '阜通东大街', '门卫室', '出门', '快乐的小熊猫', '66668888', '司马懿', '13987654321', '浦东', '世纪大道', '怎么还不发'])).toEqual([]);
    expect(json).not.toMatch(/1[3-9]\d{9}/);
  });

  for (const [truthName, truth] of Object.entries(ORDER_TRUTHS)) {
    for (const layout of Object.keys(ORDER_LAYOUTS)) {
      it(`orders ${layout}: no buyer data in the reading or the queue`, async () => {
        const reading = readOrdersPage(await fixtureDocument(`zoo-orders-${layout}--${truthName}`), new URL('https://s.kwaixiaodian.com/zone/order/list'), { now: new Date(cn(truth.readAt)) });
        expect(reading.orders.length).toBeGreaterThan(0);
        const json = JSON.stringify(reading) + JSON.stringify(buildQueue(mergeOrders(emptyQueueState(), reading), now));
        expect(leaks(json, truth.orders.flatMap((o) => [o.buyer.name, o.buyer.phone, o.buyer.address, o.buyer.note]))).toEqual([]);
      });
    }
  }
  for (const [truthName, truth] of Object.entries(CASE_TRUTHS)) {
    for (const layout of Object.keys(CASE_LAYOUTS)) {
      it(`after-sales ${layout}: no buyer data or refund reason in the reading or the queue`, async () => {
        const reading = readAfterSalesPage(await fixtureDocument(`zoo-after-sales-${layout}--${truthName}`), new URL('https://s.kwaixiaodian.com/zone/refund/list'), { now: new Date(cn(truth.readAt)) });
        expect(reading.cases.length).toBeGreaterThan(0);
        const json = JSON.stringify(reading) + JSON.stringify(buildQueue(mergeCases(emptyQueueState(), reading), now));
        expect(leaks(json, truth.cases.flatMap((x) => [x.buyer.name, x.buyer.phone, x.buyer.address, x.buyer.note, x.buyer.reason]))).toEqual([]);
      });
    }
  }
});
