import type { BadgeState } from '../engine/badge';
import type { ChunkName } from '../features/chunks';
import type { Settings } from '../store/settings';

/** What the worker's logic needs from the browser, passed in so it runs in unit tests too. */
export interface BackgroundDeps {
  setBadge: (badge: BadgeState) => Promise<void>;
  notify: (title: string, message: string) => Promise<void>;
  settings: () => Promise<Settings>;
  /** Runs these extension files in one frame of a tab (`scripting.executeScript`, isolated world). Absent where nothing is injected (unit tests of other requests). */
  /** Is this tab the active one of a focused window (the merchant is looking at it)? Absent in tests that do not ask. */
  tabInFront?: (tabId: number) => Promise<boolean>;
  injectScripts?: (target: { tabId: number; frameId: number }, files: Array<`/chunk-${ChunkName}.js`>) => Promise<void>;
}
