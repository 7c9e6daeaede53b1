import type { Assessment } from '@/lib/engine/assessment-schema';
import { formatScore } from '@/lib/format';
import type { Messages } from '@/lib/i18n';

/** Every dimension with every indicator the page showed, none dropped; unknown rows included. */
export function IndicatorTable({ a, t }: { a: Assessment; t: Messages }) {
  const dimIds = [...a.dimensions.map((d) => d.id), ...new Set(a.indicators.map((i) => i.dimensionId ?? ''))].filter((v, i, all) => v && all.indexOf(v) === i);
  return (
    <>
      {dimIds.map((id) => {
        const dim = a.dimensions.find((d) => d.id === id);
        const rows = a.indicators.filter((i) => i.dimensionId === id);
        const caption = dim?.label ?? id;
        return (
          <table class="indicators" key={id}>
            <caption>
              {caption} <span class={dim?.belowLine ? 'is-below' : ''}>{formatScore(dim?.value ?? null)}</span>
              {dim?.source === 'estimated' && <abbr class="tag tag--est" title={t.estimatedHint}>{t.estimated}</abbr>}
            </caption>
            <thead>
              <tr><th scope="col">{t.indicator}</th><th scope="col">{t.value}</th><th scope="col">{t.score}</th><th scope="col">{t.source}</th></tr>
            </thead>
            <tbody>
              {rows.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.label}{i.gateFailed && <span class="tag tag--gate">{t.gateFailed}</span>}</th>
                  <td>{i.raw ?? t.noScore}</td>
                  <td class={i.belowLine ? 'is-below' : ''}>{formatScore(i.score)}{i.belowLine ? ' ▼' : ''}</td>
                  <td>{i.scoreSource === 'reported' ? t.reported : i.scoreSource === 'estimated' ? t.estimated : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
