import { mentionedOutsideChrome } from '../../kit/evidence';
import { readablePath } from '../../kit/url';
import { IM_EVIDENCE } from './labels';

/** The workbench: im.kwaixiaodian.com/workbench (DOMAIN.md §3.2); the host alone is checked by lib/pages/hosts.ts. */
export const IM_URL_HINTS = [/\/workbench/];

export function imUrlHint(url: URL): boolean {
  const path = readablePath(url);
  return IM_URL_HINTS.some((re) => re.test(path));
}

/** Cheap check on DOM changes: the page shows a session's countdown or a waiting group. */
export function hasImEvidence(doc: Document): boolean {
  return mentionedOutsideChrome(doc, IM_EVIDENCE);
}

export const imPage = { kind: 'im' as const, urlHint: imUrlHint, evidence: hasImEvidence };
