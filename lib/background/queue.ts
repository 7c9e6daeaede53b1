import { browser } from 'wxt/browser';
import { buildQueue, expire, mergeCases, mergeOrders, queueTotal } from '../engine/queue';
import { mergeChats } from '../engine/chats-queue';
import { mergeReviews } from '../engine/reviews-queue';
import type { Queue, QueueItem } from '../engine/queue-schema';
import { queueMessages } from '../i18n/queue';
import type { QueueReading } from '../pages/page-reading';
import { loadQueueState, queueStateEntry, serialQueue } from '../store/queue';
import { saveReading } from '../store/readings';
import type { Settings } from '../store/settings';
import type { BackgroundDeps } from './deps';

/** The reminder alarm: one at a time, set for the next ship-by line minus the merchant's lead. */
export const REMIND_ALARM = 'queue/remind';
/** Orders already reminded about (numbers as shown), so a line is told once, not at every wake. */
const REMINDED_KEY = 'queue.reminded';
const MAX_REMINDED = 500;

/**
 * A list page's read: merged into the stored queue and saved with the reading's fingerprint in
 * one write (the worker may stop right after answering). Serialised: two list tabs reading at
 * once never drop each other's rows.
 */
export async function saveQueueReading(reading: QueueReading, now = new Date()): Promise<void> {
  await serialQueue(async () => {
    const state = await loadQueueState();
    const merged = reading.kind === 'orders' ? mergeOrders(state, reading)
      : reading.kind === 'after-sales' ? mergeCases(state, reading)
      : reading.kind === 'im' ? { ...state, chats: mergeChats(state.chats, reading) }
      : { ...state, reviews: mergeReviews(state.reviews, reading) };
    await saveReading(reading, [queueStateEntry(expire(merged, now))]);
  });
}

export async function getQueue(now = new Date()): Promise<Queue> {
  return buildQueue(await loadQueueState(), now);
}

export { queueTotal };

/** Orders to ship with a known line (the page's own, or the labelled 48 h estimate). */
function shipLines(q: Queue): QueueItem[] {
  return [...q.groups.overdue, ...q.groups.due6h, ...q.groups.due24h].filter((i) => i.deadline !== null);
}

/** Which orders are inside the reminder window now and not yet told; and when the next one enters it. Pure. */
export function remindPlan(q: Queue, leadMinutes: number, reminded: ReadonlySet<string>, now: Date): { due: QueueItem[]; nextAt: number | null } {
  if (leadMinutes <= 0) return { due: [], nextAt: null };
  const t = now.getTime();
  const lead = leadMinutes * 60_000;
  const due: QueueItem[] = [];
  let nextAt: number | null = null;
  for (const item of shipLines(q)) {
    const line = Date.parse(item.deadline!);
    if (line <= t || reminded.has(item.number)) continue; // overdue items are the panel's, not a reminder's
    const start = line - lead;
    if (start <= t) due.push(item);
    else nextAt = nextAt === null ? start : Math.min(nextAt, start);
  }
  return { due, nextAt };
}

async function loadReminded(): Promise<Set<string>> {
  const raw = (await browser.storage.local.get(REMINDED_KEY))[REMINDED_KEY];
  return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string').slice(-MAX_REMINDED) : []);
}

/**
 * Sets the one reminder alarm for the next line (alarms, never timers: the worker sleeps in
 * between). Orders already inside the window get an alarm at once (Chrome fires it within about
 * 30 s), so a read that finds a near line still reminds.
 */
export async function syncQueueAlarm(settings: Settings, now = new Date()): Promise<void> {
  const plan = remindPlan(await getQueue(now), settings.queue.remindBeforeMinutes, await loadReminded(), now);
  const when = plan.due.length ? now.getTime() + 1_000 : plan.nextAt;
  if (when === null) { await browser.alarms.clear(REMIND_ALARM); return; }
  await browser.alarms.create(REMIND_ALARM, { when });
}

/** The reminder alarm fired: tell the orders now inside the window, once each, then re-arm. */
export async function runQueueReminder(deps: BackgroundDeps, now = new Date()): Promise<void> {
  const settings = await deps.settings();
  const reminded = await loadReminded();
  const plan = remindPlan(await getQueue(now), settings.queue.remindBeforeMinutes, reminded, now);
  if (plan.due.length) {
    const t = queueMessages(settings.language);
    const first = plan.due[0]!;
    await deps.notify(t.remindTitle, t.remind(plan.due.length, first.number, t.left(first.minutesLeft ?? 0))).catch(() => undefined);
    for (const item of plan.due) reminded.add(item.number);
    await browser.storage.local.set({ [REMINDED_KEY]: [...reminded].slice(-MAX_REMINDED) });
  }
  await syncQueueAlarm(settings, now);
}

/** The 9:00 routine's part: a summary when there is something to do. */
export async function queueSummary(settings: Settings, now = new Date()): Promise<{ title: string; message: string } | null> {
  if (!settings.queue.dailySummary) return null;
  const q = await getQueue(now);
  const total = queueTotal(q);
  if (total === 0) return null;
  const t = queueMessages(settings.language);
  return { title: t.summaryTitle, message: t.summaryBody(q.urgent, total) };
}
