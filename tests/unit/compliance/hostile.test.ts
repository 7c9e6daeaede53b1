import { describe, expect, it } from 'vitest';
import {
  findingSchema,
  lintListing,
  lintRequestSchema,
  lintSettingsSchema,
  MAX_FIELD_LENGTH,
  type Finding,
  type LintRequest,
} from '../../../lib/compliance';
import { prng } from './helpers';

function expectValid(findings: Finding[]): void {
  for (const f of findings) {
    expect(findingSchema.safeParse(f).success).toBe(true);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
  }
}

describe('hostile input', () => {
  it('caps a 1 MB detail, says so, and still finds terms in the part it read', () => {
    const detail = `最好的${'棉'.repeat(1_000_000)}`;
    const findings = lintListing({ detail });
    expectValid(findings);
    const capped = findings.find((f) => f.ruleId === 'input/truncated');
    expect(capped).toMatchObject({ start: MAX_FIELD_LENGTH, end: detail.length, severity: 'low' });
    expect(capped!.text.length).toBeLessThan(100);
    expect(findings.find((f) => f.ruleId === 'listing/detail-length')).toMatchObject({ start: 1000 });
    expect(findings.find((f) => f.term === '最好')).toMatchObject({ start: 0, end: 2 });
  });

  it('does not split a surrogate pair at the cap', () => {
    const detail = `${'a'.repeat(MAX_FIELD_LENGTH - 1)}😊tail`;
    const capped = lintListing({ detail }).find((f) => f.ruleId === 'input/truncated');
    expect(capped!.start).toBe(MAX_FIELD_LENGTH - 1);
  });

  it('survives lone surrogates, control characters and HTML', () => {
    const title = '\ud800最\udc00好<script>alert("最好")</script>\u0000\u0007\u202e';
    const findings = lintListing({ title, detail: `<img src=x onerror=alert(1)>${title}` });
    expectValid(findings);
    const inTitle = findings.filter((f) => f.field === 'title' && f.term === '最好');
    expect(inTitle.map((f) => [f.start, f.end])).toEqual([
      [1, 4],
      [19, 21],
    ]);
    for (const f of inTitle) expect(title.slice(f.start, f.end)).toBe(f.text);
  });

  it('never throws on random junk', () => {
    const rnd = prng(99);
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rnd() * 200);
      for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rnd() * 0x10000));
      const findings = lintListing({ title: s, detail: s, shortTitle: s, sellingPoint: s, category: s });
      expectValid(findings);
      for (const f of findings) expect(f.end).toBeLessThanOrEqual(s.length);
    }
  });

  it('skips fields that are not strings and tolerates broken settings', () => {
    const weird = { title: 42, detail: null, shortTitle: { a: 1 }, category: ['x'] } as unknown as LintRequest;
    expect(lintListing(weird)).toEqual([]);
    expect(lintListing(null as unknown as LintRequest)).toEqual([]);
    const settings = {
      userTerms: [{ term: '爆款', severity: 'high' }, { term: '', severity: 'x' }, 'junk'],
      allowList: [1, '最好', null],
      disabledCategories: 'all',
    } as never;
    const findings = lintListing({ title: '爆款 最好 第一' }, settings);
    expect(findings.map((f) => f.term)).toEqual(['爆款', '第一']);
  });

  it('copes with a merchant pasting thousands of user terms', () => {
    const rnd = prng(7);
    const userTerms = Array.from({ length: 2000 }, () => ({
      term: Array.from({ length: 8 }, () => String.fromCharCode(0x4e00 + Math.floor(rnd() * 20000))).join(''),
      severity: 'medium' as const,
    }));
    const title = `新款${userTerms[1234]!.term}连衣裙`;
    const findings = lintListing({ title }, { userTerms });
    expect(findings.find((f) => f.ruleId === 'user/term')).toMatchObject({ start: 2, end: 10 });
  });

  it('parses requests and settings with defaults', () => {
    expect(lintSettingsSchema.parse({})).toEqual({ userTerms: [], allowList: [] });
    expect(lintRequestSchema.safeParse({ title: 1 }).success).toBe(false);
    expect(lintRequestSchema.parse({ title: '标题' })).toEqual({ title: '标题' });
  });
});
