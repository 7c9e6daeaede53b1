import { hasReviewsEvidence, reviewsUrlHint } from '../pages/kinds/reviews/page';
import { readReviewsPage } from '../pages/kinds/reviews/reader';
import { pageReaderFeature } from './page-reader';
import { isRendered } from './visibility';

/**
 * Reads 评价管理 for today's queue: bad and middling reviews on screen (date, product, answered,
 * appeal state) and the per-product 差评率 as shown. Read-only: it never replies or appeals.
 */
export const reviewsPageFeature = pageReaderFeature({
  id: 'reviews-page',
  kind: 'reviews',
  urlHint: reviewsUrlHint,
  evidence: hasReviewsEvidence,
  read: (doc, url) => readReviewsPage(doc, url, { now: new Date(), isVisible: isRendered }),
  worthReporting: (r) => r.problems.length > 0,
});
