import type { Messages } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { historyCsv } from '@/lib/engine/history-csv';
import { formatScore, formatTime, pageName } from '@/lib/format';
import { ActionList } from './ActionList';
import { Glance } from './Glance';
import { IndicatorTable } from './IndicatorTable';
import { NewMerchantPanel } from './NewMerchantPanel';
import { PageFindings } from './PageFindings';
import { WeeklyChecklist } from './WeeklyChecklist';
import { TrendCharts } from './TrendChart';
import { WhatIf } from './WhatIf';

type PanelData = ResponseOf<'panel/get'>;

function downloadCsv(data: PanelData, labels: Map<string, string>) {
  const blob = new Blob([historyCsv(data.history, labels)], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `体验分历史-${data.assessment?.shopKey ?? 'shop'}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The side panel: glance, diagnosis, all indicators, what-if, partners and history. */
export function Dashboard({ data, t }: { data: PanelData; t: Messages }) {
  const a = data.assessment;
  const nm = data.newMerchant;
  return (
    <>
      <PageFindings t={t} />
      {nm?.phase.status === 'in-phase' && <NewMerchantPanel nm={nm} t={t} />}
      {a && data.diagnosis ? <Formal data={data} a={a} d={data.diagnosis} t={t} /> : nm?.phase.status !== 'in-phase' && <Glance glance={data} t={t} />}
      {nm?.phase.status === 'graduated' && <NewMerchantPanel nm={nm} t={t} />}
      <WeeklyChecklist t={t} />
    </>
  );
}

function Formal({ data, a, d, t }: { data: PanelData; a: NonNullable<PanelData['assessment']>; d: NonNullable<PanelData['diagnosis']>; t: Messages }) {
  const labels = new Map(data.rules.dimensions.map((x) => [x.id, x.label]));
  return (
    <>
      <section aria-labelledby="sec-overview">
        <h2 id="sec-overview" class="section-title">{t.overviewTitle}</h2>
        <Glance glance={{ assessment: a, attempt: data.attempt, newMerchant: null }} t={t} compact />
      </section>
      <section aria-labelledby="sec-actions">
        <h2 id="sec-actions" class="section-title">{t.actionsTitle}</h2>
        {d.overallBelow && <p class="notice notice--error">{t.overallBelowAdvice(d.healthLine)}</p>}
        <ActionList diagnosis={d} t={t} />
      </section>
      {d.partnersBelow.length > 0 && (
        <section aria-labelledby="sec-partners">
          <h2 id="sec-partners" class="section-title">{t.partnersTitle}</h2>
          <p>{t.partnersAdvice(d.healthLine)}</p>
          <ul aria-labelledby="sec-partners" class="partners">
            {d.partnersBelow.map((p) => <li key={p.name}>{p.name}<span class="is-below"> {formatScore(p.score)}</span></li>)}
          </ul>
        </section>
      )}
      <section aria-labelledby="sec-indicators">
        <h2 id="sec-indicators" class="section-title">{t.allIndicators}</h2>
        <IndicatorTable a={a} t={t} />
      </section>
      <section aria-labelledby="sec-whatif">
        <h2 id="sec-whatif" class="section-title">{t.whatIfTitle}</h2>
        <WhatIf a={a} rules={data.rules} t={t} />
      </section>
      <section aria-labelledby="sec-history">
        <h2 id="sec-history" class="section-title">{t.historyTitle}</h2>
        <TrendCharts history={data.history} labels={labels} line={d.healthLine} t={t} />
        <button type="button" class="button" disabled={data.history.length === 0} onClick={() => downloadCsv(data, labels)}>{t.exportCsv}</button>
      </section>
      <p class="meta">{t.readAt(formatTime(a.readAt))} · {pageName(a.url)}</p>
    </>
  );
}
