import type { ScoreReading } from '../pages/reading';
import type { RulePack } from '../rules';
import type { AssessedDimension, AssessedIndicator, Assessment, Source } from './assessment-schema';
import { bandScore } from './bands';
import { weightedMean } from './weighted-mean';

export interface AssessOptions { healthLine: number }

export function shopKeyOf(shop: ScoreReading['shop']): string {
  return shop.id ?? shop.name ?? 'unknown';
}

const below = (value: number | null, line: number) => (value === null ? null : value < line);

/**
 * The assessment: every score the page shows is used as shown (`reported`). Only where the
 * page shows none do we fill in a weighted mean of the level below (`estimated`).
 */
export function assess(reading: ScoreReading, rules: RulePack, { healthLine }: AssessOptions): Assessment {
  const ruleOf = (id: string) => rules.indicators.find((r) => r.id === id);
  const indicators: AssessedIndicator[] = reading.indicators.map((ind) => {
    // A gate that is 门槛不达标 is flagged whatever its score.
    const gateFailed = ind.gate === 'not-met';
    const rule = ruleOf(ind.id);
    const estimate = ind.score === null && rule ? bandScore(rule, ind.value) : null;
    const score = ind.score ?? estimate;
    return {
      ...ind,
      score,
      scoreSource: ind.score !== null ? 'reported' : estimate !== null ? 'estimated' : null,
      belowLine: below(score, healthLine),
      gateFailed,
    };
  });

  const dimRules = rules.dimensions.filter((d) => d.generation === reading.generation);
  const dimensions: AssessedDimension[] = [];
  for (const rule of dimRules) {
    const shown = reading.dimensions.find((d) => d.id === rule.id);
    const own = indicators.filter((i) => i.dimensionId === rule.id);
    let value = shown?.score ?? null;
    let source: Source | null = value === null ? null : 'reported';
    if (value === null) {
      value = weightedMean(own.map((i) => ({ value: i.score, weight: ruleOf(i.id)?.weight ?? 1 })));
      source = value === null ? null : 'estimated';
    }
    if (!shown && value === null) continue; // neither shown nor derivable: nothing to say
    dimensions.push({ id: rule.id, label: rule.labels[0]!, value, source, belowLine: below(value, healthLine) });
  }

  let overall = reading.overall;
  let overallSource: Source | null = overall === null ? null : 'reported';
  if (overall === null) {
    overall = weightedMean(dimensions.map((d) => ({ value: d.value, weight: dimRules.find((r) => r.id === d.id)?.weight ?? 1 })));
    overallSource = overall === null ? null : 'estimated';
  }

  const weakest = [...indicators]
    .filter((i) => i.gateFailed || i.score !== null)
    .sort((a, b) => Number(b.gateFailed) - Number(a.gateFailed) || (a.score ?? 5) - (b.score ?? 5))
    .slice(0, 3);

  return {
    shopKey: shopKeyOf(reading.shop),
    shopName: reading.shop.name,
    generation: reading.generation,
    readAt: reading.readAt,
    url: reading.url,
    status: reading.status,
    healthLine,
    overall: { value: overall, source: overallSource, belowLine: below(overall, healthLine) },
    dimensions,
    indicators,
    weakest,
    missing: reading.missing,
    problems: reading.problems,
    unreadDimensions: reading.unreadDimensions ?? [],
  };
}
