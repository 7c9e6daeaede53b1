import { z } from 'zod';

/** Which page layout a dimension belongs to: the 2022 five-dimension page or the current three-dimension one. */
export const generationSchema = z.enum(['five', 'three']);
export type Generation = z.infer<typeof generationSchema>;

export const unitSchema = z.enum(['percent', 'hours', 'count', 'index', 'score']);
export type Unit = z.infer<typeof unitSchema>;

export const dimensionRuleSchema = z.object({
  id: z.string().min(1),
  generation: generationSchema,
  /** Visible label text on the page; the first is the canonical name shown in our UI. */
  labels: z.array(z.string().min(1)).min(1),
  weight: z.number().positive(),
});
export type DimensionRule = z.infer<typeof dimensionRuleSchema>;

/**
 * One estimation band: for lower-better indicators the first band whose `limit` the value does
 * not exceed gives the score; for higher-better ones the first band whose `limit` it reaches.
 * The platform publishes no mapping, so every banded score is shown as an estimate.
 */
export const bandSchema = z.object({ limit: z.number(), score: z.number().min(0).max(5) });
export type Band = z.infer<typeof bandSchema>;

export const indicatorRuleSchema = z.object({
  id: z.string().min(1),
  generation: generationSchema,
  dimension: z.string().min(1),
  labels: z.array(z.string().min(1)).min(1),
  unit: unitSchema,
  direction: z.enum(['lower-better', 'higher-better']),
  /** `gate` indicators are pass/fail (门槛): a failed gate is flagged whatever its score. */
  kind: z.enum(['scored', 'gate']),
  weight: z.number().positive(),
  guideUrl: z.url().optional(),
  tools: z.array(z.string()),
  advice: z.string().min(1),
  bands: z.array(bandSchema).default([]),
});
export type IndicatorRule = z.infer<typeof indicatorRuleSchema>;
export type IndicatorRuleInput = z.input<typeof indicatorRuleSchema>;

export const rulePackSchema = z
  .object({
    version: z.number().int().positive(),
    dimensions: z.array(dimensionRuleSchema).min(1),
    indicators: z.array(indicatorRuleSchema),
  })
  .superRefine((pack, ctx) => {
    const dims = new Set(pack.dimensions.map((d) => d.id));
    const ids = new Set<string>();
    for (const [i, ind] of pack.indicators.entries()) {
      if (!dims.has(ind.dimension)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'dimension'], message: `unknown dimension ${ind.dimension}` });
      }
      const limits = ind.bands.map((b) => b.limit);
      const ordered = limits.every((l, j) => j === 0 || (ind.direction === 'lower-better' ? l > limits[j - 1]! : l < limits[j - 1]!));
      if (!ordered) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'bands'], message: `bands of ${ind.id} are not in order` });
      if (ids.has(ind.id)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `duplicate id ${ind.id}` });
      ids.add(ind.id);
    }
  });
export type RulePack = z.infer<typeof rulePackSchema>;
