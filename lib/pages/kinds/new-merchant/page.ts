import { readablePath } from '../../kit/url';
import { mentionedOutsideChrome } from '../../kit/evidence';

/**
 * Is this the 新商体验分 module? The real route is not public (DOMAIN.md §3.2: 「新商体验分」模块,
 * URL unknown), so the path is only a hint; the label on the page itself (not in its side menu,
 * which names every page on every page) decides.
 */
const URL_HINT = /newmerchant|new-merchant|xinshang|新商/i;

export function newMerchantUrlHint(url: URL): boolean {
  return URL_HINT.test(readablePath(url)); // a malformed escape (%E4%B8) never throws out of a detector
}

/** Cheap check, run on DOM changes: does the page (not just its menu) mention 新商体验分? */
export function hasNewMerchantEvidence(doc: Document, fence?: string): boolean {
  return mentionedOutsideChrome(doc, ['新商体验分'], fence);
}
