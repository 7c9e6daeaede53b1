import { describe, expect, it } from 'vitest';
import { listingCategorySchema, type Field, type Finding, type ListingCategory } from '../../../lib/compliance/finding';
import { defaultLexicon } from '../../../lib/compliance/lexicon';
import { isAdviceLike } from '../../../lib/compliance/lexicon-schema';
import { lint, wordFindings } from './helpers';

/**
 * Every fix the card can offer, applied the way the card applies it (the word's span
 * replaced, or deleted), in every field and category the entry applies to: the fix must
 * leave no finding of the rule it fixes and must never write advice into the listing.
 */
const entries = defaultLexicon().entries;
const FIELDS: readonly Field[] = ['title', 'detail'];
const BEFORE = '春季新款上市 ';
const AFTER = ' 欢迎选购';

function categoriesOf(scope: readonly string[]): ListingCategory[] {
  if (scope.includes('global')) return [...listingCategorySchema.options];
  return scope.filter((s): s is ListingCategory => listingCategorySchema.safeParse(s).success);
}

function at(findings: readonly Finding[], field: Field, start: number, end: number): Finding | undefined {
  return wordFindings(findings).find((f) => f.field === field && f.start === start && f.end === end);
}

describe('fixes offered for every lexicon entry', () => {
  it('leave no finding of the fixed rule and never insert advice', () => {
    const problems: string[] = [];
    let offered = 0;
    let walked = 0;
    for (const entry of entries) {
      for (const category of categoriesOf(entry.scope)) {
        for (const field of FIELDS) {
          const text = BEFORE + entry.term + AFTER;
          const start = BEFORE.length;
          const end = start + entry.term.length;
          const finding = at(lint({ [field]: text, category }), field, start, end);
          // Another entry for the same term may be the one reported here (the most severe wins):
          // its fixes are the ones the merchant sees, and they are the ones checked.
          if (!finding) continue;
          walked++;
          const fixes = [...finding.replacements, ...(finding.deletable ? [''] : [])];
          for (const fix of fixes) {
            offered++;
            if (fix && isAdviceLike(fix)) problems.push(`${entry.term} → ${fix}: reads as advice`);
            const fixed = text.slice(0, start) + fix + text.slice(end);
            const after = lint({ [field]: fixed, category }).filter((f) => f.field === field);
            const same = after.filter((f) => f.ruleId === finding.ruleId);
            const onFix = wordFindings(after).filter((f) => f.start < start + Math.max(fix.length, 1) && f.end > start - (fix ? 0 : 1));
            if (same.length) problems.push(`${category}/${field}: ${entry.term} → 「${fix}」 still gives ${same.map((f) => f.text).join('、')} (${finding.ruleId})`);
            else if (onFix.length) problems.push(`${category}/${field}: ${entry.term} → 「${fix}」 gives ${onFix.map((f) => `${f.text} ${f.ruleId}`).join('、')}`);
          }
          for (const advice of finding.advice) if (finding.replacements.includes(advice)) problems.push(`${entry.term}: advice offered as a fix`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The walk really ran over the lexicon and really applied fixes.
    expect(walked).toBeGreaterThan(entries.length);
    expect(offered).toBeGreaterThan(entries.length);
  });

  it('finds every entry in a plain sentence, so the walk above skips none', () => {
    const missed: string[] = [];
    for (const entry of entries) {
      const category = categoriesOf(entry.scope)[0]!;
      const text = BEFORE + entry.term + AFTER;
      const found = wordFindings(lint({ detail: text, category })).some((f) => f.start <= BEFORE.length && f.end >= BEFORE.length + entry.term.length);
      if (!found) missed.push(`${entry.term} (${category})`);
    }
    expect(missed).toEqual([]);
  });

  it('turns the issue’s example into a deletion, not advice written into the detail', () => {
    const text = '本品是国家级产品';
    const finding = wordFindings(lint({ detail: text })).find((f) => f.text === '国家级产品')!;
    expect(finding.deletable).toBe(true);
    expect(finding.replacements).toEqual(['优质产品']);
    expect(finding.advice.join('')).toMatch(/删除“国家级”/);
    const fixed = text.slice(0, finding.start) + finding.replacements[0] + text.slice(finding.end);
    expect(fixed).toBe('本品是优质产品');
    expect(wordFindings(lint({ detail: fixed }))).toEqual([]);
  });
});
