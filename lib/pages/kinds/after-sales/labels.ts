import type { FieldSpec } from '../../kit/list-items';
import { FENCED_LABELS } from '../orders/labels';

/**
 * Labels of the after-sales (售后) list and the case page zone/refund/detail (DOMAIN.md §3, S4).
 * The guides' levers: 仅退款/退货退款自主完结时长, 平台求助率, 商责纠纷率 — a case waiting on the
 * merchant keeps its clock running. Buyer data and the buyer's reason text are fenced.
 */
export const CASE_FIELDS = {
  caseNo: ['售后单号', '售后编号', '售后单编号', '退款编号', '退款单号', '售后ID'],
  orderNo: ['订单编号', '订单号', '关联订单'],
  type: ['售后类型', '退款类型', '类型'],
  status: ['售后状态', '退款状态', '处理状态', '状态'],
  applied: ['申请时间', '发起时间', '创建时间'],
  remaining: ['剩余处理时间', '处理倒计时', '剩余时间', '处理时效', '超时时间'],
  product: ['商品名称', '商品信息', '商品标题', '商品'],
} as const satisfies Record<string, readonly string[]>;

/** The buyer's words are private too: 退款原因 and 问题描述 are free text from the buyer. */
export const CASE_FENCED = [...FENCED_LABELS, '退款原因', '售后原因', '申请原因', '问题描述', '买家描述', '凭证', '退款金额', '申请金额'];

export const CASE_COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['fenced', ['收货人', '买家', '手机', '电话', '地址', '留言', '备注', '原因', '描述', '联系', '金额']],
  ['remaining', ['剩余', '倒计时', '时效', '超时']],
  ['applied', ['申请时间', '发起时间', '创建时间']],
  ['caseNo', ['售后单号', '售后编号', '售后单编号', '退款编号', '退款单号']],
  ['orderNo', ['订单编号', '订单号', '关联订单']],
  ['type', ['类型']],
  ['status', ['状态']],
  ['product', ['商品']],
];

export const CASE_SPEC: FieldSpec = { fields: CASE_FIELDS, fenced: CASE_FENCED, key: 'caseNo', columns: CASE_COLUMNS };

export type CaseType = 'refund-only' | 'return-refund' | 'exchange';
export const CASE_TYPES: ReadonlyArray<readonly [string, CaseType]> = [
  ['仅退款', 'refund-only'], ['发货后仅退款', 'refund-only'], ['未发货仅退款', 'refund-only'],
  ['退货退款', 'return-refund'], ['换货', 'exchange'],
];

export type CaseStatus = 'awaiting-merchant' | 'awaiting-buyer-return' | 'awaiting-merchant-receipt' | 'platform' | 'awaiting-buyer' | 'closed' | 'done';
export const CASE_STATUSES: ReadonlyArray<readonly [string, CaseStatus]> = [
  ['待商家处理', 'awaiting-merchant'], ['待处理', 'awaiting-merchant'], ['待卖家处理', 'awaiting-merchant'], ['待商家审核', 'awaiting-merchant'],
  ['待买家退货', 'awaiting-buyer-return'], ['待买家寄回', 'awaiting-buyer-return'],
  ['待商家收货', 'awaiting-merchant-receipt'], ['待卖家收货', 'awaiting-merchant-receipt'], ['买家已退货', 'awaiting-merchant-receipt'],
  ['平台介入中', 'platform'], ['平台处理中', 'platform'], ['客服介入中', 'platform'],
  ['待买家处理', 'awaiting-buyer'], ['商家已拒绝', 'awaiting-buyer'], ['已拒绝', 'awaiting-buyer'],
  ['退款成功', 'done'], ['已完成', 'done'], ['售后完成', 'done'], ['换货成功', 'done'],
  ['已关闭', 'closed'], ['售后关闭', 'closed'], ['已撤销', 'closed'], ['买家已撤销', 'closed'],
];

export const CASE_EVIDENCE = ['售后单号', '售后编号', '退款编号', '售后类型', '售后状态', '待商家处理'];
