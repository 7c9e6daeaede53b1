import { GUIDES } from './guides';
import type { IndicatorRuleInput } from './schema';

/**
 * Indicators of both page generations (DOMAIN.md §1.2, §1.3, §1.6). Advice is ours, written
 * from the facts in the guides; for the current generation the guide is the closest 2022
 * one (same mechanism), which is an inference noted in DOMAIN.md.
 */
export const INDICATORS: IndicatorRuleInput[] = [
  // ── 2022 five-dimension page ──
  {
    id: 'goods-bad-review', generation: 'five', dimension: 'goods',
    labels: ['商品绝对质量差评率'], unit: 'percent', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.badReview, tools: ['信任购', '恶意评价投诉'],
    advice: '逐条查看质量类差评，找出集中的问题批次或SKU并下架整改；恶意差评带证据在「评价管理」投诉。',
  },
  {
    id: 'goods-quality-refund-first', generation: 'five', dimension: 'goods',
    labels: ['商品品质退单率（首因）', '商品品质退单率', '品质退单率'], unit: 'percent', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.qualityRefund, tools: ['运费险', '信任购'],
    advice: '按退款首因统计品质问题，优先处理退单最多的商品；异常退单可带凭证申诉剔除。',
  },
  {
    id: 'reply-3min', generation: 'five', dimension: 'service',
    labels: ['3分钟回复率', '三分钟回复率'], unit: 'percent', direction: 'higher-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.reply, tools: ['机器人客服', '自动回复'],
    advice: '开启机器人客服和夜间自动回复，高峰时段安排人手，目标每天不低于80%。',
  },
  {
    id: 'service-good-rating', generation: 'five', dimension: 'service',
    labels: ['客服好评率'], unit: 'percent', direction: 'higher-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.goodRating, tools: ['邀请评价'],
    advice: '问题解决后再在会话中邀请评价；一条中差评大约要四条好评才能抵消，先把服务做好。',
  },
  {
    id: 'ship-on-time', generation: 'five', dimension: 'logistics',
    labels: ['及时发货率'], unit: 'percent', direction: 'higher-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.shipping, tools: [],
    advice: '按承诺时效发货（建议48小时内发出、24小时内揽收），备货不足时调长发货时间而不是超时。',
  },
  {
    id: 'abnormal-pickup', generation: 'five', dimension: 'logistics',
    labels: ['异常揽收率'], unit: 'percent', direction: 'lower-better', kind: 'gate', weight: 1,
    guideUrl: GUIDES.pickup, tools: [],
    advice: '门槛指标：发货后尽快让快递揽收，避免虚假发货或只打单不交件。',
  },
  {
    id: 'refund-only-duration', generation: 'five', dimension: 'aftersale',
    labels: ['仅退款自主完结时长'], unit: 'hours', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.refundDuration, tools: ['极速退款', '售后小助手'],
    advice: '开启极速退款和售后小助手自动策略；拒绝退款后买家响应的时间也算在商家时长里，不要随意拒绝。',
  },
  {
    id: 'return-refund-duration', generation: 'five', dimension: 'aftersale',
    labels: ['退货退款自主完结时长'], unit: 'hours', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.refundDuration, tools: ['售后小助手'],
    advice: '买家寄回后尽快验货退款，用售后小助手设置自动同意规则。',
  },
  {
    id: 'merchant-dispute', generation: 'five', dimension: 'aftersale',
    labels: ['商责纠纷率'], unit: 'percent', direction: 'lower-better', kind: 'gate', weight: 1,
    guideUrl: GUIDES.dispute, tools: ['运费险', '过敏包退', '坏了包退', '破损包退', '官方保真'],
    advice: '门槛指标：主动协商，别让售后升级为平台介入；开通运费险和类目保障服务。',
  },
  {
    id: 'live-report', generation: 'five', dimension: 'content',
    labels: ['直播间举报率'], unit: 'percent', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.liveReport, tools: [],
    advice: '直播话术避免夸大和绝对化用语，如实介绍商品，及时处理直播间投诉。',
  },
  // ── current three-dimension page ──
  {
    id: 'quality-refund-rate', generation: 'three', dimension: 'goods-exp',
    labels: ['商品品质退款率'], unit: 'percent', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.qualityRefund, tools: ['运费险', '信任购'],
    advice: '找出品质退款最多的商品和批次，整改或下架；有凭证的异常退款可申诉。',
  },
  {
    id: 'quality-bad-review-rate', generation: 'three', dimension: 'goods-exp',
    labels: ['商品质量差评率'], unit: 'percent', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.badReview, tools: ['信任购', '恶意评价投诉'],
    advice: '分析质量差评的共同原因，改进品控和描述一致性；恶意差评带证据投诉。',
  },
  {
    id: 'promised-ship-rate', generation: 'three', dimension: 'logistics-exp',
    labels: ['承诺发货及时率'], unit: 'percent', direction: 'higher-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.shipping, tools: [],
    advice: '只承诺做得到的发货时效；缺货时及时调整预售或发货时间。',
  },
  {
    id: 'ship-to-sign-hours', generation: 'three', dimension: 'logistics-exp',
    labels: ['发签配送时长'], unit: 'hours', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.shipping, tools: [],
    advice: '选择时效更稳定的快递，偏远地区单独设置模板，发货后跟踪异常件。',
  },
  {
    id: 'logistics-complaint-rate', generation: 'three', dimension: 'logistics-exp',
    labels: ['物流负向投诉率'], unit: 'percent', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.pickup, tools: [],
    advice: '延迟发货时主动告知买家，盯住停滞件并联系快递处理。',
  },
  {
    id: 'logistics-competitiveness', generation: 'three', dimension: 'logistics-exp',
    labels: ['物流竞争力'], unit: 'index', direction: 'higher-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.shipping, tools: [],
    advice: '与同行比较发货和配送速度，考虑就近仓或更快的快递。',
  },
  {
    id: 'post-ship-refund-duration', generation: 'three', dimension: 'aftersale-svc',
    labels: ['发货后仅退款完结时长'], unit: 'hours', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.refundDuration, tools: ['极速退款', '售后小助手'],
    advice: '开启极速退款和售后小助手，减少不必要的拒绝。',
  },
  {
    id: 'return-refund-complete-duration', generation: 'three', dimension: 'aftersale-svc',
    labels: ['退货退款完结时长'], unit: 'hours', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.refundDuration, tools: ['售后小助手'],
    advice: '退货签收后尽快验货退款，设置自动同意规则。',
  },
  {
    id: 'platform-help-rate', generation: 'three', dimension: 'aftersale-svc',
    labels: ['平台求助率'], unit: 'percent', direction: 'lower-better', kind: 'scored', weight: 1,
    guideUrl: GUIDES.dispute, tools: ['运费险', '售后小助手'],
    advice: '买家找平台之前先主动协商解决，及时回复售后消息。',
  },
];
