import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { TRUTHS, editPath, type ListTruth } from '../fixtures/zoo/product-list/truth';
import { BACK_OFFICE, launch, waitFor, type Session } from './harness';

/**
 * Two product-list zoo layouts in real Chromium with the built extension: a card layout with no
 * table at all, and status tabs whose 仓库中 pane is hidden, rendered 1.5 s late with hostile
 * titles. The row markers and the side panel's flagged list must match the truth exactly: every
 * product with a banned term flagged, nothing from the 「推荐商品」 decoy card.
 */
let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

const flagged = (t: ListTruth) => t.products.filter((p) => p.banned.length > 0).map((p) => p.id).sort();

function markers(page: Page): Locator {
  return page.getByRole('list', { name: '违禁词提示' }).getByRole('listitem');
}

async function markerIds(page: Page): Promise<string[]> {
  const ids: string[] = [];
  for (const m of await markers(page).all()) ids.push((await m.getAttribute('data-item-id')) ?? '');
  return ids.sort();
}

async function expectMarkers(page: Page, expected: readonly string[], what: string): Promise<void> {
  const want = JSON.stringify([...expected].sort());
  await waitFor(async () => {
    if (JSON.stringify(await markerIds(page)) !== want) return false;
    await page.waitForTimeout(400);
    return JSON.stringify(await markerIds(page)) === want;
  }, 20_000, what);
}

async function openZoo(layout: string, truth: string, late = false): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${BACK_OFFICE}/zone/goods/v1/list?fixture=zoo-product-list-${layout}--${truth}${late ? '-late' : ''}`);
  return page;
}

async function checkSidePanel(t: ListTruth): Promise<void> {
  const panel = await session.extensionPage('sidepanel.html');
  const list = panel.getByRole('list', { name: '商品列表中有违禁词的商品' });
  await list.waitFor();
  await waitFor(async () => (await list.getByRole('listitem').count()) === flagged(t).length, 10_000, 'the side panel list');
  for (const id of flagged(t)) {
    const item = t.products.find((p) => p.id === id)!;
    const entry = list.getByRole('listitem').filter({ hasText: item.title.slice(0, 8) });
    expect(await entry.count()).toBe(1);
    expect(await entry.getByRole('link', { name: /^去编辑/ }).getAttribute('href')).toBe(`${BACK_OFFICE.replace(/^http:/, 'https:')}${editPath(id)}`); // links are https only
  }
  for (const d of t.decoys) expect(await list.getByRole('listitem').filter({ hasText: d.title }).count()).toBe(0);
  await panel.close();
}

describe('product-list zoo layouts in Chromium', () => {
  it('cards (no table): markers on exactly the flagged products, named by their titles, and the side panel lists them', async () => {
    const t = TRUTHS.plain!;
    const page = await openZoo('cards', 'plain');
    await expectMarkers(page, flagged(t), 'card-layout markers');
    for (const id of flagged(t)) {
      const p = t.products.find((x) => x.id === id)!;
      const name = await markers(page).and(page.locator(`[data-item-id="${id}"]`)).getAttribute('aria-label');
      expect(name).toMatch(/：\d+ 处违禁词，最严重：.+（(高风险|中风险|提示)）$/);
      expect(name!.startsWith(p.title.slice(0, 5))).toBe(true);
      expect(p.banned.some((term) => name!.includes(term))).toBe(true);
    }
    // The title the marker names is the card's title link, which the merchant can follow.
    expect(await page.getByRole('link', { name: t.products[0]!.title, exact: true }).count()).toBe(1);
    await checkSidePanel(t);
  });

  it('tabs rendered late with hostile titles: the hidden 仓库中 pane is read too, markup stays text', async () => {
    const t = TRUTHS.hostile!;
    const page = await openZoo('tabs', 'hostile', true);
    await page.getByRole('tab', { name: /^在售/ }).waitFor({ timeout: 10_000 });
    await expectMarkers(page, flagged(t), 'tab-layout markers');
    // The markup in a title is shown as text: no image was created from it, no script ran.
    const hostile = t.products[0]!;
    expect(await page.getByRole('link', { name: hostile.title, exact: true }).count()).toBe(1);
    expect(await page.locator('img[onerror]').count()).toBe(0);
    const name = await markers(page).and(page.locator(`[data-item-id="${hostile.id}"]`)).getAttribute('aria-label');
    expect(name!.startsWith('<img src=x')).toBe(true);
    // A product of the hidden pane is flagged, its marker not shown until its tab is.
    const stored = t.products.find((p) => p.tab === '仓库中' && p.banned.length > 0)!;
    const hiddenMarker = markers(page).and(page.locator(`[data-item-id="${stored.id}"]`));
    await waitFor(async () => (await hiddenMarker.evaluate((m) => getComputedStyle(m).opacity)) === '0', 5_000, 'the hidden-pane marker to stay hidden');
    await checkSidePanel(t);
  });
});
