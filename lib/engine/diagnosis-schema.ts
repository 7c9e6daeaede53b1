import { z } from 'zod';
import { sourceSchema } from './assessment-schema';

export const actionSchema = z.object({
  id: z.string(),
  level: z.enum(['dimension', 'indicator']),
  dimensionId: z.string(),
  dimensionLabel: z.string(),
  indicatorId: z.string().nullable(),
  label: z.string(),
  score: z.number().nullable(),
  source: sourceSchema.nullable(),
  raw: z.string().nullable(),
  gateFailed: z.boolean(),
  /** Expected rise of the overall score if this item reached the line, under current estimates. */
  gain: z.number(),
  advice: z.string(),
  tools: z.array(z.string()),
  guideUrl: z.string().nullable(),
});
export type Action = z.infer<typeof actionSchema>;

export const diagnosisSchema = z.object({
  overallBelow: z.boolean().nullable(),
  healthLine: z.number(),
  /** Dimensions under the line, in the order to work on them. */
  dimensionsBelow: z.array(z.string()),
  actions: z.array(actionSchema),
  partnersBelow: z.array(z.object({ name: z.string(), score: z.number().nullable() })),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;
