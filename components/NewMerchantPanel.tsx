import type { NewMerchantAssessment } from '@/lib/engine/new-merchant';
import { formatScore } from '@/lib/format';
import { translator, type Messages } from '@/lib/i18n';
import { Fold } from './Fold';
import { ScoreMeter } from './ScoreMeter';
import { SafeLink } from './SafeLink';

function progressText(p: NonNullable<NewMerchantAssessment['checklist'][number]['tasks'][number]['progress']>): string {
  return `${p.current}/${p.target}${p.unit ?? ''}`;
}

/** The side panel's 新商体验分 section: checklist, what each task added, gaps, next steps, core indicators. */
export function NewMerchantPanel({ nm, t }: { nm: NewMerchantAssessment; t: Messages }) {
  const tr = translator(t.lang);
  const activity = nm.thresholds.find((g) => g.id === 'activity');
  return (
    <section aria-labelledby="sec-nm">
      <h3 id="sec-nm" class="section-title">{t.nmScore}</h3>
      <ScoreMeter size="large" label={t.nmScore} value={nm.score} line={activity?.line ?? 4.4} t={t} />
      <p class="nm-phase">{nm.phase.status === 'graduated' ? t.nmGraduated(nm.phase.shopAgeDays, nm.phase.validOrders) : t.nmPhase(nm.phase.shopAgeDays, nm.phase.validOrders, nm.phase.daysLeft, nm.phase.ordersLeft)}</p>

      <p role="status">{t.nmBonus(nm.bonus.earned.toFixed(2), nm.bonus.max.toFixed(2))}</p>

      <h3>{t.nmLines}</h3>
      <ul class="nm-lines">
        {nm.thresholds.map((g) => (
          <li key={g.id}>
            <strong>{g.line.toFixed(2)}</strong> {g.label}
            {g.reached ? ` · ${t.nmLineReached}` : g.distance !== null ? ` · ${t.nmLineGap(g.distance.toFixed(2), g.closableByTasks === true)}` : ''}
            {g.unlocks.length > 0 && <span class="muted">{tr('punct.paren', { x: t.nmUnlocks(g.unlocks.join(tr('punct.list'))) })}</span>}
          </li>
        ))}
      </ul>

      {nm.nextTasks.length > 0 && (
        <>
          <h3 id="nm-next">{t.nmNextTitle}</h3>
          <ol class="nm-next" aria-labelledby="nm-next">
            {nm.nextTasks.slice(0, 5).map((task) => (
              <li key={task.id}>
                <strong>{task.label}</strong>
                <p>{task.advice}</p>
                {task.guideUrl && <SafeLink href={task.guideUrl}>{t.guide(task.label)}</SafeLink>}
              </li>
            ))}
          </ol>
        </>
      )}

      {/* The full checklist is reference: folded, after what to do next, so the panel stays short. */}
      <Fold id="nm-checklist" level={3} title={t.nmChecklist} open={false}>
        {nm.checklist.map((g) => (
          <div key={g.label} class="nm-group">
            <h4 id={`nm-${g.group ?? 'other'}`}>{g.label}{g.cap > 0 ? t.nmGroupRule(g.cap) : ''}</h4>
            <ul class="checklist" aria-labelledby={`nm-${g.group ?? 'other'}`}>
              {g.tasks.map((task) => (
                <li key={task.id} class={`task task--${task.state ?? 'unknown'}`}>
                  <span class="task__mark" aria-hidden="true">{task.state === 'done' ? '✔' : '○'}</span>
                  <span class="task__label">{task.label}</span>
                  <span class="task__state">{task.state ? tr(`task.${task.state}`) : t.noScore}{task.progress ? ` · ${progressText(task.progress)}` : ''}</span>
                  {task.added !== null && <span class="task__added">{task.added > 0 ? `+${task.added.toFixed(2)}` : t.nmNoMore}</span>}
                  {!task.known && <span class="tag">{t.nmUnknownTask}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Fold>

      <h3 id="nm-core">{t.nmCore}</h3>
      <ul class="nm-core" aria-labelledby="nm-core">
        {nm.coreIndicators.map((c) => (
          <li key={c.id}>
            <span>{c.label}</span> <span class="muted">{c.raw ?? t.noScore}</span> <span class={c.belowLine ? 'is-below' : ''}>{formatScore(c.score)}</span>
            {c.guideUrl && <> · <SafeLink href={c.guideUrl}>{t.guide(c.label)}</SafeLink></>}
          </li>
        ))}
      </ul>
      <p class="muted">{t.nmValidOrderRule}</p>
    </section>
  );
}
