import { browser } from 'wxt/browser';
import type { BackgroundDeps } from '@/lib/background/deps';
import { refreshBadge } from '@/lib/background/glance';
import { backgroundHandlers } from '@/lib/background/handlers';
import { forgetTab } from '@/lib/background/page-findings';
import { runRoutine, syncRoutineAlarms } from '@/lib/background/routines';
import { syncQueueAlarm } from '@/lib/background/queue';
import { migrateLegacyIgnores } from '@/lib/background/lint';
import { handleMessage } from '@/lib/messaging/handle';
import { currentSettings, onSettingsChanged } from '@/lib/store/settings';
import { warn } from '@/lib/log';

const deps: BackgroundDeps = {
  async setBadge(badge) {
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: badge.color });
    await browser.action.setTitle({ title: badge.title });
  },
  async notify(title, message) {
    await browser.notifications.create({ type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message, priority: 1 });
  },
  settings: currentSettings,
  async tabInFront(tabId) {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) return false;
    return (await browser.windows.get(tab.windowId)).focused;
  },
  async injectScripts({ tabId, frameId }, files) {
    // Isolated world (the default), the same one as the detector: the chunk attaches to it there.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
  },
};

const handlers = backgroundHandlers(deps);

export default defineBackground(() => {
  // Every listener is registered synchronously here: an MV3 worker woken by an event
  // misses listeners added after an await.
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, { runtimeId: browser.runtime.id, origin: browser.runtime.getURL('/') }, handlers),
  );
  // The shortcut (manifest `commands`): the active tab's editor opens the card at the caret.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'editor-card-at-caret') return;
    void browser.tabs.query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id !== undefined ? browser.tabs.sendMessage(tab.id, { type: 'editor/card-at-caret' }) : undefined))
      .catch((error: unknown) => warn('editor shortcut', error));
  });
  // Ignores kept by older versions move into settings once (options lists them there).
  void migrateLegacyIgnores(deps).catch((error: unknown) => warn('editor ignores', error));
  const resync = () => void refreshBadge(deps).then(async () => { const s = await deps.settings(); await syncRoutineAlarms(s); await syncQueueAlarm(s); });
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  // A saved change in options (lines, badge rule, routines) applies at once.
  onSettingsChanged(resync);
  browser.alarms.onAlarm.addListener((alarm) => void runRoutine(alarm.name, deps));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Clicking the notification opens the diagnosis where the merchant can act on it.
  browser.notifications.onClicked.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html' as '/popup.html') }));
});
