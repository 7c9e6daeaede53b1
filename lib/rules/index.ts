import { DEFAULT_BANDS } from './bands';
import { DIMENSIONS } from './dimensions';
import { INDICATORS } from './indicators';
import { rulePackSchema, type RulePack } from './schema';

export * from './schema';
export { OVERALL_LABELS } from './dimensions';
export { DEFAULT_THRESHOLDS, SCORE_MAX, SCORE_MIN, STALE_AFTER_MS } from './thresholds';
export { GUIDES } from './guides';

/** The default rule pack, validated once at load: a broken pack fails loudly in tests and build. */
export const DEFAULT_RULES: RulePack = rulePackSchema.parse({
  version: 1,
  dimensions: DIMENSIONS,
  indicators: INDICATORS.map((i) => ({ ...i, bands: i.bands ?? DEFAULT_BANDS[i.id] ?? [] })),
});

export function dimensionLabel(rules: RulePack, id: string): string {
  return rules.dimensions.find((d) => d.id === id)?.labels[0] ?? id;
}

