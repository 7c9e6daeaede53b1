import { z } from 'zod';
import { assessmentSchema } from '../engine/assessment-schema';
import { diagnosisSchema } from '../engine/diagnosis-schema';
import { historyPointSchema } from '../engine/history-series';
import { findingSchema, lintRequestSchema } from '../compliance/finding';
import { newMerchantAssessmentSchema } from '../engine/new-merchant-schema';
import { submittedReadingSchema } from '../pages/submitted-reading';
import { scoreReadingSchema } from '../pages/reading';
import { noticeSchema } from '../store/notices';
import { settingsSchema } from '../store/settings-schema';
import { queueSchema } from '../engine/queue-schema';
import { CHUNK_NAMES } from '../features/chunks';

/**
 * The whole protocol between content scripts, extension pages and the background. Only the
 * worker imports the schemas at runtime: it parses every message and checks every answer;
 * content scripts import types only (lib/messaging/client.ts sends plain data, no zod).
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

/** The last reading attempt, trimmed to what the popup needs to explain a failure. */
export const attemptSchema = scoreReadingSchema.pick({ status: true, readAt: true, url: true, missing: true, problems: true });

const glanceSchema = z.object({
  assessment: assessmentSchema.nullable(),
  attempt: attemptSchema.nullable(),
  /** The 新商体验分 module, when the merchant has opened it. */
  newMerchant: newMerchantAssessmentSchema.nullable(),
  /** Today's queue in two numbers, for the popup; null until a list page was read. */
  queue: z.object({ urgent: z.number().int().min(0), total: z.number().int().min(0) }).nullable().optional(),
  /** What the merchant must be told about storage, until acknowledged (lib/store/notices.ts). */
  notices: z.array(noticeSchema).max(20),
});

export type Sender = 'content' | 'extension';
const CONTENT = ['content'] as const;
const EXTENSION = ['extension'] as const;
const BOTH = ['content', 'extension'] as const;

/**
 * The whole protocol, one row per request type: the request's fields (its `type` is the key),
 * the answer's schema, and who may send it. The request union, the response schemas and the
 * sender permissions below are all derived from this table, so they cannot drift apart. A new
 * request is one row here and one handler (lib/background/handlers.ts).
 */
export const PROTOCOL = {
  'reading/submit': { request: { reading: submittedReadingSchema }, response: z.object({ accepted: z.literal(true), status: z.enum(['ok', 'partial', 'unreadable']) }), from: BOTH },
  'glance/get': { request: {}, response: glanceSchema, from: EXTENSION },
  'panel/get': {
    request: {},
    response: glanceSchema.extend({
      diagnosis: diagnosisSchema.nullable(),
      history: z.array(historyPointSchema),
      /** The slice of the rule pack the panel's what-if needs. */
      rules: z.object({
        indicators: z.array(z.object({ id: z.string(), unit: z.string(), direction: z.enum(['lower-better', 'higher-better']), weight: z.number() })),
        dimensions: z.array(z.object({ id: z.string(), label: z.string(), generation: z.enum(['five', 'three']), weight: z.number() })),
      }),
      thresholds: z.object({ healthLine: z.number(), activityLine: z.number(), targets: z.array(z.number()) }),
    }),
    from: EXTENSION,
  },
  'history/clear': { request: {}, response: z.object({ cleared: z.literal(true) }), from: EXTENSION },
  /** Lint one listing form; `productKey` selects the merchant's "ignore for this product" words. */
  'lint/request': { request: { request: lintRequestSchema, productKey: productKeySchema }, response: z.object({ findings: z.array(findingSchema) }), from: BOTH },
  /** Lint the titles of the product-list rows on screen, in one batch. */
  'lint/batch': {
    request: { items: z.array(z.object({ id: z.string().max(40), title: z.string().max(500) })).max(200) },
    response: z.object({ results: z.array(z.object({ id: z.string(), findings: z.array(findingSchema) })) }),
    from: BOTH,
  },
  'words/ignore': { request: { productKey: productKeySchema, term: z.string().min(1).max(64) }, response: z.object({ saved: z.literal(true) }), from: CONTENT },
  'words/allow': { request: { term: z.string().min(1).max(64) }, response: z.object({ saved: z.literal(true) }), from: BOTH },
  /** What the content script found on the open form or list, for the side panel's list. */
  'page/findings': { request: { report: pageFindingsSchema }, response: z.object({ saved: z.literal(true) }), from: CONTENT },
  'page/findings/get': { request: {}, response: z.object({ reports: z.array(pageFindingsSchema.extend({ tabId: z.number().int() })) }), from: EXTENSION },
  /** Today's queue: orders near the shipping line and after-sales cases waiting on the merchant. */
  'queue/get': { request: {}, response: z.object({ queue: queueSchema }), from: EXTENSION },
  /**
   * The few settings a page feature needs (language, the editor marks' off hosts and snooze),
   * loaded and checked here so the content scripts carry no settings schema (issue 11).
   */
  'settings/page': {
    request: {},
    response: z.object({
      language: settingsSchema.shape.language.unwrap(),
      editor: settingsSchema.shape.editor.unwrap().pick({ offHosts: true, snoozeUntil: true }),
    }),
    from: CONTENT,
  },
  /** The merchant has read a storage notice (popup or side panel). */
  'notices/ack': { request: { id: z.string().min(1).max(40) }, response: z.object({ acknowledged: z.literal(true) }), from: EXTENSION },
  /**
   * The always-on detector found a page kind: inject these feature chunks into the sending
   * frame. Names come from the fixed table (lib/features/chunks.ts), never a path.
   */
  'chunk/inject': { request: { chunks: z.array(z.enum(CHUNK_NAMES)).min(1).max(CHUNK_NAMES.length) }, response: z.object({ injected: z.array(z.enum(CHUNK_NAMES)) }), from: CONTENT },
} satisfies Record<string, { request: z.ZodRawShape; response: z.ZodType; from: readonly Sender[] }>;

type Protocol = typeof PROTOCOL;
export type RequestType = keyof Protocol;
type ShapeOf<T extends RequestType> = Protocol[T]['request'] extends infer S extends z.ZodRawShape ? S : never;
type RequestSchemaOf<T extends RequestType> = z.ZodObject<{ type: z.ZodLiteral<T> } & ShapeOf<T>>;
export type Request = { [T in RequestType]: z.infer<RequestSchemaOf<T>> }[RequestType];
export type ResponseOf<T extends RequestType> = z.infer<Protocol[T]['response']>;

const REQUEST_TYPES = Object.keys(PROTOCOL) as RequestType[];

/** Every request, as one discriminated union: the worker parses each message with it. */
export const requestSchema = z.discriminatedUnion(
  'type',
  REQUEST_TYPES.map((type) => z.object({ type: z.literal(type), ...PROTOCOL[type].request })) as unknown as [RequestSchemaOf<RequestType>, ...RequestSchemaOf<RequestType>[]],
) as unknown as z.ZodType<Request>;

/** The answer's schema per request type: the worker checks its own answer before sending it. */
export const responseSchemas = Object.fromEntries(REQUEST_TYPES.map((type) => [type, PROTOCOL[type].response])) as { [T in RequestType]: Protocol[T]['response'] };

/** Which requests each kind of sender may make: content scripts only submit what they read. */
export const ALLOWED: Record<Sender, readonly RequestType[]> = {
  content: REQUEST_TYPES.filter((type) => (PROTOCOL[type].from as readonly Sender[]).includes('content')),
  extension: REQUEST_TYPES.filter((type) => (PROTOCOL[type].from as readonly Sender[]).includes('extension')),
};

export const errorCodeSchema = z.enum(['bad-request', 'forbidden', 'internal']);
export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: errorCodeSchema, message: z.string() }) }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;
