import type { BadgeState } from '../engine/badge';
import type { Settings } from '../store/settings';

/** What the worker's logic needs from the browser, passed in so it runs in unit tests too. */
export interface BackgroundDeps {
  setBadge: (badge: BadgeState) => Promise<void>;
  notify: (title: string, message: string) => Promise<void>;
  settings: () => Promise<Settings>;
}
