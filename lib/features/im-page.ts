import { chatsMessages, type ChatsMessages } from '../i18n/chats';
import { readsOn } from '../pages/hosts';
import { DUE_SOON_S } from '../pages/kinds/im/labels';
import { hasImEvidence, imUrlHint } from '../pages/kinds/im/page';
import { readImPage } from '../pages/kinds/im/reader';
import type { ImReading } from '../pages/kinds/im/reading';
import { createStatusChip, type StatusChip } from '../overlay/status-chip';
import { onSettingsChanged } from '../store/settings-changed';
import { loadPageSettings } from './page-settings';
import { deliverer } from './page-reader';
import type { Feature } from './registry';
import { isRendered } from './visibility';

/**
 * The workbench's session list, read for as long as it is open (it changes all day): at most one
 * read per MIN_GAP_MS however fast the page mutates (countdowns tick every second), plus one every
 * TICK_MS as time alone moves the 3-minute lines. Each read updates the chip; the worker gets a
 * reading when its counts or due lines changed, and at least every HEARTBEAT_MS while the page is
 * open, so 「待回复」 in the panel says when it was read. Nothing is typed, sent or clicked.
 */
export const MIN_GAP_MS = 300;
const TICK_MS = 5_000;
const HEARTBEAT_MS = 30_000;

export function chipOf(reading: ImReading, t: ChatsMessages): { text: string; label: string; tone: 'calm' | 'warn' | 'alert' } | null {
  if (reading.status === 'unreadable') return null;
  const { waiting, dueSoon, overdue } = reading.counts;
  return { text: t.chip(waiting, dueSoon, overdue), label: t.chipLabel(waiting, dueSoon, overdue), tone: overdue > 0 ? 'alert' : dueSoon > 0 ? 'warn' : 'calm' };
}

/** What the worker needs to hear again: counts, rate, and which lines are inside the 60 s window. */
function keyOf(r: ImReading): string {
  const at = Date.parse(r.readAt);
  const due = r.sessions.filter((s) => !s.hidden && !s.overdue && s.secondsLeft !== null && s.secondsLeft <= DUE_SOON_S).map((s) => Math.round((at + s.secondsLeft! * 1000) / 10_000));
  return JSON.stringify([r.status, r.counts, r.replyRate, r.answered, r.systemCards, due]);
}

/** Calls `run` at most once per `gap` ms, soon after the last request (trailing), never twice at once. */
export function throttle(run: () => void, gap: number, now: () => number = Date.now): { request: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  return {
    request() {
      if (timer !== undefined) return;
      const wait = Math.max(50, lastRun + gap - now());
      timer = setTimeout(() => { timer = undefined; lastRun = now(); run(); }, wait);
    },
    cancel() { clearTimeout(timer); timer = undefined; },
  };
}

export const imPageFeature: Feature = {
  id: 'im-page',
  include: (url) => readsOn('im', url),
  init({ document, url, signal, submit }) {
    const hinted = imUrlHint(url);
    let t = chatsMessages('zh');
    const chip: StatusChip = createStatusChip(document);
    let lastKey = '';
    let lastSent = 0;
    const deliver = deliverer(submit, () => undefined);
    const read = () => {
      if (signal.aborted) return;
      if (!hinted && !hasImEvidence(document)) { chip.remove(); return; }
      const reading = readImPage(document, new URL(document.location?.href ?? url.href), { now: new Date(), isVisible: isRendered });
      const shown = chipOf(reading, t);
      if (shown) chip.update(shown.text, shown.label, shown.tone);
      else chip.update(t.chipUnreadable.replace(/^[^：:]+[：:]\s*/, ''), t.chipUnreadable, 'warn');
      const key = keyOf(reading);
      if (key !== lastKey || Date.now() - lastSent >= HEARTBEAT_MS) {
        lastKey = key;
        lastSent = Date.now();
        deliver(`${key}|${reading.readAt}`, reading);
      }
    };
    const throttled = throttle(read, MIN_GAP_MS);
    const observer = new MutationObserver(() => throttled.request());
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const tick = setInterval(() => throttled.request(), TICK_MS);
    const load = () => loadPageSettings().then((s) => { t = chatsMessages(s.language); }, () => undefined);
    const offSettings = onSettingsChanged(() => { void load().then(() => throttled.request()); });
    void load().then(() => throttled.request());
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearInterval(tick);
      throttled.cancel();
      offSettings();
      chip.remove();
    }, { once: true });
  },
};
