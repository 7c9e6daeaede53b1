import { readsOn, type PageKind } from '../pages/hosts';
import type { Request } from './protocol';
import { isBackOffice } from '../pages/detect';
import type { SenderLike } from './sender';

/** The page a request says it comes from, for the requests that carry one. */
function claimedPage(request: Request): { kind: PageKind; url: string } | null {
  if (request.type === 'reading/submit') return { kind: request.reading.kind, url: request.reading.url };
  if (request.type === 'page/findings') return { kind: request.report.kind, url: request.report.url };
  return null;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try { return new URL(url).origin; } catch { return null; }
}

/**
 * Why a request that carries a page URL may not be taken, or null when it may. A content script
 * must be on a host where that page kind is read (its frame and, when known, its tab), and the
 * URL inside the request must be on the sender's own origin: a page on the learning forum cannot
 * pass a copy of the score layout off as the merchant's score. Origin, not the full URL: a
 * reading retried after an in-app (pushState) navigation is still the same back office's.
 */
export function pageOriginProblem(request: Request, sender: SenderLike, who: 'content' | 'extension'): string | null {
  if (request.type === 'chunk/inject') return chunkTargetProblem(sender);
  const claim = claimedPage(request);
  if (!claim) return null;
  if (!readsOn(claim.kind, claim.url)) return `${claim.kind} pages are not read on ${originOf(claim.url) ?? 'this address'}`;
  if (who === 'extension') return null;
  for (const url of [sender.url, sender.tab?.url]) {
    if (url !== undefined && !readsOn(claim.kind, url)) return `${claim.kind} pages are not read on ${originOf(url) ?? 'this address'}`;
  }
  if (originOf(claim.url) !== originOf(sender.url)) return `the ${claim.kind} URL is not the sending page's`;
  return null;
}

/**
 * Feature chunks are injected only into a back-office frame of a back-office tab: the frame that
 * asked and its tab must both be on *.kwaixiaodian.com (the host permission covers nothing else
 * either, but the worker says no before the browser has to).
 */
function chunkTargetProblem(sender: SenderLike): string | null {
  if (sender.tab?.id === undefined) return 'feature chunks are injected into tabs only';
  for (const url of [sender.url, sender.tab.url]) {
    let parsed: URL | null = null;
    try { parsed = url === undefined ? null : new URL(url); } catch { parsed = null; }
    if (url !== undefined && (!parsed || !isBackOffice(parsed))) return `feature chunks are not injected on ${originOf(url) ?? 'this address'}`;
  }
  return null;
}
