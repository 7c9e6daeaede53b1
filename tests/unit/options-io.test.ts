import { describe, expect, it } from 'vitest';
import { formatBands, parseBands } from '@/lib/options/bands-text';
import { exportSettingsJson, importSettingsJson } from '@/lib/options/settings-io';
import { formatTermList, parseAllowList, parseTermList } from '@/lib/options/word-list-io';
import { DEFAULT_SETTINGS } from '@/lib/store/settings';

describe('custom term lists', () => {
  it('imports TSV with Chinese severities and list columns', () => {
    const res = parseTermList('词语\t风险等级\t原因\t建议替换\t适用类目\n秒杀王\t高\t夸大\t限时优惠|特惠\tfood\n小众\tlow\t\t\t\n');
    expect(res).toEqual({ ok: true, value: [
      { term: '秒杀王', severity: 'high', reason: '夸大', suggestions: ['限时优惠', '特惠'], categories: ['food'] },
      { term: '小众', severity: 'low' },
    ] });
  });

  it('imports CSV with quoted cells', () => {
    const res = parseTermList('term,severity,reason\n"顶流,爆款",medium,"说明 ""引号"""\n');
    expect(res.ok && res.value[0]).toEqual({ term: '顶流,爆款', severity: 'medium', reason: '说明 "引号"' });
  });

  it('names every bad line and returns nothing', () => {
    const res = parseTermList('秒杀王\t高\n\t高\n好物\t超高\n秒杀王\t低\n');
    expect(res.ok).toBe(false);
    expect(!res.ok && res.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(!res.ok && res.errors[1]!.message).toContain('超高');
  });

  it('round-trips through export', () => {
    const terms = [{ term: '秒杀王', severity: 'high' as const, reason: '夸大', suggestions: ['限时优惠'], categories: ['food'] }];
    expect(parseTermList(formatTermList(terms))).toEqual({ ok: true, value: terms });
  });

  it('reads an allow list one word per line, dropping duplicates', () => {
    expect(parseAllowList('第一次\n# 注释\n最后一天发货\n第一次\n')).toEqual({ ok: true, value: ['第一次', '最后一天发货'] });
  });
});

describe('settings files', () => {
  it('round-trips export and import to identical settings', () => {
    const s = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, healthLine: 4.6 }, words: { userTerms: [{ term: '秒杀王', severity: 'high' as const }], allowList: ['第一次'] } };
    expect(importSettingsJson(exportSettingsJson(s))).toEqual({ ok: true, value: s });
  });

  it('names the line of a JSON syntax error', () => {
    const res = importSettingsJson('{\n  "version": 2,\n  "thresholds": { "healthLine": 4.6, }\n}');
    expect(res.ok).toBe(false);
    expect(!res.ok && res.errors[0]!.line).toBe(3);
  });

  it('rejects a valid JSON with invalid values, naming the field', () => {
    const res = importSettingsJson('{"version":2,"thresholds":{"healthLine":"abc"}}');
    expect(!res.ok && res.errors[0]!.message).toContain('healthLine');
  });
});

describe('band text', () => {
  it('parses and formats in the indicator direction', () => {
    expect(parseBands('0.1=5, 0.3=4.8, ∞=3.5', 'lower-better')).toEqual({ ok: true, value: [{ limit: 0.1, score: 5 }, { limit: 0.3, score: 4.8 }, { limit: Number.MAX_SAFE_INTEGER, score: 3.5 }] });
    expect(formatBands([{ limit: 0.1, score: 5 }, { limit: Number.MAX_SAFE_INTEGER, score: 3.5 }])).toBe('0.1=5, ∞=3.5');
    expect(parseBands('0.3=4.8, 0.1=5', 'lower-better').ok).toBe(false);
    expect(parseBands('90=5, 80=4.5', 'higher-better').ok).toBe(true);
    expect(parseBands('0.1=9', 'lower-better')).toMatchObject({ ok: false, error: expect.stringContaining('0 到 5') });
    expect(parseBands('abc', 'lower-better').ok).toBe(false);
  });
});
