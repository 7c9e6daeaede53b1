import { hasNewMerchantEvidence, readNewMerchantPage } from '../pages/new-merchant-reader';
import { pageReaderFeature } from './page-reader';

const HINT = /newmerchant|new-merchant|xinshang|新商/i;

/** Reads the 新商体验分 module: score, phase figures, task checklist, core indicators. */
export const newMerchantPageFeature = pageReaderFeature({
  id: 'new-merchant-page',
  kind: 'new-merchant',
  urlHint: (url) => HINT.test(decodeURIComponent(url.pathname)),
  evidence: hasNewMerchantEvidence,
  read: (doc, url) => readNewMerchantPage(doc, url),
  worthReporting: (r) => r.tasks.length > 0 || r.problems.length > 0,
});
