import { z } from 'zod';
import { coreIndicatorReadingSchema, taskProgressSchema, taskStateSchema } from '../pages/new-merchant-reading';
import { readingStatusSchema } from '../pages/reading';
import { taskGroupSchema } from '../rules/new-merchant';

/**
 * The 新商体验分 assessment crosses the messaging boundary, so it is plain JSON only: no
 * undefined, Dates or non-finite numbers, and every list and string is bounded.
 */

const score = z.number().min(0).max(5).nullable();
const points = z.number().finite().min(0).max(5);
const text = (max: number) => z.string().max(max);

export const phaseAssessmentSchema = z.object({
  status: z.enum(['in-phase', 'graduated', 'unknown']),
  /** 'page' when the page states the phase itself, 'figures' when we worked it out from age and orders. */
  source: z.enum(['page', 'figures']).nullable(),
  shopAgeDays: z.number().int().min(0).nullable(),
  validOrders: z.number().int().min(0).nullable(),
  daysLeft: z.number().int().min(0).nullable(),
  ordersLeft: z.number().int().min(0).nullable(),
  pageText: text(120).nullable(),
  reasons: z.array(text(160)).max(10),
});

export const groupBonusSchema = z.object({
  group: taskGroupSchema,
  label: text(40),
  offered: z.number().int().min(0),
  cap: z.number().int().min(0),
  done: z.number().int().min(0),
  counted: z.number().int().min(0),
  slotsLeft: z.number().int().min(0),
  earned: points,
  open: points,
});

export const bonusAssessmentSchema = z.object({
  perTask: points,
  max: points,
  earned: points,
  /** What completing more tasks can still add; 0 once the shop has left the phase. */
  open: points,
  groups: z.array(groupBonusSchema).max(4),
  ungroupedDone: z.number().int().min(0),
});

export const gapSchema = z.object({
  id: z.enum(['activity', 'target', 'stretch']),
  line: points,
  label: text(40),
  unlocks: z.array(text(40)).max(10),
  distance: points.nullable(),
  reached: z.boolean().nullable(),
  closableByTasks: z.boolean().nullable(),
});

export const nextTaskSchema = z.object({
  id: text(120).min(1),
  label: text(80).min(1),
  group: taskGroupSchema.nullable(),
  state: taskStateSchema.nullable(),
  progress: taskProgressSchema.nullable(),
  bonus: points,
  advice: text(200),
  guideUrl: text(500).nullable(),
  known: z.boolean(),
  needsLive: z.boolean().nullable(),
  seenOnPage: z.boolean(),
});

export const assessedCoreIndicatorSchema = coreIndicatorReadingSchema.extend({
  belowLine: z.boolean().nullable(),
  advice: text(200).nullable(),
  guideUrl: text(500).nullable(),
});

/** One task as the checklist shows it: its state, progress, and what it added to the score. */
export const checklistTaskSchema = z.object({
  id: text(120).min(1),
  label: text(80).min(1),
  state: taskStateSchema.nullable(),
  progress: taskProgressSchema.nullable(),
  known: z.boolean(),
  /** +0.06 for a completed task within the group's cap; 0 for one past the cap; null when not done. */
  added: points.nullable(),
});

export const checklistGroupSchema = z.object({
  group: taskGroupSchema.nullable(),
  label: text(40),
  cap: z.number().int().min(0),
  tasks: z.array(checklistTaskSchema).max(30),
});
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;

export const newMerchantAssessmentSchema = z.object({
  kind: z.literal('new-merchant'),
  shopKey: text(120),
  shopName: text(80).nullable(),
  readAt: z.string().datetime(),
  url: text(2000),
  status: readingStatusSchema,
  score,
  phase: phaseAssessmentSchema,
  bonus: bonusAssessmentSchema,
  thresholds: z.array(gapSchema).max(10),
  nextTasks: z.array(nextTaskSchema).max(30),
  checklist: z.array(checklistGroupSchema).max(4),
  coreIndicators: z.array(assessedCoreIndicatorSchema).max(20),
  healthLine: points,
  missing: z.array(text(80)).max(60),
  problems: z.array(text(160)).max(60),
});
export type NewMerchantAssessment = z.infer<typeof newMerchantAssessmentSchema>;
