import { PageIndex, type IndexOptions } from '../../kit/dom-index';
import { clip } from '../../kit/fold';
import { activeTab, pagination, readListItems, type ListItem } from '../../kit/list-items';
import { Outcome, failureText } from '../../kit/outcome';
import { readShop } from '../../kit/shop';
import { addMinutes, parseCountdown, parseShownTime } from '../../kit/times';
import { buildDict, tokenize } from '../../kit/tokens';
import { SHOP_LABELS } from '../../kit/shop';
import { LOGISTICS_STATES, ORDER_SPEC, ORDER_STATUSES } from './labels';
import type { OrderRow, OrdersReading } from './reading';
import { unreadableReading } from '../../unreadable';

export interface ListReadOptions extends IndexOptions {
  /** The moment of reading: countdowns are relative to it. Injected, so tests never use the clock. */
  now: Date;
}

/** A list page holds thousands of small elements: a larger budget than a score page, still bounded. */
export const LIST_BUDGET = { maxElements: 120_000, maxText: 3_000_000 };

/**
 * A record number is the value itself, six digits or more (letters before them at most):
 * 「=1+1301…」, 「3012…AAAA」 or 「99999%」 is no number.
 */
const ORDER_NO = /^([A-Za-z]{0,4}\d[\d-]{5,38})(?![A-Za-z0-9%.])/;
/** The page says there is nothing here (--, 暂无): no value, and nothing wrong with the row. */
const EMPTY = /^(?:-+|—+|暂无.*|无|\/)$/;
const COUNTDOWN_START = /^(?:还剩|剩余|剩|已超时|超时|已逾期|逾期|倒计时|已延迟)/;

export function orderNoOf(shown: string | undefined): string | null {
  if (!shown) return null;
  const m = ORDER_NO.exec(shown.trim());
  return m && /\d{4}/.test(m[1]!) ? m[1]! : null;
}

export function statusOf<T extends string>(words: ReadonlyArray<readonly [string, T]>, text: string): T | null {
  const t = text.replace(/\s+/g, '');
  for (const [w, s] of words) if (t === w) return s;
  return null;
}

/**
 * A reason quotes the page's text only when it looks like what the field should hold: a broken
 * layout can put a buyer's name or phone under 支付时间, and a reason must never carry it.
 */
const TIME_CHARS = /^[\d\s\-/.:：年月日时分秒天小时钟还剩余已超逾期倒计后内发货处理NaN?？]+$/i;
const STATUS_CHARS = /^(?=.*[待已中成功关闭完成退发收货处理介入取消签审核])[\u4e00-\u9fff]{2,8}$/;
function quotable(text: string, shape: RegExp): boolean {
  return shape.test(text.trim()) && !/\d{7,}/.test(text);
}

/** Shared by the list readers: times, countdowns and status words of one item. */
export class RowReader {
  readonly reasons: string[] = [];
  constructor(readonly item: ListItem, readonly now: Date) {}

  time(field: string, label: string, fullOnly: boolean): string | null {
    const shown = this.item.fields.get(field);
    if (!shown || EMPTY.test(shown.trim())) return null;
    const t = parseShownTime(shown, this.now);
    if (!t.ok) { this.reasons.push(quotable(shown, TIME_CHARS) ? `${label}${t.why}` : `${label}读不出时间`); return null; }
    return fullOnly && !t.fullDate ? null : t.iso;
  }

  /** A countdown: under its label, or a loose line that starts like one (「还剩5小时12分」 in a tag). */
  countdown(field: string, label: string): { shown: string; deadline: string } | null {
    const candidates: Array<[string, boolean]> = [];
    const labelled = this.item.fields.get(field);
    if (labelled && !EMPTY.test(labelled.trim())) candidates.push([labelled, true]);
    for (const l of this.item.loose) if (l.length <= 24 && (COUNTDOWN_START.test(l.replace(/\s+/g, '')) || /后(?:超时|逾期)$/.test(l))) candidates.push([l, false]);
    for (const [text, isLabelled] of candidates) {
      const c = parseCountdown(text, isLabelled);
      if (c === null) continue;
      if (!c.ok) { this.reasons.push(quotable(text, TIME_CHARS) ? `${label}${c.why}` : `${label}读不出剩余时间`); return null; }
      return { shown: clip(text.trim(), 60), deadline: addMinutes(this.now, c.minutes) };
    }
    return null;
  }

  /** A status: under its label, else a loose word of the vocabulary (a Tag 「待发货」). */
  status<T extends string>(field: string, label: string, words: ReadonlyArray<readonly [string, T]>, required: boolean): { status: T | null; shown: string | null } {
    const labelled = this.item.fields.get(field);
    if (labelled && !EMPTY.test(labelled.trim())) {
      const word = labelled.split(/\s+/)[0]!;
      const s = statusOf(words, labelled) ?? statusOf(words, word);
      if (s === null) this.reasons.push(quotable(labelled, STATUS_CHARS) ? `${label}「${clip(labelled, 20)}」不认识` : `${label}不认识`);
      return { status: s, shown: clip(s === null ? labelled : word, 20) };
    }
    for (const l of this.item.loose) {
      const s = statusOf(words, l);
      if (s !== null) return { status: s, shown: clip(l.replace(/\s+/g, ''), 20) };
    }
    if (required) this.reasons.push(`没有${label}`);
    return { status: null, shown: null };
  }

  get unreadable(): string | null { return this.reasons.length ? clip(this.reasons.join('；'), 300) : null; }
}

function readRow(item: ListItem, now: Date, orderNo: string): OrderRow {
  const r = new RowReader(item, now);
  const { status, shown } = r.status('status', '订单状态', ORDER_STATUSES, true);
  const logistics = r.status('logistics', '物流状态', LOGISTICS_STATES, false).status;
  const paidAt = r.time('paid', '支付时间', true);
  const createdAt = r.time('created', '下单时间', true);
  const shippedAt = r.time('shipped', '发货时间', true);
  // The page's absolute 承诺发货时间 first, else its countdown; both are the page's own deadline.
  let shipBy: OrderRow['shipBy'] = null;
  const promisedShown = item.fields.get('promised');
  const promised = r.time('promised', '承诺发货时间', false);
  if (promised && promisedShown) shipBy = { shown: clip(promisedShown.trim(), 60), source: 'promised', deadline: promised };
  else {
    const c = r.countdown('remaining', '剩余发货时间');
    if (c) shipBy = { ...c, source: 'countdown' };
  }
  const product = item.fields.get('product');
  return {
    orderNo,
    status,
    statusShown: shown,
    paidAt,
    createdAt,
    shipBy,
    shippedAt,
    logistics: logistics ?? (status === 'shipped' && shown === '已揽收' ? 'picked-up' : null),
    products: product ? [clip(product.trim(), 120)] : [],
    hidden: item.hidden,
    unreadable: r.unreadable,
  };
}

/** Merges rows of one order seen twice on a page (a tab pane and 全部): the visible one wins, gaps filled. */
function mergeRow(a: OrderRow, b: OrderRow): OrderRow {
  const [first, second] = a.hidden && !b.hidden ? [b, a] : [a, b];
  const out = { ...first };
  for (const k of Object.keys(out) as Array<keyof OrderRow>) {
    if (out[k] === null && second[k] !== null) (out as Record<string, unknown>)[k] = second[k];
  }
  out.products = [...new Set([...first.products, ...second.products])].slice(0, 20);
  out.hidden = first.hidden && second.hidden;
  return out;
}

const shopDict = buildDict(SHOP_LABELS);

/** Reads the order list on screen. Never throws: a failure is an unreadable reading with its reason. */
export function readOrdersPage(doc: Document, url: URL, options: ListReadOptions): OrdersReading {
  const readAt = options.now.toISOString();
  const out = new Outcome();
  const base = { kind: 'orders' as const, url: clip(url.href, 2000), readAt };
  try {
    const index = new PageIndex(doc, { ...options, budget: { ...LIST_BUDGET, ...options.budget } });
    for (const c of index.cuts) out.problem(c);
    const list = readListItems(index, ORDER_SPEC);
    for (const c of list.cuts) out.problem(c);
    const rows = new Map<string, OrderRow>();
    let noNumber = 0;
    for (const item of list.items) {
      const shownNo = item.fields.get('orderNo');
      const no = orderNoOf(shownNo);
      // A search form's 「订单编号」 label (its input is not text) or a column title is no record.
      if (!no) { if (shownNo && /\d/.test(shownNo)) noNumber++; continue; }
      const row = readRow(item, options.now, no);
      const prev = rows.get(no);
      rows.set(no, prev ? mergeRow(prev, row) : row);
    }
    if (noNumber) out.problem(`${noNumber} 条订单读不出订单编号`);
    if (rows.size === 0 && noNumber === 0) out.miss('订单编号');
    const orders = [...rows.values()];
    const bad = orders.filter((o) => o.unreadable).length;
    if (bad) out.problem(`${bad} 条订单有读不懂的时间或状态`);
    const reading: OrdersReading = {
      ...base,
      status: out.status(orders.length > 0),
      shop: readShop(tokenize(index, shopDict)),
      tab: activeTab(index),
      page: pagination(index),
      orders,
      missing: out.missing,
      problems: out.problems,
    };
    return reading;
  } catch (error) {
    return unreadableReading(base, failureText(error));
  }
}
