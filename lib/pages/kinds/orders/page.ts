import { mentionedOutsideChrome } from '../../kit/evidence';
import { readablePath } from '../../kit/url';
import { ORDER_EVIDENCE, ORDER_FIELDS } from './labels';

/** The order list: /zone/order/list, and the older /zone-origin/order/list (DOMAIN.md §3). */
export const ORDER_URL_HINTS = [/\/zone\/order\/list/, /\/zone-origin\/order\/list/, /\/order\/list\b/];

export function ordersUrlHint(url: URL): boolean {
  const path = readablePath(url);
  return ORDER_URL_HINTS.some((re) => re.test(path));
}

/**
 * Cheap check, run on DOM changes: the page itself names order numbers (订单编号, or 订单号 as
 * some layouts write it) and the shipping state.
 */
export function hasOrdersEvidence(doc: Document): boolean {
  return mentionedOutsideChrome(doc, ORDER_FIELDS.orderNo) && mentionedOutsideChrome(doc, ORDER_EVIDENCE.slice(1));
}

export const ordersPage = { kind: 'orders' as const, urlHint: ordersUrlHint, evidence: hasOrdersEvidence };
