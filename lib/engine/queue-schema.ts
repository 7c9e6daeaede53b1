import { z } from 'zod';
import { caseRowSchema } from '../pages/kinds/after-sales/reading';
import { orderRowSchema } from '../pages/kinds/orders/reading';
import { chatsStateSchema, chatsViewSchema } from './chats-queue';
import { reviewsStateSchema, reviewsViewSchema } from './reviews-queue';

/**
 * What the queue keeps between page reads: order and case numbers, times, statuses and product
 * titles only (issue 13 item 6), never buyer data. Entries are keyed by the number as shown, so
 * successive reads (tabs, pages) of the same order merge.
 */
const iso = z.string().datetime();

/** An order as the queue keeps it: the row's own fields (one definition), when and where it was last seen. */
export const orderEntrySchema = orderRowSchema
  .pick({ orderNo: true, status: true, statusShown: true, products: true, paidAt: true, shippedAt: true, logistics: true, unreadable: true })
  .extend({
    /** The page's own ship-by time (absolute), as last read. */
    shipBy: z.object({ shown: z.string().max(60), deadline: iso }).nullable(),
    /** When this order was last seen on a page: the queue says it, and 72 h later it expires. */
    readAt: iso,
    url: z.string().max(2000),
  });
export type OrderEntry = z.infer<typeof orderEntrySchema>;

export const caseEntrySchema = caseRowSchema.omit({ hidden: true }).extend({
  orderNo: z.string().max(40).nullable(),
  readAt: iso,
  url: z.string().max(2000),
});
export type CaseEntry = z.infer<typeof caseEntrySchema>;

export const pagesSeenSchema = z.object({ total: z.number().int().min(1).nullable(), seen: z.array(z.number().int().min(1)).max(500) });

export const queueStateSchema = z.object({
  orders: z.record(z.string(), orderEntrySchema),
  cases: z.record(z.string(), caseEntrySchema),
  pages: z.object({ orders: pagesSeenSchema.nullable(), 'after-sales': pagesSeenSchema.nullable() }),
  /** The workbench's counts and 评价管理's reviews as last read (issue 14); absent until read. */
  chats: chatsStateSchema.nullable().optional(),
  reviews: reviewsStateSchema.nullable().optional(),
});
export type QueueState = z.infer<typeof queueStateSchema>;

export const QUEUE_GROUPS = ['overdue', 'due6h', 'due24h', 'notPickedUp', 'casePlatform', 'caseNearDeadline', 'caseWaiting', 'unreadable'] as const;
export type QueueGroup = (typeof QUEUE_GROUPS)[number];

export const queueItemSchema = z.object({
  kind: z.enum(['order', 'case']),
  /** The order or case number as the page shows it. */
  number: z.string().max(40),
  group: z.enum(QUEUE_GROUPS),
  statusShown: z.string().max(20).nullable(),
  products: z.array(z.string().max(120)).max(20),
  /** The line it must be handled by, absolute; null where none is known. */
  deadline: iso.nullable(),
  /** 'page': the page's own deadline or countdown; 'estimate-48h': 48 h from payment, labelled as an estimate. */
  deadlineSource: z.enum(['page', 'estimate-48h', 'pickup-24h']).nullable(),
  /** Minutes from now to the deadline (negative: overdue). */
  minutesLeft: z.number().int().nullable(),
  /** Cases: hours since 申请时间. */
  ageHours: z.number().int().min(0).nullable(),
  /** When the item was last read from a page. */
  readAt: iso,
  url: z.string().max(2000),
  /** Why this item is in the 「读不懂」 group: the reader's own words for the row, when it gave them. */
  why: z.string().max(300).nullable(),
  /** What was missing when the reader said nothing more: the status, or any deadline or payment time. */
  missingPart: z.enum(['status', 'deadline']).nullable(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

const listKindSchema = z.enum(['orders', 'after-sales']);
export const unknownSchema = z.discriminatedUnion('kind', [
  /** Only pages the merchant opened are read: other tabs, pages and filters are not. */
  z.object({ kind: z.literal('scope') }),
  /** A paginated list of which only some pages were read. */
  z.object({ kind: z.literal('pages'), list: listKindSchema, total: z.number().int().min(1), seen: z.array(z.number().int().min(1)).max(500) }),
  z.object({ kind: z.literal('never-read'), list: listKindSchema }),
  /** Orders to ship whose line is more than a day away: counted, not listed. */
  z.object({ kind: z.literal('later'), count: z.number().int().min(1) }),
  /** Lines estimated as 48 h from payment (the page showed none). */
  z.object({ kind: z.literal('estimated'), count: z.number().int().min(1) }),
]);
export type QueueUnknown = z.infer<typeof unknownSchema>;

export const queueSchema = z.object({
  builtAt: iso,
  groups: z.object(Object.fromEntries(QUEUE_GROUPS.map((g) => [g, z.array(queueItemSchema)])) as Record<QueueGroup, z.ZodArray<typeof queueItemSchema>>),
  /** Items due now or within 6 h plus cases near their deadline and 平台介入中: the popup's count. */
  urgent: z.number().int().min(0),
  /** What the queue cannot know; worded by the side panel in the merchant's language. */
  unknowns: z.array(unknownSchema).max(10),
  /** Chats waiting near the 3-minute line, and reviews to answer or appeal; null until their page was read. */
  chats: chatsViewSchema.nullable().optional(),
  reviews: reviewsViewSchema.nullable().optional(),
});
export type Queue = z.infer<typeof queueSchema>;
