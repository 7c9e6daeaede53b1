import { z } from 'zod';
import { indicatorReadingSchema } from '../pages/reading';

/** Whether a score is the platform's own figure or our estimate (always labelled as such in the UI). */
export const sourceSchema = z.enum(['reported', 'estimated']);
export type Source = z.infer<typeof sourceSchema>;

const scored = { value: z.number().min(0).max(5).nullable(), source: sourceSchema.nullable(), belowLine: z.boolean().nullable() };

export const assessedIndicatorSchema = indicatorReadingSchema.extend({
  scoreSource: sourceSchema.nullable(),
  belowLine: z.boolean().nullable(),
  gateFailed: z.boolean(),
});
export type AssessedIndicator = z.infer<typeof assessedIndicatorSchema>;

export const assessedDimensionSchema = z.object({ id: z.string(), label: z.string(), ...scored });
export type AssessedDimension = z.infer<typeof assessedDimensionSchema>;

export const assessmentSchema = z.object({
  shopKey: z.string(),
  shopName: z.string().nullable(),
  generation: z.enum(['five', 'three', 'unknown']),
  readAt: z.string().datetime(),
  url: z.string(),
  status: z.enum(['ok', 'partial', 'unreadable']),
  healthLine: z.number(),
  overall: z.object(scored),
  dimensions: z.array(assessedDimensionSchema),
  indicators: z.array(assessedIndicatorSchema),
  /** The three indicators that most need work: failed gates first, then the lowest scores. */
  weakest: z.array(assessedIndicatorSchema).max(3),
  missing: z.array(z.string()),
  problems: z.array(z.string()),
  /** Dimensions the page names whose indicators it has not rendered yet (tabs not clicked). */
  unreadDimensions: z.array(z.string()).default([]),
});
export type Assessment = z.infer<typeof assessmentSchema>;
