import { lintListing, type Finding, type LintRequest, type LintSettingsInput } from '../../../lib/compliance';

export { prng } from '../../support/prng';

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
