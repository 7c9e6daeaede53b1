import { z } from 'zod';
import { assessmentSchema } from '../engine/assessment-schema';
import { diagnosisSchema } from '../engine/diagnosis-schema';
import { historyPointSchema } from '../engine/history-series';
import { findingSchema, lintRequestSchema } from '../compliance/finding';
import { newMerchantAssessmentSchema } from '../engine/new-merchant-schema';
import { pageReadingSchema } from '../pages/page-reading';
import { scoreReadingSchema } from '../pages/reading';
import { noticeSchema } from '../store/notices';

/**
 * The whole protocol between content scripts, extension pages and the background: one
 * discriminated union of requests, each with its response schema. The background parses
 * every message with it; anything that does not parse is answered with a typed error.
 */
export const productKeySchema = z.string().min(1).max(120);

/** The side panel's view of the open form or product list: one entry per finding or flagged row. */
export const pageFindingsSchema = z.object({
  kind: z.enum(['editor', 'list']),
  url: z.string().max(2000),
  at: z.string().datetime(),
  findings: z.array(findingSchema).max(300),
  flagged: z.array(z.object({ id: z.string().max(40), title: z.string().max(500), count: z.number().int().min(0), worst: z.string().max(100), severity: z.enum(['high', 'medium', 'low']), editUrl: z.string().max(2000).nullable() })).max(200),
});
export type PageFindings = z.infer<typeof pageFindingsSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reading/submit'), reading: pageReadingSchema }),
  z.object({ type: z.literal('glance/get') }),
  z.object({ type: z.literal('panel/get') }),
  z.object({ type: z.literal('history/clear') }),
  /** Lint one listing form; `productKey` selects the merchant's "ignore for this product" words. */
  z.object({ type: z.literal('lint/request'), request: lintRequestSchema, productKey: productKeySchema }),
  /** Lint the titles of the product-list rows on screen, in one batch. */
  z.object({ type: z.literal('lint/batch'), items: z.array(z.object({ id: z.string().max(40), title: z.string().max(500) })).max(200) }),
  z.object({ type: z.literal('words/ignore'), productKey: productKeySchema, term: z.string().min(1).max(64) }),
  z.object({ type: z.literal('words/allow'), term: z.string().min(1).max(64) }),
  /** What the content script found on the open form or list, for the side panel's list. */
  z.object({ type: z.literal('page/findings'), report: pageFindingsSchema }),
  z.object({ type: z.literal('page/findings/get') }),
  /** The merchant has read a storage notice (popup or side panel). */
  z.object({ type: z.literal('notices/ack'), id: z.string().min(1).max(40) }),
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
  /** What the merchant must be told about storage, until acknowledged (lib/store/notices.ts). */
  notices: z.array(noticeSchema).max(20),
});

export const responseSchemas = {
  'reading/submit': z.object({ accepted: z.literal(true), status: z.enum(['ok', 'partial', 'unreadable']) }),
  'glance/get': glanceSchema,
  'history/clear': z.object({ cleared: z.literal(true) }),
  'lint/request': z.object({ findings: z.array(findingSchema) }),
  'lint/batch': z.object({ results: z.array(z.object({ id: z.string(), findings: z.array(findingSchema) })) }),
  'words/ignore': z.object({ saved: z.literal(true) }),
  'words/allow': z.object({ saved: z.literal(true) }),
  'page/findings': z.object({ saved: z.literal(true) }),
  'notices/ack': z.object({ acknowledged: z.literal(true) }),
  'page/findings/get': z.object({ reports: z.array(pageFindingsSchema.extend({ tabId: z.number().int() })) }),
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
  content: ['reading/submit', 'lint/request', 'lint/batch', 'words/ignore', 'words/allow', 'page/findings'],
  extension: ['reading/submit', 'glance/get', 'panel/get', 'history/clear', 'lint/request', 'lint/batch', 'words/allow', 'page/findings/get', 'notices/ack'],
};
