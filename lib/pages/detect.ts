import { DIMENSIONS, OVERALL_LABELS } from '../rules/dimensions';
import { mentionedOutsideChrome } from './evidence';

/**
 * URL hints for the 购物体验分 page. The real route is not public (DOMAIN.md §3.2), so a
 * hint only speeds things up; label evidence on the page decides.
 */
const SCORE_URL_HINTS = [/\/cultivation\/star/, /\/experience\/score/, /shopexp/i, /\/score\b/i, /体验分/];

export function scoreUrlHint(url: URL): boolean {
  return SCORE_URL_HINTS.some((re) => re.test(decodeURIComponent(url.pathname)));
}

const EVIDENCE = [...OVERALL_LABELS, ...DIMENSIONS.filter((d) => d.generation === 'three').flatMap((d) => d.labels)];

/** Cheap check, run on DOM changes: does the page itself (not its menu) mention the score? */
export function hasScoreEvidence(doc: Document): boolean {
  return mentionedOutsideChrome(doc, EVIDENCE);
}

export function isBackOffice(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && /(^|\.)kwaixiaodian\.com$/.test(url.hostname);
}
