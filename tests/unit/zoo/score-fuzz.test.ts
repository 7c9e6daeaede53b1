import { describe, expect, it } from 'vitest';
import { readScorePage } from '@/tests/support/readers';
import { scoreReadingSchema } from '@/lib/pages/kinds/score/reading';
import { DEFAULT_RULES } from '@/lib/rules';
import { LAYOUTS } from '../../fixtures/zoo/score/layouts';
import { TRUTHS } from '../../fixtures/zoo/score/truth';
import { mutate, type Mutation } from '../../support/mutate';
import { fixtureDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/experience/score');
const PAGES = Object.keys(TRUTHS).flatMap((t) => Object.keys(LAYOUTS).map((l) => ({ t, l })));
const RUNS = 1000;

/**
 * 1,000 seeded mutations of the score zoo: the reader never throws, its reading always passes
 * its schema, and every number it reports is the page's own (the truth) — a mutation may cost a
 * number (then it is null), never change it into another.
 */
describe('score reader under 1,000 mutated pages', () => {
  it('never throws, never invents a number, never mixes shops', async () => {
    const html = new Map<string, string>();
    for (const { t, l } of PAGES) html.set(`${l}--${t}`, (await fixtureDocument(`zoo-score-${l}--${t}`)).documentElement.outerHTML);
    const wrong: string[] = [];
    let throws = 0;
    let cut = 0;
    const byMutation = new Map<Mutation, number>();
    for (let seed = 1; seed <= RUNS; seed++) {
      const { t, l } = PAGES[seed % PAGES.length]!;
      const truth = TRUTHS[t]!;
      const doc = new DOMParser().parseFromString(html.get(`${l}--${t}`)!, 'text/html');
      const kinds = mutate(doc, seed, 1 + (seed % 3));
      for (const k of kinds) byMutation.set(k, (byMutation.get(k) ?? 0) + 1);
      const r = readScorePage(doc, url, DEFAULT_RULES);
      if (r.problems.some((p) => p.startsWith('读取出错'))) throws++;
      if (r.problems.some((p) => /页面(元素|嵌套|文字)/.test(p))) cut++;
      expect(scoreReadingSchema.safeParse(r).success).toBe(true);
      const note = (what: string) => wrong.push(`seed ${seed} ${l}/${t} [${kinds.join(',')}] ${what}`);
      if (r.overall !== null && r.overall !== truth.overall) note(`overall ${r.overall}`);
      if (r.shop.id !== null && r.shop.id !== truth.shop.id) note(`shop ${r.shop.id}`);
      for (const d of r.dimensions) {
        const td = truth.dimensions.find((x) => x.id === d.id);
        if (d.score !== null && d.score !== td?.score) note(`${d.label} ${d.score}`);
      }
      const all = truth.dimensions.flatMap((d) => d.indicators);
      for (const i of r.indicators) {
        // A renamed label is read as an unknown indicator with the same figures.
        const ti = all.find((x) => x.id === i.id) ?? all.find((x) => i.id.startsWith('unknown:') && i.label.normalize('NFKC').endsWith(x.label.normalize('NFKC').replace(/\s/g, '')));
        if (!ti) { if (i.score !== null || i.value !== null) note(`extra ${i.label} ${i.score}/${i.value}`); continue; }
        if (i.score !== null && i.score !== ti.score) note(`${i.label} score ${i.score}`);
        if (i.value !== null && i.value !== ti.value) note(`${i.label} value ${i.value}`);
      }
    }
    console.log(`score fuzz: ${RUNS} mutated pages, ${throws} throws, ${wrong.length} wrong numbers, ${cut} cut short; mutations ${JSON.stringify(Object.fromEntries(byMutation))}`);
    expect(throws).toBe(0);
    expect(wrong).toEqual([]);
  }, 240_000);
});
