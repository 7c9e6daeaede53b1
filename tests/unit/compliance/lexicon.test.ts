import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_ENTRIES } from '../../../lib/compliance/lexicon-data';
import { defaultLexicon, lexiconSchema, validateLexicon } from '../../../lib/compliance/lexicon';
import { normaliseTerm } from '../../../lib/compliance/normalise';
import { REASONS } from '../../../lib/compliance/reasons';
import { TEMPLATE_REWRITES } from '../../../lib/compliance/tools/curation';

const entries = defaultLexicon().entries;
const byTerm = (term: string) => entries.filter((e) => e.term === term);

describe('lexicon data', () => {
  it('passes the zod schema', () => {
    expect(() => lexiconSchema.parse(LEXICON_ENTRIES)).not.toThrow();
  });

  it('rejects broken data', () => {
    expect(() => validateLexicon('x', [{ term: '', scope: [], kind: 'nope' }])).toThrow();
    expect(() => validateLexicon('x', [{ ...LEXICON_ENTRIES[0], reason: 'no-such-reason' }])).toThrow();
    expect(() => validateLexicon('x', [{ ...LEXICON_ENTRIES[0], term: '…' }])).toThrow(/empty after normalisation/);
  });

  it('gives every entry a Chinese reason and Chinese advice', () => {
    for (const e of entries) {
      expect(REASONS[e.reason]).toMatch(/[\u4e00-\u9fff]/);
      expect(e.advice).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('offers real replacements for the classic cases and keeps advice out of them', () => {
    expect(byTerm('全网最低价')[0]!.replacements).toEqual(expect.arrayContaining(['超值价', '实惠价']));
    expect(byTerm('最好')[0]!.replacements).toContain('优质');
    // 国家级 has no word to stand in its place: the fix is deleting it, the rest is advice.
    const national = byTerm('国家级')[0]!;
    expect(national.replacements).toEqual([]);
    expect(national.deletable).toBe(true);
    expect(national.advice).toContain('认证');
    expect(() => validateLexicon('x', [{ ...LEXICON_ENTRIES[0], replacements: ['删除该词，改为具体、可证实的描述'] }])).toThrow(/advice/);
  });

  it('keeps generic words off the high list outside the categories that ban them', () => {
    for (const term of ['推荐', '安全', '热销', '特价', '首次', '最后', '试用', '评比']) {
      for (const e of byTerm(term)) {
        if (e.scope.includes('global')) expect(e.severity, term).not.toBe('high');
      }
    }
    expect(byTerm('推荐').every((e) => !e.scope.includes('global'))).toBe(true);
  });

  it('weights single characters low', () => {
    for (const e of entries.filter((x) => normaliseTerm(x.term).length === 1)) expect(e.severity, e.term).toBe('low');
  });

  it('splits the TSV kind "other" into kinds the merchant understands', () => {
    expect(byTerm('微信')[0]!.kind).toBe('diversion');
    expect(byTerm('辟邪')[0]!.kind).toBe('superstition');
    expect(byTerm('点击领奖')[0]!.kind).toBe('inducement');
    expect(byTerm('国家机关推荐')[0]!.kind).toBe('authority');
  });

  // The in-repo copy the generator reads (lib/compliance/data/SOURCES.md says where it came from).
  const tsv = resolve(__dirname, '../../../lib/compliance/data/banned-terms.tsv');
  it('covers every term of the domain TSV', () => {
    const have = new Set(entries.map((e) => e.term));
    const lines = readFileSync(tsv, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
    for (const line of lines) {
      const term = line.split('\t')[0]!.trim();
      if (term in TEMPLATE_REWRITES) {
        const rewritten = TEMPLATE_REWRITES[term];
        if (rewritten) expect(have.has(rewritten), term).toBe(true);
        continue;
      }
      expect(have.has(term), term).toBe(true);
    }
  });
});
