import { readsOn } from '../pages/hosts';
import type { PageReading } from '../pages/page-reading';
import type { Feature, FeatureContext } from './registry';
import { watchDom } from './watch-dom';
import { warn } from '../log';

/** A page that stays unreadable this long after its last change is reported as unreadable. */
const CONFIRM_UNREADABLE_MS = 1500;

/**
 * Waits before each retry of a reading the worker did not answer. Bounded: after the last one
 * the reading is given up until the page changes (a stopped MV3 worker is woken by the first
 * retry; one that stays broken is the popup's to report, not a loop's to hammer).
 */
export const RETRY_DELAYS_MS = [500, 2_000, 5_000, 15_000] as const;

export interface PageReaderSpec<R extends PageReading> {
  id: string;
  /** The page kind read, which decides the hosts it is read on (lib/pages/hosts.ts). */
  kind: R['kind'];
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

/** A typed rejection (bad request, wrong host) will not change by sending again. */
function isPermanent(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'bad-request' || code === 'forbidden';
}

/**
 * At-least-once delivery, one reading in flight at a time: a reading counts as sent only once
 * the worker answered it; one that got no answer (worker stopped, port closed) is sent again,
 * unchanged, so the worker can tell a retry by its fingerprint and save it once. A newer reading
 * waits for the one in flight and replaces any older one still waiting: the newest always lands.
 */
export function deliverer(submit: FeatureContext['submit'], onSent: (key: string) => void) {
  let inFlight: string | null = null;
  let waiting: { key: string; reading: PageReading } | null = null;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const run = async (key: string, reading: PageReading) => {
    inFlight = key;
    for (let attempt = 0; ; attempt++) {
      // A newer reading waiting makes this one's retries pointless: it would only be overwritten.
      if (attempt > 0 && waiting) break;
      try {
        await submit(reading);
        onSent(key);
        break;
      } catch (error) {
        // The worker answered "no": that is an answer, and sending it again changes nothing.
        if (isPermanent(error)) { onSent(key); warn('page-reader', 'the worker refused the reading', error); break; }
        // Given up for now: not marked sent, so the next change on the page tries again.
        if (attempt >= RETRY_DELAYS_MS.length) { warn('page-reader', 'the reading could not be saved after retries', error); break; }
        await sleep(RETRY_DELAYS_MS[attempt]!);
      }
    }
    inFlight = null;
    const next = waiting;
    waiting = null;
    if (next) void run(next.key, next.reading);
  };
  return (key: string, reading: PageReading) => {
    if (key === inFlight) return;
    if (inFlight !== null) { waiting = { key, reading }; return; }
    void run(key, reading);
  };
}

/**
 * A feature that reads one kind of page whenever it is open, however the merchant got there:
 * on load, after SPA navigation, and as late content renders (bounded watch). It submits a
 * reading only when it changed, and an unreadable one only once the page has settled.
 */
export function pageReaderFeature<R extends PageReading>(spec: PageReaderSpec<R>): Feature {
  return {
    id: spec.id,
    include: (url) => readsOn(spec.kind, url),
    init({ document, url, signal, submit }) {
      const hinted = spec.urlHint(url);
      let last = '';
      let pendingUnreadable: ReturnType<typeof setTimeout> | undefined;
      signal.addEventListener('abort', () => clearTimeout(pendingUnreadable), { once: true });

      // `last` is what the worker has answered for: a reading it never answered is not "sent".
      const deliver = deliverer(submit, (key) => { last = key; });
      const send = (reading: R) => {
        const key = fingerprint(reading);
        if (key === last || signal.aborted) return;
        deliver(key, reading);
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
      // Each read in a task of its own: the first one would otherwise run in the task that
      // evaluated the chunk, and the two together held the page for more than 50 ms (issue 11).
      const readInOwnTask = () => { setTimeout(read, 0); };
      const arm = (ms: number) => {
        watching?.abort();
        watching = new AbortController();
        watchDom(document, readInOwnTask, watching.signal, { debounceMs: 300, maxMs: ms });
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
