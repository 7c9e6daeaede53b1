import { browser } from 'wxt/browser';
import { contentRequestSchema } from '@/lib/messaging/content-protocol';
import { capturePage } from '@/lib/pages/capture';

/** Answers the popup's "export the page structure" with a sanitised capture; nothing else. */
export function listenForCapture(signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string; url?: string }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    const req = contentRequestSchema.safeParse(message);
    if (!req.success || req.data.type !== 'page/capture') return undefined;
    return Promise.resolve(capturePage(document, new URL(location.href)));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
