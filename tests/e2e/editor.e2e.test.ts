import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { BACK_OFFICE, launch, waitFor, type Session } from './harness';

let session: Session;
let page: Page;
beforeEach(async () => { session = await launch(); page = await session.context.newPage(); });
afterEach(async () => { await session.close(); });

const NEW_FORM = `${BACK_OFFICE}/zone/goods/nexus/self/release/add`;

interface MarkInfo { field: string; start: number; end: number; severity: string; left: number; top: number; width: number; height: number }

/** Marks drawn by the extension, read from its open shadow root. */
async function marks(p: Page): Promise<MarkInfo[]> {
  return p.evaluate(() => {
    const host = document.querySelector('kwaishop-copilot-editor');
    if (!host?.shadowRoot) return [];
    return Array.from(host.shadowRoot.querySelectorAll<HTMLElement>('.mark')).map((m) => {
      const r = m.getBoundingClientRect();
      return { field: m.dataset.field!, start: Number(m.dataset.start), end: Number(m.dataset.end), severity: m.dataset.severity!, left: r.left, top: r.top, width: r.width, height: r.height };
    });
  });
}

async function reactState(p: Page): Promise<{ title: string; detail: string }> {
  return JSON.parse((await p.getByTestId('react-state').textContent()) ?? '{}') as { title: string; detail: string };
}

/** Where the text [start, end) of an <input> really is, measured independently with canvas. */
async function inputTextRect(field: Locator, start: number, end: number): Promise<{ left: number; width: number }> {
  return field.evaluate((el, [s, e]) => {
    const input = el as HTMLInputElement;
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const r = input.getBoundingClientRect();
    const left = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + ctx.measureText(input.value.slice(0, s)).width - input.scrollLeft;
    return { left, width: ctx.measureText(input.value.slice(s, e)).width };
  }, [start, end] as const);
}

describe('banned-word warnings in the product editor', () => {
  it('typing 全网最低价 into the React title marks exactly those characters and warns in the badge', async () => {
    await page.goto(NEW_FORM);
    const title = page.getByRole('textbox', { name: '商品标题', exact: true });
    await title.click();
    await page.keyboard.type('夏季新款 全网最低价 纯棉T恤');
    const [mark] = await waitFor(async () => { const m = (await marks(page)).filter((x) => x.field === 'title'); return m.length ? m : undefined; }, 5_000, 'a mark in the title');
    const value = await title.inputValue();
    expect(value.slice(mark!.start, mark!.end)).toBe('全网最低价');
    expect(mark!.severity).toBe('high');
    const truth = await inputTextRect(title, mark!.start, mark!.end);
    expect(Math.abs(mark!.left - truth.left)).toBeLessThan(2);
    expect(Math.abs(mark!.width - truth.width)).toBeLessThan(2);
    const box = (await title.boundingBox())!;
    expect(mark!.top).toBeGreaterThanOrEqual(box.y);
    expect(mark!.top + mark!.height).toBeLessThanOrEqual(box.y + box.height);
    // The badge by the field: one high-risk finding, and the title's width against 60 as the page counts it.
    const badge = page.getByRole('button', { name: /^商品标题：高风险 1/ });
    expect(await badge.getAttribute('aria-label')).toContain(`字数 ${(await page.getByTestId('title-count').textContent())!.trim()}`);
  });

  it('draws no marks mid-composition (IME) and the right marks after the commit', async () => {
    await page.goto(NEW_FORM);
    const title = page.getByRole('textbox', { name: '商品标题', exact: true });
    await title.click();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'quanwang', selectionStart: 8, selectionEnd: 8 });
    await cdp.send('Input.imeSetComposition', { text: '全网最低价', selectionStart: 5, selectionEnd: 5 });
    await page.waitForTimeout(800); // well past the debounce
    expect(await title.inputValue()).toBe('全网最低价');
    expect((await marks(page)).filter((m) => m.field === 'title')).toEqual([]);
    await cdp.send('Input.insertText', { text: '全网最低价' });
    const after = await waitFor(async () => { const m = (await marks(page)).filter((x) => x.field === 'title'); return m.length ? m : undefined; }, 5_000, 'marks after the commit');
    expect(after.map((m) => [m.start, m.end])).toEqual([[0, 5]]);
    expect((await reactState(page)).title).toBe('全网最低价');
  });

  it('applying a suggestion updates the React state, and Ctrl+Z restores the original', async () => {
    await page.goto(NEW_FORM);
    const title = page.getByRole('textbox', { name: '商品标题', exact: true });
    await title.click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    await page.getByRole('button', { name: /^商品标题：高风险 1/ }).click();
    const card = page.getByRole('dialog', { name: '违禁词提示：全网最低价' });
    await card.getByRole('button', { name: '改为「超值价」' }).click();
    await waitFor(async () => (await reactState(page)).title === '超值价 纯棉T恤', 5_000, 'React state to take the fix');
    expect(await title.inputValue()).toBe('超值价 纯棉T恤');
    await waitFor(async () => (await marks(page)).filter((m) => m.field === 'title').length === 0, 5_000, 'the mark to go');
    await title.focus();
    await page.keyboard.press('Control+z');
    await waitFor(async () => (await reactState(page)).title === '全网最低价 纯棉T恤', 5_000, 'undo to restore the React state');
    expect(await title.inputValue()).toBe('全网最低价 纯棉T恤');
  });

  it('marks in the rich-text detail sit on the right words, and the editor DOM is left alone', async () => {
    await page.goto(`${BACK_OFFICE}/zone/goods/config/release/detail?itemId=20261118764`);
    const editor = page.getByRole('textbox', { name: '图文详情' });
    await editor.waitFor();
    const before = await editor.evaluate((el) => el.innerHTML);
    await editor.evaluate((el) => el.scrollIntoView({ block: 'center' })); // marks follow the scroll
    await page.waitForTimeout(300);
    const rich = await waitFor(async () => { const m = (await marks(page)).filter((x) => x.field === 'detail' && x.height > 0); return m.length ? m : undefined; }, 8_000, 'a mark in the rich detail');
    // The truth: rects of the words themselves, from a Range over the editor's own text.
    const truth = await editor.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('绝对有效');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 4);
        return Array.from(r.getClientRects()).map((x) => ({ left: x.left, top: x.top, width: x.width, height: x.height }));
      }
      return [];
    });
    expect(truth.length).toBeGreaterThan(0);
    const onWord = rich.filter((m) => truth.some((t) => Math.abs(t.left - m.left) < 1 && Math.abs(t.top - m.top) < 1 && Math.abs(t.width - m.width) < 1));
    expect(onWord.length).toBe(truth.length);
    // Every mark in the detail covers text that is a finding: none sits elsewhere.
    for (const m of rich) {
      const under = await page.evaluate(({ x, y }) => { const pos = document.caretPositionFromPoint?.(x, y); return pos ? (pos.offsetNode.textContent ?? '') : ''; }, { x: m.left + m.width / 2, y: m.top + m.height / 2 });
      expect(under.length).toBeGreaterThan(0);
    }
    expect(await editor.evaluate((el) => el.innerHTML)).toBe(before);
    expect(await editor.evaluate((el) => el.querySelector('kwaishop-copilot-editor, [data-kwaishop]'))).toBeNull();
  });
});

describe('the card', () => {
  it('opens when the pointer rests on a marked word and goes when it leaves', async () => {
    await page.goto(NEW_FORM);
    const title = page.getByRole('textbox', { name: '商品标题', exact: true });
    await title.click();
    await page.keyboard.type('夏季 全网最低价 T恤');
    const [m] = await waitFor(async () => { const x = (await marks(page)).filter((k) => k.field === 'title'); return x.length ? x : undefined; }, 5_000, 'a mark');
    await page.mouse.move(m!.left + m!.width / 2, m!.top + m!.height / 2);
    const card = page.getByRole('dialog', { name: '违禁词提示：全网最低价' });
    await card.waitFor();
    expect(await card.textContent()).toContain('改为「超值价」');
    await page.mouse.move(20, 700);
    await waitFor(async () => (await card.count()) === 0, 3_000, 'the card to close');
  });
});

describe('findings outside the form', () => {
  it('the side panel lists the form findings; choosing one selects the text in the field', async () => {
    await page.goto(NEW_FORM);
    const title = page.getByRole('textbox', { name: '商品标题', exact: true });
    await title.click();
    await page.keyboard.type('纯棉T恤 全网最低价');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'title'), 5_000, 'a mark');
    const panel = await session.extensionPage('sidepanel.html');
    const item = panel.getByRole('list', { name: '当前商品表单的违禁词' }).getByRole('button', { name: /全网最低价/ });
    await item.click();
    await waitFor(async () => title.evaluate((el: HTMLInputElement) => document.activeElement === el && el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) === '全网最低价'), 5_000, 'the term to be selected in the title');
  });

  it('a custom term added in options is marked in an already-open editor tab within a second', async () => {
    await page.goto(NEW_FORM);
    const title = page.getByRole('textbox', { name: '商品标题', exact: true });
    await title.click();
    await page.keyboard.type('山野精选 纯棉T恤');
    await page.getByRole('button', { name: /^商品标题：未发现违禁词/ }).waitFor();
    expect((await marks(page)).filter((m) => m.field === 'title')).toEqual([]);
    const options = await session.extensionPage('options.html');
    await options.getByRole('textbox', { name: '词语' }).fill('山野精选');
    await options.getByRole('button', { name: '添加' }).click();
    await options.getByRole('rowheader', { name: '山野精选' }).waitFor();
    // The bound: the open tab picks the change up within a second, with no reload.
    const [mark] = await waitFor(async () => { const m = (await marks(page)).filter((x) => x.field === 'title'); return m.length ? m : undefined; }, 1_000, 'the custom term to be marked');
    expect([mark!.start, mark!.end]).toEqual([0, 4]);
    expect(mark!.severity).toBe('high');
  });
});

describe('after an extension update', () => {
  it('tells the merchant to refresh, keeps what they typed, and leaves no stale marks', async () => {
    await page.goto(NEW_FORM);
    const title = page.getByRole('textbox', { name: '商品标题', exact: true });
    await title.click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    await waitFor(async () => (await marks(page)).length > 0, 5_000, 'a mark');
    await session.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await page.getByRole('status').filter({ hasText: '助手已更新' }).waitFor({ timeout: 10_000 });
    expect(await marks(page)).toEqual([]);
    expect(await title.inputValue()).toBe('全网最低价 纯棉T恤');
    expect((await reactState(page)).title).toBe('全网最低价 纯棉T恤');
  });
});
