import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BACK_OFFICE, launch, popupWithScore, waitFor, type Session } from './harness';

// axe-core runs inside each extension page (injected as a script), the WCAG 2.1 A/AA rules, plus
// label-content-name-mismatch (WCAG 2.5.3), which axe ships as experimental and off by default.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** `within`: a CSS selector of our own in-page host (its open shadow root is checked with it). */
async function axe(page: Page, within?: string): Promise<Violation[]> {
  // Evaluated, not added as a <script>: the extension's CSP (script-src 'self') blocks inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async (sel) => {
    const run = (globalThis as unknown as { axe: { run(ctx: unknown, o: object): Promise<{ violations: Violation[] }> } }).axe.run;
    return run(sel ? { include: [[sel]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', 'experimental'] }, rules: { 'label-content-name-mismatch': { enabled: true } } });
  }, within ?? null);
  return result.violations;
}

const serious = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);

/** Unfolds every folded section so axe sees the whole panel, as a merchant who opens them all would. */
async function unfoldAll(page: Page): Promise<void> {
  // One at a time: a folded section may hold folded subsections that only show once it opens.
  for (let i = 0; i < 20; i++) {
    const next = page.locator('button[aria-expanded="false"]:visible').first();
    if ((await next.count()) === 0) return;
    await next.click();
  }
}

let session: Session;
beforeAll(async () => {
  session = await launch();
  const tab = await session.context.newPage();
  await tab.goto(`${BACK_OFFICE}/zone/experience/score`);
  await popupWithScore(session).then((p) => p.close());
  // Today's queue too: the panel's 待办 lists are part of what axe checks.
  await tab.goto(`${BACK_OFFICE}/zone/order/list`);
  await tab.goto(`${BACK_OFFICE}/zone/refund/list`);
});
afterAll(async () => { await session.close(); });

async function setLanguage(lang: 'zh' | 'en'): Promise<void> {
  const options = await session.extensionPage('options.html');
  await options.getByRole('combobox', { name: /界面语言/ }).selectOption(lang);
  await waitFor(async () => (await options.evaluate(() => document.documentElement.lang)) === (lang === 'zh' ? 'zh-CN' : 'en'), 5_000, 'the options page language');
  await options.close();
}

const CASES = [
  { lang: 'zh', htmlLang: 'zh-CN', overall: '购物体验分', panelHeading: '体验分诊断', optionsHeading: '分数线与目标' },
  { lang: 'en', htmlLang: 'en', overall: 'Shopping experience score', panelHeading: 'Score diagnosis', optionsHeading: 'Lines and targets' },
] as const;

describe('accessibility (axe-core): no serious or critical violations', () => {
  for (const c of CASES) {
    describe(c.lang, () => {
      beforeAll(async () => { await setLanguage(c.lang); });

      it('popup', async () => {
        const popup = await session.popup();
        await popup.getByRole('meter', { name: c.overall }).waitFor();
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(c.htmlLang);
        expect(await popup.getByRole('link', { name: c.lang === 'zh' ? '设置' : 'Settings' }).count()).toBe(1);
        expect(serious(await axe(popup))).toEqual([]);
        await popup.close();
      });

      it('side panel, every section unfolded', async () => {
        const panel = await session.extensionPage('sidepanel.html');
        await panel.getByRole('heading', { name: c.panelHeading, level: 1 }).waitFor();
        await panel.getByRole('navigation').waitFor();
        await unfoldAll(panel);
        await panel.getByRole('region', { name: c.lang === 'zh' ? '今日待办' : 'Today’s queue' }).getByRole('list').first().waitFor();
        expect(await panel.evaluate(() => document.documentElement.lang)).toBe(c.htmlLang);
        expect(serious(await axe(panel))).toEqual([]);
        await panel.close();
      });

      it('in-page warnings: the editor badge and card, the product-list markers', async () => {
        const page = await session.context.newPage();
        await page.goto(`${BACK_OFFICE}/zone/goods/nexus/self/release/add`);
        await page.getByRole('textbox', { name: '商品标题', exact: true }).click();
        await page.keyboard.type('夏季新款 全网最低价 纯棉T恤');
        // The field is named as the page names it (a platform label); our words follow it.
        const badge = page.getByRole('button', { name: c.lang === 'zh' ? /^商品标题：高风险 1/ : /^商品标题: High risk 1/ });
        await badge.waitFor();
        expect(serious(await axe(page, 'kwaishop-copilot-editor'))).toEqual([]);
        await badge.click();
        await page.getByRole('dialog').waitFor();
        expect(serious(await axe(page, 'kwaishop-copilot-editor'))).toEqual([]);
        await page.goto(`${BACK_OFFICE}/zone/goods/v1/list`);
        await page.getByRole('list', { name: c.lang === 'zh' ? '违禁词提示' : 'Banned-word hints' }).getByRole('listitem').first().waitFor();
        expect(serious(await axe(page, '[data-kwaishop-copilot="row-markers"]'))).toEqual([]);
        await page.close();
      });

      it('options', async () => {
        const options = await session.extensionPage('options.html');
        await options.getByRole('heading', { name: c.optionsHeading }).waitFor();
        for (const d of await options.locator('details').all()) await d.evaluate((el) => { (el as HTMLDetailsElement).open = true; });
        expect(await options.evaluate(() => document.documentElement.lang)).toBe(c.htmlLang);
        expect(serious(await axe(options))).toEqual([]);
        await options.close();
      });
    });
  }

  it('dark mode (prefers-color-scheme): popup and side panel keep their contrast', async () => {
    await setLanguage('zh');
    for (const path of ['popup.html', 'sidepanel.html']) {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      await page.getByRole('meter', { name: '购物体验分' }).first().waitFor();
      await unfoldAll(page);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
      expect(serious(await axe(page))).toEqual([]);
      await page.close();
    }
  });
});
