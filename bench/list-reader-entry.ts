// Bundled by bench/list-readers.ts and run inside a Chromium page: the order-list and
// after-sales readers as their chunks run them, timed on the page's own main thread.
import { readAfterSalesPage } from '../lib/pages/kinds/after-sales/reader';
import { readOrdersPage } from '../lib/pages/kinds/orders/reader';
import { isRendered } from '../lib/features/visibility';

function time(fn: () => void, rounds: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < rounds; k++) { const t = performance.now(); fn(); out.push(performance.now() - t); }
  return out;
}

(globalThis as unknown as Record<string, unknown>).__bench = {
  read(kind: 'orders' | 'after-sales', rounds: number) {
    const url = new URL(location.href);
    let rows = 0;
    const times = time(() => {
      rows = kind === 'orders'
        ? readOrdersPage(document, url, { now: new Date(), isVisible: isRendered }).orders.length
        : readAfterSalesPage(document, url, { now: new Date(), isVisible: isRendered }).cases.length;
    }, rounds);
    // Baseline in the same page: one plain walk of every element's text.
    const base = time(() => { let n = 0; for (const el of Array.from(document.querySelectorAll('*'))) n += (el.firstChild?.nodeValue ?? '').length; return n; }, rounds);
    return { times, base, rows, elements: document.querySelectorAll('*').length };
  },
};
