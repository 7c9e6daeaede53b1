import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACK_OFFICE, badgeText, launch, meterValue, popupWithScore, waitFor, type Session } from './harness';

// What each demo page shows, as a merchant reads it on screen.
const FIVE = { path: '/zone/cultivation/star/shop/star/class', overall: 4.62, dims: { 商品: 4.71, 客服: 4.38, 物流: 4.55, 售后: 4.8, 内容: 4.66 } };
const THREE = { path: '/zone/experience/score', overall: 4.31, dims: { 商品体验: 4.21, 物流体验: 4.36, 售后服务: 4.62 } };

let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });


describe('score glance', () => {
  it('tells a new user which page to open', async () => {
    const popup = await session.popup();
    await popup.getByRole('heading', { name: '还没有读取到体验分' }).waitFor(); // the glance renders after the worker answers
    const link = popup.getByRole('link', { name: '打开购物体验分页面' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/s\.kwaixiaodian\.com\//);
  });

  for (const page of [FIVE, THREE]) {
    it(`shows exactly the scores of the ${Object.keys(page.dims).length}-dimension page`, async () => {
      const tab = await session.context.newPage();
      await tab.goto(BACK_OFFICE + page.path);
      const popup = await popupWithScore(session);
      expect(await meterValue(popup, '购物体验分')).toBe(page.overall);
      for (const [name, value] of Object.entries(page.dims)) expect(await meterValue(popup, name)).toBe(value);
      expect(await popup.getByRole('meter').count()).toBe(1 + Object.keys(page.dims).length);
      expect(await badgeText(session)).toBe(page.overall.toFixed(2));
    });
  }

  it('names the three weakest indicators, failed gate first', async () => {
    const tab = await session.context.newPage();
    await tab.goto(BACK_OFFICE + FIVE.path);
    const popup = await popupWithScore(session);
    const items = popup.getByRole('list', { name: '最需关注的指标' }).getByRole('listitem');
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).textContent()).toContain('异常揽收率');
    expect(await items.nth(0).textContent()).toContain('门槛不达标');
    expect(await items.nth(1).textContent()).toContain('3分钟回复率');
  });

  it('reads the page after in-app (pushState) navigation', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${BACK_OFFICE}/zone/home`);
    await tab.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '购物体验分' }).click();
    await tab.waitForURL(`**${FIVE.path}`);
    const popup = await popupWithScore(session);
    expect(await meterValue(popup, '购物体验分')).toBe(FIVE.overall);
  });

  it('shows the unreadable state, not a wrong score, for garbage values', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${BACK_OFFICE}${FIVE.path}?fixture=score-garbage`);
    const popup = await waitFor(async () => {
      const p = await session.popup();
      if (await p.getByRole('alert').count()) return p;
      await p.close();
      return undefined;
    }, 15_000, 'the unreadable notice');
    const alert = popup.getByRole('alert');
    expect(await alert.textContent()).toContain('无法读取这个页面的体验分');
    expect(await alert.textContent()).toContain('NaN分');
    expect(await popup.getByRole('meter').count()).toBe(0);
    expect(await badgeText(session)).toBe('?');

    // A sanitised capture of the page for a bug report: labels and values, no ids.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出页面结构（不含买家数据）' }).click()]);
    const capture = await readFile((await download.path())!, 'utf8');
    expect(capture).toContain('购物体验分');
    expect(capture).toContain('abc分');
    expect(capture).not.toContain('1234567'); // the shop id in the header
    expect(capture).not.toContain('fixture=score-garbage'); // no query strings
  });

  it('still has the score after the service worker is stopped', async () => {
    const tab = await session.context.newPage();
    await tab.goto(BACK_OFFICE + THREE.path);
    await popupWithScore(session);
    const cdp = await session.context.newCDPSession(tab);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const popup = await popupWithScore(session);
    expect(await meterValue(popup, '购物体验分')).toBe(THREE.overall);
  });
});
