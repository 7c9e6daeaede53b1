import { browser } from 'wxt/browser';
import { z } from 'zod';
import { addNotice } from './notices';
import { migrateSettings, type LoadOutcome } from './settings-migrate';
import { describeIssues, languageOf } from './settings-issues';
import { settingsSchema, type Settings } from './settings-schema';
import { SETTINGS_KEY } from './settings-changed';

export { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings-schema';
export { SETTINGS_KEY, onSettingsChanged } from './settings-changed';

/** Where a corrupt value is kept so nothing the merchant entered is silently destroyed. */
const BROKEN_KEY = 'settings.broken';
const NOTICE_KEY = 'settings.notice';

/** What the options page says once after a load changed the stored settings; worded there, in the merchant's language. */
export const settingsNoticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('migrated'), from: z.number().int() }),
  z.object({ kind: z.literal('reset'), problem: z.string().max(300) }),
]);
export type SettingsNotice = z.infer<typeof settingsNoticeSchema>;

/**
 * Loads settings. A migrated value is written back in the new shape; a corrupt one is moved
 * aside (not deleted) and the merchant is told in options, popup and side panel.
 */
export async function loadSettings(): Promise<LoadOutcome> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const outcome = migrateSettings(raw);
  if (outcome.status === 'migrated') {
    await browser.storage.local.set({ [SETTINGS_KEY]: outcome.settings, [NOTICE_KEY]: { kind: 'migrated', from: outcome.from } satisfies SettingsNotice });
  } else if (outcome.status === 'corrupt') {
    await browser.storage.local.set({ [BROKEN_KEY]: raw, [SETTINGS_KEY]: outcome.settings, [NOTICE_KEY]: { kind: 'reset', problem: outcome.problem.slice(0, 300) } satisfies SettingsNotice });
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
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, languageOf(next)) };
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
  return { ok: true, settings: parsed.data };
}

/** The one-off notice, removed as it is taken; anything unreadable (an older build's text) is dropped. */
export async function takeSettingsNotice(): Promise<SettingsNotice | null> {
  const raw = (await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY];
  if (raw === undefined) return null;
  await browser.storage.local.remove(NOTICE_KEY);
  const parsed = settingsNoticeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
