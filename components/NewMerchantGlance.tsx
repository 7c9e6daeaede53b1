import type { NewMerchantAssessment } from '@/lib/engine/new-merchant';
import type { Messages } from '@/lib/i18n';
import { ReadFrom, ShopLine } from './ReadFrom';
import { ScoreMeter } from './ScoreMeter';

/** The popup's glance for a shop in its new-merchant phase: score, phase, task bonus, the gap to 4.40. */
export function NewMerchantGlance({ nm, t }: { nm: NewMerchantAssessment; t: Messages }) {
  const activity = nm.thresholds.find((g) => g.id === 'activity');
  const next = nm.nextTasks[0];
  return (
    <>
      <ShopLine t={t} name={nm.shopName} id={nm.shopKey} />
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
      <ReadFrom t={t} readAt={nm.readAt} url={nm.url} page="new-merchant" />
    </>
  );
}
