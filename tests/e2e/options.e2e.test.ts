import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACK_OFFICE, badgeText, launch, popupWithScore, waitFor, type Session } from './harness';

let session: Session;
beforeEach(async () => { session = await launch(); });
afterEach(async () => { await session.close(); });

async function storedSettings(): Promise<unknown> {
  return session.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings')).settings);
}

describe('options', () => {
  it('raising the health line to 4.6 puts a dimension at 4.55 into the open side panel, without a reload', async () => {
    const tab = await session.context.newPage();
    await tab.goto(`${BACK_OFFICE}/zone/cultivation/star/shop/star/class`);
    await popupWithScore(session).then((p) => p.close());
    const panel = await session.extensionPage('sidepanel.html');
    const actions = panel.getByRole('list', { name: '改进建议' });
    await actions.waitFor();
    expect(await actions.textContent()).not.toContain('「物流」');

    const options = await session.extensionPage('options.html');
    const line = options.getByRole('textbox', { name: '健康线（维度、指标低于此分即提示）' });
    await line.fill('4.6');
    await line.press('Enter');
    await options.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    await panel.bringToFront();
    await waitFor(async () => (await actions.textContent())?.includes('「物流」'), 5_000, '物流 to appear in the diagnosis');
    expect(await badgeText(session)).toBe('4.62');
  });

  it('says what is wrong beside an invalid field and saves nothing', async () => {
    const options = await session.extensionPage('options.html');
    const line = options.getByRole('textbox', { name: '健康线（维度、指标低于此分即提示）' });
    await line.fill('九');
    await line.press('Enter');
    expect(await line.getAttribute('aria-invalid')).toBe('true');
    expect(await options.getByRole('alert').first().textContent()).toContain('请输入数字');
    expect(await storedSettings()).toBeUndefined();
  });

  it('a malformed TSV import names the line in error and leaves the settings as they were', async () => {
    const options = await session.extensionPage('options.html');
    await options.getByRole('textbox', { name: '词语' }).fill('秒杀王');
    await options.getByRole('button', { name: '添加' }).click();
    await options.getByRole('rowheader', { name: '秒杀王' }).waitFor();
    const before = await storedSettings();
    const file = join(tmpdir(), `bad-${Date.now()}.tsv`);
    await writeFile(file, '词语\t风险等级\n全网第一\t高\n好物\t超高\n');
    await options.getByLabel('导入违禁词（TSV/CSV）').setInputFiles(file);
    const alert = options.getByRole('alert').filter({ hasText: '导入失败' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('第 3 行');
    expect(await alert.textContent()).toContain('超高');
    expect(await storedSettings()).toEqual(before);
    expect(await options.getByRole('rowheader', { name: '全网第一' }).count()).toBe(0);
  });

  it('export then import round-trips to identical settings', async () => {
    const options = await session.extensionPage('options.html');
    const line = options.getByRole('textbox', { name: '健康线（维度、指标低于此分即提示）' });
    await line.fill('4.55');
    await line.press('Enter');
    await options.getByRole('textbox', { name: '词语' }).fill('秒杀王');
    await options.getByRole('button', { name: '添加' }).click();
    await options.getByRole('checkbox', { name: '维度跌破健康线时弹出系统通知' }).uncheck();
    await options.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const before = await storedSettings();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出全部设置' }).click()]);
    const exported = await readFile((await download.path())!, 'utf8');

    // Change everything back, then import the file.
    await session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    const file = join(tmpdir(), `settings-${Date.now()}.json`);
    await writeFile(file, exported);
    await options.reload();
    await options.getByLabel('导入全部设置（JSON）').setInputFiles(file);
    await options.getByRole('status').filter({ hasText: '已导入全部设置' }).waitFor();
    expect(await storedSettings()).toEqual(before);
  });

  it('in English the whole options page is English, validation errors included, and <html lang> follows', async () => {
    const options = await session.extensionPage('options.html');
    await options.getByRole('combobox', { name: /界面语言/ }).selectOption('en');
    await options.getByRole('heading', { name: 'Lines and targets' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await options.title()).toBe('Settings - Kwaishop Score Copilot');
    const line = options.getByRole('textbox', { name: 'Health line (dimensions and indicators below it are flagged)' });
    await line.fill('9');
    await line.press('Enter');
    expect(await options.getByRole('alert').textContent()).toBe('Must be between 3 and 5');
    // What is left once the platform's own words (快分销) and the language names are taken out: nothing Chinese.
    const text = (await options.locator('body').innerText()).replace(/快分销|中文|界面语言|语言/g, '');
    expect(text.match(/[\u3400-\u9fff]+/g) ?? []).toEqual([]);
  });
});
