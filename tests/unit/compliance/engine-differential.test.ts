import { describe, expect, it } from 'vitest';
import { makeCorpus, chunk } from '../../../bench/corpus';
import { lintListing, type Finding, type LintRequest, type LintSettingsInput } from '../../../lib/compliance';
import { defaultLexicon } from '../../../lib/compliance/lexicon';
import { normaliseTerm } from '../../../lib/compliance/normalise';
import { lintListing as referenceLint } from './reference/lint';
import { pick, prng } from './helpers';

/**
 * Differential test: the shipped engine against a frozen copy of the engine
 * before the compact automaton (./reference). Both lint the benchmark corpus
 * and a seeded fuzz set in every category and with merchant settings; every
 * finding must agree on field, offsets, covered text, rule, kind, severity
 * and term. Wording of lexicon reasons and fixes is the lexicon's business
 * and is not compared here; structural findings are compared with their reason.
 */

type Projected = Pick<Finding, 'field' | 'start' | 'end' | 'text' | 'ruleId' | 'kind' | 'severity'> & {
  term?: string;
  reason?: string;
};

const WORD_RULE = /^(word|claim|user)\//;

function project(findings: readonly Finding[]): Projected[] {
  return findings.map((f) => {
    const p: Projected = { field: f.field, start: f.start, end: f.end, text: f.text, ruleId: f.ruleId, kind: f.kind, severity: f.severity };
    if (f.term !== undefined) p.term = f.term;
    if (!WORD_RULE.test(f.ruleId)) p.reason = f.reason;
    return p;
  });
}

interface Tally {
  requests: number;
  findings: number;
  /** Findings per rule family (the part of the rule id before the last slash), to show what was covered. */
  rules: Map<string, number>;
  differences: string[];
}

function tally(): Tally {
  return { requests: 0, findings: 0, rules: new Map(), differences: [] };
}

function compare(tally: Tally, request: LintRequest, settings?: LintSettingsInput): void {
  const got = project(lintListing(request, settings));
  const want = project(referenceLint(request, settings));
  tally.requests++;
  tally.findings += want.length;
  for (const f of want) {
    const family = f.ruleId.replace(/\/[^/]*$/, '');
    tally.rules.set(family, (tally.rules.get(family) ?? 0) + 1);
  }
  const a = JSON.stringify(got);
  const b = JSON.stringify(want);
  if (a === b) return;
  // Keep the first few in full; count the rest.
  if (tally.differences.length < 5) {
    tally.differences.push(`${JSON.stringify(request).slice(0, 300)}\n  engine:    ${a.slice(0, 600)}\n  reference: ${b.slice(0, 600)}`);
  } else tally.differences.push('(one more difference)');
}

const CATEGORIES = ['', '服饰内衣 > 女装', '食品饮料 > 休闲零食', '美妆护肤 > 面霜', '保健食品', '手机数码 > 耳机', 'digital', 'health'];

const SETTINGS: readonly (LintSettingsInput | undefined)[] = [
  undefined,
  {},
  {
    userTerms: [
      { term: '自定义词', severity: 'medium' },
      { term: '纯棉', severity: 'low', categories: ['apparel'] },
      { term: 'VX', severity: 'high', reason: '自己的规则' },
      { term: '最好', severity: 'low' },
    ],
    allowList: ['最好吃', '第一口', '最好', '绝对'],
  },
  { disabledCategories: ['absolute', 'food', 'notice'] },
  { disabledCategories: ['global', 'user', 'listing'], userTerms: [{ term: '百搭', severity: 'high' }] },
  { disabledCategories: ['word', 'param'], defaultCategory: '美妆护肤' },
];

const terms = [...new Set(defaultLexicon().entries.map((e) => e.term))];
const normTerms = [...new Set(terms.map(normaliseTerm))];

// Thousands of lint calls through two engines: allow for a machine shared with other work.
describe('engine against the reference engine', { timeout: 120_000 }, () => {
  it('agrees on every finding over the benchmark corpus, in every category and setting', () => {
    const corpus = makeCorpus(300_000, normTerms);
    const chunks = chunk(corpus, 2000);
    const t = tally();
    chunks.forEach((c, i) => {
      const category = CATEGORIES[i % CATEGORIES.length]!;
      const settings = SETTINGS[i % SETTINGS.length];
      compare(t, { detail: c, category }, settings);
      compare(t, { title: c.slice(0, 40), shortTitle: c.slice(40, 52), sellingPoint: c.slice(52, 66), category }, settings);
    });
    expect(t.differences).toEqual([]);
    expect(t.requests).toBeGreaterThan(100);
    expect(t.findings).toBeGreaterThan(1500); // the corpus really is term-dense
  });

  // Pieces chosen to hit every path of the normaliser and matcher: disguised
  // terms, partial terms (failure transitions), allow phrases, notices,
  // parameters, ASCII boundaries, repeats, expansions, astral characters,
  // emoji, lone surrogates, long separator runs and titles that repeat words.
  const FILLER = [
    '的', '款', '新', '夏季', '纯棉', ' ', '，', '。', 'a', 'X', '1', '9', '😊', '🔥', '👍🏻', '最', '第', '一', '\u200b', '\u200d', '國', '醫',
    'QQ', 'vx', 'Ｖ Ｘ', '好', '連衣裙', '连衣裙', '100%', '%', '⑴', '①', '㍿', 'ＴＯＰ', 'No.1', '𝐀', '𠀀', '\ud800', '\udc00', '\u0301',
    '——————————————————', '\n', '\t', '！！！！', '最最最', '好好', '999', '不能代替药物', '保质期', '产地', '材质', '尺码', '第一次', '最后一天',
    '治愈系', 'qq糖', '丶', 'ｑｑ', 'Ⅲ', 'ﬁ', 'ß', 'İ', '٣', '🄰', '\ufeff', '\u00ad',
  ];

  function fuzzText(rnd: () => number, pieces: number): string {
    let s = '';
    for (let k = 0; k < pieces; k++) {
      const r = rnd();
      if (r < 0.3) s += pick(rnd, terms);
      else if (r < 0.4) {
        const t = pick(rnd, terms);
        s += t.slice(0, 1 + Math.floor(rnd() * t.length));
      } else if (r < 0.5) {
        const t = Array.from(pick(rnd, terms));
        s += t.join(pick(rnd, [' ', '·', '😊', '\u200b', '.', '　', '*', '丶']));
      } else if (r < 0.55) {
        s += String.fromCharCode(Math.floor(rnd() * 0x10000));
      } else if (r < 0.6) {
        const t = pick(rnd, terms);
        s += t + t + t; // keyword stuffing
      } else s += pick(rnd, FILLER);
    }
    return s;
  }

  it('agrees on every finding over a seeded fuzz set', () => {
    const rnd = prng(20261202);
    const t = tally();
    for (let n = 0; n < 3000; n++) {
      const category = pick(rnd, CATEGORIES);
      const settings = pick(rnd, SETTINGS);
      const request: LintRequest = { category };
      request.title = fuzzText(rnd, 1 + Math.floor(rnd() * 14));
      if (rnd() < 0.5) request.detail = fuzzText(rnd, 1 + Math.floor(rnd() * 80));
      if (rnd() < 0.3) request.shortTitle = fuzzText(rnd, 1 + Math.floor(rnd() * 4));
      if (rnd() < 0.3) request.sellingPoint = fuzzText(rnd, 1 + Math.floor(rnd() * 4));
      compare(t, request, settings);
    }
    // Fields past the cap, and a huge separator-only field.
    compare(t, { detail: fuzzText(prng(5), 6000) });
    compare(t, { detail: '，'.repeat(30_000) + '最好' });
    expect(t.differences).toEqual([]);
    expect(t.findings).toBeGreaterThan(10_000);
    // Every kind of finding took part in the comparison.
    for (const family of ['word', 'claim/food', 'claim/cosmetics', 'claim/health', 'user', 'listing', 'notice', 'param', 'input']) {
      expect(t.rules.get(family) ?? 0, family).toBeGreaterThan(0);
    }
    expect(t.rules.get('listing')).toBeGreaterThan(100);
  });
});
