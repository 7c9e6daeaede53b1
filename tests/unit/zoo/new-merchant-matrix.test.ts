import { describe, expect, it } from 'vitest';
import { readNewMerchantPage } from '@/tests/support/readers';
import { newMerchantReadingSchema, type NewMerchantReading } from '@/lib/pages/kinds/new-merchant/reading';
import { BONUS_LAYOUTS, LAYOUTS } from '../../fixtures/zoo/new-merchant/layouts';
import { TRUTHS, type NewMerchantTruth } from '../../fixtures/zoo/new-merchant/truth';
import { fixtureDocument } from '../helpers';

const url = new URL('https://s.kwaixiaodian.com/zone/shop/newmerchant/score');

/** Every field of the truth against the reading: [field, expected, read]. */
export function compareNewMerchant(truth: NewMerchantTruth, r: NewMerchantReading, opts: { bonusShown: boolean }): Array<[string, unknown, unknown]> {
  const rows: Array<[string, unknown, unknown]> = [];
  rows.push(['score', truth.score, r.score]);
  rows.push(['shopAgeDays', truth.ageDays, r.shopAgeDays]);
  rows.push(['validOrders', truth.orders, r.validOrders]);
  rows.push(['phase.status', truth.phase.status, r.phase?.status ?? null]);
  rows.push(['phase.text', true, (r.phase?.text ?? '').replace(/\s/g, '').includes(truth.phase.text.replace(/\s/g, ''))]);
  rows.push(['shop.id', truth.shop.id, r.shop.id]);
  rows.push(['shop.name', truth.shop.name, r.shop.name]);
  for (const t of truth.tasks) {
    const got = r.tasks.find((x) => x.id === t.id);
    rows.push([`${t.label}.present`, true, !!got]);
    if (!got) continue;
    rows.push([`${t.label}.label`, t.label, got.label]);
    rows.push([`${t.label}.group`, t.group, got.group]);
    rows.push([`${t.label}.state`, t.state, got.state]);
    rows.push([`${t.label}.progress`, t.progress, got.progress]);
    rows.push([`${t.label}.bonus`, opts.bonusShown ? t.bonus : null, got.bonus ?? null]);
  }
  rows.push(['task order', truth.tasks.map((t) => t.id), r.tasks.map((t) => t.id)]);
  for (const c of truth.core) {
    const got = r.coreIndicators.find((x) => x.id === c.id);
    rows.push([`${c.label}.present`, true, !!got]);
    if (!got) continue;
    rows.push([`${c.label}.value`, c.value, got.value]);
    rows.push([`${c.label}.unit`, c.unit, got.unit]);
    rows.push([`${c.label}.score`, c.score, got.score]);
  }
  return rows;
}

const mismatches = (rows: Array<[string, unknown, unknown]>) => rows.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b));

describe('new-merchant layout zoo: every layout reads to its truth', () => {
  let right = 0;
  let total = 0;
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of Object.keys(LAYOUTS)) {
      it(`${layout} / ${truthName}`, async () => {
        const reading = readNewMerchantPage(await fixtureDocument(`zoo-new-merchant-${layout}--${truthName}`), url);
        expect(newMerchantReadingSchema.safeParse(reading).success).toBe(true);
        const rows = compareNewMerchant(truth, reading, { bonusShown: BONUS_LAYOUTS.includes(layout) });
        right += rows.length - mismatches(rows).length;
        total += rows.length;
        expect(mismatches(rows)).toEqual([]);
        expect(reading.problems).toEqual([]);
        expect(reading.missing).toEqual([]);
        expect(reading.status).toBe('ok');
      });
    }
  }
  it('prints the matrix figure', () => {
    console.log(`new-merchant zoo matrix: ${right}/${total} fields read right over ${Object.keys(TRUTHS).length * Object.keys(LAYOUTS).length} pages`);
    expect(total).toBeGreaterThan(0);
  });
});
