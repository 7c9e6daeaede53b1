import { diagnose } from '../engine/diagnose';
import { historySeries } from '../engine/history-series';
import type { ResponseOf } from '../messaging/protocol';
import { listHistory } from '../store/history';
import { listNotices } from '../store/notices';
import { loadScoreReadings } from '../store/readings';
import type { BackgroundDeps } from './deps';
import { assessWith, getGlance, rulesFor } from './glance';

/** The side panel's dashboard: assessment, diagnosis in the platform's order, and 90 days of history. */
export async function getPanel(deps: BackgroundDeps): Promise<ResponseOf<'panel/get'>> {
  const settings = await deps.settings();
  const rules = rulesFor(settings);
  const glance = await getGlance(settings);
  const { latest } = await loadScoreReadings();
  const assessment = assessWith(latest, settings);
  const history = assessment ? historySeries(await listHistory(assessment.shopKey), rules, settings.thresholds.healthLine) : [];
  return {
    ...glance,
    diagnosis: assessment ? diagnose(assessment, rules, latest?.partners ?? []) : null,
    history,
    rules: { indicators: rules.indicators.map((r) => ({ id: r.id, unit: r.unit, direction: r.direction, weight: r.weight })), dimensions: rules.dimensions.map((d) => ({ id: d.id, label: d.labels[0]!, generation: d.generation, weight: d.weight })) },
    thresholds: settings.thresholds,
    // Last: a history day set aside while listing is told in this very answer.
    notices: await listNotices(),
  };
}
