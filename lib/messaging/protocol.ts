import { z } from 'zod';
import { assessmentSchema } from '../engine/assessment-schema';
import { diagnosisSchema } from '../engine/diagnosis-schema';
import { historyPointSchema } from '../engine/history-series';
import { newMerchantAssessmentSchema } from '../engine/new-merchant-schema';
import { pageReadingSchema } from '../pages/page-reading';
import { scoreReadingSchema } from '../pages/reading';

/**
 * The whole protocol between content scripts, extension pages and the background: one
 * discriminated union of requests, each with its response schema. The background parses
 * every message with it; anything that does not parse is answered with a typed error.
 */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reading/submit'), reading: pageReadingSchema }),
  z.object({ type: z.literal('glance/get') }),
  z.object({ type: z.literal('panel/get') }),
  z.object({ type: z.literal('history/clear') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** The last reading attempt, trimmed to what the popup needs to explain a failure. */
export const attemptSchema = scoreReadingSchema.pick({ status: true, readAt: true, url: true, missing: true, problems: true });

const glanceSchema = z.object({
  assessment: assessmentSchema.nullable(),
  attempt: attemptSchema.nullable(),
  /** The 新商体验分 module, when the merchant has opened it. */
  newMerchant: newMerchantAssessmentSchema.nullable(),
});

export const responseSchemas = {
  'reading/submit': z.object({ accepted: z.literal(true), status: z.enum(['ok', 'partial', 'unreadable']) }),
  'glance/get': glanceSchema,
  'history/clear': z.object({ cleared: z.literal(true) }),
  'panel/get': glanceSchema.extend({
    diagnosis: diagnosisSchema.nullable(),
    history: z.array(historyPointSchema),
    /** The slice of the rule pack the panel's what-if needs. */
    rules: z.object({
      indicators: z.array(z.object({ id: z.string(), unit: z.string(), direction: z.enum(['lower-better', 'higher-better']), weight: z.number() })),
      dimensions: z.array(z.object({ id: z.string(), label: z.string(), generation: z.enum(['five', 'three']), weight: z.number() })),
    }),
    thresholds: z.object({ healthLine: z.number(), activityLine: z.number(), targets: z.array(z.number()) }),
  }),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

export const errorCodeSchema = z.enum(['bad-request', 'forbidden', 'internal']);
export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: errorCodeSchema, message: z.string() }) }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

/** Which requests each kind of sender may make: content scripts only submit what they read. */
export const ALLOWED: Record<'content' | 'extension', readonly RequestType[]> = {
  content: ['reading/submit'],
  extension: ['reading/submit', 'glance/get', 'panel/get', 'history/clear'],
};
