import { z } from 'zod';
import { readingStatusSchema } from '../score/reading';

/**
 * What the 新商体验分 module shows, as read. Every string and list is bounded: the page is
 * not ours, and a hostile or broken page must not be able to blow up storage or messages.
 * Readings stored before a field existed must still parse: new fields are optional.
 */

const score = z.number().min(0).max(5).nullable();

export const taskStateSchema = z.enum(['done', 'in-progress', 'not-started']);
export type TaskState = z.infer<typeof taskStateSchema>;

export const taskProgressSchema = z.object({
  current: z.number().finite().min(0).max(1e6),
  target: z.number().finite().positive().max(1e6),
  /** As printed after the figures (小时, 个, 条, % …), or null for a bare 2/10. */
  unit: z.string().max(8).nullable(),
});
export type TaskProgress = z.infer<typeof taskProgressSchema>;

export const newMerchantTaskReadingSchema = z.object({
  /** Rule id, or `unknown:<label>` for a task the rule pack does not know. */
  id: z.string().min(1).max(120),
  label: z.string().min(1).max(80),
  /** The group the page shows it in; null when it sits outside both groups. */
  group: z.enum(['basic', 'advanced']).nullable(),
  /** As the page states it; null when it states nothing we understand. */
  state: taskStateSchema.nullable(),
  progress: taskProgressSchema.nullable(),
  /** The task's row text as shown, for the merchant to compare. */
  raw: z.string().max(160).nullable(),
  /** The bonus the page shows for the task (「+0.06分」), when it shows one. */
  bonus: z.number().min(0).max(1).nullable().optional(),
});
export type NewMerchantTaskReading = z.infer<typeof newMerchantTaskReadingSchema>;

export const coreIndicatorReadingSchema = z.object({
  /** Rule id of the core indicator. */
  id: z.string().min(1).max(120),
  label: z.string().max(80),
  value: z.number().finite().nullable(),
  unit: z.enum(['score', 'percent', 'hours', 'count', 'plain']).nullable(),
  raw: z.string().max(60).nullable(),
  score,
});
export type CoreIndicatorReading = z.infer<typeof coreIndicatorReadingSchema>;

export const newMerchantReadingSchema = z.object({
  kind: z.literal('new-merchant'),
  status: readingStatusSchema,
  url: z.string().max(2000),
  readAt: z.string().datetime(),
  shop: z.object({ id: z.string().max(40).nullable(), name: z.string().max(80).nullable() }),
  score,
  shopAgeDays: z.number().int().min(0).max(36500).nullable(),
  validOrders: z.number().int().min(0).max(1e7).nullable(),
  /** What the page itself says about the phase (e.g. 已切换为正式购物体验分), if anything. */
  phase: z.object({ status: z.enum(['in-phase', 'graduated']), text: z.string().max(120) }).nullable(),
  tasks: z.array(newMerchantTaskReadingSchema).max(30),
  coreIndicators: z.array(coreIndicatorReadingSchema).max(20),
  missing: z.array(z.string().max(80)).max(60),
  problems: z.array(z.string().max(160)).max(60),
});
export type NewMerchantReading = z.infer<typeof newMerchantReadingSchema>;
