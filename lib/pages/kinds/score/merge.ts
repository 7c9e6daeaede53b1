import type { ScoreReading } from './reading';

/** A reading of another tab counts only while it is this fresh. */
const MERGE_WINDOW_MS = 6 * 60 * 60 * 1000;

function sameSource(a: ScoreReading, b: ScoreReading): boolean {
  if (a.generation !== b.generation || a.generation === 'unknown') return false;
  if (a.shop.id !== b.shop.id || (a.shop.id === null && a.shop.name !== b.shop.name)) return false;
  if (a.shop.id === null && a.shop.name === null) return false;
  if (a.period !== b.period) return false;
  const age = Date.parse(b.readAt) - Date.parse(a.readAt);
  return age >= 0 && age <= MERGE_WINDOW_MS;
}

/**
 * Where the page renders only the active tab, each click shows one dimension's indicators. The
 * indicators of a dimension this reading names but has not rendered are taken from the previous
 * reading of the same shop, generation and 统计周期 (and only then): the merchant sees every
 * dimension read, and the glance can say which are still missing.
 */
export function mergeTabReadings(prev: ScoreReading | null, next: ScoreReading): ScoreReading {
  if (!prev || next.unreadDimensions.length === 0 || !sameSource(prev, next)) return next;
  const unread = new Set(next.unreadDimensions);
  const dimIdOf = new Map(next.dimensions.map((d) => [d.label, d.id]));
  const carried = new Set<string>();
  const indicators = [...next.indicators];
  for (const label of unread) {
    const id = dimIdOf.get(label);
    if (!id || prev.unreadDimensions.includes(label)) continue;
    const theirs = prev.indicators.filter((i) => i.dimensionId === id && !indicators.some((x) => x.id === i.id));
    if (theirs.length === 0) continue;
    indicators.push(...theirs);
    carried.add(label);
  }
  if (carried.size === 0) return next;
  const unreadDimensions = next.unreadDimensions.filter((l) => !carried.has(l));
  const carriedIds = new Set(indicators.map((i) => i.label));
  const missing = next.missing.filter((m) => !carriedIds.has(m));
  const status = next.status === 'unreadable' ? 'unreadable' : missing.length || next.problems.length ? 'partial' : 'ok';
  return { ...next, indicators: indicators.slice(0, 60), unreadDimensions, missing, status };
}
