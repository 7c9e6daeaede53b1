import { existsSync, readFileSync } from 'node:fs';
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

  it('gives every entry a Chinese reason and at least one suggestion', () => {
    for (const e of entries) {
      expect(REASONS[e.reason]).toMatch(/[\u4e00-\u9fff]/);
      expect(e.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('suggests compliant wording for the classic cases', () => {
    expect(byTerm('全网最低价')[0]!.suggestions).toEqual(expect.arrayContaining(['超值价', '实惠价']));
    expect(byTerm('最好')[0]!.suggestions).toContain('优质');
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

  const tsv = resolve(__dirname, '../../../../shared/domain/banned-terms.tsv');
  it.skipIf(!existsSync(tsv))('covers every term of the domain TSV', () => {
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
