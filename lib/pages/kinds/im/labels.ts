/**
 * Words of the customer-service workbench (im.kwaixiaodian.com/workbench, DOMAIN.md §3.8, S3):
 * the session list's time slot shows 「…后超时」 or 「已超时」 while a buyer waits, else the time of
 * the last message; sessions sit under group titles or carry a status tag. The platform's own
 * cards are not buyers waiting on the merchant and are left out of every count (S3's list).
 * Buyer nicknames, avatars and message text are on every card: the reader never keeps them.
 */
export const SYSTEM_CARDS = ['发货验收提醒', '催付卡片', '评价邀请', '订单卡片', '核单卡片', '猜你想问', '会话关闭', '快手官方保障'];

/** A session's state words, as a tag on the card or as the title of its group (「待回复 (4)」). */
export const WAITING_WORDS = ['待回复', '未回复', '待处理', '排队中', '待接入', '等待回复'];
export const ANSWERED_WORDS = ['已回复', '已处理', '已结束', '已关闭', '历史会话', '最近联系', '已接待'];

/** The shop's 3-minute reply rate, when the workbench shows it (客服 dimension, S1's ≥80 % target). */
export const REPLY_RATE_LABELS = ['3分钟回复率', '3分钟人工回复率', '三分钟回复率', '3min回复率'];

/** The 3-minute line (S3 times a message out 180 000 ms after it arrives). */
export const REPLY_WITHIN_S = 180;
/** 「即将超时」: due within this many seconds. */
export const DUE_SOON_S = 60;

/** Words that say this is the workbench's session list (outside menus). */
export const IM_EVIDENCE = ['后超时', '已超时', '待回复', '未回复', '会话列表', '当前会话'];
