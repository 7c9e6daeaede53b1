import type { Diagnosis } from '@/lib/engine/diagnosis-schema';
import { formatScore } from '@/lib/format';
import type { Messages } from '@/lib/i18n';
import { SafeLink } from './SafeLink';

/** The ranked actions, in the platform's order; each indicator with advice, tools and its official guide. */
export function ActionList({ diagnosis, t }: { diagnosis: Diagnosis; t: Messages }) {
  if (diagnosis.actions.length === 0) return <p class="notice">{t.noActions(diagnosis.healthLine)}</p>;
  return (
    <ol class="actions" aria-label={t.actionsTitle}>
      {diagnosis.actions.map((a) => (
        <li key={a.id} class={`action action--${a.level}`}>
          <div class="action__head">
            <span class="action__label">{a.level === 'dimension' ? t.dimensionBelow(a.label) : a.label}</span>
            <span class="action__score">
              {a.raw && <span class="muted">{a.raw} · </span>}
              {formatScore(a.score)}
              {a.source === 'estimated' && <abbr class="tag tag--est" title={t.estimatedHint}>{t.estimated}</abbr>}
            </span>
          </div>
          {a.gateFailed && <span class="tag tag--gate">{t.gateFailed}</span>}
          {a.level === 'indicator' && (
            <>
              <p class="action__advice">{a.advice}</p>
              {a.tools.length > 0 && <p class="action__tools">{t.toolsLine(a.tools)}</p>}
              {a.gain > 0 && <p class="muted">{t.gain(a.gain.toFixed(2))}</p>}
              {a.guideUrl && (
                <SafeLink href={a.guideUrl}>{t.guide(a.label)}</SafeLink>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
