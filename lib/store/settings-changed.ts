import { browser } from 'wxt/browser';

/** Where the settings live in `storage.local` (lib/store/settings.ts reads and writes them). */
export const SETTINGS_KEY = 'settings';

/**
 * Calls back whenever settings change in any tab or page: changes apply live, no reload. Apart
 * from lib/store/settings.ts (and its zod) because page features listen too, and carry no zod.
 */
export function onSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
