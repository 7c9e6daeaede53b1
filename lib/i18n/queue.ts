import type { QueueGroup, QueueItem, QueueUnknown } from '../engine/queue-schema';
import { formatIcu } from './icu';
import type { Lang } from './index';

/**
 * Today's queue (side panel, popup, reminders), both languages. The advice is ours, from the
 * two guides' levers (ship within 48 h, pickup within 24 h, close cases before their line,
 * keep 平台求助率 and disputes down); platform words (平台介入中, 极速退款, 售后小助手) stay as
 * the platform writes them.
 */
const plural = (locale: string, pattern: string, n: number) => formatIcu(locale, pattern, { n });

function hm(minutes: number): { h: number; m: number } {
  const a = Math.abs(minutes);
  return { h: Math.floor(a / 60), m: a % 60 };
}

const zh = {
  region: '今日待办',
  summary: (urgent: number, total: number) => (total === 0 ? '没有待办' : `${urgent} 项紧急，共 ${total} 项`),
  nothingYet: '还没有可列的待办。打开订单列表（待发货）和售后列表后，这里会列出快到期限的订单和等你处理的售后。',
  group: {
    overdue: '已过发货期限',
    due6h: '6 小时内要发货',
    due24h: '24 小时内要发货',
    notPickedUp: '发货超过 24 小时未揽收',
    casePlatform: '售后：平台介入中',
    caseNearDeadline: '售后：快到处理期限',
    caseWaiting: '售后：等你处理',
    unreadable: '没读懂的行',
  } satisfies Record<QueueGroup, string>,
  advice: {
    overdue: '每一单超时都在拉低及时发货率：先把这些发出去；实在发不了的，马上联系买家说明情况，商量好处理方式。',
    due6h: '先发这些。备货总是来不及的商品，到商品发布页把发货时间或预售设成真实做得到的时间。',
    due24h: '今天内安排发货。48 小时是上限，越早发出，物流分越稳。',
    notPickedUp: '单号已经填了，快递还没揽收，这段时间也算进物流时长：联系快递网点催揽；总是揽收慢，就换一家快递。',
    casePlatform: '平台介入的售后会算进平台求助率：按平台的要求尽快补齐凭证、给出处理方案。',
    caseNearDeadline: '到期前没处理，平台可能按默认方式处理，并计入售后处理时长：先处理这些。符合条件的小额仅退款可以用极速退款。',
    caseWaiting: '等得越久越容易变成纠纷：从等得最久的开始。常见情况可以在售后小助手里设好处理策略；要拒绝，先联系买家讲清原因。',
    unreadable: '这些行有内容没读懂，没有放进上面的分组，请在页面上直接查看。',
  } satisfies Record<QueueGroup, string>,
  count: (n: number) => `${n} 项`,
  left: (minutes: number) => { const { h, m } = hm(minutes); const t = h ? `${h} 小时${m ? ` ${m} 分` : ''}` : `${m} 分钟`; return minutes < 0 ? `已超时 ${t}` : `还剩 ${t}`; },
  estimated: '按支付后 48 小时估算',
  pickupLine: '揽收期限：发货后 24 小时',
  waited: (hours: number) => `已等 ${hours} 小时`,
  noDeadline: '页面没有显示期限',
  order: '订单',
  case: '售后单',
  missing: { status: '状态没有读到', deadline: '页面没有显示发货期限或支付时间' } satisfies Record<NonNullable<QueueItem['missingPart']>, string>,
  list: { orders: '订单列表', 'after-sales': '售后列表' } as Record<'orders' | 'after-sales', string>,
  unknownsTitle: '这里看不到的',
  unknown: (u: QueueUnknown): string => {
    switch (u.kind) {
      case 'scope': return '只包括你打开过的订单页和售后页：没打开的标签页、翻页和筛选里的订单不在这里。';
      case 'pages': return `${zh.list[u.list]}共 ${u.total} 页，读过第 ${u.seen.join('、')} 页。`;
      case 'never-read': return `还没有读过${zh.list[u.list]}。`;
      case 'later': return `另有 ${u.count} 单待发货订单离发货期限还有一天以上。`;
      case 'estimated': return `${u.count} 单的发货期限是按支付后 48 小时估算的：页面没有显示承诺发货时间。`;
    }
  },
  readAt: (ago: string) => `${ago}读取`,
  popupUrgent: (n: number) => `今日待办：${n} 项紧急`,
  badgeTitle: (n: number) => `今日待办 ${n} 项紧急`,
  remindTitle: '快到发货期限了',
  remind: (n: number, first: string, left: string) => (n === 1 ? `订单 ${first} ${left}，请尽快发货。` : `${n} 单快到发货期限，最急的 ${first} ${left}。`),
  summaryTitle: '今日待办',
  summaryBody: (urgent: number, total: number) => `${urgent} 项紧急，共 ${total} 项。打开诊断面板查看。`,
};
export type QueueMessages = typeof zh;

const EN = 'en';
const en: QueueMessages = {
  region: 'Today’s queue',
  summary: (urgent, total) => (total === 0 ? 'Nothing to do' : `${urgent} urgent, ${plural(EN, '{n, plural, one {# item} other {# items}}', total)} in all`),
  nothingYet: 'Nothing to list yet. Open the order list (to ship) and the after-sales list, and orders near their line and cases waiting on you appear here.',
  group: {
    overdue: 'Past the shipping line',
    due6h: 'Ship within 6 hours',
    due24h: 'Ship within 24 hours',
    notPickedUp: 'Shipped over 24 hours ago, not picked up',
    casePlatform: 'After-sales: platform stepped in (平台介入中)',
    caseNearDeadline: 'After-sales: near the handling line',
    caseWaiting: 'After-sales: waiting on you',
    unreadable: 'Rows that could not be read',
  },
  advice: {
    overdue: 'Every late order lowers 及时发货率: ship these first; if one cannot ship, contact the buyer now, explain, and agree what to do.',
    due6h: 'Ship these next. For products that are always late to stock, set a shipping time or pre-sale (预售) you can really keep on the listing.',
    due24h: 'Plan these for today. 48 hours is the limit; the sooner they go, the steadier the logistics score.',
    notPickedUp: 'The tracking number is in but the courier has not picked up, and this time counts too: chase the depot; if pickups are slow again and again, change courier.',
    casePlatform: 'Cases the platform stepped into count towards 平台求助率: add the evidence it asks for and propose a solution quickly.',
    caseNearDeadline: 'A case left past its line may be closed the platform’s way and counts towards handling time: handle these first. Small refund-only cases that qualify can use 极速退款.',
    caseWaiting: 'The longer a case waits, the likelier a dispute: start with the oldest. Set strategies for common cases in 售后小助手; before rejecting, contact the buyer and explain why.',
    unreadable: 'Part of these rows could not be read, so they are not in the groups above: check them on the page.',
  },
  count: (n) => plural(EN, '{n, plural, one {# item} other {# items}}', n),
  left: (minutes) => { const { h, m } = hm(minutes); const t = h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`; return minutes < 0 ? `${t} overdue` : `${t} left`; },
  estimated: 'estimated as 48 h after payment',
  pickupLine: 'pickup line: 24 h after shipping',
  waited: (hours) => `waiting ${plural(EN, '{n, plural, one {# hour} other {# hours}}', hours)}`,
  noDeadline: 'no line shown on the page',
  order: 'Order',
  case: 'Case',
  missing: { status: 'status not read', deadline: 'the page shows no ship-by or payment time' },
  list: { orders: 'order list', 'after-sales': 'after-sales list' },
  unknownsTitle: 'What this cannot see',
  unknown: (u) => {
    switch (u.kind) {
      case 'scope': return 'Only the order and after-sales pages you opened: tabs, pages and filters you did not open are not here.';
      case 'pages': return `The ${en.list[u.list]} has ${u.total} pages; read: ${u.seen.join(', ')}.`;
      case 'never-read': return `The ${en.list[u.list]} has not been read yet.`;
      case 'later': return `${plural(EN, '{n, plural, one {# more order} other {# more orders}}', u.count)} to ship with more than a day to go.`;
      case 'estimated': return `${plural(EN, '{n, plural, one {# line is} other {# lines are}}', u.count)} estimated as 48 h after payment: the page showed no promised ship time.`;
    }
  },
  readAt: (ago) => `read ${ago}`,
  popupUrgent: (n) => `Today’s queue: ${n} urgent`,
  badgeTitle: (n) => `Today’s queue: ${n} urgent`,
  remindTitle: 'Shipping line coming up',
  remind: (n, first, left) => (n === 1 ? `Order ${first}: ${left}. Ship it soon.` : `${n} orders near their shipping line; the most urgent, ${first}: ${left}.`),
  summaryTitle: 'Today’s queue',
  summaryBody: (urgent, total) => `${urgent} urgent, ${plural(EN, '{n, plural, one {# item} other {# items}}', total)} in all. Open the diagnosis panel to see them.`,
};

const TABLES: Record<Lang, QueueMessages> = { zh, en };
export function queueMessages(lang: Lang = 'zh'): QueueMessages {
  return TABLES[lang];
}
