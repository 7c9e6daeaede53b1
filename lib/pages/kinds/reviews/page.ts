import { mentionedOutsideChrome } from '../../kit/evidence';
import { readablePath } from '../../kit/url';
import { REVIEWS_EVIDENCE } from './labels';

/** 评价管理: the real route is not public; these are guesses the labels back up. */
export const REVIEWS_URL_HINTS = [/\/zone\/(?:comment|evaluation|evaluate|review)s?\//i, /评价管理/];

export function reviewsUrlHint(url: URL): boolean {
  const path = readablePath(url);
  return REVIEWS_URL_HINTS.some((re) => re.test(path));
}

/** The page names itself (评价管理 or a 评价时间 column), shows levels (差评/中评) and the acts (回复/投诉). */
export function hasReviewsEvidence(doc: Document): boolean {
  const e = REVIEWS_EVIDENCE;
  return mentionedOutsideChrome(doc, e.name) && mentionedOutsideChrome(doc, e.levels) && mentionedOutsideChrome(doc, e.acts);
}

export const reviewsPage = { kind: 'reviews' as const, urlHint: reviewsUrlHint, evidence: hasReviewsEvidence };
