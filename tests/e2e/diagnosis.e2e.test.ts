import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GUIDES } from '../../lib/rules/guides';
import { BACK_OFFICE, launch, popupWithScore, waitFor, type Session } from './harness';

let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

async function visit(path: string): Promise<void> {
  const tab = await session.context.newPage();
  await tab.goto(BACK_OFFICE + path);
  await popupWithScore(session).then((p) => p.close());
}

/** The side panel, opened as a plain tab (the reliable way to test it), once it has data. */
async function panel(): Promise<Page> {
  return waitFor(async () => {
    const p = await session.extensionPage('sidepanel.html');
    await p.getByRole('heading', { name: '体验分诊断' }).waitFor();
    if (await p.getByRole('list', { name: '改进建议' }).count().then((n) => n > 0)) return p;
    if (await p.getByText('所有维度和指标都不低于').count()) return p;
    await p.close();
    return undefined;
  }, 15_000, 'the side panel to show a diagnosis');
}

async function notifications(): Promise<Record<string, unknown>> {
  return session.worker.evaluate(() => (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, unknown>> } } }).chrome.notifications.getAll());
}

describe('side panel diagnosis', () => {
  it('lists the two dimensions below 4.5 first, each with its failing indicators and official guides', async () => {
    await visit('/zone/experience/score');
    const p = await panel();
    const items = p.getByRole('list', { name: '改进建议' }).getByRole('listitem');
    const texts = await items.allTextContents();
    expect(texts[0]).toContain('商品体验');
    const second = texts.findIndex((t, i) => i > 0 && t.includes('「物流体验」'));
    expect(second).toBeGreaterThan(0);
    expect(texts.slice(1, second).join()).toContain('商品品质退款率');
    expect(texts.slice(1, second).join()).toContain('商品质量差评率');
    expect(texts.slice(second + 1, second + 5).join()).toContain('发签配送时长');
    expect(texts.join()).not.toContain('「售后服务」'); // 4.62: not below the line
    const guide = p.getByRole('link', { name: '官方提分攻略：商品品质退款率' });
    expect(await guide.getAttribute('href')).toBe(GUIDES.qualityRefund);
    expect(await guide.getAttribute('target')).toBe('_blank');
  });

  it('flags a gate that is 门槛不达标 even when its score is above the line', async () => {
    await visit('/zone/cultivation/star/shop/star/class');
    const p = await panel();
    const item = p.getByRole('list', { name: '改进建议' }).getByRole('listitem').filter({ hasText: '异常揽收率' });
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain('门槛不达标');
    expect(await item.getByRole('link').getAttribute('href')).toBe(GUIDES.pickup);
  });

  for (const [path, dims, indicators] of [['/zone/cultivation/star/shop/star/class', 5, 10], ['/zone/experience/score', 3, 9]] as const) {
    it(`shows every dimension and indicator of the ${dims}-dimension page`, async () => {
      await visit(path);
      const p = await panel();
      // Reference material starts folded so the panel fits about two screens; the merchant unfolds it.
      const toggle = p.getByRole('button', { name: '全部指标' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      const section = p.getByRole('region', { name: '全部指标' });
      expect(await section.getByRole('table').count()).toBe(dims);
      expect(await section.getByRole('rowheader').count()).toBe(indicators);
    });
  }

  it('draws a two-point trend from readings on two days and exports both rows as CSV', async () => {
    // Yesterday's reading, submitted through the same protocol the content script uses.
    const setup = await session.extensionPage('popup.html');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const res = await setup.evaluate(async (readAt) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'reading/submit',
      reading: {
        kind: 'score', generation: 'three', status: 'ok', url: 'http://s.kwaixiaodian.com/zone/experience/score', readAt,
        shop: { id: '7654321', name: '小林鲜果' }, overall: 4.52,
        dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.55 }, { id: 'logistics-exp', label: '物流体验', score: 4.5 }, { id: 'aftersale-svc', label: '售后服务', score: 4.6 }],
        indicators: [], partners: [], missing: [], problems: [],
      },
    }), yesterday);
    expect(res).toMatchObject({ ok: true });
    await visit('/zone/experience/score');
    const p = await panel();
    // The jump menu's 趋势 link unfolds the folded trend section.
    await p.getByRole('navigation').getByRole('link', { name: '趋势' }).click();
    const overallTrend = p.getByRole('img', { name: /^购物体验分，共2天/ });
    expect(await overallTrend.getAttribute('aria-label')).toMatch(/4\.52.*4\.31/);
    expect(await overallTrend.locator('polyline').getAttribute('data-points')).toBe('2');
    expect(await p.getByRole('img', { name: /^商品体验，共2天/ }).count()).toBe(1);
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: '导出CSV' }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace('\ufeff', '').trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]).toBe('日期,店铺ID,店铺名称,购物体验分,商品体验,物流体验,售后服务');
    expect(csv[1]).toContain(',4.52,4.55,4.5,4.6');
    expect(csv[2]).toContain(',4.31,4.21,4.36,4.62');
  });

  it('puts the sections in the jump menu, the urgent diagnosis first, each foldable', async () => {
    await visit('/zone/experience/score');
    const p = await panel();
    const links = await p.getByRole('navigation', { name: '跳到' }).getByRole('link').allTextContents();
    expect(links[0]).toBe('诊断');
    expect(links).toEqual(expect.arrayContaining(['待办', '趋势', '违禁词', '设置']));
    const diagnosis = p.getByRole('button', { name: '诊断', exact: true });
    expect(await diagnosis.getAttribute('aria-expanded')).toBe('true');
    await diagnosis.click();
    expect(await p.getByRole('list', { name: '改进建议' }).count()).toBe(0);
    await diagnosis.click();
    expect(await p.getByRole('list', { name: '改进建议' }).count()).toBe(1);
  });

  it('raises a notification when a dimension falls below the line', async () => {
    await visit('/zone/experience/score?fixture=score-three-healthy');
    expect(Object.keys(await notifications())).toHaveLength(0);
    await visit('/zone/experience/score');
    const all = await waitFor(async () => {
      const n = await notifications();
      return Object.keys(n).length > 0 ? n : undefined;
    }, 10_000, 'a notification');
    expect(Object.keys(all)).toHaveLength(1);
  });

  it('opens the side panel from the popup button', async () => {
    await visit('/zone/experience/score');
    const popup = await popupWithScore(session);
    const errors: string[] = [];
    popup.on('pageerror', (e) => errors.push(e.message));
    // sidePanel.open() succeeds only inside the click's user gesture; the popup then closes itself.
    await Promise.all([popup.waitForEvent('close', { timeout: 10_000 }), popup.getByRole('button', { name: '打开诊断面板' }).click()]);
    expect(errors).toEqual([]);
  });
});
