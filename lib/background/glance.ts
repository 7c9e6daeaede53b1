import { assess } from '../engine/assess';
import type { Assessment } from '../engine/assessment-schema';
import { badgeFor } from '../engine/badge';
import type { ResponseOf } from '../messaging/protocol';
import type { ScoreReading } from '../pages/reading';
import { DEFAULT_RULES, type RulePack } from '../rules';
import { rulesWithSettings } from '../rules/with-settings';
import type { Settings } from '../store/settings';
import { loadScoreReadings } from '../store/readings';
import type { BackgroundDeps } from './deps';

/** The rule pack as the merchant configured it. */
export function rulesFor(settings: Settings): RulePack {
  return rulesWithSettings(DEFAULT_RULES, settings);
}

export function assessWith(reading: ScoreReading | null, settings: Settings): Assessment | null {
  return reading ? assess(reading, rulesFor(settings), { healthLine: settings.thresholds.healthLine }) : null;
}

/** Everything the popup needs, recomputed from IndexedDB: nothing lives only in the worker's memory. */
export async function getGlance(settings: Settings): Promise<ResponseOf<'glance/get'>> {
  const { latest, attempt } = await loadScoreReadings();
  return {
    assessment: assessWith(latest, settings),
    attempt: attempt ? { status: attempt.status, readAt: attempt.readAt, url: attempt.url, missing: attempt.missing, problems: attempt.problems } : null,
  };
}

export async function refreshBadge(deps: BackgroundDeps): Promise<void> {
  const settings = await deps.settings();
  const { assessment, attempt } = await getGlance(settings);
  const failedLast = attempt?.status === 'unreadable' && (!assessment || attempt.readAt > assessment.readAt);
  await deps.setBadge(badgeFor(assessment, failedLast, settings.badge.warnOnDimensions));
}
