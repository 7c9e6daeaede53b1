import { translator } from '../i18n';
import { browser } from 'wxt/browser';
import { nextAt, ROUTINES } from '../engine/routine-schedule';
import type { Settings } from '../store/settings';
import type { BackgroundDeps } from './deps';
import { newMerchantWith } from './glance';
import { queueSummary, REMIND_ALARM, runQueueReminder } from './queue';

/** Alarms, not timers: the worker sleeps between them. Re-synced whenever settings change. */
export async function syncRoutineAlarms(settings: Settings, now = new Date()): Promise<void> {
  const want = [
    (settings.routines.dailyCheck || settings.queue.dailySummary) && { ...ROUTINES.daily, when: nextAt(now, ROUTINES.daily.hour) },
    settings.routines.weeklyReview && { ...ROUTINES.weekly, when: nextAt(now, ROUTINES.weekly.hour, ROUTINES.weekly.weekday) },
  ];
  for (const routine of [ROUTINES.daily, ROUTINES.weekly]) {
    const wanted = want.find((w) => w && w.name === routine.name);
    const existing = await browser.alarms.get(routine.name);
    if (!wanted) { if (existing) await browser.alarms.clear(routine.name); continue; }
    if (!existing) await browser.alarms.create(routine.name, { when: wanted.when.getTime(), periodInMinutes: routine.periodInMinutes });
  }
}

/** A routine alarm fired: remind, if the merchant still wants it and it applies to the shop. */
export async function runRoutine(name: string, deps: BackgroundDeps): Promise<void> {
  if (name === REMIND_ALARM) return runQueueReminder(deps);
  const settings = await deps.settings();
  const tr = translator(settings.language);
  if (name === ROUTINES.daily.name) {
    // The morning's queue, when there is one: its own switch, whatever the score routine says.
    const summary = await queueSummary(settings);
    if (summary) await deps.notify(summary.title, summary.message);
  }
  if (name === ROUTINES.daily.name && settings.routines.dailyCheck) {
    const nm = await newMerchantWith(settings);
    // The five core indicators are the new-merchant module's; a formal shop gets its drop alerts instead.
    if (nm && nm.phase.status !== 'graduated') {
      await deps.notify(tr('notify.dailyTitle'), tr('notify.dailyBody'));
    }
  } else if (name === ROUTINES.weekly.name && settings.routines.weeklyReview) {
    await deps.notify(tr('notify.weeklyTitle'), tr('notify.weeklyBody'));
  }
}
