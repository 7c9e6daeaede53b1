import type { Appeal } from '../pages/kinds/reviews/labels';
import { formatIcu } from './icu';
import type { Lang } from './index';

/**
 * Words of the workbench chip (in-page), the chats and reviews groups of 「今日待办」, the appeal
 * helper and the chat notification, both languages. The advice is ours, from the guides' levers
 * (3分钟回复率 ≥ 80 %, answer bad reviews, appeal malicious ones with evidence, rework products
 * above 5 % 差评率); platform words (评价管理, 投诉) stay as the platform writes them.
 */
const plural = (pattern: string, n: number) => formatIcu('en', pattern, { n });

export const APPEAL_RULE_URL = 'https://edu.kwaixiaodian.com/rule/web/detail?id=4kBpxOu4tu';

const zh = {
  chip: (w: number, due: number, over: number) => `待回复 ${w} · 即将超时 ${due}${over ? ` · 已超时 ${over}` : ''}`,
  chipLabel: (w: number, due: number, over: number) => `体验分助手：待回复 ${w} 个会话，${due} 个 60 秒内超时，${over} 个已超时`,
  chipUnreadable: '体验分助手：会话列表读不出',
  chatsTitle: '客服：待回复会话',
  chatsCounts: (w: number, due: number, over: number) => `待回复 ${w} 个，60 秒内超时 ${due} 个，已超时 ${over} 个`,
  chatsStale: '这是当时的数字：工作台已经几分钟没有读到了，打开工作台会更新。',
  replyRate: (shown: string, below: boolean) => `3分钟回复率 ${shown}${below ? '，低于 80%' : ''}`,
  chatsAdvice: '3分钟回复率要在 80% 以上：先回即将超时的会话；忙不过来时开启机器人客服，设好常见问题的自动回复。',
  openWorkbench: '打开客服工作台',
  reviewsTitle: '评价：差评和中评',
  reviewsCounts: (bad: number, mid: number) => `未回复差评 ${bad} 条，未回复中评 ${mid} 条`,
  reviewsAdvice: '先回复差评：说明原因、给出解决办法（补发、退换），让后来的买家看到你在处理。恶意差评（以差评要挟、与订单无关）可以在评价管理里投诉。',
  bad: '差评',
  middling: '中评',
  answered: '已回复',
  unanswered: '未回复',
  answerUnknown: '回复状态未读到',
  appeal: { available: '可投诉', pending: '申诉中', upheld: '申诉成功', rejected: '申诉被驳回' } satisfies Record<Appeal, string>,
  noDate: '日期未读到',
  perProduct: '读到的差评按商品',
  perProductRow: (bad: number, mid: number) => `差评 ${bad} 条，中评 ${mid} 条`,
  pageOnly: (current: number, total: number | null) => `只读了第 ${current} 页${total ? `（共 ${total} 页）` : ''}：其他页的评价不在这里。`,
  reworkTitle: '差评率超过 5% 的商品',
  reworkAdvice: '新商攻略建议：差评率超过 5% 的商品先下架优化（换供应商、改详情页让描述和实物一致），优化后再上架。',
  reworkRow: (rate: string) => `页面显示差评率 ${rate}`,
  appealTitle: '恶意差评投诉要准备的材料',
  appealIntro: '在「评价管理 → 投诉」里提交，平台核实后可能屏蔽或删除该评价。只投诉确属恶意的评价。',
  appealEvidence: ['订单编号', '和买家的聊天记录截图（例如以差评要挟返现、索要额外赔偿）', '物流凭证：发货、揽收、签收记录', '买家提出的具体要求，以及你给出的处理方案', '联系不上买家时的联系记录截图'],
  appealRule: '快手电商规则中心：恶意评价规则',
  appealNever: '本扩展不会替你写评价、回复或投诉，也不提供任何刷评、买评、诱导好评的功能。',
  openReviews: '打开评价管理',
  notifyTitle: '会话快超时了',
  notifyBody: (n: number) => (n === 1 ? '有 1 个会话 60 秒内就超过 3 分钟回复线，请回到客服工作台。' : `有 ${n} 个会话 60 秒内就超过 3 分钟回复线，请回到客服工作台。`),
  badgeTitle: (n: number) => `客服工作台：待回复 ${n} 个会话`,
};
export type ChatsMessages = typeof zh;

const en: ChatsMessages = {
  chip: (w, due, over) => `${w} waiting · ${due} due soon${over ? ` · ${over} overdue` : ''}`,
  chipLabel: (w, due, over) => `Score Copilot: ${plural('{n, plural, one {# chat} other {# chats}}', w)} waiting, ${due} due within 60 s, ${over} overdue`,
  chipUnreadable: 'Score Copilot: the session list could not be read',
  chatsTitle: 'Customer service: chats waiting',
  chatsCounts: (w, due, over) => `${plural('{n, plural, one {# chat} other {# chats}}', w)} waiting, ${due} due within 60 s, ${over} overdue`,
  chatsStale: 'These are the figures as read: the workbench has not been read for a few minutes; opening it updates them.',
  replyRate: (shown, below) => `3-minute reply rate ${shown}${below ? ', below 80 %' : ''}`,
  chatsAdvice: 'Keep the 3-minute reply rate (3分钟回复率) at 80 % or more: answer the chats about to time out first; when busy, switch on the robot assistant (机器人客服) with answers to common questions.',
  openWorkbench: 'Open the workbench',
  reviewsTitle: 'Reviews: bad and middling',
  reviewsCounts: (bad, mid) => `${plural('{n, plural, one {# bad review} other {# bad reviews}}', bad)} and ${plural('{n, plural, one {# middling one} other {# middling ones}}', mid)} unanswered`,
  reviewsAdvice: 'Answer bad reviews first: explain and offer a fix (resend, return or exchange) so later buyers see you act. Malicious ones (threats for cash back, nothing to do with the order) can be appealed under 评价管理 → 投诉.',
  bad: 'bad',
  middling: 'middling',
  answered: 'answered',
  unanswered: 'not answered',
  answerUnknown: 'reply state not read',
  appeal: { available: 'can appeal', pending: 'appeal pending', upheld: 'appeal upheld', rejected: 'appeal rejected' },
  noDate: 'date not read',
  perProduct: 'Bad reviews read, by product',
  perProductRow: (bad, mid) => `${bad} bad, ${mid} middling`,
  pageOnly: (current, total) => `Only page ${current}${total ? ` of ${total}` : ''} was read: reviews on other pages are not here.`,
  reworkTitle: 'Products above 5 % bad reviews',
  reworkAdvice: 'The new-merchant guide advises taking products above 5 % bad reviews down for rework (another supplier, a detail page that matches the product) and listing them again after.',
  reworkRow: (rate) => `bad-review rate shown: ${rate}`,
  appealTitle: 'Evidence for appealing a malicious review',
  appealIntro: 'Submit it under 评价管理 → 投诉; once the platform confirms it, it may hide or delete the review. Appeal only reviews that really are malicious.',
  appealEvidence: ['The order number', 'Screenshots of the chat with the buyer (e.g. a bad review threatened for cash back or extra compensation)', 'Logistics proof: shipping, pickup and delivery records', 'What the buyer demanded, and the solution you offered', 'Records of trying to reach the buyer, if they could not be reached'],
  appealRule: 'Kuaishou e-commerce rule centre: malicious reviews',
  appealNever: 'This extension never writes reviews, replies or appeals for you, and has no feature to buy, pad or steer reviews.',
  openReviews: 'Open 评价管理',
  notifyTitle: 'A chat is about to time out',
  notifyBody: (n) => `${plural('{n, plural, one {# chat is} other {# chats are}}', n)} within 60 s of the 3-minute reply line: back to the workbench.`,
  badgeTitle: (n) => `Workbench: ${plural('{n, plural, one {# chat} other {# chats}}', n)} waiting`,
};

const TABLES: Record<Lang, ChatsMessages> = { zh, en };
export function chatsMessages(lang: Lang = 'zh'): ChatsMessages {
  return TABLES[lang];
}
