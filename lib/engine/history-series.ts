import { z } from 'zod';
import { dayOf } from '../store/day';
import type { ScoreReading } from '../pages/reading';
import type { RulePack } from '../rules';
import { assess } from './assess';

export const historyPointSchema = z.object({
  day: z.string(),
  shopId: z.string().nullable(),
  shopName: z.string().nullable(),
  overall: z.number().nullable(),
  /** Dimension id → score (reported or estimated) on that day. */
  dimensions: z.record(z.string(), z.number().nullable()),
});
export type HistoryPoint = z.infer<typeof historyPointSchema>;

/** One point per stored day, newest `days` only, each assessed with today's rules. */
export function historySeries(readings: readonly ScoreReading[], rules: RulePack, healthLine: number, days = 90, now = new Date()): HistoryPoint[] {
  const since = dayOf(new Date(now.getTime() - days * 86_400_000).toISOString());
  return readings
    .map((r) => ({ r, day: dayOf(r.readAt) }))
    .filter(({ day }) => day >= since)
    .map(({ r, day }) => {
      const a = assess(r, rules, { healthLine });
      return {
        day, shopId: r.shop.id, shopName: r.shop.name, overall: a.overall.value,
        dimensions: Object.fromEntries(a.dimensions.map((d) => [d.id, d.value])),
      };
    });
}
