import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRUTHS } from '../fixtures/zoo/score/truth';
import { BACK_OFFICE, launch, meterValue, popupWithScore, waitFor, type Session } from './harness';

/**
 * Zoo layouts in real Chromium, from the page to the popup and the side panel: a row-spanned
 * table, tabs with Descriptions panes rendered 1.5 s after load, and an ARIA tree grid.
 */
const CASES = [
  { layout: 'table-rowspan', truth: 'three', late: false },
  { layout: 'tabs-descriptions', truth: 'five', late: true },
  { layout: 'tree-grid', truth: 'five', late: false },
] as const;

let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

describe('score zoo layouts in Chromium', () => {
  for (const c of CASES) {
    it(`${c.layout}${c.late ? ' (rendered late)' : ''}: the popup and side panel show the page's own numbers`, async () => {
      const truth = TRUTHS[c.truth]!;
      const tab = await session.context.newPage();
      await tab.goto(`${BACK_OFFICE}/zone/experience/score?fixture=zoo-score-${c.layout}--${c.truth}${c.late ? '-late' : ''}`);
      const popup = await waitFor(async () => {
        const p = await popupWithScore(session);
        if ((await meterValue(p, '购物体验分')) === truth.overall) return p;
        await p.close();
      }, 20_000, `the popup to show ${truth.overall}`);
      for (const d of truth.dimensions) expect(await meterValue(popup, d.label)).toBe(d.score);
      await popup.close();

      const panel = await session.extensionPage('sidepanel.html');
      // Reference material starts folded; the merchant unfolds it.
      await panel.getByRole('button', { name: '全部指标' }).click();
      const section = panel.getByRole('region', { name: '全部指标' });
      await section.waitFor();
      for (const d of truth.dimensions) {
        const table = section.getByRole('table', { name: new RegExp(`^${d.label}`) });
        for (const ind of d.indicators) {
          const row = table.getByRole('row').filter({ has: panel.getByRole('rowheader', { name: new RegExp(`^${ind.label.replace(/[()（）]/g, '.')}`) }) });
          expect(await row.count(), `${d.label} / ${ind.label}`).toBe(1);
          const text = (await row.textContent()) ?? '';
          if (ind.score !== null) expect(text).toContain(ind.score.toFixed(2));
          if (ind.value !== null) expect(text).toContain(ind.shown);
        }
      }
      await panel.close();
      await tab.close();
    });
  }
});
