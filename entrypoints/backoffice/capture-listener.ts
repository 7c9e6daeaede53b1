import type { browser as Browser } from 'wxt/browser';

/**
 * Answers the popup's "export the page structure" with a sanitised capture; nothing else.
 * Only our own extension pages may ask. No zod here (the detector stays small): the message is
 * recognised by its type alone and carries nothing else; the popup parses what comes back.
 * `sendResponse` with `return true`, not a returned promise: this listener is on the browser's
 * own API (no polyfill in the detector), which answers that way in Chromium and Firefox alike.
 */
export function listenForCapture(api: typeof Browser, capture: () => Promise<unknown>, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== api.runtime.id || !sender.url?.startsWith(api.runtime.getURL('/'))) return undefined;
    if ((message as { type?: unknown } | null)?.type !== 'page/capture') return undefined;
    capture().then(sendResponse, () => sendResponse(null));
    return true;
  };
  const onMessage = api.runtime.onMessage as unknown as { addListener(l: typeof listener): void; removeListener(l: typeof listener): void };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}
