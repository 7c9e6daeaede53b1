import { hasNewMerchantEvidence, newMerchantUrlHint } from '../pages/kinds/new-merchant/page';
import { readNewMerchantPage } from '../pages/kinds/new-merchant/reader';
import { pageReaderFeature } from './page-reader';
import { isRendered } from './visibility';

/** Reads the 新商体验分 module: score, phase figures, task checklist, core indicators. */
export const newMerchantPageFeature = pageReaderFeature({
  id: 'new-merchant-page',
  kind: 'new-merchant',
  urlHint: newMerchantUrlHint,
  evidence: hasNewMerchantEvidence,
  read: (doc, url) => readNewMerchantPage(doc, url, { isVisible: isRendered }),
  worthReporting: (r) => r.tasks.length > 0 || r.problems.length > 0,
});
