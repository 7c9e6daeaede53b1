import { afterSalesUrlHint, hasAfterSalesEvidence } from '../pages/kinds/after-sales/page';
import { readAfterSalesPage } from '../pages/kinds/after-sales/reader';
import { pageReaderFeature } from './page-reader';
import { isRendered } from './visibility';

/** Reads the after-sales list (售后) for today's queue: case and order numbers, type, status, times. */
export const afterSalesPageFeature = pageReaderFeature({
  id: 'after-sales-page',
  kind: 'after-sales',
  urlHint: afterSalesUrlHint,
  evidence: hasAfterSalesEvidence,
  read: (doc, url) => readAfterSalesPage(doc, url, { now: new Date(), isVisible: isRendered }),
  worthReporting: (r) => r.problems.length > 0,
});
