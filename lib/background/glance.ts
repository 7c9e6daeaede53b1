import { assess } from '../engine/assess';
import type { Assessment } from '../engine/assessment-schema';
import { badgeFor, type BadgeState } from '../engine/badge';
import type { ResponseOf } from '../messaging/protocol';
import type { PageReading } from '../pages/reading';
import { DEFAULT_RULES, DEFAULT_THRESHOLDS } from '../rules';
import { loadScoreReadings, saveScoreReading } from '../store/readings';

export interface GlanceDeps { setBadge: (badge: BadgeState) => Promise<void> }

function assessLatest(latest: Parameters<typeof assess>[0] | null): Assessment | null {
  return latest ? assess(latest, DEFAULT_RULES, { healthLine: DEFAULT_THRESHOLDS.healthLine }) : null;
}

/** Everything the popup needs, recomputed from IndexedDB: nothing lives only in the worker's memory. */
export async function getGlance(): Promise<ResponseOf<'glance/get'>> {
  const { latest, attempt } = await loadScoreReadings();
  return {
    assessment: assessLatest(latest),
    attempt: attempt ? { status: attempt.status, readAt: attempt.readAt, url: attempt.url, missing: attempt.missing, problems: attempt.problems } : null,
  };
}

export async function refreshBadge(deps: GlanceDeps): Promise<void> {
  const { assessment, attempt } = await getGlance();
  const failedLast = attempt?.status === 'unreadable' && (!assessment || attempt.readAt > assessment.readAt);
  await deps.setBadge(badgeFor(assessment, failedLast));
}

/** Persist first, then answer: the worker may be stopped as soon as it replies. */
export async function submitReading(reading: PageReading, deps: GlanceDeps): Promise<ResponseOf<'reading/submit'>> {
  await saveScoreReading(reading);
  await refreshBadge(deps);
  return { assessment: reading.status === 'unreadable' ? null : assessLatest(reading) };
}
