import type { AfterSalesReading } from '../pages/kinds/after-sales/reading';
import type { OrdersReading } from '../pages/kinds/orders/reading';
import { chatsUrgent, chatsView } from './chats-queue';
import { reviewsView } from './reviews-queue';
import { QUEUE_GROUPS, queueSchema, type CaseEntry, type OrderEntry, type Queue, type QueueGroup, type QueueItem, type QueueState, type QueueUnknown } from './queue-schema';

/**
 * Today's queue from what the merchant's pages showed, read after read. Pure: the clock is an
 * argument. The levers (DOMAIN.md, the two guides): ship within 48 h of payment, get pickup within
 * 24 h of shipping, and close after-sales cases before their handling line; a case 平台介入中 costs
 * 平台求助率 whatever its clock says.
 */
const HOUR = 3600_000;
export const SHIP_WITHIN_H = 48;
export const PICKUP_WITHIN_H = 24;
export const EXPIRE_AFTER_H = 72;
export const SOON_H = 6;
export const TODAY_H = 24;
/** A case whose handling line is this close is 「快到期」. */
export const CASE_NEAR_H = 24;

export function emptyQueueState(): QueueState {
  return { orders: {}, cases: {}, pages: { orders: null, 'after-sales': null } };
}

/** A later read's value wins; what it does not show (another tab's columns) keeps the earlier one. */
function keep<T>(next: T | null, prev: T | null | undefined): T | null {
  return next ?? prev ?? null;
}

function seenPages(prev: QueueState['pages']['orders'], page: OrdersReading['page']): QueueState['pages']['orders'] {
  if (!page) return prev;
  const total = page.total ?? prev?.total ?? null;
  const seen = [...new Set([...(prev && prev.total === total ? prev.seen : []), page.current])].sort((a, b) => a - b).slice(0, 500);
  return { total, seen };
}

/** Adds one order-list read. Rows whose number could not be read never reach it. */
export function mergeOrders(state: QueueState, reading: OrdersReading): QueueState {
  const orders = { ...state.orders };
  for (const row of reading.orders) {
    const prev = orders[row.orderNo];
    const entry: OrderEntry = {
      orderNo: row.orderNo,
      // An unreadable status never overwrites a known one with a guess; a readable one always wins.
      status: keep(row.status, prev?.status),
      statusShown: keep(row.status ? row.statusShown : null, prev?.statusShown) ?? row.statusShown,
      products: row.products.length ? row.products : prev?.products ?? [],
      paidAt: keep(row.paidAt, prev?.paidAt),
      shipBy: row.shipBy ? { shown: row.shipBy.shown, deadline: row.shipBy.deadline } : prev?.shipBy ?? null,
      shippedAt: keep(row.shippedAt, prev?.shippedAt),
      logistics: keep(row.logistics, prev?.logistics),
      unreadable: row.unreadable,
      readAt: reading.readAt,
      url: reading.url,
    };
    orders[row.orderNo] = entry;
  }
  return { ...state, orders, pages: { ...state.pages, orders: seenPages(state.pages.orders, reading.page) } };
}

/** Adds one after-sales read. */
export function mergeCases(state: QueueState, reading: AfterSalesReading): QueueState {
  const cases = { ...state.cases };
  for (const row of reading.cases) {
    const prev = cases[row.caseNo];
    cases[row.caseNo] = {
      caseNo: row.caseNo,
      orderNo: keep(row.orderNo, prev?.orderNo),
      type: keep(row.type, prev?.type),
      typeShown: keep(row.typeShown, prev?.typeShown),
      status: keep(row.status, prev?.status),
      statusShown: keep(row.status ? row.statusShown : null, prev?.statusShown) ?? row.statusShown,
      appliedAt: keep(row.appliedAt, prev?.appliedAt),
      // A case whose countdown is gone (handled, or another tab) keeps none: a stale line would mislead.
      handleBy: row.handleBy ?? (row.status === prev?.status ? prev?.handleBy ?? null : null),
      products: row.products.length ? row.products : prev?.products ?? [],
      unreadable: row.unreadable,
      readAt: reading.readAt,
      url: reading.url,
    };
  }
  return { ...state, cases, pages: { ...state.pages, 'after-sales': seenPages(state.pages['after-sales'], reading.page) } };
}

/** Drops what has not been seen for 72 h: the page no longer vouches for it. */
export function expire(state: QueueState, now: Date): QueueState {
  const cutoff = now.getTime() - EXPIRE_AFTER_H * HOUR;
  const fresh = <T extends { readAt: string }>(rec: Record<string, T>) => Object.fromEntries(Object.entries(rec).filter(([, e]) => Date.parse(e.readAt) >= cutoff));
  return { ...state, orders: fresh(state.orders), cases: fresh(state.cases) };
}

const minutesBetween = (from: number, to: number) => Math.round((to - from) / 60_000);

function orderItem(e: OrderEntry, group: QueueGroup, now: number, deadline: number | null, source: QueueItem['deadlineSource'], missingPart: QueueItem['missingPart'] = null): QueueItem {
  return {
    kind: 'order', number: e.orderNo, group, statusShown: e.statusShown, products: e.products,
    deadline: deadline === null ? null : new Date(deadline).toISOString(), deadlineSource: source,
    minutesLeft: deadline === null ? null : minutesBetween(now, deadline), ageHours: null, readAt: e.readAt, url: e.url,
    why: missingPart ? e.unreadable : null, missingPart: missingPart && !e.unreadable ? missingPart : null,
  };
}

function caseItem(e: CaseEntry, group: QueueGroup, now: number, missingPart: QueueItem['missingPart'] = null): QueueItem {
  const deadline = e.handleBy ? Date.parse(e.handleBy.deadline) : null;
  const applied = e.appliedAt ? Date.parse(e.appliedAt) : null;
  return {
    kind: 'case', number: e.caseNo, group, statusShown: e.statusShown, products: e.products,
    deadline: deadline === null ? null : new Date(deadline).toISOString(), deadlineSource: deadline === null ? null : 'page',
    minutesLeft: deadline === null ? null : minutesBetween(now, deadline),
    ageHours: applied === null ? null : Math.max(0, Math.floor((now - applied) / HOUR)), readAt: e.readAt, url: e.url,
    why: missingPart ? e.unreadable : null, missingPart: missingPart && !e.unreadable ? missingPart : null,
  };
}

/** The queue at `now` from everything read so far (expired entries left out). */
export function buildQueue(stateIn: QueueState, now: Date): Queue {
  const state = expire(stateIn, now);
  const t = now.getTime();
  const groups = Object.fromEntries(QUEUE_GROUPS.map((g) => [g, [] as QueueItem[]])) as Record<QueueGroup, QueueItem[]>;
  let later = 0;
  for (const e of Object.values(state.orders)) {
    if (e.status === null) { groups.unreadable.push(orderItem(e, 'unreadable', t, null, null, 'status')); continue; }
    if (e.status === 'to-ship') {
      // The page's own line first; 48 h from payment only as a labelled estimate.
      let deadline: number | null = null;
      let source: QueueItem['deadlineSource'] = null;
      if (e.shipBy) { deadline = Date.parse(e.shipBy.deadline); source = 'page'; }
      else if (e.paidAt) { deadline = Date.parse(e.paidAt) + SHIP_WITHIN_H * HOUR; source = 'estimate-48h'; }
      if (deadline === null) { groups.unreadable.push(orderItem(e, 'unreadable', t, null, null, 'deadline')); continue; }
      const left = deadline - t;
      const group: QueueGroup | null = left <= 0 ? 'overdue' : left <= SOON_H * HOUR ? 'due6h' : left <= TODAY_H * HOUR ? 'due24h' : null;
      if (group) groups[group].push(orderItem(e, group, t, deadline, source));
      else later++;
      continue;
    }
    if (e.status === 'shipped' && e.logistics === 'awaiting-pickup' && e.shippedAt) {
      const line = Date.parse(e.shippedAt) + PICKUP_WITHIN_H * HOUR;
      if (line <= t) groups.notPickedUp.push(orderItem(e, 'notPickedUp', t, line, 'pickup-24h'));
    }
    // Shipped and picked up, delivered, completed, closed: off the queue.
  }
  for (const e of Object.values(state.cases)) {
    if (e.status === null) { groups.unreadable.push(caseItem(e, 'unreadable', t, 'status')); continue; }
    if (e.status === 'platform') { groups.casePlatform.push(caseItem(e, 'casePlatform', t)); continue; }
    if (e.status !== 'awaiting-merchant' && e.status !== 'awaiting-merchant-receipt') continue;
    const deadline = e.handleBy ? Date.parse(e.handleBy.deadline) : null;
    if (deadline !== null && deadline - t <= CASE_NEAR_H * HOUR) groups.caseNearDeadline.push(caseItem(e, 'caseNearDeadline', t));
    else groups.caseWaiting.push(caseItem(e, 'caseWaiting', t));
  }
  const byDeadline = (a: QueueItem, b: QueueItem) => Date.parse(a.deadline ?? '9999-12-31T00:00:00Z') - Date.parse(b.deadline ?? '9999-12-31T00:00:00Z') || a.number.localeCompare(b.number);
  const byAge = (a: QueueItem, b: QueueItem) => (b.ageHours ?? -1) - (a.ageHours ?? -1) || a.number.localeCompare(b.number);
  for (const g of ['overdue', 'due6h', 'due24h', 'notPickedUp', 'caseNearDeadline'] as const) groups[g].sort(byDeadline);
  groups.caseWaiting.sort(byAge);
  groups.casePlatform.sort(byAge);
  groups.unreadable.sort((a, b) => a.kind.localeCompare(b.kind) || a.number.localeCompare(b.number));

  const unknowns: QueueUnknown[] = [{ kind: 'scope' }];
  for (const list of ['orders', 'after-sales'] as const) {
    const p = state.pages[list];
    if (p?.total && p.seen.length < p.total) unknowns.push({ kind: 'pages', list, total: p.total, seen: p.seen });
  }
  if (Object.keys(state.orders).length === 0) unknowns.push({ kind: 'never-read', list: 'orders' });
  if (Object.keys(state.cases).length === 0) unknowns.push({ kind: 'never-read', list: 'after-sales' });
  if (later) unknowns.push({ kind: 'later', count: later });
  const estimated = [...groups.overdue, ...groups.due6h, ...groups.due24h].filter((i) => i.deadlineSource === 'estimate-48h').length;
  if (estimated) unknowns.push({ kind: 'estimated', count: estimated });
  const urgent = groups.overdue.length + groups.due6h.length + groups.notPickedUp.length + groups.caseNearDeadline.length + groups.casePlatform.length;
  const chats = chatsView(state.chats, now);
  return queueSchema.parse({ builtAt: now.toISOString(), groups, urgent: urgent + chatsUrgent(chats), unknowns, chats, reviews: reviewsView(state.reviews) });
}

/** Everything the queue asks of the merchant: every listed item, and the waiting chats it counts as urgent (so urgent ≤ total). */
export function queueTotal(q: Queue): number {
  return Object.values(q.groups).reduce((n, items) => n + items.length, 0) + chatsUrgent(q.chats ?? null);
}
