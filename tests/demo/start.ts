/**
 * `npm start`: serve the demo back office and open Chromium with the built extension on the
 * 购物体验分 page. With a display the browser stays open for you to try; without one it runs
 * headless, writes screenshots to ./screenshots and exits.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BACK_OFFICE, badgeText, CHROMIUM, EXTENSION_DIR, launch, popupWithScore, waitFor } from '../e2e/harness';
import { startDemoServer } from './server';

const SHOTS = resolve('screenshots');
// Store listing images (Chrome Web Store and addons.mozilla.org): 1280×800, committed with the repo.
const STORE = resolve('store/screenshots');

async function main() {
  if (!existsSync(EXTENSION_DIR)) throw new Error('没有找到构建结果 .output/chrome-mv3，请先运行 npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`没有找到 Chromium（${CHROMIUM}）。Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk`);
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const server = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
  console.log(`演示后台 / demo back office: http://127.0.0.1:${server.port} (Chromium 内映射为 ${BACK_OFFICE})`);
  const session = await launch({ port: server.port, headless });
  const page = await session.context.newPage();
  await page.goto(`${BACK_OFFICE}/zone/cultivation/star/shop/star/class`);

  if (!headless) {
    console.log('Chromium 已打开，扩展已加载。关闭浏览器窗口即可退出。');
    await new Promise<void>((r) => session.context.on('close', () => r()));
    await server.close();
    return;
  }

  await mkdir(SHOTS, { recursive: true });
  await mkdir(STORE, { recursive: true });
  /** A 1280×800 listing image: the back office on the left, the extension's page beside it, a caption on top. */
  const storeShot = async (name: string, caption: string, backOffice: Buffer, extension: Buffer, extWidth: number) => {
    const frame = await session.context.newPage();
    await frame.setViewportSize({ width: 1280, height: 800 });
    const img = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
    await frame.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0;width:1280px;height:800px;overflow:hidden;background:#f5f5f5;font:20px/1.4 'Noto Sans CJK SC',sans-serif">
      <div style="height:56px;display:flex;align-items:center;padding:0 28px;background:#c41d48;color:#fff;font-weight:600">${caption}</div>
      <div style="position:relative;height:744px">
        <img src="${img(backOffice)}" style="position:absolute;left:0;top:0;width:1280px;opacity:.55">
        <img src="${img(extension)}" style="position:absolute;right:24px;top:16px;width:${extWidth}px;max-height:712px;object-fit:cover;object-position:top;box-shadow:0 6px 24px rgba(0,0,0,.35);border-radius:8px;background:#fff">
      </div></body></html>`);
    const file = resolve(STORE, name);
    await frame.screenshot({ path: file });
    shots.push(file);
    await frame.close();
  };
  await page.setViewportSize({ width: 1280, height: 800 });
  const shots: string[] = [];
  const shoot = async (p: import('playwright-core').Page, name: string) => {
    const file = resolve(SHOTS, name);
    await p.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };
  const popupShot = async (name: string) => {
    const popup = await popupWithScore(session);
    await popup.setViewportSize({ width: 360, height: 600 });
    await shoot(popup, name);
    await popup.close();
  };

  await shoot(page, '1-score-page-five.png');
  await popupShot('2-popup-five.png');
  await page.goto(`${BACK_OFFICE}/zone/experience/score`);
  await shoot(page, '3-score-page-three.png');
  await waitFor(async () => (await badgeText(session)) === '4.31', 10_000, 'the badge to update');
  await popupShot('4-popup-three.png');
  const backOffice = await page.screenshot();
  {
    const popup = await popupWithScore(session);
    await popup.setViewportSize({ width: 360, height: 640 });
    await storeShot('1-popup.png', '快手小店体验分助手 · 一眼看到购物体验分和差多少 · Your score against the line, at a glance', backOffice, await popup.screenshot(), 360);
    await popup.close();
  }
  const panel = await session.extensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.getByRole('list', { name: '改进建议' }).waitFor({ timeout: 10_000 });
  await shoot(panel, '6-sidepanel-three.png');
  await panel.setViewportSize({ width: 440, height: 712 });
  await storeShot('2-side-panel.png', '诊断面板：先改什么、官方攻略、趋势 · The diagnosis: what to fix first', backOffice, await panel.screenshot(), 440);
  await panel.close();
  await page.goto(`${BACK_OFFICE}/zone/experience/score?fixture=score-garbage`);
  await waitFor(async () => {
    const popup = await session.popup();
    await popup.setViewportSize({ width: 360, height: 600 });
    if (!(await popup.getByRole('alert').count())) return void (await popup.close());
    await shoot(popup, '5-popup-unreadable.png');
    return true;
  }, 15_000, 'the unreadable notice');

  await page.goto(`${BACK_OFFICE}/zone/shop/newmerchant/score`);
  await shoot(page, '7-new-merchant-page.png');
  await waitFor(async () => {
    const popup = await session.popup();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.waitForTimeout(300);
    if (!(await popup.getByRole('meter', { name: '新商体验分' }).count())) return void (await popup.close());
    await shoot(popup, '8-popup-new-merchant.png');
    const panel = await session.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByRole('button', { name: '任务清单' }).click();
    await panel.getByRole('list', { name: /^基础任务/ }).waitFor();
    await shoot(panel, '9-sidepanel-new-merchant.png');
    return true;
  }, 15_000, 'the new-merchant glance');
  await page.goto(`${BACK_OFFICE}/zone/goods/nexus/self/release/add`);
  const title = page.getByRole('textbox', { name: '商品标题', exact: true });
  await title.click();
  await page.keyboard.type('夏季新款 全网最低价 纯棉T恤 第一品牌');
  await page.getByRole('button', { name: /^商品标题：高风险/ }).click();
  await page.getByRole('dialog').first().waitFor();
  await shoot(page, '10-editor-warnings.png');
  {
    const file = resolve(STORE, '3-banned-words.png');
    await page.screenshot({ path: file });
    shots.push(file);
  }
  await page.goto(`${BACK_OFFICE}/zone/goods/v1/list`);
  await page.waitForTimeout(1500);
  await shoot(page, '11-product-list.png');
  // Today's queue: the order and after-sales lists (live: their times follow the clock), then the panel's 待办.
  await page.goto(`${BACK_OFFICE}/zone/order/list`);
  await shoot(page, '13-order-list.png');
  const cases = await session.context.newPage();
  await cases.setViewportSize({ width: 1280, height: 800 });
  await cases.goto(`${BACK_OFFICE}/zone/refund/list`);
  await waitFor(async () => {
    const panel = await session.extensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 440, height: 1400 });
    const queue = panel.getByRole('region', { name: '今日待办' });
    await panel.waitForTimeout(500);
    if (!(await queue.count()) || !(await queue.getByRole('list', { name: '售后：平台介入中' }).count())) return void (await panel.close());
    await queue.screenshot({ path: resolve(SHOTS, '14-today-queue.png') });
    shots.push(resolve(SHOTS, '14-today-queue.png'));
    await panel.setViewportSize({ width: 440, height: 712 });
    await queue.scrollIntoViewIfNeeded();
    await storeShot('5-today-queue.png', '今日待办：快到发货期限的订单、等你处理的售后 · Today’s queue: orders near the ship-by line, cases waiting on you', await page.screenshot(), await panel.screenshot(), 440);
    await panel.close();
    return true;
  }, 20_000, 'today\'s queue in the side panel');
  await cases.close();
  // Today's queue, part 2: the live workbench with its chip, 评价管理, and the panel's chats and reviews groups.
  await page.goto('http://im.kwaixiaodian.com/workbench');
  await page.getByRole('status').filter({ hasText: '待回复' }).waitFor({ timeout: 20_000 }).catch(() => undefined);
  await shoot(page, '15-workbench-chip.png');
  await page.goto(`${BACK_OFFICE}/zone/comment/list?fixture=zoo-reviews-stars--week`);
  await page.waitForTimeout(2500);
  await shoot(page, '16-reviews.png');
  {
    const queuePanel = await session.extensionPage('sidepanel.html');
    await queuePanel.setViewportSize({ width: 440, height: 900 });
    await queuePanel.locator('section.queue-group--reviews').waitFor({ timeout: 10_000 }).catch(() => undefined);
    await queuePanel.locator('section.today-queue').scrollIntoViewIfNeeded().catch(() => undefined);
    await shoot(queuePanel, '17-today-queue-chats-reviews.png');
    await queuePanel.close();
  }
  const options = await session.extensionPage('options.html');
  await options.getByRole('heading', { name: '分数线与目标' }).waitFor();
  await shoot(options, '12-options.png');
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.getByRole('combobox', { name: /界面语言/ }).selectOption('en');
  await options.getByRole('heading', { name: 'Lines and targets' }).waitFor();
  {
    const file = resolve(STORE, '4-options-english.png');
    await options.screenshot({ path: file });
    shots.push(file);
  }
  await options.getByRole('combobox', { name: /Interface language/ }).selectOption('zh');
  await session.close();
  await server.close();
  console.log(`没有显示器，已无头运行并保存截图 / headless, screenshots written:\n${shots.map((s) => `  ${s}`).join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(`npm start 失败 / failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
