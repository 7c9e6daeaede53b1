import { isBackOffice } from '../pages/detect';
import type { PageReading } from '../pages/page-reading';
import type { Feature } from './registry';
import { watchDom } from './watch-dom';

/** A page that stays unreadable this long after its last change is reported as unreadable. */
const CONFIRM_UNREADABLE_MS = 1500;

export interface PageReaderSpec<R extends PageReading> {
  id: string;
  /** The route looks like this page (a hint: the real routes are not public). */
  urlHint: (url: URL) => boolean;
  /** Cheap check on DOM changes: does the page mention what this reader reads? */
  evidence: (doc: Document) => boolean;
  read: (doc: Document, url: URL) => R;
  /** An unreadable reading that is worth reporting (labels were there, values were not). */
  worthReporting: (reading: R) => boolean;
}

function fingerprint(r: PageReading): string {
  return JSON.stringify({ ...r, readAt: '' });
}

/**
 * A feature that reads one kind of page whenever it is open, however the merchant got there:
 * on load, after SPA navigation, and as late content renders (bounded watch). It submits a
 * reading only when it changed, and an unreadable one only once the page has settled.
 */
export function pageReaderFeature<R extends PageReading>(spec: PageReaderSpec<R>): Feature {
  return {
    id: spec.id,
    include: isBackOffice,
    init({ document, url, signal, submit }) {
      const hinted = spec.urlHint(url);
      let last = '';
      let pendingUnreadable: ReturnType<typeof setTimeout> | undefined;
      signal.addEventListener('abort', () => clearTimeout(pendingUnreadable), { once: true });

      const send = (reading: R) => {
        const key = fingerprint(reading);
        if (key === last || signal.aborted) return;
        last = key;
        void submit(reading);
      };

      const read = () => {
        if (signal.aborted || (!hinted && !spec.evidence(document))) return;
        const reading = spec.read(document, new URL(document.location?.href ?? url.href));
        clearTimeout(pendingUnreadable);
        if (reading.status !== 'unreadable') return send(reading);
        if (!hinted && !spec.worthReporting(reading)) return; // just another back-office page
        // Unreadable may only mean "still loading": report it once the page has settled.
        pendingUnreadable = setTimeout(() => send(reading), CONFIRM_UNREADABLE_MS);
      };

      // Watch while the page settles; later, the merchant's own clicks (a date range, a tab)
      // re-arm a short watch, so the reading follows what is on screen without watching forever.
      let watching: AbortController | null = null;
      const arm = (ms: number) => {
        watching?.abort();
        watching = new AbortController();
        watchDom(document, read, watching.signal, { debounceMs: 300, maxMs: ms });
      };
      arm(60_000);
      const rearm = () => arm(10_000);
      document.addEventListener('click', rearm, { capture: true, passive: true });
      document.addEventListener('change', rearm, { capture: true, passive: true });
      signal.addEventListener('abort', () => {
        watching?.abort();
        document.removeEventListener('click', rearm, { capture: true });
        document.removeEventListener('change', rearm, { capture: true });
      }, { once: true });
    },
  };
}
