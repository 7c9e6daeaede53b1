import { z } from 'zod';
import { productStatSchema, reviewRowSchema, type ReviewRow, type ReviewsReading } from '../pages/kinds/reviews/reading';
import { REWORK_ABOVE_PERCENT } from '../pages/kinds/reviews/labels';

/**
 * 评价管理's part of today's queue: the bad and middling reviews the page showed (dates, products,
 * answered, appeal state), bad reviews per product in what was read, and the products whose
 * 差评率 on the page is above 5 % (the 2025 guide's rework line), with the number as shown.
 * Read-only advice: nothing here writes, buys or steers a review.
 */
const iso = z.string().datetime();

export const reviewsStateSchema = z.object({
  readAt: iso,
  url: z.string().max(2000),
  status: z.enum(['ok', 'partial', 'unreadable']),
  reviews: z.array(reviewRowSchema).max(2000),
  good: z.number().int().min(0),
  products: z.array(productStatSchema).max(500),
  tab: z.string().max(40).nullable(),
  page: z.object({ current: z.number().int().min(1), total: z.number().int().min(1).nullable() }).nullable(),
});
export type ReviewsState = z.infer<typeof reviewsStateSchema>;

export const reviewsViewSchema = z.object({
  readAt: iso,
  url: z.string().max(2000),
  status: z.enum(['ok', 'partial', 'unreadable']),
  /** Unanswered bad reviews first, then unanswered middling ones, then the rest; newest first within each. */
  reviews: z.array(reviewRowSchema).max(2000),
  unansweredBad: z.number().int().min(0),
  unansweredMiddling: z.number().int().min(0),
  /** Reviews with a 投诉/申诉 still open to the merchant (the page shows the button). */
  appealable: z.number().int().min(0),
  /** Bad (and middling) reviews per product, in what was read; most bad first. */
  perProduct: z.array(z.object({ product: z.string().max(120), bad: z.number().int().min(0), middling: z.number().int().min(0) })).max(500),
  /** Products whose 差评率 on the page is above the rework line, as shown. */
  rework: z.array(z.object({ title: z.string().max(120), badRate: z.number(), badRateShown: z.string().max(20) })).max(500),
  /** The page was one of several (paged): counts are of that page only. */
  page: z.object({ current: z.number().int().min(1), total: z.number().int().min(1).nullable() }).nullable(),
  tab: z.string().max(40).nullable(),
});
export type ReviewsView = z.infer<typeof reviewsViewSchema>;

/** A 评价管理 read replaces the last one: it is what the page shows now (an unreadable one keeps the last, marked). */
export function mergeReviews(prev: ReviewsState | null | undefined, reading: ReviewsReading): ReviewsState {
  if (reading.status === 'unreadable' && prev) return { ...prev, status: 'unreadable' };
  return { readAt: reading.readAt, url: reading.url, status: reading.status, reviews: reading.reviews, good: reading.good, products: reading.products, tab: reading.tab, page: reading.page };
}

const rank = (r: ReviewRow) => (r.answered === true ? 2 : 0) + (r.rating === 'bad' ? 0 : 1);

export function reviewsView(state: ReviewsState | null | undefined): ReviewsView | null {
  if (!state) return null;
  const reviews = [...state.reviews].sort((a, b) => rank(a) - rank(b) || (b.date ?? '').localeCompare(a.date ?? ''));
  const per = new Map<string, { bad: number; middling: number }>();
  for (const r of state.reviews) {
    if (!r.product) continue;
    const p = per.get(r.product) ?? { bad: 0, middling: 0 };
    p[r.rating]++;
    per.set(r.product, p);
  }
  return {
    readAt: state.readAt,
    url: state.url,
    status: state.status,
    reviews,
    unansweredBad: state.reviews.filter((r) => r.rating === 'bad' && r.answered !== true).length,
    unansweredMiddling: state.reviews.filter((r) => r.rating === 'middling' && r.answered !== true).length,
    appealable: state.reviews.filter((r) => r.appeal === 'available').length,
    perProduct: [...per].map(([product, n]) => ({ product, ...n })).sort((a, b) => b.bad - a.bad || b.middling - a.middling || a.product.localeCompare(b.product)),
    rework: state.products
      .filter((p): p is typeof p & { badRate: number; badRateShown: string } => p.badRate !== null && p.badRateShown !== null && p.badRate > REWORK_ABOVE_PERCENT)
      .sort((a, b) => b.badRate - a.badRate)
      .map((p) => ({ title: p.title, badRate: p.badRate, badRateShown: p.badRateShown })),
    page: state.page,
    tab: state.tab,
  };
}
