import { z } from 'zod';

export const readingStatusSchema = z.enum(['ok', 'partial', 'unreadable']);
export type ReadingStatus = z.infer<typeof readingStatusSchema>;

const score = z.number().min(0).max(5).nullable();

export const shopSchema = z.object({ id: z.string().max(40).nullable(), name: z.string().max(80).nullable() });

export const indicatorReadingSchema = z.object({
  /** Rule id, or `unknown:<label>` for a row the rule pack does not know yet. */
  id: z.string().min(1).max(120),
  /** The canonical name for known indicators; the page's own words for unknown ones. */
  label: z.string().max(80),
  dimensionId: z.string().nullable(),
  score,
  /** The shop's raw value in the indicator's unit (percent points 0–100, hours …). */
  value: z.number().finite().min(0).max(1e9).nullable(),
  unit: z.enum(['score', 'percent', 'hours', 'count', 'plain']).nullable(),
  /** The raw text as shown, for the merchant to compare. */
  raw: z.string().max(60).nullable(),
  /** 门槛 status, when the page states one. */
  gate: z.enum(['met', 'not-met']).nullable(),
});
export type IndicatorReading = z.infer<typeof indicatorReadingSchema>;

export const dimensionReadingSchema = z.object({
  id: z.string().min(1).max(120),
  label: z.string().max(40),
  score,
});
export type DimensionReading = z.infer<typeof dimensionReadingSchema>;

export const partnerReadingSchema = z.object({ name: z.string().max(80), score });

export const scoreReadingSchema = z.object({
  kind: z.literal('score'),
  generation: z.enum(['five', 'three', 'unknown']),
  status: readingStatusSchema,
  url: z.string().max(2000),
  readAt: z.string().datetime(),
  shop: shopSchema,
  /** 统计周期 as the page prints it, when shown: readings of other tabs merge only within one. */
  period: z.string().max(60).nullable().default(null),
  overall: score,
  dimensions: z.array(dimensionReadingSchema).max(20),
  indicators: z.array(indicatorReadingSchema).max(60),
  partners: z.array(partnerReadingSchema).max(200).default([]),
  /** Dimensions the page names (a tab, a folded panel) whose indicators it has not rendered yet. */
  unreadDimensions: z.array(z.string().max(40)).max(20).default([]),
  /** Labels the reader expected and could not find, in the page's own words. */
  missing: z.array(z.string().max(80)).max(60),
  /** Values it found but could not understand, e.g. 「商品：abc分」. */
  problems: z.array(z.string().max(160)).max(60),
});
export type ScoreReading = z.infer<typeof scoreReadingSchema>;
