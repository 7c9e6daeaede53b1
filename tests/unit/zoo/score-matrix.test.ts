import { describe, expect, it } from 'vitest';
import { readScorePage } from '@/tests/support/readers';
import { scoreReadingSchema, type ScoreReading } from '@/lib/pages/kinds/score/reading';
import { DEFAULT_RULES } from '@/lib/rules';
import { FULL_LAYOUTS, LAYOUTS } from '../../fixtures/zoo/score/layouts';
import { TRUTHS, type ScoreTruth } from '../../fixtures/zoo/score/truth';
import { fixtureDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/experience/score');
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, '');

/** Every field of the truth against the reading: [field, expected, read]. */
export function compareScore(truth: ScoreTruth, r: ScoreReading, opts: { onlyFirstDimension?: boolean; partners?: boolean } = {}): Array<[string, unknown, unknown]> {
  const rows: Array<[string, unknown, unknown]> = [];
  rows.push(['overall', truth.overall, r.overall]);
  rows.push(['generation', truth.generation, r.generation]);
  rows.push(['shop.id', truth.shop.id, r.shop.id]);
  rows.push(['shop.name', truth.shop.name, r.shop.name]);
  rows.push(['period', squash(truth.period), squash(r.period)]);
  for (const [n, d] of truth.dimensions.entries()) {
    rows.push([`${d.label}.score`, d.score, r.dimensions.find((x) => x.id === d.id)?.score ?? 'absent']);
    if (opts.onlyFirstDimension && n > 0) {
      rows.push([`${d.label}.unread`, true, r.unreadDimensions.includes(d.label)]);
      continue;
    }
    for (const ind of d.indicators) {
      const got = r.indicators.find((x) => x.id === ind.id);
      rows.push([`${ind.label}.present`, true, !!got]);
      if (!got) continue;
      rows.push([`${ind.label}.value`, ind.value, got.value]);
      rows.push([`${ind.label}.unit`, ind.unit, got.unit]);
      rows.push([`${ind.label}.score`, ind.score, got.score]);
      rows.push([`${ind.label}.gate`, ind.gate, got.gate]);
      rows.push([`${ind.label}.dimension`, d.id, got.dimensionId]);
      if (ind.id.startsWith('unknown:')) rows.push([`${ind.label}.label`, ind.label, got.label]);
    }
  }
  if (opts.partners !== false) rows.push(['partners', truth.partners, r.partners]);
  // Nothing on the page but the truth: no indicator that the truth does not have.
  const known = new Set(truth.dimensions.flatMap((d, n) => (opts.onlyFirstDimension && n > 0 ? [] : d.indicators.map((i) => i.id))));
  rows.push(['extra indicators', [], r.indicators.filter((i) => !known.has(i.id)).map((i) => i.label)]);
  return rows;
}

const mismatches = (rows: Array<[string, unknown, unknown]>) => rows.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b));

describe('score layout zoo: every layout reads to its truth', () => {
  let right = 0;
  let total = 0;
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of Object.keys(LAYOUTS)) {
      it(`${layout} / ${truthName}`, async () => {
        const reading = readScorePage(await fixtureDocument(`zoo-score-${layout}--${truthName}`), url, DEFAULT_RULES);
        expect(scoreReadingSchema.safeParse(reading).success).toBe(true);
        const onlyFirst = !FULL_LAYOUTS.includes(layout);
        const rows = compareScore(truth, reading, { onlyFirstDimension: onlyFirst, partners: !onlyFirst });
        right += rows.length - mismatches(rows).length;
        total += rows.length;
        expect(mismatches(rows)).toEqual([]);
        expect(reading.problems).toEqual([]);
        expect(reading.status).toBe(onlyFirst ? 'ok' : 'ok');
      });
    }
  }
  it('prints the matrix figure', () => {
    console.log(`score zoo matrix: ${right}/${total} fields read right over ${Object.keys(TRUTHS).length * Object.keys(LAYOUTS).length} pages`);
    expect(total).toBeGreaterThan(0);
  });
});
