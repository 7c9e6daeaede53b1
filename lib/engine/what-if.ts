import type { Assessment } from './assessment-schema';

/**
 * Extra good outcomes needed to lift a rate g/n to target t: (g + x) / (n + x) ≥ t gives
 * x ≥ (t·n − g) / (1 − t). At t = 80 % one bad rating (g = 0, n = 1) needs four good
 * ones, as the 2022 guide says. Returns 0 when the target is already met, null when it
 * cannot be reached by adding good outcomes (t ≥ 100 %) or the inputs are not counts.
 */
export function goodNeeded(good: number, total: number, target: number): number | null {
  if (![good, total, target].every(Number.isFinite) || good < 0 || total < 0 || good > total) return null;
  if (target <= 0) return 0;
  if (target >= 1) return good === total ? 0 : null;
  const x = (target * total - good) / (1 - target);
  // Guard against 3.9999999 from binary fractions before rounding up.
  return Math.max(0, Math.ceil(Math.round(x * 1e9) / 1e9));
}

/** The weights the what-if needs; the full rule pack fits, and so does the side panel's slice of it. */
export interface WeightRules {
  indicators: readonly { id: string; weight: number }[];
  dimensions: readonly { id: string; generation: string; weight: number }[];
}

export interface WhatIfResult {
  indicatorId: string;
  dimensionId: string;
  indicatorBefore: number | null;
  indicatorAfter: number;
  dimensionBefore: number | null;
  dimensionAfter: number | null;
  overallBefore: number | null;
  overallAfter: number | null;
}

const clamp = (v: number) => Math.max(0, Math.min(5, Math.round(v * 100) / 100));

/**
 * What a new score for one indicator does to its dimension and the overall score, under the
 * current (equal unless changed) weights: the change moves the dimension by the indicator's
 * weight share and the overall by the dimension's. An estimate, and shown as one.
 */
export function whatIf(assessment: Assessment, rules: WeightRules, indicatorId: string, newScore: number): WhatIfResult | null {
  const ind = assessment.indicators.find((i) => i.id === indicatorId);
  if (!ind || !ind.dimensionId || !Number.isFinite(newScore)) return null;
  const after = clamp(newScore);
  const dim = assessment.dimensions.find((d) => d.id === ind.dimensionId);
  const weight = (id: string) => rules.indicators.find((r) => r.id === id)?.weight ?? 1;
  const siblings = assessment.indicators.filter((i) => i.dimensionId === ind.dimensionId && i.score !== null);
  const known = siblings.some((s) => s.id === ind.id) ? siblings : [...siblings, ind];
  const share = weight(ind.id) / (known.reduce((s, i) => s + weight(i.id), 0) || 1);
  const delta = (after - (ind.score ?? after)) * share;
  const dimensionAfter = dim?.value == null ? null : clamp(dim.value + delta);

  const dimRules = rules.dimensions.filter((d) => d.generation === assessment.generation);
  const dimWeight = (id: string) => dimRules.find((d) => d.id === id)?.weight ?? 1;
  const dimsKnown = assessment.dimensions.filter((d) => d.value !== null);
  const dimShare = dimWeight(ind.dimensionId) / (dimsKnown.reduce((s, d) => s + dimWeight(d.id), 0) || 1);
  const overall = assessment.overall.value;
  const overallAfter = overall === null || dimensionAfter === null || dim?.value == null ? null : clamp(overall + (dimensionAfter - dim.value) * dimShare);

  return {
    indicatorId, dimensionId: ind.dimensionId, indicatorBefore: ind.score, indicatorAfter: after,
    dimensionBefore: dim?.value ?? null, dimensionAfter, overallBefore: overall, overallAfter,
  };
}
