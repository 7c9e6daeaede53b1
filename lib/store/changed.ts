import { browser } from 'wxt/browser';

/**
 * "A reading was just saved": readings live in IndexedDB, which tells no other page, so the
 * worker sets this small session key after each save and the open side panel and popup reload
 * on its change. Session storage: it is a signal, not data, and goes with the browser session.
 */
const KEY = 'readings/changed';

export async function signalReadingSaved(kind: string, at = new Date()): Promise<void> {
  await browser.storage.session.set({ [KEY]: { kind, at: at.toISOString() } });
}

/** Calls `then` with the kind of each reading saved from now on; returns the unsubscribe. */
export function onReadingSaved(then: (kind: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(KEY in changes)) return;
    const v = changes[KEY]?.newValue as { kind?: unknown } | undefined;
    then(typeof v?.kind === 'string' ? v.kind : 'unknown');
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
