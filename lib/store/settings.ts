import { browser } from 'wxt/browser';
import { addNotice } from './notices';
import { migrateSettings, type LoadOutcome } from './settings-migrate';
import { settingsSchema, type Settings } from './settings-schema';

export { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings-schema';

export const SETTINGS_KEY = 'settings';
/** Where a corrupt value is kept so nothing the merchant entered is silently destroyed. */
const BROKEN_KEY = 'settings.broken';
const NOTICE_KEY = 'settings.notice';

/**
 * Loads settings. A migrated value is written back in the new shape; a corrupt one is moved
 * aside (not deleted) and the merchant is told in options, popup and side panel.
 */
export async function loadSettings(): Promise<LoadOutcome> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const outcome = migrateSettings(raw);
  if (outcome.status === 'migrated') {
    await browser.storage.local.set({ [SETTINGS_KEY]: outcome.settings, [NOTICE_KEY]: `设置已从第 ${outcome.from} 版升级，原有选项都已保留。` });
  } else if (outcome.status === 'corrupt') {
    await browser.storage.local.set({ [BROKEN_KEY]: raw, [SETTINGS_KEY]: outcome.settings, [NOTICE_KEY]: `保存的设置已损坏，已恢复默认设置（原内容已另存）。原因：${outcome.problem}` });
    // The options page shows the one-off notice; popup and side panel keep this one until acknowledged.
    await addNotice({ kind: 'settings-reset', problem: outcome.problem.slice(0, 300) });
  }
  return outcome;
}

export async function currentSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

/** Saves after validating; a value that does not parse is refused with the reason, nothing written. */
export async function saveSettings(next: unknown): Promise<{ ok: true; settings: Settings } | { ok: false; error: string }> {
  const parsed = settingsSchema.safeParse(next);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；') };
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
  return { ok: true, settings: parsed.data };
}

export async function takeSettingsNotice(): Promise<string | null> {
  const notice = (await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY];
  if (typeof notice !== 'string') return null;
  await browser.storage.local.remove(NOTICE_KEY);
  return notice;
}

/** Calls back whenever settings change in any tab or page: changes apply live, no reload. */
export function onSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
