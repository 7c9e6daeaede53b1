import { z } from 'zod';

/**
 * What the product list (商品列表, DOMAIN.md §3.5) shows per product, as plain data: the schema
 * every reading passes before it leaves the reader. Element references for drawing live beside
 * it (reader.ts `ProductItem`), never in it.
 */
export const productRowReadingSchema = z.object({
  /** The product id from the 「ID: …」 line (or a 商品ID column), widths folded: ２０２６ reads 2026. */
  id: z.string().min(3).max(40).regex(/^[0-9a-z_-]+$/i),
  /** The title as shown: without the ID line, the tags beside it (现货48h, 新品) or the actions. */
  title: z.string().min(1).max(500),
  /** 商品状态 as shown (在售, 仓库中, 审核中 …); null where the page shows none or 「--」. */
  status: z.string().max(40).nullable(),
  /** Absolute http(s) URL of the row's 「编辑」 link, or null when it has none we can follow. */
  editUrl: z.string().max(2000).regex(/^https?:\/\//).nullable(),
  /** Label of the tab pane the row sits in (在售, 仓库中), without its count; null outside tabs. */
  tab: z.string().max(40).nullable(),
  /** False for rows in a tab pane that is in the page but not shown. */
  onScreen: z.boolean(),
});
export type ProductRowReading = z.infer<typeof productRowReadingSchema>;

export const productListReadingSchema = z.object({
  kind: z.literal('product-list'),
  /** How the products are laid out: a column table (antd Table, ARIA grid), cards, or no list found. */
  layout: z.enum(['table', 'cards', 'none']),
  status: z.enum(['ok', 'partial', 'unreadable']),
  rows: z.array(productRowReadingSchema).max(500),
  /** The 「共 N 条」 the pagination states, when shown. */
  total: z.number().int().min(0).max(1e9).nullable(),
  missing: z.array(z.string().max(80)).max(60),
  problems: z.array(z.string().max(160)).max(60),
});
export type ProductListReading = z.infer<typeof productListReadingSchema>;
