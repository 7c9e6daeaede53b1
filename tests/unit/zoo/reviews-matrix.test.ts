import { describe, expect, it } from 'vitest';
import { readReviewsPage } from '@/tests/support/readers';
import { reviewsReadingSchema } from '@/lib/pages/kinds/reviews/reading';
import { LAYOUTS, ON_SCREEN, SHOWS_STATS } from '../../fixtures/zoo/reviews/layouts';
import { TRUTHS, type ReviewsTruth } from '../../fixtures/zoo/reviews/truth';
import { cn } from '../../fixtures/zoo/orders/truth';
import { fixtureDocument } from '../helpers';
import { tally, type Rows } from './matrix';

const url = new URL('https://s.kwaixiaodian.com/zone/comment/list');
const read = async (layout: string, truthName: string, truth: ReviewsTruth) =>
  readReviewsPage(await fixtureDocument(`zoo-reviews-${layout}--${truthName}`), url, { now: new Date(cn(truth.readAt)) });

describe('reviews layout zoo: every layout reads to its truth', () => {
  const matrix = tally('reviews', 'fields', Object.keys(TRUTHS).length * Object.keys(LAYOUTS).length);
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of Object.keys(LAYOUTS)) {
      it(`${layout} / ${truthName}`, async () => {
        const reading = await read(layout, truthName, truth);
        expect(reviewsReadingSchema.safeParse(reading).success).toBe(true);
        const shows = ON_SCREEN[layout] ?? (() => true);
        const listed = truth.reviews.filter((x) => shows(x) && x.rating !== 'good');
        const rows: Rows = [['status', 'ok', reading.status], ['shop.id', truth.shop.id, reading.shop.id], ['count', listed.length, reading.reviews.length]];
        rows.push(['good', truth.reviews.filter((x) => shows(x) && x.rating === 'good').length, reading.good]);
        listed.forEach((x, i) => {
          const got = reading.reviews[i];
          rows.push([`${i}.date`, x.at.slice(0, 10), got?.date]);
          rows.push([`${i}.product`, x.product, got?.product]);
          rows.push([`${i}.rating`, x.rating, got?.rating]);
          rows.push([`${i}.answered`, x.answered, got?.answered]);
          rows.push([`${i}.appeal`, x.appeal, got?.appeal]);
        });
        const stats = SHOWS_STATS[layout] ? truth.stats.map((s) => ({ title: s.title, badRate: s.badRate, badRateShown: s.badRateShown })) : [];
        rows.push(['products', stats, reading.products.map(({ title, badRate, badRateShown }) => ({ title, badRate, badRateShown }))]);
        matrix.check(rows);
        expect(reading.problems).toEqual([]);
      });
    }
  }
  matrix.print();
});
