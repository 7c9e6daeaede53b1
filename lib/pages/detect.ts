// The score page's detector lives in kinds/score/page.ts; this path stays while other modules migrate.
export { hasScoreEvidence, scoreUrlHint } from './kinds/score/page';

export function isBackOffice(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && /(^|\.)kwaixiaodian\.com$/.test(url.hostname);
}
