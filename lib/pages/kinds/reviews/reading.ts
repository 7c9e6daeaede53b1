import { z } from 'zod';
import { listReadingFields } from '../../kit/list-reading';

/**
 * A bad or middling review on screen: when, which product, its order, answered or not and its
 * appeal state. No nickname, avatar or review text (issue 14 item 5).
 */
export const reviewRowSchema = z.object({
  /** 评价时间 as a China-time day, 2026-12-01. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  orderNo: z.string().min(4).max(40).nullable(),
  product: z.string().max(120).nullable(),
  rating: z.enum(['bad', 'middling']),
  ratingShown: z.string().max(20),
  /** Answered by the merchant: a reply shown, 已回复; null when the page says neither way. */
  answered: z.boolean().nullable(),
  /** available: a 投诉/申诉 button or 可投诉; null when the page shows nothing about it. */
  appeal: z.enum(['available', 'pending', 'upheld', 'rejected']).nullable(),
  appealShown: z.string().max(20).nullable(),
  unreadable: z.string().max(300).nullable(),
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;

/** A product's figures as the page shows them (商品评价分析). */
export const productStatSchema = z.object({
  title: z.string().max(120),
  badRate: z.number().min(0).max(100).nullable(),
  badRateShown: z.string().max(20).nullable(),
  reviews: z.number().int().min(0).nullable(),
});
export type ProductStat = z.infer<typeof productStatSchema>;

export const reviewsReadingSchema = z.object({
  kind: z.literal('reviews'),
  ...listReadingFields,
  reviews: z.array(reviewRowSchema).max(2000),
  /** Good reviews on screen: counted, not listed. */
  good: z.number().int().min(0),
  products: z.array(productStatSchema).max(500),
});
export type ReviewsReading = z.infer<typeof reviewsReadingSchema>;
