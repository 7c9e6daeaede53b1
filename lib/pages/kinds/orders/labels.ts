import type { FieldSpec } from '../../kit/list-items';

/**
 * Every label the order-list reader knows, with where it is seen. Evidence: DOMAIN.md §3 (the
 * order list at /zone/order/list, older /zone-origin/order/list); the two guides' levers (ship
 * within 48 h of payment, pickup within 24 h: 及时发货率, 揽收); the antd order lists the zoo models
 * (one Table row per order, or one card per order with a header line 「订单编号：…  下单时间：…」).
 * Labels of buyer data are listed only to fence them: their text is never read.
 */
export const ORDER_FIELDS = {
  orderNo: ['订单编号', '订单号', '订单ID', '订单id'],
  status: ['订单状态', '状态'],
  paid: ['支付时间', '付款时间', '成交时间'],
  created: ['下单时间', '创建时间'],
  promised: ['承诺发货时间', '最晚发货时间', '发货截止时间', '应发货时间', '需发货时间'],
  remaining: ['剩余发货时间', '发货倒计时', '剩余时间', '发货剩余时间'],
  shipped: ['发货时间'],
  logistics: ['物流状态', '揽收状态'],
  product: ['商品名称', '商品信息', '商品标题', '商品'],
} as const satisfies Record<string, readonly string[]>;

/** Buyer data (issue 13 item 6): fenced, never read. Money and counts are not the queue's business. */
export const FENCED_LABELS = [
  '收货人', '收件人', '收货信息', '买家', '买家昵称', '买家信息', '买家ID', '手机号', '手机', '联系电话', '电话', '联系方式',
  '收货地址', '地址', '详细地址', '买家留言', '留言', '备注', '商家备注', '买家备注', '聊天', '消息',
  '实付金额', '实付', '单价', '数量', '金额', '运费', '操作', '物流单号', '运单号', '快递单号', '物流公司', '快递公司',
];

/** Column headers by meaning, checked in order: buyer columns first, 承诺发货时间 before 发货时间, 物流状态 before 状态. */
export const ORDER_COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['fenced', ['收货人', '收件人', '买家', '手机', '电话', '地址', '留言', '备注', '联系']],
  ['remaining', ['剩余', '倒计时']],
  ['promised', ['承诺发货', '最晚发货', '发货截止', '应发货', '需发货']],
  ['shipped', ['发货时间']],
  ['paid', ['支付时间', '付款时间', '成交时间']],
  ['created', ['下单时间', '创建时间']],
  ['orderNo', ['订单编号', '订单号', '订单id']],
  ['logistics', ['物流状态', '揽收']],
  ['status', ['订单状态', '状态']],
  ['product', ['商品']],
];

export const ORDER_SPEC: FieldSpec = { fields: ORDER_FIELDS, fenced: FENCED_LABELS, key: 'orderNo', columns: ORDER_COLUMNS };

/** Order statuses as the list prints them. 已发货 orders leave the shipping queue. */
export const ORDER_STATUSES: ReadonlyArray<readonly [string, OrderStatus]> = [
  ['待发货', 'to-ship'], ['待出库', 'to-ship'], ['已付款', 'to-ship'], ['待配货', 'to-ship'],
  ['已发货', 'shipped'], ['待收货', 'shipped'], ['运输中', 'shipped'], ['已揽收', 'shipped'],
  ['已签收', 'delivered'], ['交易成功', 'completed'], ['已完成', 'completed'], ['交易完成', 'completed'],
  ['待付款', 'unpaid'], ['待支付', 'unpaid'],
  ['已关闭', 'closed'], ['交易关闭', 'closed'], ['已取消', 'closed'],
  ['售后中', 'after-sales'], ['退款中', 'after-sales'],
];
export type OrderStatus = 'to-ship' | 'shipped' | 'delivered' | 'completed' | 'unpaid' | 'closed' | 'after-sales';

/** 揽收 state of a shipped order. */
export const LOGISTICS_STATES: ReadonlyArray<readonly [string, LogisticsState]> = [
  ['待揽收', 'awaiting-pickup'], ['未揽收', 'awaiting-pickup'], ['揽收超时', 'awaiting-pickup'],
  ['已揽收', 'picked-up'], ['运输中', 'picked-up'], ['派送中', 'picked-up'], ['已签收', 'delivered'],
];
export type LogisticsState = 'awaiting-pickup' | 'picked-up' | 'delivered';

/** Words on the page that say this is the order list (outside the side menu, which names every page). */
export const ORDER_EVIDENCE = ['订单编号', '待发货', '发货'];
