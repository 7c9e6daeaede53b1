import { describe, expect, it } from 'vitest';
import { dropMessage } from '@/lib/engine/alerts';
import { assess } from '@/lib/engine/assess';
import { badgeFor, newMerchantBadge } from '@/lib/engine/badge';
import { historyCsv } from '@/lib/engine/history-csv';
import { formatAgo, formatDateTime } from '@/lib/i18n';
import { parseBands } from '@/lib/options/bands-text';
import { parseTermList } from '@/lib/options/word-list-io';
import { translator } from '@/lib/i18n';
import { DEFAULT_RULES } from '@/lib/rules';
import { reading } from '../factories';

const HAN = /[\u3400-\u9fff]/;

describe('the surfaces outside the popup speak the chosen language', () => {
  const a = assess(reading(), DEFAULT_RULES, { healthLine: 4.5 });

  it('toolbar tooltip', () => {
    expect(badgeFor(a, false, true, 'zh').title).toContain('购物体验分 4.31，低于4.50');
    const en = badgeFor(a, false, true, 'en').title;
    expect(en).toMatch(/^Shopping experience score 4\.31, below 4\.50\nDimensions below 4\.50: /);
    expect(newMerchantBadge({ score: null }, 4.4, 'en').title).toBe('New-merchant score: no data');
  });

  it('notification for a dimension that fell below the line', () => {
    const m = dropMessage([{ id: 'x', label: '商品体验', before: 4.55, after: 4.41 }], 4.5, 'en');
    expect(m.title).toBe('A score dimension fell below 4.5');
    expect(m.message).toBe('商品体验: 4.55 → 4.41\nOpen the copilot for the diagnosis and what to fix.');
  });

  it('CSV headers', () => {
    const csv = historyCsv([{ day: '2026-11-23', shopId: '1', shopName: 'A', overall: 4.31, dimensions: {} }], new Map(), 'en');
    expect(csv.replace('\ufeff', '').split('\r\n')[0]).toBe('Date,Shop ID,Shop name,Shopping experience score');
  });

  it('validation errors of the options page', () => {
    const en = translator('en');
    const bands = parseBands('abc', 'lower-better', en);
    expect(bands.ok ? '' : bands.error).toBe('"abc" should be limit=score, e.g. 0.3=4.8');
    const terms = parseTermList('词\t巨大', en);
    expect(terms.ok ? [] : terms.errors.map((e) => e.message)).toEqual(['Risk level "巨大" is not valid; use high, medium or low']);
  });

  it('dates through Intl, relative time through RelativeTimeFormat', () => {
    const iso = '2026-11-23T02:00:00.000Z';
    const now = new Date(iso).getTime() + 3 * 3_600_000;
    expect(formatAgo('en', iso, now)).toBe('3 hours ago');
    expect(formatAgo('zh', iso, now)).toBe('3小时前');
    expect(HAN.test(formatDateTime('en', iso))).toBe(false);
    expect(formatDateTime('zh', iso)).toMatch(/2026年11月23日/);
  });
});
