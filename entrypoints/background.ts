import { browser } from 'wxt/browser';
import type { BackgroundDeps } from '@/lib/background/deps';
import { getGlance, refreshBadge } from '@/lib/background/glance';
import { getPanel } from '@/lib/background/panel';
import { runRoutine, syncRoutineAlarms } from '@/lib/background/routines';
import { submitReading } from '@/lib/background/submit';
import { handleMessage } from '@/lib/messaging/handle';
import { clearHistory } from '@/lib/store/history';
import { allowWord, ignoreForProduct, migrateLegacyIgnores, lintForm, lintTitles } from '@/lib/background/lint';
import { forgetTab, listPageFindings, savePageFindings } from '@/lib/background/page-findings';
import { currentSettings, onSettingsChanged } from '@/lib/store/settings';

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
};

export default defineBackground(() => {
  // Every listener is registered synchronously here: an MV3 worker woken by an event
  // misses listeners added after an await.
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, { runtimeId: browser.runtime.id, origin: browser.runtime.getURL('/') }, {
      'reading/submit': (r) => submitReading(r.reading, deps),
      'glance/get': async () => getGlance(await deps.settings()),
      'panel/get': () => getPanel(deps),
      'history/clear': async () => { await clearHistory(); return { cleared: true as const }; },
      'lint/request': async (r) => ({ findings: await lintForm(r.request, r.productKey, deps) }),
      'lint/batch': async (r) => ({ results: await lintTitles(r.items, deps) }),
      'words/ignore': async (r) => { await ignoreForProduct(r.productKey, r.term, deps); return { saved: true as const }; },
      'words/allow': async (r) => { await allowWord(r.term, deps); return { saved: true as const }; },
      'page/findings': async (r, sender) => {
        if (sender.tab?.id !== undefined) await savePageFindings(sender.tab.id, r.report);
        return { saved: true as const };
      },
      'page/findings/get': async () => ({ reports: await listPageFindings() }),
    }),
  );
  // The shortcut (manifest `commands`): the active tab's editor opens the card at the caret.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'editor-card-at-caret') return;
    void browser.tabs.query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id !== undefined ? browser.tabs.sendMessage(tab.id, { type: 'editor/card-at-caret' }) : undefined))
      .catch((error: unknown) => console.warn('[体验分助手] editor shortcut:', error));
  });
  // Ignores kept by older versions move into settings once (options lists them there).
  void migrateLegacyIgnores(deps).catch((error: unknown) => console.warn('[体验分助手] editor ignores:', error));
  const resync = () => void refreshBadge(deps).then(async () => syncRoutineAlarms(await deps.settings()));
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  // A saved change in options (lines, badge rule, routines) applies at once.
  onSettingsChanged(resync);
  browser.alarms.onAlarm.addListener((alarm) => void runRoutine(alarm.name, deps));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Clicking the notification opens the diagnosis where the merchant can act on it.
  browser.notifications.onClicked.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html' as '/popup.html') }));
});
