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
    // The badge redraws after its lint settles: wait until it and the page's own counter agree, then they must.
    const agree = async () => {
      const count = (await page.getByTestId('title-count').textContent())!.trim();
      return ((await badge.getAttribute('aria-label')) ?? '').includes(`字数 ${count}`);
    };
    await waitFor(agree, 5_000, 'the badge to count the title as the page does').catch(() => undefined);
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

// ── Issue 12: the six faults a new merchant met, each shown gone in the React title and the
// Quill 图文详情 editor. ───────────────────────────────────────────────────────────────────

const SAVED_FORM = `${BACK_OFFICE}/zone/goods/config/release/detail?itemId=20261118764`;
const titleBox = (p: Page) => p.getByRole('textbox', { name: '商品标题', exact: true });
const richBox = (p: Page) => p.getByRole('textbox', { name: '图文详情' });
const quillText = async (p: Page) => (await p.getByTestId('quill-text').textContent()) ?? '';

/** Types at the end of the Quill editor, as the merchant would. */
async function typeInRich(p: Page, text: string): Promise<void> {
  const rich = richBox(p);
  await rich.click();
  await p.keyboard.press('Control+End');
  await p.keyboard.type(text);
}

/** The manifest shortcut (Alt+J): the worker sends the active tab what its onCommand sends. */
async function shortcut(): Promise<void> {
  await session.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'editor/card-at-caret' });
  });
}

const activeIs = (l: Locator) => l.evaluate((el) => document.activeElement === el || el.contains(document.activeElement));
const ADVICE = /删除该|写明|改为具体|可证实|如有认证/;

describe('issue 12: fixes are real words, and the card names the field', () => {
  it('React title: 国家级产品 offers 优质产品 and 删除此词, never advice, and says 商品标题', async () => {
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('是国家级产品 纯棉T恤');
    await page.getByRole('button', { name: /^商品标题：高风险/ }).click();
    const card = page.getByRole('dialog', { name: '违禁词提示：国家级产品' });
    expect(await card.textContent()).toContain('在「商品标题」中');
    const names = await card.getByRole('button').allTextContents();
    expect(names).toContain('改为「优质产品」');
    expect(names).toContain('删除此词');
    for (const n of names.filter((x) => x.startsWith('改为'))) expect(n).not.toMatch(ADVICE);
    await card.getByRole('button', { name: '改为「优质产品」' }).click();
    await waitFor(async () => (await reactState(page)).title === '是优质产品 纯棉T恤', 5_000, 'the fix in React state');
    expect((await reactState(page)).title).not.toMatch(ADVICE);
  });

  it('Quill detail: 删除此词 removes the word and writes nothing else; the card says 图文详情', async () => {
    await page.goto(NEW_FORM);
    await richBox(page).waitFor();
    await typeInRich(page, '本品是国家级产品');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'detail'), 5_000, 'a mark in the detail');
    await page.waitForTimeout(300);
    await shortcut();
    const card = page.getByRole('dialog', { name: '违禁词提示：国家级产品' });
    await card.waitFor();
    expect(await card.textContent()).toContain('在「图文详情」中');
    await card.getByRole('button', { name: '删除此词' }).click();
    await waitFor(async () => (await quillText(page)).includes('本品是') && !(await quillText(page)).includes('国家级'), 5_000, 'the word deleted in Quill');
    expect(await quillText(page)).not.toMatch(ADVICE);
    expect(await activeIs(richBox(page))).toBe(true);
  });
});

describe('issue 12: a card left open keeps working after other edits', () => {
  it('React title: edit another field, then the open card still fixes the title and focus returns to it', async () => {
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    await page.getByRole('button', { name: /^商品标题：高风险 1/ }).click();
    const card = page.getByRole('dialog', { name: '违禁词提示：全网最低价' });
    await card.waitFor();
    await page.getByRole('textbox', { name: '短标题', exact: true }).fill('夏季T恤');
    await page.waitForTimeout(700); // several re-checks made new finding objects
    await card.getByRole('button', { name: '改为「超值价」' }).click();
    await waitFor(async () => (await reactState(page)).title === '超值价 纯棉T恤', 5_000, 'the fix after another edit');
    expect(await activeIs(titleBox(page))).toBe(true);
    expect(await titleBox(page).evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(3);
  });

  it('Quill detail: edit the title, then the open card still fixes the detail and focus returns to it', async () => {
    await page.goto(NEW_FORM);
    await richBox(page).waitFor();
    await typeInRich(page, '全网最低价');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'detail'), 5_000, 'a mark in the detail');
    await page.waitForTimeout(300);
    await shortcut();
    const card = page.getByRole('dialog', { name: '违禁词提示：全网最低价' });
    await card.waitFor();
    await titleBox(page).fill('夏季新款 纯棉T恤');
    await page.waitForTimeout(700);
    await card.getByRole('button', { name: '改为「超值价」' }).click();
    await waitFor(async () => (await quillText(page)).includes('超值价') && !(await quillText(page)).includes('全网最低价'), 5_000, 'the fix in Quill');
    expect(await activeIs(richBox(page))).toBe(true);
  });
});

describe('issue 12: ignores stay where they belong', () => {
  it('a new product’s ignore lasts only while its form is open', async () => {
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 T恤');
    await page.getByRole('button', { name: /^商品标题：高风险 1/ }).click();
    await page.getByRole('dialog', { name: '违禁词提示：全网最低价' }).getByRole('button', { name: '本次编辑忽略' }).click();
    await waitFor(async () => !(await marks(page)).some((m) => m.field === 'title'), 5_000, 'the ignored word unmarked');
    expect(await activeIs(titleBox(page))).toBe(true);
    // The next new product starts clean, in the title and in the Quill detail.
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 T恤');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'title'), 5_000, 'the word marked on the next new product');
    await typeInRich(page, '全网最低价');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'detail'), 5_000, 'and in its detail');
  });

  it('a saved product’s ignore is listed in options and undoing it brings the mark back (Quill detail)', async () => {
    await page.goto(SAVED_FORM);
    await richBox(page).waitFor();
    await richBox(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const detailMarks = await waitFor(async () => { const m = (await marks(page)).filter((x) => x.field === 'detail'); return m.length ? m : undefined; }, 8_000, 'detail marks');
    const m = detailMarks[0]!;
    await page.mouse.move(m.left + m.width / 2, m.top + m.height / 2);
    const card = page.getByRole('dialog', { name: /^违禁词提示：/ });
    await card.waitFor();
    const word = (await card.getAttribute('aria-label'))!.replace('违禁词提示：', '');
    await card.getByRole('button', { name: '本商品忽略' }).click();
    const count = detailMarks.length;
    await waitFor(async () => (await marks(page)).filter((x) => x.field === 'detail').length < count, 5_000, 'the ignored word unmarked');
    const options = await session.extensionPage('options.html');
    const undo = options.getByRole('list', { name: '商品 20261118764' }).getByRole('button', { name: `撤销「${word}」` });
    await undo.click();
    await options.getByRole('status').filter({ hasText: `已撤销「${word}」` }).waitFor();
    await page.bringToFront();
    await waitFor(async () => (await marks(page)).filter((x) => x.field === 'detail').length >= count, 5_000, 'the mark back after undo');
  });
});

describe('issue 12: marks stay out of the page’s way', () => {
  it('the title badge does not repeat or cover the page’s own counter', async () => {
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    const badge = page.getByRole('button', { name: /^商品标题：高风险 1/ });
    await badge.waitFor();
    const counter = page.getByTestId('title-count');
    expect(await badge.textContent()).not.toContain('/60');
    // The badge follows the typing a check later than the page's own counter does.
    await waitFor(async () => (await badge.getAttribute('aria-label'))!.includes(`字数 ${(await counter.textContent())!.trim()}`), 5_000, 'the badge naming the page’s count');
    const b = (await badge.boundingBox())!;
    const c = (await counter.boundingBox())!;
    expect(b.x < c.x + c.width && b.x + b.width > c.x && b.y < c.y + c.height && b.y + b.height > c.y).toBe(false);
  });

  it('a page dropdown over the title and the Quill detail hides their marks; they return when it closes', async () => {
    await page.setViewportSize({ width: 1280, height: 1600 }); // both fields on screen at once
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    await typeInRich(page, '全网最低价');
    await waitFor(async () => { const m = await marks(page); return m.some((x) => x.field === 'title') && m.some((x) => x.field === 'detail'); }, 5_000, 'marks in both');
    // An antd-like dropdown (z-index 1050, appended to body) covering both fields.
    await page.evaluate(() => {
      const cover = (el: Element, id: string) => {
        const r = el.getBoundingClientRect();
        const d = document.createElement('div');
        d.id = id;
        d.setAttribute('role', 'listbox');
        Object.assign(d.style, { position: 'fixed', left: `${r.left - 4}px`, top: `${r.top - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px`, zIndex: '1050', background: '#fff' });
        document.body.append(d);
      };
      cover(document.querySelector('input#title')!, 'dd-title');
      cover(document.querySelector('.ql-editor')!, 'dd-rich');
    });
    await page.mouse.click(5, 5);
    await waitFor(async () => (await marks(page)).every((x) => x.field !== 'title' && x.field !== 'detail' || x.height === 0), 5_000, 'marks hidden under the dropdown');
    expect(await page.getByRole('button', { name: /^商品标题：/ }).count()).toBe(0);
    await page.evaluate(() => { document.getElementById('dd-title')?.remove(); document.getElementById('dd-rich')?.remove(); });
    await page.mouse.click(5, 5);
    await waitFor(async () => { const m = await marks(page); return m.some((x) => x.field === 'title') && m.some((x) => x.field === 'detail'); }, 5_000, 'marks back');
  });

  it('a title scrolled out of view has no badge stuck to the window top; the Quill detail’s marks stay inside the window', async () => {
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    await page.getByRole('button', { name: /^商品标题：高风险 1/ }).waitFor();
    await richBox(page).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.evaluate(() => window.scrollBy(0, 400));
    await waitFor(async () => (await titleBox(page).boundingBox())!.y + 40 < 0, 3_000, 'the title above the window');
    await waitFor(async () => (await page.getByRole('button', { name: /^商品标题：/ }).count()) === 0, 3_000, 'no title badge');
    for (const m of await marks(page)) {
      expect(m.top).toBeGreaterThanOrEqual(0);
      expect(m.top + m.height).toBeLessThanOrEqual(860);
    }
  });
});

describe('issue 12: long details — only what is on screen is drawn', () => {
  it('a 20,000-character detail draws only visible marks, in the plain detail and in Quill', async () => {
    await page.goto(NEW_FORM);
    const parts = ['这款纯棉T恤面料柔软透气，', '全网最低价限时抢购，', '适合夏季日常穿着。'];
    let long = '';
    for (let i = 0; long.length < 20_000; i++) long += parts[i % parts.length];
    long = long.slice(0, 20_000);
    const findingsInText = long.split('全网最低价').length - 1;
    await page.getByRole('textbox', { name: '商品详情', exact: true }).fill(long);
    await page.getByRole('textbox', { name: '商品详情', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const plain = await waitFor(async () => { const m = (await marks(page)).filter((x) => x.field === 'detail'); return m.length ? m : undefined; }, 8_000, 'marks in the long detail');
    expect(plain.length).toBeLessThan(findingsInText / 5);
    await richBox(page).evaluate((el, text) => { el.innerHTML = text.match(/.{1,200}/g)!.map((p) => `<p>${p}</p>`).join(''); }, long);
    await richBox(page).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(800);
    const box = (await richBox(page).boundingBox())!;
    const rich = await waitFor(async () => { const m = (await marks(page)).filter((x) => x.field === 'detail' && x.top >= box.y - 1 && x.top <= box.y + box.height); return m.length ? m : undefined; }, 8_000, 'marks in the long Quill detail');
    expect(rich.length).toBeLessThan(findingsInText / 5);
    for (const m of await marks(page)) { expect(m.top).toBeGreaterThanOrEqual(0); expect(m.top).toBeLessThanOrEqual(860); }
  });
});

describe('issue 12: keyboard', () => {
  it('React title: the shortcut opens the card at the caret, Tab stays in it, Escape returns to the word', async () => {
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'title'), 5_000, 'a mark');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await shortcut();
    const card = page.getByRole('dialog', { name: '违禁词提示：全网最低价' });
    await card.waitFor();
    const buttons = await card.getByRole('button').count();
    const focused = () => page.evaluate(() => (document.querySelector('kwaishop-copilot-editor')!.shadowRoot!.activeElement as HTMLElement | null)?.textContent ?? '');
    const first = await focused();
    expect(first).toBe('改为「超值价」');
    for (let i = 0; i < buttons; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(first); // round the card and back, never out of it
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('关闭');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await card.count()) === 0, 3_000, 'the card to close');
    expect(await activeIs(titleBox(page))).toBe(true);
    expect(await titleBox(page).evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(5);
  });

  it('Quill detail: the shortcut opens the card, Escape returns focus to the editor', async () => {
    await page.goto(NEW_FORM);
    await richBox(page).waitFor();
    await typeInRich(page, '全网最低价');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'detail'), 5_000, 'a mark in the detail');
    await page.waitForTimeout(300);
    await shortcut();
    const card = page.getByRole('dialog', { name: '违禁词提示：全网最低价' });
    await card.waitFor();
    await page.keyboard.press('Escape');
    await waitFor(async () => (await card.count()) === 0, 3_000, 'the card to close');
    expect(await activeIs(richBox(page))).toBe(true);
  });

  it('the manifest declares the shortcut', async () => {
    const manifest = await session.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { commands?: Record<string, { suggested_key?: { default?: string } }> } } } }).chrome.runtime.getManifest());
    expect(manifest.commands?.['editor-card-at-caret']?.suggested_key?.default).toBe('Alt+J');
  });
});

describe('issue 16 item 7: leaving the form', () => {
  it('SPA navigation away from the form removes the overlay and the side panel stops listing its findings', async () => {
    await page.goto(NEW_FORM);
    await titleBox(page).click();
    await page.keyboard.type('全网最低价 纯棉T恤');
    await waitFor(async () => (await marks(page)).some((m) => m.field === 'title'), 5_000, 'a mark');
    await page.evaluate(() => { history.pushState({}, '', '/zone/score/shop'); document.querySelector('#product-form-root')?.remove(); });
    await waitFor(async () => (await page.evaluate(() => document.querySelector('kwaishop-copilot-editor'))) === null, 5_000, 'the overlay gone');
    const panel = await session.extensionPage('sidepanel.html');
    await panel.waitForTimeout(500);
    expect(await panel.getByRole('list', { name: '当前商品表单的违禁词' }).count()).toBe(0);
  });
});
