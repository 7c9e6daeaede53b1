import type { IndicatorRule } from '../rules';

/** Estimated score of a raw value by the indicator's bands; null when there are none. */
export function bandScore(rule: Pick<IndicatorRule, 'bands' | 'direction'>, value: number | null): number | null {
  if (value === null || !Number.isFinite(value) || rule.bands.length === 0) return null;
  for (const band of rule.bands) {
    if (rule.direction === 'lower-better' ? value <= band.limit : value >= band.limit) return band.score;
  }
  return rule.bands[rule.bands.length - 1]!.score;
}
