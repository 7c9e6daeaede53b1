import { hasOrdersEvidence, ordersUrlHint } from '../pages/kinds/orders/page';
import { readOrdersPage } from '../pages/kinds/orders/reader';
import { pageReaderFeature } from './page-reader';
import { isRendered } from './visibility';

/**
 * Reads the order list (订单列表) for today's queue: order numbers, statuses, times and product
 * titles of the rows on screen, re-read as the merchant pages, filters or switches tabs. The
 * reading schema has no place for buyer data, so none can leave the page.
 */
export const ordersPageFeature = pageReaderFeature({
  id: 'orders-page',
  kind: 'orders',
  urlHint: ordersUrlHint,
  evidence: hasOrdersEvidence,
  read: (doc, url) => readOrdersPage(doc, url, { now: new Date(), isVisible: isRendered }),
  worthReporting: (r) => r.problems.length > 0,
});
