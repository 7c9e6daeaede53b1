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
});
export type IndicatorRule = z.infer<typeof indicatorRuleSchema>;

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
      if (ids.has(ind.id)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `duplicate id ${ind.id}` });
      ids.add(ind.id);
    }
  });
export type RulePack = z.infer<typeof rulePackSchema>;
