import { F, PageIndex } from '../../kit/dom-index';
import { clip, flat } from '../../kit/fold';
import { activeTab, pagination, readListItems, type ListItem } from '../../kit/list-items';
import { Outcome, failureText } from '../../kit/outcome';
import { SHOP_LABELS, readShop } from '../../kit/shop';
import { buildDict, tokenize } from '../../kit/tokens';
import { parseValue, typeValue } from '../../kit/values';
import { LIST_BUDGET, orderNoOf, statusOf, type ListReadOptions } from '../orders/reader';
import { APPEALS, RATINGS, REPLY_STATES, REVIEW_SPEC, STAT_SPEC, type Rating } from './labels';
import type { ProductStat, ReviewRow, ReviewsReading } from './reading';
import { unreadableReading } from '../../unreadable';

const MAX_REVIEWS = 2000;
const EMPTY = /^(?:-+|—+|暂无.*|无|\/)$/;
const DATE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/** A rating as printed: 差评 / 中评 / 好评, stars ★★☆☆☆, 「2星」, 「2分」 (1–2 bad, 3 middling, 4–5 good). */
export function ratingOf(text: string): Rating | null {
  const t = flat(text);
  const word = statusOf(RATINGS, t);
  if (word) return word;
  let stars: number | null = null;
  if (/^[★☆]{5}$/.test(t)) stars = [...t].filter((c) => c === '★').length;
  const m = /^([1-5])(?:星|分|颗星)$/.exec(t);
  if (m) stars = +m[1]!;
  if (stars === null || stars < 1) return null;
  return stars <= 2 ? 'bad' : stars === 3 ? 'middling' : 'good';
}

function dateOf(shown: string | undefined): string | null {
  const m = shown ? DATE.exec(shown) : null;
  if (!m || +m[2]! < 1 || +m[2]! > 12 || +m[3]! < 1 || +m[3]! > 31) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** The item's buttons (回复, 投诉): what the merchant can still do says what is not done yet. */
function actionsOf(index: PageIndex, el: number): string[] {
  const out: string[] = [];
  for (let i = el; i < index.end[el]! && out.length < 12; i++) {
    if (!index.has(i, F.ACTION) || (index.parent[i]! >= 0 && index.has(index.parent[i]!, F.ACTION))) continue;
    const t = index.text(i, 12);
    if (t) out.push(flat(t));
    i = index.end[i]! - 1;
  }
  return out;
}

function readReview(index: PageIndex, item: ListItem, rating: Exclude<Rating, 'good'>, ratingShown: string): ReviewRow {
  const reasons: string[] = [];
  const dateShown = item.fields.get('date');
  const date = dateOf(dateShown);
  if (!date) reasons.push('评价时间读不出日期');
  const actions = actionsOf(index, item.el);
  const loose = item.loose.map(flat);
  // Answered: the reply shown or its state; a 回复 button left means not yet.
  let answered: boolean | null = null;
  const reply = item.fields.get('reply');
  const replyState = item.fields.get('replyState');
  if (reply && !EMPTY.test(reply.trim())) answered = true;
  const said = (s: 'answered' | 'open' | null | undefined) => (s ? s === 'answered' : null);
  if (answered === null && replyState && !EMPTY.test(replyState.trim())) answered = said(statusOf(REPLY_STATES, replyState));
  answered ??= said(loose.map((l) => statusOf(REPLY_STATES.filter(([w]) => w.length > 1), l)).find((x) => x !== null));
  if (answered === null && actions.some((a) => /^(?:追加回复|修改回复|查看回复)$/.test(a))) answered = true;
  if (answered === null && actions.includes('回复')) answered = false;
  // Appeal: labelled state, a state tag, else a 投诉/申诉 button.
  let appeal: ReviewRow['appeal'] = null;
  let appealShown: string | null = null;
  const labelled = item.fields.get('appeal');
  if (labelled && !EMPTY.test(labelled.trim())) {
    appeal = statusOf(APPEALS, labelled);
    appealShown = clip(flat(labelled), 20);
    if (appeal === null) reasons.push(/^[\u4e00-\u9fff]{2,8}$/.test(flat(labelled)) ? `申诉状态「${appealShown}」不认识` : '申诉状态不认识');
  }
  if (appeal === null) {
    for (const l of loose) {
      const a = statusOf(APPEALS.filter(([, s]) => s !== 'available'), l);
      if (a) { appeal = a; appealShown = clip(l, 20); break; }
    }
  }
  if (appeal === null) {
    const b = actions.find((a) => statusOf(APPEALS, a) === 'available');
    if (b) { appeal = 'available'; appealShown = clip(b, 20); }
  }
  const product = item.fields.get('product');
  return {
    date,
    orderNo: orderNoOf(item.fields.get('orderNo')),
    product: product && !EMPTY.test(product.trim()) ? clip(product.trim(), 120) : null,
    rating,
    ratingShown: clip(ratingShown, 20),
    answered,
    appeal,
    appealShown,
    unreadable: reasons.length ? clip(reasons.join('；'), 300) : null,
  };
}

function readStats(index: PageIndex, out: Outcome): ProductStat[] {
  const stats = new Map<string, ProductStat>();
  for (const item of readListItems(index, STAT_SPEC).items) {
    const title = item.fields.get('product')?.trim();
    const shown = item.fields.get('badRate');
    if (!title || !shown || item.hidden) continue;
    const typed = typeValue(parseValue(flat(shown)), 'percent');
    if (typed.ok === false) out.badValue('差评率', /^[\d.%\s-]{1,12}$/.test(shown) ? shown : '…', typed.why);
    const total = item.fields.get('total');
    const count = total ? typeValue(parseValue(flat(total)), 'count') : null;
    stats.set(title, {
      title: clip(title, 120),
      badRate: typed.ok === true ? typed.value : null,
      badRateShown: typed.ok === true ? clip(flat(shown), 20) : null,
      reviews: count?.ok === true ? count.value : null,
    });
  }
  return [...stats.values()].slice(0, 500);
}

const shopDict = buildDict(SHOP_LABELS);

/** Reads 评价管理 on screen: bad and middling reviews listed, good ones counted, per-product figures as shown. Never throws. */
export function readReviewsPage(doc: Document, url: URL, options: ListReadOptions): ReviewsReading {
  const readAt = options.now.toISOString();
  const out = new Outcome();
  const base = { kind: 'reviews' as const, url: clip(url.href, 2000), readAt };
  try {
    const index = new PageIndex(doc, { ...options, budget: { ...LIST_BUDGET, ...options.budget } });
    for (const c of index.cuts) out.problem(c);
    const list = readListItems(index, REVIEW_SPEC);
    for (const c of list.cuts) out.problem(c);
    const reviews: ReviewRow[] = [];
    let good = 0;
    let seen = 0;
    let noRating = 0;
    for (const item of list.items) {
      // A search form's 「评价时间」 label has no date after it: no review.
      if (!dateOf(item.fields.get('date')) && !/\d/.test(item.fields.get('date') ?? '')) continue;
      seen++;
      // Only what is on screen: a hidden tab pane's copy is not the merchant's view.
      if (item.hidden) continue;
      const labelled = item.fields.get('rating');
      let rating = labelled ? ratingOf(labelled) : null;
      let shown = labelled ?? '';
      if (rating === null) for (const l of item.loose) { const r = ratingOf(l); if (r) { rating = r; shown = l; break; } }
      if (rating === null) { noRating++; continue; }
      if (rating === 'good') { good++; continue; }
      if (reviews.length < MAX_REVIEWS) reviews.push(readReview(index, item, rating, flat(shown)));
    }
    if (noRating) out.problem(`${noRating} 条评价读不出评价等级，没有列出`);
    const bad = reviews.filter((r) => r.unreadable).length;
    if (bad) out.problem(`${bad} 条评价有读不懂的日期或申诉状态`);
    if (seen === 0) out.miss('评价时间');
    return {
      ...base,
      status: out.status(seen > 0),
      shop: readShop(tokenize(index, shopDict)),
      tab: activeTab(index),
      page: pagination(index),
      reviews,
      good,
      products: readStats(index, out),
      missing: out.missing,
      problems: out.problems,
    } satisfies ReviewsReading;
  } catch (error) {
    return unreadableReading(base, failureText(error));
  }
}
