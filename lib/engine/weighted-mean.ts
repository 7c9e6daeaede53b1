/** Weighted mean of the known values; null when none is known (an unknown never counts as 0). */
export function weightedMean(items: readonly { value: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    if (value === null || !Number.isFinite(value) || weight <= 0) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? Math.round((sum / weights) * 100) / 100 : null;
}
