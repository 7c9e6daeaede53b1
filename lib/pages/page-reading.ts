import { z } from 'zod';
import { afterSalesReadingSchema } from './kinds/after-sales/reading';
import { ordersReadingSchema } from './kinds/orders/reading';
import { imReadingSchema } from './kinds/im/reading';
import { reviewsReadingSchema } from './kinds/reviews/reading';
import { newMerchantReadingSchema } from './new-merchant-reading';
import { scoreReadingSchema } from './reading';

/** Every page reading the content side can submit, one schema per page kind. */
export const pageReadingSchema = z.discriminatedUnion('kind', [scoreReadingSchema, newMerchantReadingSchema, ordersReadingSchema, afterSalesReadingSchema, imReadingSchema, reviewsReadingSchema]);

/** The work-queue pages: their readings feed today's queue, not the score views. */
export type QueueReading = Extract<PageReading, { kind: 'orders' | 'after-sales' | 'im' | 'reviews' }>;
export function isQueueReading(r: PageReading): r is QueueReading {
  return r.kind === 'orders' || r.kind === 'after-sales' || r.kind === 'im' || r.kind === 'reviews';
}
export type PageReading = z.infer<typeof pageReadingSchema>;
