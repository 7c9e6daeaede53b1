import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GRADUATED, IN_PHASE } from '../fixtures/zoo/new-merchant/truth';
import { BACK_OFFICE, launch, meterValue, waitFor, type Session } from './harness';

/** 新商体验分 zoo layouts in Chromium: pages laid out unlike the demo still reach the popup and side panel. */
let session: Session | null = null;
afterEach(async () => { await session?.close(); session = null; });

const zooUrl = (page: string) => `${BACK_OFFICE}/zone/shop/newmerchant/score?fixture=zoo-new-merchant-${page}`;

async function popupWhere(s: Session, ready: (p: Page) => Promise<boolean>, what: string): Promise<Page> {
  return waitFor(async () => {
    const p = await s.popup();
    await p.getByRole('heading', { level: 1 }).waitFor();
    await p.waitForTimeout(200);
    if (await ready(p)) return p;
    await p.close();
    return undefined;
  }, 20_000, what);
}

const showsMeter = (p: Page) => p.getByRole('meter', { name: '新商体验分', exact: true }).count().then((n) => n > 0);

describe('新商体验分 zoo layouts in Chromium', () => {
  it('reads a page of task cards with a split Statistic score, and lists every task of both groups in the side panel', async () => {
    session = await launch();
    const tab = await session.context.newPage();
    await tab.goto(zooUrl('cards--in-phase'));
    const popup = await popupWhere(session, showsMeter, 'the popup to show 新商体验分');
    expect(await meterValue(popup, '新商体验分')).toBe(IN_PHASE.score);

    const panel = await session.extensionPage('sidepanel.html');
    // The full checklist starts folded; the merchant unfolds it.
    await panel.getByRole('button', { name: '任务清单' }).click();
    const basic = panel.getByRole('list', { name: /^基础任务/ });
    const advanced = panel.getByRole('list', { name: /^进阶任务/ });
    await basic.waitFor();
    expect(await basic.getByRole('listitem').count()).toBe(IN_PHASE.tasks.filter((t) => t.group === 'basic').length);
    expect(await advanced.getByRole('listitem').count()).toBe(IN_PHASE.tasks.filter((t) => t.group === 'advanced').length);
    // A task the rule pack does not know keeps its own name, without its description line.
    const unknown = basic.getByRole('listitem').filter({ hasText: '完善店铺资质信息' });
    expect(await unknown.count()).toBe(1);
    expect(await unknown.textContent()).not.toContain('营业执照');
  });

  it('reads a Descriptions summary with tabs whose data arrives 1.5 s late', async () => {
    session = await launch();
    const tab = await session.context.newPage();
    await tab.goto(zooUrl('tabs--in-phase-late'));
    const popup = await popupWhere(session, showsMeter, 'the popup to show 新商体验分 after late rendering');
    expect(await meterValue(popup, '新商体验分')).toBe(IN_PHASE.score);
  });

  it('says the shop has left the phase on a table layout of a graduated shop', async () => {
    session = await launch();
    const tab = await session.context.newPage();
    await tab.goto(zooUrl('table--graduated'));
    const popup = await popupWhere(session, (p) => p.getByRole('note').count().then((n) => n > 0), 'the popup to note the phase has ended');
    expect(await popup.getByRole('note').textContent()).toContain('已过新商期');
    expect(await popup.getByRole('note').textContent()).toContain(String(GRADUATED.ageDays));
  });
});
