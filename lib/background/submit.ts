import { droppedBelowLine, dropMessage } from '../engine/alerts';
import type { ResponseOf } from '../messaging/protocol';
import { isQueueReading, type PageReading } from '../pages/page-reading';
import { mergeTabReadings } from '../pages/kinds/score/merge';
import { pruneHistory } from '../store/history';
import { addNotice, resolveNotices } from '../store/notices';
import { signalReadingSaved } from '../store/changed';
import { alreadySaved, loadScoreReadings, saveReading } from '../store/readings';
import type { BackgroundDeps } from './deps';
import { assessWith, refreshBadge } from './glance';
import { saveQueueReading, syncQueueAlarm } from './queue';
import { warn } from '../log';
import { notifyDueChats } from './chats';

/**
 * A new page reading: persist first (the worker may be stopped as soon as it replies), then
 * update the badge and raise an alert for any dimension that has just fallen below the line.
 *
 * At-least-once from the content side means the same reading may arrive twice (its first
 * answer was lost): a reading already saved, by fingerprint, is answered again without a second
 * save or alert. Once saved, the answer is "accepted" whatever the follow-up steps do: a failed
 * badge or prune must not make the sender retry (or the merchant believe) a reading that is safe.
 */
export async function submitReading(submitted: PageReading, deps: BackgroundDeps, tabId?: number): Promise<ResponseOf<'reading/submit'>> {
  if (await alreadySaved(submitted)) return { accepted: true, status: submitted.status };
  const settings = await deps.settings();
  const previous = submitted.kind === 'score' ? (await loadScoreReadings()).latest : null;
  // A page that renders one tab at a time: the other tabs' indicators come from the merchant's earlier clicks.
  const reading = submitted.kind === 'score' ? mergeTabReadings(previous, submitted) : submitted;
  try {
    // A list page's rows go into today's queue, in the same write as the reading's fingerprint.
    if (isQueueReading(reading)) await saveQueueReading(reading);
    else await saveReading(reading);
  } catch (error) {
    // Told in the popup until a later reading of this kind is saved; the sender retries.
    await addNotice({ kind: 'reading-unsaved', readingKind: reading.kind, url: reading.url, problem: String(error).slice(0, 300) }).catch(() => undefined);
    throw error;
  }
  await afterSave(reading, previous, settings, deps, tabId).catch((error: unknown) => warn('submit', 'saved, but the follow-up failed', error));
  return { accepted: true, status: reading.status };
}

async function afterSave(reading: PageReading, previous: Awaited<ReturnType<typeof loadScoreReadings>>['latest'], settings: Awaited<ReturnType<BackgroundDeps['settings']>>, deps: BackgroundDeps, tabId?: number): Promise<void> {
  await resolveNotices((n) => n.kind === 'reading-unsaved' && n.readingKind === reading.kind);
  await signalReadingSaved(reading.kind); // an open side panel or popup reloads
  if (reading.kind === 'score') await pruneHistory(settings.history.retentionDays);
  await refreshBadge(deps);
  if (isQueueReading(reading)) await syncQueueAlarm(settings);
  if (reading.kind === 'im') await notifyDueChats(reading, settings, deps, tabId);
  if (reading.kind === 'score' && reading.status !== 'unreadable') {
    const drops = droppedBelowLine(assessWith(previous, settings), assessWith(reading, settings)!);
    if (drops.length && settings.alerts.notify) {
      const { title, message } = dropMessage(drops, settings.thresholds.healthLine, settings.language);
      await deps.notify(title, message).catch(() => undefined); // a blocked notification must not lose the reading
    }
  }
}
