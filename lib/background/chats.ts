import { browser } from 'wxt/browser';
import { DUE_SOON_S } from '../pages/kinds/im/labels';
import type { ImReading } from '../pages/kinds/im/reading';
import { chatsMessages } from '../i18n/chats';
import type { Settings } from '../store/settings';
import type { BackgroundDeps } from './deps';

/** Sessions already told about, by their line (to 10 s), so one session is told once, not at every read. */
const NOTIFIED_KEY = 'chats.notified';
const MAX_NOTIFIED = 200;

/** The lines (epoch / 10 s) of the sessions due within 60 s in this read. Pure. */
export function dueLines(reading: ImReading): number[] {
  const at = Date.parse(reading.readAt);
  return reading.sessions
    .filter((s) => !s.hidden && !s.overdue && s.secondsLeft !== null && s.secondsLeft > 0 && s.secondsLeft <= DUE_SOON_S)
    .map((s) => Math.round((at + s.secondsLeft! * 1000) / 10_000));
}

/**
 * A chat is due within 60 s and the workbench is not in front: one notification for the sessions
 * not told yet. Never when the merchant is looking at the workbench, never when switched off.
 */
export async function notifyDueChats(reading: ImReading, settings: Settings, deps: BackgroundDeps, tabId?: number): Promise<boolean> {
  if (!settings.queue.chatNotify || reading.status === 'unreadable') return false;
  const lines = dueLines(reading);
  if (lines.length === 0) return false;
  const raw = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const told = new Set<number>(Array.isArray(raw) ? raw.filter((x): x is number => typeof x === 'number') : []);
  // A line within 10 s of one told is the same session read again.
  const fresh = lines.filter((l) => !told.has(l) && !told.has(l - 1) && !told.has(l + 1));
  if (fresh.length === 0) return false;
  if (tabId !== undefined && deps.tabInFront && (await deps.tabInFront(tabId).catch(() => false))) return false;
  const t = chatsMessages(settings.language);
  await deps.notify(t.notifyTitle, t.notifyBody(fresh.length)).catch(() => undefined);
  for (const l of fresh) told.add(l);
  await browser.storage.local.set({ [NOTIFIED_KEY]: [...told].slice(-MAX_NOTIFIED) });
  return true;
}
