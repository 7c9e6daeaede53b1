import { readsOn, type PageKind } from '../hosts';
import { CHROME_AND_LINKS } from '../kit/evidence';
import { afterSalesUrlHint, hasAfterSalesEvidence } from './after-sales/page';
import { hasNewMerchantEvidence, newMerchantUrlHint } from './new-merchant/page';
import { hasOrdersEvidence, ordersUrlHint } from './orders/page';
import { hasProductFormEvidence, productFormUrlHint } from './product-form/page';
import { hasProductListEvidence, productListUrlHint } from './product-list/detector';
import { hasScoreEvidence, scoreUrlHint } from './score/page';
import { hasImEvidence, imUrlHint } from './im/page';
import { hasReviewsEvidence, reviewsUrlHint } from './reviews/page';

/** A page kind's cheap signs: its route (a hint, the real routes are not public) and its own labels. */
export interface KindDetector {
  urlHint: (url: URL) => boolean;
  evidence: (doc: Document) => boolean;
  /** Kinds whose pages carry this kind's labels too: where one of them is found, labels alone do not make this kind. */
  yieldsTo?: PageKind[];
}

/**
 * Every page kind the always-on detector recognises, with the kinds' own `page.ts` detectors.
 * Imported by the detector content script: nothing here may pull in a reader, zod or the rule
 * pack (the size check after `npm run build` fails when it does).
 */
export const KIND_DETECTORS: Partial<Record<PageKind, KindDetector>> = {
  // A page's name is these kinds' evidence, and other pages link to them by name.
  score: { urlHint: scoreUrlHint, evidence: (doc) => hasScoreEvidence(doc, CHROME_AND_LINKS) },
  'new-merchant': { urlHint: newMerchantUrlHint, evidence: (doc) => hasNewMerchantEvidence(doc, CHROME_AND_LINKS) },
  editor: { urlHint: productFormUrlHint, evidence: hasProductFormEvidence },
  // Order and after-sales lists have 商品信息 and 操作 columns as well (zoo orders/after-sales tables).
  list: { urlHint: productListUrlHint, evidence: hasProductListEvidence, yieldsTo: ['orders', 'after-sales'] },
  orders: { urlHint: ordersUrlHint, evidence: hasOrdersEvidence },
  'after-sales': { urlHint: afterSalesUrlHint, evidence: hasAfterSalesEvidence },
  im: { urlHint: imUrlHint, evidence: hasImEvidence },
  reviews: { urlHint: reviewsUrlHint, evidence: hasReviewsEvidence },
};

/** What a look consults: the route and the labels, or the labels alone (the route already said no for this URL). */
export type DetectBy = 'labels' | 'both';

/**
 * The page kinds this page is, by its route or its own labels, on a host where that kind is
 * read (lib/pages/hosts.ts). A detector that throws on a strange page counts as "not this kind".
 */
export function detectKinds(url: URL, doc: Document, detectors: Partial<Record<PageKind, KindDetector>> = KIND_DETECTORS, by: DetectBy = 'both'): PageKind[] {
  const found: PageKind[] = [];
  const byLabelsOnly = new Set<PageKind>();
  for (const [kind, d] of Object.entries(detectors) as [PageKind, KindDetector][]) {
    try {
      if (!readsOn(kind, url)) continue;
      if (by === 'both' && d.urlHint(url)) found.push(kind);
      else if (d.evidence(doc)) { found.push(kind); byLabelsOnly.add(kind); }
    } catch { /* not this kind */ }
  }
  return found.filter((kind) => !(byLabelsOnly.has(kind) && detectors[kind]?.yieldsTo?.some((k) => found.includes(k))));
}
