import type { NewMerchantAssessment } from '@/lib/engine/new-merchant';
import { formatTime, pageName } from '@/lib/format';
import type { Messages } from '@/lib/i18n';
import { ScoreMeter } from './ScoreMeter';
import { SafeLink } from './SafeLink';

/** The popup's glance for a shop in its new-merchant phase: score, phase, task bonus, the gap to 4.40. */
export function NewMerchantGlance({ nm, t }: { nm: NewMerchantAssessment; t: Messages }) {
  const activity = nm.thresholds.find((g) => g.id === 'activity');
  const next = nm.nextTasks[0];
  return (
    <>
      {(nm.shopName || nm.shopKey !== 'unknown') && <p class="shop">{nm.shopName}{nm.shopKey !== nm.shopName && nm.shopKey !== 'unknown' ? ` · ${t.shopId(nm.shopKey)}` : ''}</p>}
      <ScoreMeter size="large" label={t.nmScore} value={nm.score} line={activity?.line ?? 4.4} t={t} />
      <p class="nm-phase">{t.nmPhase(nm.phase.shopAgeDays, nm.phase.validOrders, nm.phase.daysLeft, nm.phase.ordersLeft)}</p>
      <h2 class="section-title">{t.nmTasks}</h2>
      <ul class="nm-groups" aria-label={t.nmTasks}>
        {nm.bonus.groups.map((g) => (
          <li key={g.group}>{t.nmGroupProgress(g.label, g.counted, g.cap, g.done)}</li>
        ))}
        <li>{t.nmBonus(nm.bonus.earned.toFixed(2), nm.bonus.max.toFixed(2))}</li>
      </ul>
      {activity && (
        <p class={activity.reached ? 'nm-gap' : 'nm-gap is-below'} role="status">
          {activity.reached ? t.nmReached(activity.line) : activity.distance === null ? t.noScore : t.nmGap(activity.line, activity.distance.toFixed(2), nm.bonus.open.toFixed(2), activity.closableByTasks === true)}
        </p>
      )}
      {next && <p class="muted">{t.nmNext(next.label)}</p>}
      <p class="meta">{t.readAt(formatTime(nm.readAt))} · <SafeLink href={nm.url}>{pageName(nm.url)}</SafeLink></p>
    </>
  );
}
