import type { ScoreReading } from '../pages/reading';
import type { RulePack } from '../rules';
import type { Assessment } from './assessment-schema';
import type { Action, Diagnosis } from './diagnosis-schema';

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Diagnosis in the platform's own order (2022 guide, DOMAIN.md §1.1): when a dimension is
 * below the line, raise it first; within it, its indicators below the line and any failed
 * gate. Dimensions are ranked by the gain on the overall score if they reached the line,
 * indicators by the same gain through their dimension; failed gates come first whatever
 * their score. Items in dimensions that are above the line follow.
 */
export function diagnose(assessment: Assessment, rules: RulePack, partners: ScoreReading['partners'] = []): Diagnosis {
  const line = assessment.healthLine;
  const dimRules = rules.dimensions.filter((d) => d.generation === assessment.generation);
  const totalDimWeight = dimRules.reduce((s, d) => s + d.weight, 0) || 1;
  const dimShare = (id: string) => (dimRules.find((d) => d.id === id)?.weight ?? 1) / totalDimWeight;

  const indicatorActions = (dimensionId: string): Action[] => {
    const own = assessment.indicators.filter((i) => i.dimensionId === dimensionId);
    const ownWeight = own.reduce((s, i) => s + (rules.indicators.find((r) => r.id === i.id)?.weight ?? 1), 0) || 1;
    const dimLabel = dimRules.find((d) => d.id === dimensionId)?.labels[0] ?? dimensionId;
    return own
      .filter((i) => i.gateFailed || i.belowLine === true)
      .map((i): Action => {
        const rule = rules.indicators.find((r) => r.id === i.id);
        const share = ((rule?.weight ?? 1) / ownWeight) * dimShare(dimensionId);
        return {
          id: `indicator:${i.id}`, level: 'indicator', dimensionId, dimensionLabel: dimLabel, indicatorId: i.id,
          label: i.label, score: i.score, source: i.scoreSource, raw: i.raw, gateFailed: i.gateFailed,
          gain: round(i.score === null ? 0 : Math.max(0, line - i.score) * share),
          advice: rule?.advice ?? '查看平台的指标说明，找出拉低分数的订单。',
          tools: rule?.tools ?? [], guideUrl: rule?.guideUrl ?? null,
        };
      })
      .sort((a, b) => Number(b.gateFailed) - Number(a.gateFailed) || b.gain - a.gain);
  };

  const below = assessment.dimensions
    .filter((d) => d.belowLine === true)
    .map((d) => ({ d, gain: round(Math.max(0, line - (d.value ?? line)) * dimShare(d.id)) }))
    .sort((a, b) => b.gain - a.gain);

  const actions: Action[] = [];
  for (const { d, gain } of below) {
    actions.push({
      id: `dimension:${d.id}`, level: 'dimension', dimensionId: d.id, dimensionLabel: d.label, indicatorId: null,
      label: d.label, score: d.value, source: d.source, raw: null, gateFailed: false, gain,
      advice: `「${d.label}」低于${line}分，先处理下面列出的指标。`, tools: [], guideUrl: null,
    });
    actions.push(...indicatorActions(d.id));
  }
  // Problems in dimensions that are still above the line: failed gates first, then by gain.
  const rest = assessment.dimensions
    .filter((d) => d.belowLine !== true)
    .flatMap((d) => indicatorActions(d.id))
    .sort((a, b) => Number(b.gateFailed) - Number(a.gateFailed) || b.gain - a.gain);
  actions.push(...rest);

  return {
    overallBelow: assessment.overall.belowLine,
    healthLine: line,
    dimensionsBelow: below.map(({ d }) => d.id),
    actions,
    partnersBelow: partners.filter((p) => p.score !== null && p.score < line).sort((a, b) => (a.score ?? 0) - (b.score ?? 0)),
  };
}
