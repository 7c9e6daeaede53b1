import type { RulePack } from './schema';

export * from './schema';
export { DEFAULT_RULES } from './default-rules';
export { OVERALL_LABELS } from './dimensions';
export { DEFAULT_THRESHOLDS, SCORE_MAX, SCORE_MIN, STALE_AFTER_MS } from './thresholds';
export { GUIDES } from './guides';

export function dimensionLabel(rules: RulePack, id: string): string {
  return rules.dimensions.find((d) => d.id === id)?.labels[0] ?? id;
}

