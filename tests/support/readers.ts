import { expect } from 'vitest';
import type { z } from 'zod';
import { readAfterSalesPage as afterSales } from '@/lib/pages/kinds/after-sales/reader';
import { afterSalesReadingSchema } from '@/lib/pages/kinds/after-sales/reading';
import { readImPage as im } from '@/lib/pages/kinds/im/reader';
import { imReadingSchema } from '@/lib/pages/kinds/im/reading';
import { readNewMerchantPage as newMerchant } from '@/lib/pages/kinds/new-merchant/reader';
import { newMerchantReadingSchema } from '@/lib/pages/kinds/new-merchant/reading';
import { readOrdersPage as orders } from '@/lib/pages/kinds/orders/reader';
import { ordersReadingSchema } from '@/lib/pages/kinds/orders/reading';
import { readProductListPage as productList } from '@/lib/pages/kinds/product-list/reader';
import { productListReadingSchema } from '@/lib/pages/kinds/product-list/reading';
import { readReviewsPage as reviews } from '@/lib/pages/kinds/reviews/reader';
import { reviewsReadingSchema } from '@/lib/pages/kinds/reviews/reading';
import { readScorePage as score } from '@/lib/pages/kinds/score/reader';
import { scoreReadingSchema } from '@/lib/pages/kinds/score/reading';

/*
 * The page readers as the tests call them: each reading is held to its kind's schema. The
 * readers run in content scripts without zod (issue 11) and send plain data; the worker parses
 * it. So every zoo layout, fuzz page and hostile page read here also proves the reading is one
 * the worker takes as it is: it fits, and parsing changes nothing (no key stripped, no value
 * coerced). A reading that does not fit fails the test with the place that does not.
 */
export function fitsSchema<T>(schema: z.ZodType<T>, reading: T): T {
  const parsed = schema.safeParse(reading);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`the reading does not fit its schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  expect(parsed.data).toEqual(reading);
  return reading;
}

const checked = <A extends unknown[], R>(read: (...args: A) => R, schema: z.ZodType<R>) => (...args: A): R => fitsSchema(schema, read(...args));

export const readAfterSalesPage = checked(afterSales, afterSalesReadingSchema);
export const readImPage = checked(im, imReadingSchema);
export const readNewMerchantPage = checked(newMerchant, newMerchantReadingSchema);
export const readOrdersPage = checked(orders, ordersReadingSchema);
export const readReviewsPage = checked(reviews, reviewsReadingSchema);
export const readScorePage = checked(score, scoreReadingSchema);
export const readProductListPage: typeof productList = (...args) => {
  const result = productList(...args);
  fitsSchema(productListReadingSchema, result.reading);
  return result;
};
