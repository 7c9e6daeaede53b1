import { describe, expect, it } from 'vitest';
import { importSettingsJson } from '@/lib/options/settings-io';
import { translator } from '@/lib/i18n';
import { migrateSettings } from '@/lib/store/settings-migrate';
import { DEFAULT_SETTINGS } from '@/lib/store/settings-schema';

const CJK = /[\u3400-\u9fff]/;

describe('why settings were refused, in the merchant’s language', () => {
  it('an English merchant importing a bad file reads English, naming the field and the limit', () => {
    const file = JSON.stringify({ ...DEFAULT_SETTINGS, language: 'en', thresholds: { ...DEFAULT_SETTINGS.thresholds, healthLine: 7 }, history: { retentionDays: 'a year' } });
    const out = importSettingsJson(file, translator('en'));
    expect(out.ok).toBe(false);
    const message = out.ok ? '' : out.errors.map((e) => e.message).join(' ');
    expect(message).toContain('thresholds.healthLine: cannot be above 5');
    expect(message).toContain('history.retentionDays: should be a number');
    expect(message).not.toMatch(CJK);
  });

  it('a Chinese merchant reads Chinese for the same file', () => {
    const out = migrateSettings({ ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, healthLine: 2 } });
    expect(out.status).toBe('corrupt');
    expect(out.status === 'corrupt' && out.problem).toBe('thresholds.healthLine: 不能低于 3');
  });

  it('settings from a newer version say so in either language', () => {
    const zh = migrateSettings({ version: 9 });
    const en = migrateSettings({ version: 9 }, 'en');
    expect(zh.status === 'corrupt' && zh.problem).toContain('更新的版本（9）');
    expect(en.status === 'corrupt' && en.problem).toContain('newer version (9)');
  });

  it('a long list of problems is cut, never flooding the notice', () => {
    const weights = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`w${i}`, -1]));
    const out = migrateSettings({ ...DEFAULT_SETTINGS, weights }, 'en');
    expect(out.status === 'corrupt' && out.problem.length).toBeLessThanOrEqual(300);
    expect(out.status === 'corrupt' && out.problem).toContain('weights.w0');
  });
});
