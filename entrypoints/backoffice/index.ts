import { browser } from 'wxt/browser';
import { startDetector } from '@/lib/features/detector';
import { send } from '@/lib/messaging/client';
import { detectKinds, KIND_DETECTORS } from '@/lib/pages/kinds/detectors';
import type { PageReading } from '@/lib/pages/page-reading';
import { listenForCapture } from './capture-listener';
import { ownLifetime, watchLocation } from './lifetime';

/**
 * The always-on content script, on every back-office page: the page-kind detector (issue 11).
 * At most 10 KB minified, no zod, no rule pack (checked after every build by
 * scripts/check-detector.mjs). The features come as chunks the worker injects where the
 * detector found their page (lib/features/chunks.ts).
 *
 * Built as an unlisted script and listed in the manifest's `content_scripts` by wxt.config.ts:
 * WXT's content-script wrapper (its context, location watcher and the polyfill it pulls in)
 * would take a third of the budget, and our own lifetime (lifetime.ts) does not rely on it.
 */
export default defineUnlistedScript(() => {
  // The extension was updated or reloaded under this tab: the chunks that were working here say
  // so (the refresh notice lives with them, lib/features/attach-chunk.ts), the detector stops.
  const lifetime = ownLifetime(NO_WXT_CONTEXT, () => undefined);
  // Errors reach the caller: a reading the worker did not answer is retried (page-reader.ts).
  const submit = async (reading: PageReading) => {
    if (lifetime.aborted) throw new Error('extension context invalidated');
    await send({ type: 'reading/submit', reading });
  };
  const detector = startDetector({
    win: window, doc: document, lifetime, detectors: KIND_DETECTORS, detect: detectKinds, submit,
    request: (chunks) => send({ type: 'chunk/inject', chunks }),
  });
  // SPA navigation does not reload the page: follow `location`, never an event's payload.
  watchLocation(window, (url) => detector.navigate(url), lifetime);
  listenForCapture(browser, () => detector.capture(), lifetime);
  detector.navigate(new URL(location.href));
});

/** No WXT context here: the lifetime's own checks (runtime gone, a newer copy) are the only ends. */
const NO_WXT_CONTEXT = { onInvalidated: () => undefined };
