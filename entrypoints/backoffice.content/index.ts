import { FEATURES } from '@/lib/features';
import { runFeatures } from '@/lib/features/registry';
import { send } from '@/lib/messaging/client';
import { showRefreshNotice } from '@/lib/overlay/refresh-notice';
import { listenForCapture } from './capture-listener';
import type { PageReading } from '@/lib/pages/page-reading';

export default defineContentScript({
  matches: ['*://*.kwaixiaodian.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let controller: AbortController | null = null;
    const submit = async (reading: PageReading) => {
      if (ctx.isInvalid) return; // the extension was updated: this old script's APIs are dead
      try {
        await send({ type: 'reading/submit', reading });
      } catch (error) {
        console.warn('[kwaishop-copilot] submitting the page reading failed', error);
      }
    };
    const start = (url: URL) => {
      controller?.abort();
      controller = new AbortController();
      runFeatures(FEATURES, { url, document, signal: controller.signal, submit });
    };
    ctx.onInvalidated(() => {
      controller?.abort();
      // Only when our APIs are really gone (update, reload), not when a fresh copy took over.
      if (!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id) showRefreshNotice(document);
    });
    // WXT notices a dead context only when one of its wrappers runs: a cheap periodic check
    // lets us tell the merchant promptly after an update instead of failing silently.
    ctx.setInterval(() => undefined, 3_000);
    // SPA navigation does not reload the page; WXT reports it as wxt:locationchange.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl));
    listenForCapture(ctx.signal);
    start(new URL(location.href));
  },
});
