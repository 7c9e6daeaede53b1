import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACK_OFFICE, badgeText, launch, meterValue, popupWithScore, waitFor, type Session } from './harness';

/**
 * Issue 16, fault 4: a page script dispatching WXT's own lifecycle and navigation event names
 * (it can learn the extension id) must not switch the extension off. Page scripts run in the
 * page's world, which is where Playwright's evaluate runs.
 */
let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

const THREE = '/zone/experience/score';

describe('a hostile page', () => {
  it('cannot stop the reader with forged "content script started" and "location changed" events', async () => {
    const tab = await session.context.newPage();
    await tab.goto(BACK_OFFICE + THREE);
    const first = await popupWithScore(session);
    expect(await meterValue(first, '购物体验分')).toBe(4.31);
    await first.close();

    await tab.evaluate((id) => {
      const prefix = `${id}:backoffice:`;
      document.dispatchEvent(new CustomEvent(`${prefix}wxt:content-script-started`, { detail: { contentScriptName: 'backoffice', messageId: 'page' } }));
      window.postMessage({ type: `${prefix}wxt:content-script-started`, contentScriptName: 'backoffice', messageId: 'page' }, '*');
      window.dispatchEvent(new Event(`${prefix}wxt:locationchange`)); // no newUrl at all
      const fake = Object.assign(new Event(`${prefix}wxt:locationchange`), { newUrl: new URL('https://edu.kwaixiaodian.com/bbs'), oldUrl: new URL(location.href) });
      window.dispatchEvent(fake);
    }, session.extensionId);

    // The page then updates the figure, as it does when the merchant picks another date.
    await tab.evaluate(() => { document.querySelector('strong')!.textContent = '4.44'; });
    const updated = await waitFor(async () => {
      const p = await session.popup();
      await p.getByRole('meter', { name: '购物体验分' }).waitFor({ timeout: 3_000 }).catch(() => undefined);
      if ((await meterValue(p, '购物体验分').catch(() => null)) === 4.44) return p;
      await p.close();
      return undefined;
    }, 20_000, 'the popup to follow the page after forged events');
    expect(await meterValue(updated, '购物体验分')).toBe(4.44);
    expect(await badgeText(session)).toBe('4.44');
  });

  it('still follows real in-app navigation after forged events', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${BACK_OFFICE}/zone/home`);
    await tab.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:backoffice:wxt:content-script-started`, { detail: { contentScriptName: 'backoffice', messageId: 'page' } }));
      window.dispatchEvent(new Event(`${id}:backoffice:wxt:locationchange`));
    }, session.extensionId);
    await tab.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '购物体验分' }).click();
    await tab.waitForURL('**/zone/cultivation/star/shop/star/class');
    const popup = await popupWithScore(session);
    expect(await meterValue(popup, '购物体验分')).toBe(4.62);
  });
});
