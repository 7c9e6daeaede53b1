import { droppedBelowLine, dropMessage } from '../engine/alerts';
import type { ResponseOf } from '../messaging/protocol';
import type { PageReading } from '../pages/page-reading';
import { mergeTabReadings } from '../pages/kinds/score/merge';
import { pruneHistory } from '../store/history';
import { loadScoreReadings, saveReading } from '../store/readings';
import type { BackgroundDeps } from './deps';
import { assessWith, refreshBadge } from './glance';

/**
 * A new page reading: persist first (the worker may be stopped as soon as it replies), then
 * update the badge and raise an alert for any dimension that has just fallen below the line.
 */
export async function submitReading(submitted: PageReading, deps: BackgroundDeps): Promise<ResponseOf<'reading/submit'>> {
  const settings = await deps.settings();
  const previous = submitted.kind === 'score' ? (await loadScoreReadings()).latest : null;
  // A page that renders one tab at a time: the other tabs' indicators come from the merchant's earlier clicks.
  const reading = submitted.kind === 'score' ? mergeTabReadings(previous, submitted) : submitted;
  await saveReading(reading);
  if (reading.kind === 'score') await pruneHistory(settings.history.retentionDays);
  await refreshBadge(deps);
  if (reading.kind === 'score' && reading.status !== 'unreadable') {
    const drops = droppedBelowLine(assessWith(previous, settings), assessWith(reading, settings)!);
    if (drops.length && settings.alerts.notify) {
      const { title, message } = dropMessage(drops, settings.thresholds.healthLine);
      await deps.notify(title, message).catch(() => undefined); // a blocked notification must not lose the reading
    }
  }
  return { accepted: true, status: reading.status };
}
