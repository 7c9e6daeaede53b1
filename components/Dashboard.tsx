import { translator, type Messages } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { historyCsv } from '@/lib/engine/history-csv';
import { formatScore } from '@/lib/format';
import { ActionList } from './ActionList';
import { Fold, JumpMenu } from './Fold';
import { Glance } from './Glance';
import { IndicatorTable } from './IndicatorTable';
import { NewMerchantPanel } from './NewMerchantPanel';
import { findingsCount, PageFindings, usePageFindings } from './PageFindings';
import { ReadFrom } from './ReadFrom';
import { WeeklyChecklist } from './WeeklyChecklist';
import { TodayQueue, useQueue } from './TodayQueue';
import { TrendCharts } from './TrendChart';
import { WhatIf } from './WhatIf';

type PanelData = ResponseOf<'panel/get'>;

function downloadCsv(data: PanelData, labels: Map<string, string>, t: Messages) {
  const blob = new Blob([historyCsv(data.history, labels, t.lang)], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${translator(t.lang)('file.history', { shop: data.assessment?.shopKey ?? 'shop' })}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

type SectionId = 'sec-diagnosis' | 'sec-todo' | 'sec-tasks' | 'sec-trend' | 'sec-words';

/**
 * The side panel in five sections the merchant can jump to and fold (诊断 / 待办 / 任务 /
 * 趋势 / 违禁词), the urgent ones first: banned words in an open form, a new shop's tasks,
 * a diagnosis with something below the line; the reference parts (all indicators, what-if,
 * trend) start folded so the panel fits about two screens.
 */
export function Dashboard({ data, t }: { data: PanelData; t: Messages }) {
  const tr = translator(t.lang);
  const reports = usePageFindings();
  const a = data.assessment;
  const nm = data.newMerchant;
  const inPhase = nm?.phase.status === 'in-phase';
  const words = findingsCount(reports);
  const queue = useQueue();
  const sections: { id: SectionId; label: string; urgent: boolean; render: () => preact.JSX.Element | null }[] = [
    {
      id: 'sec-diagnosis', label: tr('nav.diagnosis'), urgent: !!data.diagnosis && (data.diagnosis.overallBelow || data.diagnosis.actions.length > 0),
      render: () => (a && data.diagnosis ? <Formal data={data} a={a} d={data.diagnosis} t={t} /> : inPhase ? null : <Glance glance={data} t={t} />),
    },
    {
      id: 'sec-todo', label: tr('nav.todo'), urgent: (queue?.urgent ?? 0) > 0,
      render: () => <>{queue && <TodayQueue queue={queue} lang={t.lang} />}<WeeklyChecklist t={t} /></>,
    },
    {
      id: 'sec-tasks', label: tr('nav.tasks'), urgent: inPhase,
      render: () => (nm && (nm.phase.status === 'in-phase' || nm.phase.status === 'graduated') ? <NewMerchantPanel nm={nm} t={t} /> : null),
    },
    {
      id: 'sec-trend', label: tr('nav.trend'), urgent: false,
      render: () => (a && data.diagnosis ? <Trend data={data} line={data.diagnosis.healthLine} t={t} /> : null),
    },
    { id: 'sec-words', label: tr('nav.words'), urgent: words > 0, render: () => <PageFindings t={t} reports={reports} /> },
  ];
  const shown = sections
    .map((s) => ({ ...s, body: s.render() }))
    .filter((s) => s.body !== null)
    .sort((x, y) => Number(y.urgent) - Number(x.urgent)); // stable: the listed order within each group
  // The count in the menu and on the fold's own heading: a folded section still says it has work.
  const counted = (s: (typeof shown)[number]) => (s.id === 'sec-words' && words > 0 ? `${s.label} (${words})` : s.id === 'sec-todo' && queue && queue.urgent > 0 ? `${s.label} (${queue.urgent})` : s.label);
  return (
    <>
      <JumpMenu t={t} sections={shown.map((s) => ({ id: s.id, label: counted(s) }))} />
      {shown.map((s) => (
        <Fold key={s.id} id={s.id} title={counted(s)} open={s.id !== 'sec-trend' && (s.id !== 'sec-todo' || s.urgent || !shown.some((x) => x.urgent))}>
          {s.body}
        </Fold>
      ))}
    </>
  );
}

function Formal({ data, a, d, t }: { data: PanelData; a: NonNullable<PanelData['assessment']>; d: NonNullable<PanelData['diagnosis']>; t: Messages }) {
  return (
    <>
      <section aria-labelledby="sec-overview">
        <h3 id="sec-overview" class="section-title">{t.overviewTitle}</h3>
        <Glance glance={{ assessment: a, attempt: data.attempt, newMerchant: null }} t={t} compact />
      </section>
      <section aria-labelledby="sec-actions">
        <h3 id="sec-actions" class="section-title">{t.actionsTitle}</h3>
        {d.overallBelow && <p class="notice notice--error">{t.overallBelowAdvice(d.healthLine)}</p>}
        <ActionList diagnosis={d} t={t} />
      </section>
      {d.partnersBelow.length > 0 && (
        <section aria-labelledby="sec-partners">
          <h3 id="sec-partners" class="section-title">{t.partnersTitle}</h3>
          <p>{t.partnersAdvice(d.healthLine)}</p>
          <ul aria-labelledby="sec-partners" class="partners">
            {d.partnersBelow.map((p) => <li key={p.name}>{p.name}<span class="is-below"> {formatScore(p.score)} ▼</span></li>)}
          </ul>
        </section>
      )}
      <Fold id="sec-indicators" level={3} title={t.allIndicators} open={false}>
        <IndicatorTable a={a} t={t} />
      </Fold>
      <Fold id="sec-whatif" level={3} title={t.whatIfTitle} open={false}>
        <WhatIf a={a} rules={data.rules} t={t} />
      </Fold>
      <ReadFrom t={t} readAt={a.readAt} url={a.url} />
    </>
  );
}

function Trend({ data, line, t }: { data: PanelData; line: number; t: Messages }) {
  const labels = new Map(data.rules.dimensions.map((x) => [x.id, x.label]));
  return (
    <>
      <h3 class="section-title">{t.historyTitle}</h3>
      <TrendCharts history={data.history} labels={labels} line={line} t={t} />
      <button type="button" class="button" disabled={data.history.length === 0} onClick={() => downloadCsv(data, labels, t)}>{t.exportCsv}</button>
    </>
  );
}
