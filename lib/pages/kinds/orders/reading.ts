import { z } from 'zod';
import { listReadingFields } from '../../kit/list-reading';

const iso = z.string().datetime();

/** A ship-by time as the page shows it, made absolute at the moment of reading. */
export const shipBySchema = z.object({
  /** The page's own words: 「2026-12-02 10:00」, 「还剩5小时12分」, 「已超时2小时」. */
  shown: z.string().max(60),
  /** promised: an absolute 承诺发货时间; countdown: a remaining or overdue time relative to the read. */
  source: z.enum(['promised', 'countdown']),
  deadline: iso,
});

export const orderRowSchema = z.object({
  /** As shown (digits, sometimes letters): the key that merges successive reads. */
  orderNo: z.string().min(4).max(40),
  status: z.enum(['to-ship', 'shipped', 'delivered', 'completed', 'unpaid', 'closed', 'after-sales']).nullable(),
  statusShown: z.string().max(20).nullable(),
  /** 支付时间 / 下单时间 as absolute times, only when the page shows a full date. */
  paidAt: iso.nullable(),
  createdAt: iso.nullable(),
  shipBy: shipBySchema.nullable(),
  shippedAt: iso.nullable(),
  logistics: z.enum(['awaiting-pickup', 'picked-up', 'delivered']).nullable(),
  /** Product titles only: never buyer names, phones, addresses or messages. */
  products: z.array(z.string().max(120)).max(20),
  /** Inside a tab pane the merchant has not opened (read, but not on screen). */
  hidden: z.boolean(),
  /** Why part of this row could not be read (a garbled time, an unknown status); null when it all read. */
  unreadable: z.string().max(300).nullable(),
});
export type OrderRow = z.infer<typeof orderRowSchema>;

export const ordersReadingSchema = z.object({
  kind: z.literal('orders'),
  ...listReadingFields,
  orders: z.array(orderRowSchema).max(6000),
});
export type OrdersReading = z.infer<typeof ordersReadingSchema>;
