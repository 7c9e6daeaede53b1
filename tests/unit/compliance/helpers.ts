import { lintListing, type Finding, type LintRequest, type LintSettingsInput } from '../../../lib/compliance';

/** mulberry32: a small seeded PRNG so generated cases are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

export function lint(request: LintRequest, settings?: LintSettingsInput): Finding[] {
  return lintListing(request, settings);
}

/** Findings from the lexicon or user terms (not the structural listing rules). */
export function wordFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => /^(word|claim|user)\//.test(f.ruleId));
}

export function high(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'high');
}
