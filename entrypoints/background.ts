import { browser } from 'wxt/browser';
import { getGlance, refreshBadge, submitReading, type GlanceDeps } from '@/lib/background/glance';
import type { BadgeState } from '@/lib/engine/badge';
import { handleMessage } from '@/lib/messaging/handle';

async function setBadge(badge: BadgeState): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setTitle({ title: badge.title });
}

const deps: GlanceDeps = { setBadge };

export default defineBackground(() => {
  // Every listener is registered synchronously here: an MV3 worker woken by an event
  // misses listeners added after an await.
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, { runtimeId: browser.runtime.id, origin: browser.runtime.getURL('/') }, {
      'reading/submit': (r) => submitReading(r.reading, deps),
      'glance/get': () => getGlance(),
    }),
  );
  browser.runtime.onStartup.addListener(() => void refreshBadge(deps));
  browser.runtime.onInstalled.addListener(() => void refreshBadge(deps));
});
