import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rulesWithSettings } from '@/lib/rules/with-settings';
import { DEFAULT_RULES } from '@/lib/rules';
import { migrateSettings } from '@/lib/store/settings-migrate';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, takeSettingsNotice } from '@/lib/store/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings migration', () => {
  it('moves a version 1 object into the version 2 shape, keeping every choice', () => {
    const out = migrateSettings({ version: 1, healthLine: 4.6, alerts: { notify: false, badge: false }, historyRetentionDays: 30, language: 'en' });
    expect(out.status).toBe('migrated');
    expect(out.settings.thresholds.healthLine).toBe(4.6);
    expect(out.settings.thresholds.activityLine).toBe(4.4); // not set in v1: default
    expect(out.settings.alerts.notify).toBe(false);
    expect(out.settings.badge.warnOnDimensions).toBe(false);
    expect(out.settings.history.retentionDays).toBe(30);
    expect(out.settings.language).toBe('en');
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a wrong type inside', { version: 2, thresholds: { healthLine: 'high' } }],
    ['an out-of-range line', { version: 2, thresholds: { healthLine: 9 } }],
    ['a future version', { version: 99 }],
    ['a broken v1', { version: 1, healthLine: 'x' }],
  ])('falls back to defaults for %s and says why', (_, raw) => {
    const out = migrateSettings(raw);
    expect(out.status).toBe('corrupt');
    expect(out.settings).toEqual(DEFAULT_SETTINGS);
    expect(out.status === 'corrupt' && out.problem.length).toBeGreaterThan(0);
  });

  it('fills missing fields of a partial current object with defaults', () => {
    const out = migrateSettings({ version: 2, thresholds: { healthLine: 4.7 } });
    expect(out.status).toBe('ok');
    expect(out.settings.thresholds).toEqual({ healthLine: 4.7, activityLine: 4.4, targets: [4.64, 4.8] });
  });
});

describe('settings storage', () => {
  it('keeps a corrupt value aside, uses defaults, and leaves a notice for the options page', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 2, thresholds: { healthLine: 'NaN' } } });
    const out = await loadSettings();
    expect(out.status).toBe('corrupt');
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings.broken']);
    expect(stored['settings.broken']).toEqual({ version: 2, thresholds: { healthLine: 'NaN' } });
    expect(stored.settings).toEqual(DEFAULT_SETTINGS);
    expect(await takeSettingsNotice()).toMatchObject({ kind: 'reset', problem: expect.stringContaining('thresholds.healthLine') });
    expect(await takeSettingsNotice()).toBeNull();
  });

  it('writes a migrated value back in the new shape', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, healthLine: 4.6 } });
    await loadSettings();
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { version: number };
    expect(stored.version).toBe(2);
  });

  it('refuses an invalid save and changes nothing', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, healthLine: 4.6 } });
    const res = await saveSettings({ ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, healthLine: 7 } });
    expect(res.ok).toBe(false);
    expect((await loadSettings()).settings.thresholds.healthLine).toBe(4.6);
  });
});

describe('rule pack overrides', () => {
  it('applies weights and bands, and ignores an override that breaks the pack', () => {
    const r = rulesWithSettings(DEFAULT_RULES, { weights: { 'goods-exp': 2 }, bands: { 'reply-3min': [{ limit: 90, score: 5 }, { limit: 0, score: 4 }] } });
    expect(r.dimensions.find((d) => d.id === 'goods-exp')?.weight).toBe(2);
    expect(r.indicators.find((i) => i.id === 'reply-3min')?.bands).toHaveLength(2);
    const broken = rulesWithSettings(DEFAULT_RULES, { weights: {}, bands: { 'reply-3min': [{ limit: 0, score: 4 }, { limit: 90, score: 5 }] } });
    expect(broken).toBe(DEFAULT_RULES);
  });
});
