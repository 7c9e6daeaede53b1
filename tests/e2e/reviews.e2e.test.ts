import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRUTHS } from '../fixtures/zoo/reviews/truth';
import { BACK_OFFICE, launch, type Session } from './harness';

/**
 * 评价管理 in real Chromium: the page is read, and the side panel's 「今日待办」 lists its bad and
 * middling reviews (unanswered bad first), bad reviews per product, the products above 5 % for
 * rework with the rate as shown, and the appeal helper with the rule link. From the truth only.
 */
let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

describe('评价管理: page to side panel', () => {
  it('the stars layout reads into the reviews group, the rework list and the appeal helper', async () => {
    const truth = TRUTHS.week!;
    const page = await session.context.newPage();
    await page.goto(`${BACK_OFFICE}/zone/comment/list?fixture=zoo-reviews-stars--week`);
    const panel = await session.extensionPage('sidepanel.html');
    const list = panel.getByRole('list', { name: '评价：差评和中评' });
    for (let i = 0; i < 20 && (await list.count()) === 0; i++) { await panel.waitForTimeout(1000); await panel.reload(); }
    const listed = truth.reviews.filter((x) => x.rating !== 'good');
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBe(listed.length);
    const first = await list.getByRole('listitem').first().textContent();
    const firstTruth = listed.filter((x) => x.rating === 'bad' && !x.answered).sort((a, b) => b.at.localeCompare(a.at))[0]!;
    expect(first).toContain(firstTruth.product);
    expect(first).toContain('未回复');
    const rework = panel.getByRole('list', { name: '差评率超过 5% 的商品' });
    const expected = truth.stats.filter((s) => s.badRate > 5);
    expect(await rework.getByRole('listitem').count()).toBe(expected.length);
    for (const s of expected) expect(await rework.textContent()).toContain(s.badRateShown);
    await panel.getByText('恶意差评投诉要准备的材料').click();
    expect(await panel.getByRole('link', { name: '快手电商规则中心：恶意评价规则' }).getAttribute('href')).toBe('https://edu.kwaixiaodian.com/rule/web/detail?id=4kBpxOu4tu');
    for (const x of truth.reviews) expect(await panel.content()).not.toContain(x.buyer.text);
  }, 90_000);
});
