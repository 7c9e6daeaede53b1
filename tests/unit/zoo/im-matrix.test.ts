import { describe, expect, it } from 'vitest';
import { readImPage } from '@/tests/support/readers';
import { imReadingSchema } from '@/lib/pages/kinds/im/reading';
import { LAYOUTS, ON_SCREEN, SHOWS_RATE } from '../../fixtures/zoo/im/layouts';
import { TRUTHS, type ChatsTruth } from '../../fixtures/zoo/im/truth';
import { cn } from '../../fixtures/zoo/orders/truth';
import { fixtureDocument } from '../helpers';
import { tally, type Rows } from './matrix';

const url = new URL('https://im.kwaixiaodian.com/workbench');

const read = async (layout: string, truthName: string, truth: ChatsTruth) =>
  readImPage(await fixtureDocument(`zoo-im-${layout}--${truthName}`), url, { now: new Date(cn(truth.readAt)) });

describe('IM workbench layout zoo: every layout counts to its truth', () => {
  const matrix = tally('IM', 'counts', Object.keys(TRUTHS).length * Object.keys(LAYOUTS).length);
  for (const [truthName, truth] of Object.entries(TRUTHS)) {
    for (const layout of Object.keys(LAYOUTS)) {
      it(`${layout} / ${truthName}`, async () => {
        const reading = await read(layout, truthName, truth);
        expect(imReadingSchema.safeParse(reading).success).toBe(true);
        const rows: Rows = [
          ['status', 'ok', reading.status],
          ['shop.id', truth.shop.id, reading.shop.id],
          ['waiting', truth.counts.waiting, reading.counts.waiting],
          ['dueSoon', truth.counts.dueSoon, reading.counts.dueSoon],
          ['overdue', truth.counts.overdue, reading.counts.overdue],
          ['systemCards', truth.sessions.filter((x) => x.state === 'system' && (ON_SCREEN[layout] ?? (() => true))(x)).length, reading.systemCards],
          ['replyRate', SHOWS_RATE[layout] ? truth.replyRate?.value ?? null : null, reading.replyRate?.value ?? null],
          // Seconds left, as the page counts them, in page order of the waiting sessions.
          ['secondsLeft', truth.sessions.filter((x) => x.state === 'waiting').map((x) => (x.bareOverdue && layout !== 'tags' ? null : x.left)).sort(), reading.sessions.filter((s) => !s.hidden).map((s) => s.secondsLeft).sort()],
        ];
        if (layout !== 'tabs') rows.push(['answered', truth.sessions.filter((x) => x.state === 'answered').length, reading.answered]);
        matrix.check(rows);
        expect(reading.problems).toEqual([]);
      });
    }
  }
  matrix.print();
});
