import { OVERALL_LABELS } from '../rules/dimensions';
import { NEW_MERCHANT_SCORE_LABELS } from '../rules/new-merchant-rules';
import { clip } from './kit/fold';
import type { PageReading } from './page-reading';

type Kind = PageReading['kind'];
export type ReadingOf<K extends Kind> = Extract<PageReading, { kind: K }>;
/** What every reading carries before anything on the page is read. */
export interface ReadingBase<K extends Kind> { kind: K; url: string; readAt: string }

const NO_SHOP = { id: null, name: null };
const NO_LIST = { shop: NO_SHOP, tab: null, page: null, missing: [] as string[] };

/**
 * The reading that says "this page could not be read, and here is why", for every page kind.
 * One definition, used in two places: by a reader that failed on the page (zod-free, in the
 * content script), and by the worker when a submitted reading does not fit its schema
 * (lib/pages/submitted-reading.ts): the merchant is told the same way in both cases.
 */
export function unreadableReading<K extends Kind>(base: ReadingBase<K>, problem: string): ReadingOf<K> {
  const common = { kind: base.kind, url: clip(base.url, 2000), readAt: base.readAt, status: 'unreadable' as const, problems: [clip(problem, 160)] };
  const reading: PageReading = (() => {
    switch (base.kind) {
      case 'score': return {
        ...common, kind: 'score', generation: 'unknown', shop: NO_SHOP, period: null, overall: null,
        dimensions: [], indicators: [], partners: [], unreadDimensions: [], missing: [OVERALL_LABELS[0]!],
      };
      case 'new-merchant': return {
        ...common, kind: 'new-merchant', shop: NO_SHOP, score: null, shopAgeDays: null, validOrders: null, phase: null,
        tasks: [], coreIndicators: [], missing: [NEW_MERCHANT_SCORE_LABELS[0]!],
      };
      case 'orders': return { ...common, ...NO_LIST, kind: 'orders', orders: [] };
      case 'after-sales': return { ...common, ...NO_LIST, kind: 'after-sales', cases: [] };
      case 'im': return {
        ...common, ...NO_LIST, kind: 'im', sessions: [], counts: { waiting: 0, dueSoon: 0, overdue: 0 }, answered: 0, systemCards: 0, replyRate: null,
      };
      case 'reviews': return { ...common, ...NO_LIST, kind: 'reviews', reviews: [], good: 0, products: [] };
    }
  })();
  return reading as ReadingOf<K>;
}
