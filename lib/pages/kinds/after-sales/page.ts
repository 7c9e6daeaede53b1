import { mentionedOutsideChrome } from '../../kit/evidence';
import { readablePath } from '../../kit/url';
import { CASE_EVIDENCE } from './labels';

/** The 售后 list and the case page zone/refund/detail (DOMAIN.md §3, S4); other routes are guesses. */
export const AFTER_SALES_URL_HINTS = [/\/zone\/refund\//, /\/zone-origin\/refund\/(?!freight-insurance)/, /\/aftersale/i, /\/after-sales/i, /售后/];

export function afterSalesUrlHint(url: URL): boolean {
  const path = readablePath(url);
  return AFTER_SALES_URL_HINTS.some((re) => re.test(path)) && !/freight-insurance/.test(path);
}

export function hasAfterSalesEvidence(doc: Document): boolean {
  return mentionedOutsideChrome(doc, CASE_EVIDENCE);
}

export const afterSalesPage = { kind: 'after-sales' as const, urlHint: afterSalesUrlHint, evidence: hasAfterSalesEvidence };
