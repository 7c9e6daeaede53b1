import { hasScoreEvidence, isBackOffice, scoreUrlHint } from '../pages/detect';
import type { ScoreReading } from '../pages/reading';
import { readScorePage } from '../pages/score-reader';
import { DEFAULT_RULES } from '../rules';
import type { Feature } from './registry';
import { watchDom } from './watch-dom';

/** A page that stays unreadable this long after its last change is reported as unreadable. */
const CONFIRM_UNREADABLE_MS = 1500;

function fingerprint(r: ScoreReading): string {
  return JSON.stringify({ ...r, readAt: '' });
}

/** Reads the 购物体验分 page whenever it is open, however the merchant got there. */
export const scorePageFeature: Feature = {
  id: 'score-page',
  include: isBackOffice,
  init({ document, url, signal, submit }) {
    const hinted = scoreUrlHint(url);
    let last = '';
    let pendingUnreadable: ReturnType<typeof setTimeout> | undefined;
    signal.addEventListener('abort', () => clearTimeout(pendingUnreadable), { once: true });

    const send = (reading: ScoreReading) => {
      const key = fingerprint(reading);
      if (key === last || signal.aborted) return;
      last = key;
      void submit(reading);
    };

    const read = () => {
      if (signal.aborted || (!hinted && !hasScoreEvidence(document))) return;
      const reading = readScorePage(document, new URL(document.location?.href ?? url.href), DEFAULT_RULES);
      clearTimeout(pendingUnreadable);
      if (reading.status !== 'unreadable') return send(reading);
      // Nothing of the score page here and no URL hint: just another back-office page.
      if (!hinted && reading.generation === 'unknown' && reading.problems.length === 0) return;
      // Unreadable may only mean "still loading": report it once the page has settled.
      pendingUnreadable = setTimeout(() => send(reading), CONFIRM_UNREADABLE_MS);
    };

    watchDom(document, read, signal, { debounceMs: 300, maxMs: 60_000 });
  },
};
