import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { queueMessages } from '../../lib/i18n/queue';
import { CASES_LUNCH, CASES_TODAY } from '../fixtures/zoo/after-sales/truth';
import { LUNCH, TODAY } from '../fixtures/zoo/orders/truth';
import { BACK_OFFICE, badgeText, launch, waitFor, type Session } from './harness';

/**
 * Today's queue in real Chromium: the demo back office serves the order and after-sales lists
 * live (the truth moved to this minute); the detector asks for the list chunks there, they read
 * the rows, and the side panel's 「今日待办」, the popup and (when chosen) the badge show the
 * truth's queue. Expectations come from the truth files only.
 */
let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

const zh = queueMessages('zh');
const urgent = TODAY.queue.overdue.length + TODAY.queue.due6h.length + TODAY.queue.notPickedUp.length + CASES_TODAY.queue.platform.length + CASES_TODAY.queue.nearDeadline.length;

async function openLists(): Promise<void> {
  const orders = await session.context.newPage();
  await orders.goto(`${BACK_OFFICE}/zone/order/list`);
  const cases = await session.context.newPage();
  await cases.goto(`${BACK_OFFICE}/zone/refund/list`);
}

/** The numbers in one group's list, in the order shown. */
async function listed(panel: Page, group: string): Promise<string[]> {
  const items = await panel.getByRole('region', { name: zh.region }).getByRole('list', { name: group, exact: true }).getByRole('listitem').allTextContents();
  return items.map((text) => /([A-Z]{0,4}\d{8,})/.exec(text)?.[1] ?? text);
}

/** Every group's numbers as the panel lists them, and as the truths say they must be. */
async function groups(panel: Page) {
  const g = zh.group;
  return {
    overdue: await listed(panel, g.overdue), due6h: await listed(panel, g.due6h), due24h: await listed(panel, g.due24h), notPickedUp: await listed(panel, g.notPickedUp),
    casePlatform: await listed(panel, g.casePlatform), caseNearDeadline: await listed(panel, g.caseNearDeadline), caseWaiting: await listed(panel, g.caseWaiting),
  };
}
function truthGroups(o: typeof TODAY, c: typeof CASES_TODAY) {
  const q = o.queue;
  return { overdue: q.overdue, due6h: q.due6h, due24h: q.due24h, notPickedUp: q.notPickedUp, casePlatform: c.queue.platform, caseNearDeadline: c.queue.nearDeadline, caseWaiting: c.queue.waiting };
}

/** The side panel once both lists have been read (an order and a case it must show). */
async function panelWithQueue(order = TODAY.queue.overdue[0]!, kase = CASES_TODAY.queue.platform[0]!): Promise<Page> {
  const panel = await session.extensionPage('sidepanel.html');
  await waitFor(async () => {
    const region = panel.getByRole('region', { name: zh.region });
    if ((await region.count()) === 0) { await panel.reload(); return false; }
    const text = (await region.textContent()) ?? '';
    return text.includes(order) && text.includes(kase);
  }, 20_000, 'the side panel to list both pages\' items');
  return panel;
}

describe('today\'s queue', () => {
  it('orders and after-sales cases from the open lists, most urgent first, with the time left and a link to the page', async () => {
    await openLists();
    const panel = await panelWithQueue();
    expect(await groups(panel)).toEqual(truthGroups(TODAY, CASES_TODAY));

    // The 48 h estimate says it is one; the link opens the page where the order is handled.
    const estimated = panel.getByRole('list', { name: zh.group.due6h, exact: true }).getByRole('listitem').filter({ hasText: TODAY.queue.estimated[0]! });
    expect(await estimated.textContent()).toContain(zh.estimated);
    const link = panel.getByRole('link', { name: new RegExp(TODAY.queue.overdue[0]!) });
    expect(await link.getAttribute('href')).toContain('/zone/order/list');
    // The section header carries the urgent count, so the merchant sees it folded too.
    expect(await panel.getByRole('button', { name: new RegExp(`\\(${urgent}\\)`) }).count()).toBeGreaterThan(0);

    const popup = await session.popup();
    await popup.getByText(zh.popupUrgent(urgent)).waitFor({ timeout: 10_000 });
  });

  it('the toolbar badge shows the urgent count once the merchant chooses it in the options', async () => {
    await openLists();
    await panelWithQueue();
    expect(await badgeText(session)).not.toBe(String(urgent));
    const options = await session.extensionPage('options.html');
    await options.getByRole('checkbox', { name: /工具栏徽标显示紧急待办数/ }).check();
    await options.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await waitFor(async () => (await badgeText(session)) === String(urgent), 10_000, 'the badge to show the urgent count');
  });

  it('in English, the groups and the popup line follow the setting', async () => {
    await openLists();
    await panelWithQueue();
    const options = await session.extensionPage('options.html');
    await options.getByRole('combobox', { name: /界面语言|Language/ }).selectOption('en');
    const en = queueMessages('en');
    const panel = await session.extensionPage('sidepanel.html');
    await panel.getByRole('region', { name: en.region }).waitFor({ timeout: 10_000 });
    const overdue = await panel.getByRole('list', { name: en.group.overdue, exact: true }).getByRole('listitem').allTextContents();
    expect(overdue.join(' ')).toContain(TODAY.queue.overdue[0]!);
    const popup = await session.popup();
    await popup.getByText(en.popupUrgent(urgent)).waitFor({ timeout: 10_000 });
  });

  it('other layouts, the older order route and a list that renders late read to their truth', async () => {
    // After lunch, another shop: order cards on /zone-origin, after-sales tabs drawn 1.5 s after load.
    const orders = await session.context.newPage();
    await orders.goto(`${BACK_OFFICE}/zone-origin/order/list?fixture=zoo-orders-cards--lunch-now`);
    const cases = await session.context.newPage();
    await cases.goto(`${BACK_OFFICE}/zone/refund/list?fixture=zoo-after-sales-tabs--lunch-now-late`);
    const panel = await panelWithQueue(LUNCH.queue.overdue[0]!, CASES_LUNCH.queue.platform[0]!);
    expect(await groups(panel)).toEqual(truthGroups(LUNCH, CASES_LUNCH));
  });
});
