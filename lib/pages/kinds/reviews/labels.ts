import type { FieldSpec } from '../../kit/list-items';

/**
 * Labels of 评价管理 (我的小店 → 评价管理, DOMAIN.md §1.3: bad reviews can be appealed there with
 * evidence, 投诉). The guides' levers: answer bad and middling reviews, appeal malicious ones,
 * rework products whose 差评率 is above 5 % (2025 guide). The buyer's nickname, avatar and
 * review text are fenced: never read.
 */
export const REVIEW_FIELDS = {
  date: ['评价时间', '评价日期', '评论时间'],
  orderNo: ['订单编号', '订单号'],
  product: ['商品名称', '商品信息', '评价商品', '商品标题', '商品'],
  rating: ['评价等级', '评价类型', '评分', '商品评分', '满意度', '评价星级'],
  reply: ['商家回复', '卖家回复', '我的回复', '回复内容'],
  replyState: ['回复状态', '是否回复'],
  appeal: ['申诉状态', '投诉状态', '申诉进度', '投诉进度', '申诉结果'],
} as const satisfies Record<string, readonly string[]>;

export const REVIEW_FENCED = ['买家', '买家昵称', '用户', '用户昵称', '昵称', '评价内容', '评论内容', '买家评价', '追评', '追加评价', '晒图', '图片', '手机号', '收货地址', '操作'];

export const REVIEW_COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['reply', ['商家回复', '回复内容', '我的回复']],
  ['replyState', ['回复状态', '是否回复']],
  ['appeal', ['申诉', '投诉']],
  ['fenced', ['买家', '用户', '昵称', '内容', '追评', '图片', '晒图']],
  ['date', ['评价时间', '评价日期', '评论时间']],
  ['orderNo', ['订单编号', '订单号']],
  ['rating', ['评价等级', '评价类型', '评分', '星级', '满意度']],
  ['product', ['商品']],
];

export const REVIEW_SPEC: FieldSpec = { fields: REVIEW_FIELDS, fenced: REVIEW_FENCED, key: 'date', columns: REVIEW_COLUMNS };

/** The per-product figures some pages show (商品评价分析): a product's 差评率 as the page prints it. */
export const STAT_FIELDS = {
  badRate: ['差评率', '商品差评率'],
  bad: ['差评数', '差评量'],
  total: ['评价数', '评价总数', '评价量'],
  product: ['商品名称', '商品信息', '商品标题', '商品'],
} as const satisfies Record<string, readonly string[]>;
export const STAT_COLUMNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['badRate', ['差评率']],
  ['bad', ['差评数', '差评量']],
  ['total', ['评价数', '评价总数', '评价量']],
  ['product', ['商品']],
];
export const STAT_SPEC: FieldSpec = { fields: STAT_FIELDS, fenced: REVIEW_FENCED, key: 'badRate', columns: STAT_COLUMNS };

export type Rating = 'bad' | 'middling' | 'good';
export const RATINGS: ReadonlyArray<readonly [string, Rating]> = [
  ['差评', 'bad'], ['中评', 'middling'], ['好评', 'good'], ['一般', 'middling'], ['失望', 'bad'], ['满意', 'good'],
];

export type Appeal = 'available' | 'pending' | 'upheld' | 'rejected';
export const APPEALS: ReadonlyArray<readonly [string, Appeal]> = [
  ['投诉', 'available'], ['申诉', 'available'], ['可投诉', 'available'], ['可申诉', 'available'], ['去申诉', 'available'], ['发起投诉', 'available'],
  ['申诉中', 'pending'], ['投诉中', 'pending'], ['审核中', 'pending'], ['已申诉', 'pending'], ['已投诉', 'pending'], ['投诉审核中', 'pending'], ['申诉审核中', 'pending'],
  ['申诉成功', 'upheld'], ['投诉成功', 'upheld'], ['已屏蔽', 'upheld'], ['已删除', 'upheld'],
  ['申诉驳回', 'rejected'], ['申诉失败', 'rejected'], ['投诉失败', 'rejected'], ['已驳回', 'rejected'], ['驳回', 'rejected'],
];

export const REPLY_STATES: ReadonlyArray<readonly [string, 'answered' | 'open']> = [
  ['已回复', 'answered'], ['未回复', 'open'], ['待回复', 'open'], ['是', 'answered'], ['否', 'open'],
];

/** Above this 差评率 a product is listed for rework (2025 guide: 差评率>5% 的商品进行下架优化). */
export const REWORK_ABOVE_PERCENT = 5;

/** Words on the page that say this is 评价管理 (outside the menus, which name it on every page). */
export const REVIEWS_EVIDENCE = { name: ['评价管理', '评价时间', '评价列表'], levels: ['差评', '中评'], acts: ['回复', '投诉', '申诉'] };
