/**
 * Which back-office hosts each page kind may be read on. Every kwaixiaodian.com host matches
 * the content script, but only the merchant's own back office carries the merchant's figures:
 * the learning forum (edu.), the merchant university and the rule pages are public, anyone can
 * post there, and a copy of the score layout on them must never reach the popup, badge or history
 * (issue 16, fault 3). Pure: used by the content-side features and by the worker alike.
 */
export type PageKind = 'score' | 'new-merchant' | 'editor' | 'list' | 'orders' | 'after-sales' | 'im' | 'reviews';

const BACK_OFFICE = 's.kwaixiaodian.com';
const IM_WORKBENCH = 'im.kwaixiaodian.com';

export const PAGE_HOSTS: Readonly<Record<PageKind, readonly string[]>> = {
  score: [BACK_OFFICE],
  'new-merchant': [BACK_OFFICE],
  editor: [BACK_OFFICE],
  list: [BACK_OFFICE],
  // The work-queue pages (orders, after-sales, buyer messages, reviews) each live on their own host.
  orders: [BACK_OFFICE],
  'after-sales': [BACK_OFFICE],
  im: [IM_WORKBENCH],
  reviews: [BACK_OFFICE],
};

/** Public hosts of the platform: never read, whatever a future table above says. */
const NEVER = [/^edu\./, /^university\./, /learning/, /forum/, /^bbs\./];

function hostOf(url: URL | string): string | null {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** May a page of this kind be read at this URL? */
export function readsOn(kind: PageKind, url: URL | string): boolean {
  const host = hostOf(url);
  if (host === null || NEVER.some((re) => re.test(host))) return false;
  return PAGE_HOSTS[kind].includes(host);
}
