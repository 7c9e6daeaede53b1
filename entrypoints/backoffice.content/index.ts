import { FEATURES } from '@/lib/features';
import { runFeatures } from '@/lib/features/registry';
import { send } from '@/lib/messaging/client';
import { showRefreshNotice } from '@/lib/overlay/refresh-notice';
import { listenForCapture } from './capture-listener';
import { ownLifetime, watchLocation } from './lifetime';
import type { PageReading } from '@/lib/pages/page-reading';

export default defineContentScript({
  matches: ['*://*.kwaixiaodian.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let controller: AbortController | null = null;
    // Not ctx.signal: the page can end WXT's context with a forged event (see lifetime.ts).
    const lifetime = ownLifetime(ctx, (reason) => {
      controller?.abort();
      // Only when our APIs are really gone (update, reload), not when a fresh copy took over.
      if (reason === 'runtime-gone') showRefreshNotice(document);
    });
    // Errors reach the caller: a reading the worker did not answer is retried (page-reader.ts).
    const submit = async (reading: PageReading) => {
      if (lifetime.aborted) throw new Error('extension context invalidated');
      await send({ type: 'reading/submit', reading });
    };
    const start = (url: URL) => {
      controller?.abort();
      if (lifetime.aborted) return;
      controller = new AbortController();
      runFeatures(FEATURES, { url, document, signal: controller.signal, submit });
    };
    // SPA navigation does not reload the page: follow `location`, never an event's payload.
    watchLocation(window, start, lifetime);
    listenForCapture(lifetime);
    start(new URL(location.href));
  },
});
