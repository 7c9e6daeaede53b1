import { assess } from '../engine/assess';
import type { Assessment } from '../engine/assessment-schema';
import { badgeFor, newMerchantBadge } from '../engine/badge';
import { assessNewMerchant, type NewMerchantAssessment } from '../engine/new-merchant';
import type { ResponseOf } from '../messaging/protocol';
import type { ScoreReading } from '../pages/reading';
import { DEFAULT_RULES, type RulePack } from '../rules';
import { rulesWithSettings } from '../rules/with-settings';
import type { Settings } from '../store/settings';
import { listNotices } from '../store/notices';
import { loadNewMerchantReading, loadScoreReadings } from '../store/readings';
import type { BackgroundDeps } from './deps';
import { getQueue, queueTotal } from './queue';
import { queueMessages } from '../i18n/queue';
import { BADGE_COLORS } from '../engine/badge';
import { chatsMessages } from '../i18n/chats';

/** The rule pack as the merchant configured it. */
export function rulesFor(settings: Settings): RulePack {
  return rulesWithSettings(DEFAULT_RULES, settings);
}

export function assessWith(reading: ScoreReading | null, settings: Settings): Assessment | null {
  return reading ? assess(reading, rulesFor(settings), { healthLine: settings.thresholds.healthLine }) : null;
}

export async function newMerchantWith(settings: Settings): Promise<NewMerchantAssessment | null> {
  const reading = await loadNewMerchantReading();
  return reading
    ? assessNewMerchant(reading, { weakAtLive: settings.newMerchant.weakAtLive, activityLine: settings.thresholds.activityLine, targets: settings.thresholds.targets, healthLine: settings.thresholds.healthLine })
    : null;
}

/** Everything the popup needs, recomputed from IndexedDB: nothing lives only in the worker's memory. */
export async function getGlance(settings: Settings): Promise<ResponseOf<'glance/get'>> {
  const [{ latest, attempt }, newMerchant, q] = await Promise.all([loadScoreReadings(), newMerchantWith(settings), getQueue()]);
  // Null until a list page was read: "0 urgent" would claim what nobody has looked at.
  const read = q.unknowns.filter((u) => u.kind === 'never-read').length < 2;
  // After the loads: a record they set aside is in the list the merchant sees now.
  const notices = await listNotices();
  return {
    assessment: assessWith(latest, settings),
    attempt: attempt ? { status: attempt.status, readAt: attempt.readAt, url: attempt.url, missing: attempt.missing, problems: attempt.problems } : null,
    newMerchant,
    queue: read ? { urgent: q.urgent, total: queueTotal(q) } : null,
    notices,
  };
}

/** A shop in its new-merchant phase is rated by 新商体验分: the glance leads with it. */
export function inNewMerchantPhase(glance: Pick<ResponseOf<'glance/get'>, 'newMerchant'>): boolean {
  return glance.newMerchant?.phase.status === 'in-phase';
}

export async function refreshBadge(deps: BackgroundDeps): Promise<void> {
  const settings = await deps.settings();
  const glance = await getGlance(settings);
  // The workbench is being read and chats wait: their count first (a reply has 3 minutes).
  const chats = settings.queue.chatBadge ? (await getQueue()).chats : null;
  if (chats?.fresh && chats.counts.waiting > 0) {
    const n = chats.counts.waiting;
    await deps.setBadge({ text: n > 99 ? '99+' : String(n), color: chats.counts.overdue + chats.counts.dueSoon > 0 ? BADGE_COLORS.below : BADGE_COLORS.warn, title: chatsMessages(settings.language).badgeTitle(n) });
    return;
  }
  // The merchant chose the queue for the badge: its urgent count while there is one.
  if (settings.queue.badge && glance.queue && glance.queue.urgent > 0) {
    const n = glance.queue.urgent;
    await deps.setBadge({ text: n > 99 ? '99+' : String(n), color: BADGE_COLORS.warn, title: queueMessages(settings.language).badgeTitle(n) });
    return;
  }
  if (inNewMerchantPhase(glance) && glance.newMerchant) {
    await deps.setBadge(newMerchantBadge(glance.newMerchant, settings.thresholds.activityLine, settings.language));
    return;
  }
  const { assessment, attempt } = glance;
  const failedLast = attempt?.status === 'unreadable' && (!assessment || attempt.readAt > assessment.readAt);
  await deps.setBadge(badgeFor(assessment, failedLast, settings.badge.warnOnDimensions, settings.language));
}
