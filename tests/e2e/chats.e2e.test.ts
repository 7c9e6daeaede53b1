import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_NEW_SESSION } from '../fixtures/zoo/im/layouts';
import { TRUTHS } from '../fixtures/zoo/im/truth';
import { launch, waitFor, type Session } from './harness';

/**
 * The customer-service workbench in real Chromium with the built extension: the status chip
 * (shadow root, role=status) counts what the layout's truth says, follows the live page when a
 * new buyer writes, the badge shows the waiting count, and the side panel's 「今日待办」 has the
 * chats group. Expectations come from the zoo's truth files only.
 */
const WORKBENCH = 'http://im.kwaixiaodian.com/workbench';

let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

const chipText = (n: { waiting: number; dueSoon: number; overdue: number }) => `待回复 ${n.waiting} · 即将超时 ${n.dueSoon}${n.overdue ? ` · 已超时 ${n.overdue}` : ''}`;

describe('the workbench: chip, badge, side panel', () => {
  it('a static layout: the chip counts the truth, the badge shows it, the panel lists the chats group', async () => {
    const truth = TRUTHS.evening!;
    const page = await session.context.newPage();
    await page.goto(`${WORKBENCH}?fixture=zoo-im-table--evening-now`);
    const chip = page.getByRole('status').filter({ hasText: '待回复' });
    await chip.waitFor({ timeout: 20_000 });
    // Counts at the moment of reading: the table does not tick, so they stay the truth's for a while.
    expect(await chip.textContent()).toBe(chipText(truth.counts));
    expect(await chip.getAttribute('aria-label')).toContain(`待回复 ${truth.counts.waiting} 个会话`);
    const badge = await waitFor(async () => {
      const text = await session.worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome.action.getBadgeText({}));
      return text === String(truth.counts.waiting) ? text : undefined;
    }, 15_000, 'the badge to show the waiting count');
    expect(badge).toBe(String(truth.counts.waiting));
    const panel = await session.extensionPage('sidepanel.html');
    const group = panel.getByRole('region', { name: '客服：待回复会话' }).or(panel.locator('section.queue-group--chats'));
    await group.first().waitFor({ timeout: 15_000 });
    expect(await group.first().textContent()).toContain(`待回复 ${truth.counts.waiting} 个，60 秒内超时 ${truth.counts.dueSoon} 个，已超时 ${truth.counts.overdue} 个`);
    expect(await group.first().textContent()).toContain(truth.replyRate!.shown);
    // Nothing about the buyers reaches the panel.
    for (const x of truth.sessions) expect(await panel.content()).not.toContain(x.buyer.name);
  }, 90_000);

  it('the live workbench: a new buyer writes and the chip follows without a reload', async () => {
    const truth = TRUTHS.morning!;
    const page = await session.context.newPage();
    await page.goto(WORKBENCH);
    const chip = page.getByRole('status').filter({ hasText: '待回复' });
    await chip.waitFor({ timeout: 20_000 });
    expect(LIVE_NEW_SESSION.left).toBeGreaterThan(60);
    await waitFor(async () => ((await chip.textContent())?.startsWith(`待回复 ${truth.counts.waiting + 1} `) ? true : undefined), 15_000, 'the chip to count the new session');
    // The chip is out of the chat's way: nothing on it takes a click.
    expect(await chip.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  }, 90_000);
});
