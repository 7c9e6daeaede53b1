import { DIMENSIONS, OVERALL_LABELS } from '../../../rules/dimensions';
import { mentionedOutsideChrome } from '../../kit/evidence';
import { readablePath } from '../../kit/url';

/**
 * The 购物体验分 page. Its real route is not public (DOMAIN.md §3.2): S4's script matches
 * /zone/cultivation/star/shop/star/class; the rest are guesses. A hint only speeds things up;
 * label evidence on the page (outside the side menu, which names every page) decides.
 */
export const SCORE_URL_HINTS = [/\/cultivation\/star/, /\/experience\/score/, /shopexp/i, /\/score\b/i, /体验分/];

export function scoreUrlHint(url: URL): boolean {
  const path = readablePath(url);
  return SCORE_URL_HINTS.some((re) => re.test(path)) && !/newmerchant|new-merchant|新商/i.test(path);
}

const EVIDENCE = [...OVERALL_LABELS, ...DIMENSIONS.filter((d) => d.generation === 'three').flatMap((d) => d.labels)];

/** Cheap check, run on DOM changes: does the page itself (not its menu) mention the score? */
export function hasScoreEvidence(doc: Document, fence?: string): boolean {
  return mentionedOutsideChrome(doc, EVIDENCE, fence);
}

export const scorePage = { kind: 'score' as const, urlHint: scoreUrlHint, evidence: hasScoreEvidence };
