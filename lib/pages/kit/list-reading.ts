import { z } from 'zod';
import { readingStatusSchema, shopSchema } from '../kinds/score/reading';

/** The fields every list page's reading carries (orders, after-sales): where, when, which tab and page, what was not read. */
export const listReadingFields = {
  status: readingStatusSchema,
  url: z.string().max(2000),
  readAt: z.string().datetime(),
  shop: shopSchema,
  /** The selected tab (全部 / 待发货 / 已发货), when the list has tabs. */
  tab: z.string().max(40).nullable(),
  page: z.object({ current: z.number().int().min(1), total: z.number().int().min(1).nullable() }).nullable(),
  missing: z.array(z.string().max(80)).max(60),
  problems: z.array(z.string().max(160)).max(60),
};
