import { describe, expect, it } from 'vitest';
import { compileAutomaton, createMatchSink, findAll, scanUnits } from '../../../lib/compliance/automaton';
import { defaultLexicon } from '../../../lib/compliance/lexicon';
import { createNormBuffer, normaliseAndScan, normaliseInto, unitsToString } from '../../../lib/compliance/normalise';
import { pick, prng } from './helpers';

type Hit = string; // "pattern@start"

function naive(patterns: readonly string[], text: string): Hit[] {
  const out: Hit[] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) out.push(`${id}@${i}`);
  });
  return out.sort();
}

const FILLER = ['的', '款', '新', '夏季', '纯棉', ' ', '，', 'a', 'X', '1', '😊', '最', '第', '一', '\u200b', '國', 'QQ', '好'];

/** Random copy made of lexicon terms, pieces of terms and filler, so partial matches and overlaps are common. */
function randomText(rnd: () => number, terms: readonly string[]): string {
  let s = '';
  const pieces = 1 + Math.floor(rnd() * 12);
  for (let k = 0; k < pieces; k++) {
    const r = rnd();
    if (r < 0.4) s += pick(rnd, terms);
    else if (r < 0.6) {
      const t = pick(rnd, terms);
      s += t.slice(0, 1 + Math.floor(rnd() * t.length)); // a prefix: exercises failure transitions
    } else s += pick(rnd, FILLER);
  }
  return s;
}

describe('automaton', () => {
  const terms = [...new Set(defaultLexicon().entries.map((e) => e.term))];

  it('finds overlapping and nested patterns', () => {
    const a = compileAutomaton(['he', 'she', 'his', 'hers']);
    const hits = findAll(a, 'ushers').map((m) => `${a.patterns[m.pattern]}@${m.start}-${m.end}`);
    expect(hits.sort()).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
  });

  it('skips empty and duplicate patterns instead of failing', () => {
    const a = compileAutomaton(['', '最好', '最好']);
    expect(a.patterns).toEqual(['最好']);
    expect(findAll(a, '最好').length).toBe(1);
    expect(findAll(compileAutomaton([]), '任何文字')).toEqual([]);
  });

  it.each(['compact', 'sparse'] as const)('matches a naive scan on thousands of random strings (%s, normalisation off)', (mode) => {
    const a = compileAutomaton(terms, { mode });
    expect(a.mode).toBe(mode);
    const rnd = prng(12345);
    let compared = 0;
    for (let n = 0; n < 4000; n++) {
      const text = randomText(rnd, terms);
      const got = findAll(a, text)
        .map((m) => `${m.pattern}@${m.start}`)
        .sort();
      expect(got).toEqual(naive(a.patterns, text));
      compared += got.length;
    }
    expect(compared).toBeGreaterThan(10_000); // the generator really produces matches
  });

  it('switches to the sparse layout when the states would not fit 16-bit ids', () => {
    const rnd = prng(4242);
    const big: string[] = [];
    for (let i = 0; i < 12_000; i++) {
      let t = '';
      for (let k = 0; k < 6; k++) t += String.fromCharCode(0x4e00 + Math.floor(rnd() * 20000));
      big.push(t);
    }
    const a = compileAutomaton(big);
    expect(a.mode).toBe('sparse');
    const text = `前缀${big[7]}中间${big[11_999]}`;
    expect(findAll(a, text).map((m) => a.patterns[m.pattern])).toEqual([big[7], big[11_999]]);
  });

  it('fused normalise-and-scan equals normalising first and scanning naively', () => {
    const rnd = prng(777);
    const normTerms = [...new Set(terms.map((t) => t.toLowerCase()))].filter((t) => !/[ .]/.test(t));
    const a = compileAutomaton(normTerms);
    const fusedBuf = createNormBuffer(64);
    const plainBuf = createNormBuffer(64);
    const sink = createMatchSink(8);
    const sink2 = createMatchSink(8);
    for (let n = 0; n < 2000; n++) {
      const text = randomText(rnd, terms);
      normaliseAndScan(text, fusedBuf, a, sink);
      normaliseInto(text, plainBuf);
      const normalised = unitsToString(plainBuf.units, 0, plainBuf.length);
      expect(unitsToString(fusedBuf.units, 0, fusedBuf.length)).toBe(normalised);
      const fused: Hit[] = [];
      for (let k = 0; k < sink.count; k++) fused.push(`${sink.pattern[k]}@${sink.end[k]! - a.patternLength[sink.pattern[k]!]!}`);
      expect(fused.sort()).toEqual(naive(a.patterns, normalised));
      sink2.count = 0;
      scanUnits(a, plainBuf.units, 0, plainBuf.length, sink2);
      expect(sink2.count).toBe(sink.count);
    }
  });
});

describe('compact layout', () => {
  it('keeps the default matcher small enough for a core cache and agrees with the sparse layout', () => {
    const terms = [...new Set(defaultLexicon().entries.map((e) => e.term.toLowerCase()))];
    const compact = compileAutomaton(terms);
    const sparse = compileAutomaton(terms, { mode: 'sparse' });
    expect(compact.mode).toBe('compact');
    // A full states × classes table for these terms is over 2 MB; the packed cells are a few tens of KB.
    expect(compact.cells.byteLength + compact.root.byteLength).toBeLessThan(256 * 1024);
    expect(compact.stateCount * compact.width * 2).toBeGreaterThan(1024 * 1024);
    const rnd = prng(31337);
    for (let n = 0; n < 1000; n++) {
      const text = randomText(rnd, terms);
      expect(findAll(compact, text)).toEqual(findAll(sparse, text));
    }
  });

  it('reports a state only when it or a suffix ends a pattern', () => {
    const a = compileAutomaton(['abc', 'bc', 'x']);
    const hits = findAll(a, 'zabcx').map((m) => `${a.patterns[m.pattern]}@${m.start}`);
    expect(hits).toEqual(['abc@1', 'bc@2', 'x@4']);
  });
});
