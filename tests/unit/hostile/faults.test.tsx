/**
 * One test per fault of issue 16 that is this branch's (3, 4, 6, 8, 9): each failed on main.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { get } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Glance } from '@/components/Glance';
import { StoreNotices } from '@/components/StoreNotices';
import { backgroundHandlers } from '@/lib/background/handlers';
import type { BackgroundDeps } from '@/lib/background/deps';
import { assess } from '@/lib/engine/assess';
import { historyCsv } from '@/lib/engine/history-csv';
import { pageReaderFeature, RETRY_DELAYS_MS } from '@/lib/features/page-reader';
import { messages } from '@/lib/i18n';
import { safeHref } from '@/lib/links';
import { handleMessage } from '@/lib/messaging/handle';
import { formatTermList, parseTermList } from '@/lib/options/word-list-io';
import { readsOn } from '@/lib/pages/hosts';
import type { PageReading } from '@/lib/pages/page-reading';
import { DEFAULT_RULES } from '@/lib/rules';
import { db } from '@/lib/store/db';
import { listHistory } from '@/lib/store/history';
import { ownLifetime, watchLocation } from '@/entrypoints/backoffice/lifetime';
import { resetStores, RUNTIME_ID, scoreReading } from '../../support/hostile-fuzz';

const t = messages('zh');
const ENV = { runtimeId: RUNTIME_ID, origin: `chrome-extension://${RUNTIME_ID}/` };
const SCORE = 'https://s.kwaixiaodian.com/zone/experience/score';
const FORUM = 'https://edu.kwaixiaodian.com/bbs/web/article?id=7732';
const POPUP = { id: RUNTIME_ID, url: `${ENV.origin}popup.html` };
const tab = (url: string) => ({ id: RUNTIME_ID, url, tab: { id: 7, url } });

let badges: string[];
let notes: string[];
const deps: BackgroundDeps = {
  setBadge: async (b) => void badges.push(b.text),
  notify: async (title) => void notes.push(title),
  settings: async () => (await import('@/lib/store/settings')).currentSettings(),
};
const handlers = () => backgroundHandlers(deps);
const glance = async () => {
  const res = await handleMessage({ type: 'glance/get' }, POPUP, ENV, handlers());
  if (!res.ok) throw new Error(res.error.message);
  return res.data as Awaited<ReturnType<ReturnType<typeof backgroundHandlers>['glance/get']>>;
};

beforeEach(async () => {
  badges = [];
  notes = [];
  await resetStores();
});
afterEach(() => { document.body.innerHTML = ''; vi.useRealTimers(); });

describe('fault 3: only the back office is read', () => {
  it('a copy of the score layout on the learning forum does not touch the score, badge or history', async () => {
    await handleMessage({ type: 'reading/submit', reading: scoreReading() }, tab(SCORE), ENV, handlers());
    const forged = scoreReading({ url: FORUM, overall: 1.11 });
    const res = await handleMessage({ type: 'reading/submit', reading: forged }, tab(FORUM), ENV, handlers());
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await glance()).assessment?.overall.value).toBe(4.31);
    expect(badges.at(-1)).toBe('4.31');
    expect((await listHistory('7654321')).map((r) => r.overall)).toEqual([4.31]);
  });

  it('refuses a reading from the back office that names another host, and a findings report from the forum', async () => {
    const named = await handleMessage({ type: 'reading/submit', reading: scoreReading({ url: FORUM }) }, tab(SCORE), ENV, handlers());
    expect(named).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const report = { kind: 'list', url: FORUM, at: '2026-11-23T02:00:00.000Z', findings: [], flagged: [] };
    expect(await handleMessage({ type: 'page/findings', report }, tab(FORUM), ENV, handlers())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each([
    ['score', SCORE, true], ['score', FORUM, false], ['score', 'https://university.kwaixiaodian.com/kwaishop/knowledge/1', false],
    ['score', 'https://im.kwaixiaodian.com/', false], ['new-merchant', 'https://s.kwaixiaodian.com/zone/shop/newmerchant/score', true],
    ['editor', 'https://s.kwaixiaodian.com/zone/goods/config/release/add', true], ['list', 'https://learning.kwaixiaodian.com/x', false],
    ['im', 'https://im.kwaixiaodian.com/workbench', true], ['orders', 'https://s.kwaixiaodian.com/zone/order/list', true],
    ['reviews', 'https://forum.kwaixiaodian.com/', false], ['score', 'javascript:alert(1)', false],
  ] as const)('%s is read on %s: %s', (kind, url, allowed) => {
    expect(readsOn(kind, url)).toBe(allowed);
  });

  it('the page readers do not even start on the forum', () => {
    const feature = pageReaderFeature({ id: 'x', kind: 'score', urlHint: () => true, evidence: () => true, read: () => scoreReading(), worthReporting: () => true });
    expect(feature.include(new URL(FORUM))).toBe(false);
    expect(feature.include(new URL(SCORE))).toBe(true);
  });
});

describe('fault 4: the page cannot steer the extension', () => {
  function fakeContext() {
    const callbacks: (() => void)[] = [];
    return { onInvalidated: (cb: () => void) => void callbacks.push(cb), invalidate: () => callbacks.forEach((cb) => cb()) };
  }

  it('a forged "newer copy started" event does not stop the script; a real newer copy or an update does', async () => {
    vi.useFakeTimers();
    const gone: string[] = [];
    const ctx = fakeContext();
    const lifetime = ownLifetime(ctx, (r) => gone.push(r), () => true);
    ctx.invalidate(); // what WXT does on the page's forged CustomEvent
    await vi.advanceTimersByTimeAsync(10);
    expect(lifetime.aborted).toBe(false);

    const ctx2 = fakeContext();
    ownLifetime(ctx2, () => undefined, () => true); // a real newer copy starts in our isolated world
    ctx.invalidate();
    await vi.advanceTimersByTimeAsync(10);
    expect(lifetime.aborted).toBe(true);
    expect(gone).toEqual(['superseded']);

    let alive = true;
    const ctx3 = fakeContext();
    const third = ownLifetime(ctx3, (r) => gone.push(r), () => alive, 1_000);
    alive = false; // the extension was updated
    await vi.advanceTimersByTimeAsync(1_100);
    expect(third.aborted).toBe(true);
    expect(gone.at(-1)).toBe('runtime-gone');
  });

  it('navigation comes from location: forged events with or without a URL change nothing', async () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = new AbortController();
    watchLocation(window, (u) => seen.push(u.pathname), stop.signal, 500);
    window.dispatchEvent(new Event(`${RUNTIME_ID}:backoffice:wxt:locationchange`));
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toEqual([]);
    history.pushState({}, '', '/zone/experience/score');
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toEqual(['/zone/experience/score']);
    stop.abort();
  });
});

describe('fault 6: at-least-once submission', () => {
  function runReader(submit: (r: PageReading) => Promise<void>) {
    const stop = new AbortController();
    const doc = document.implementation.createHTMLDocument('score');
    const feature = pageReaderFeature({ id: 'score-page', kind: 'score', urlHint: () => true, evidence: () => true, read: () => scoreReading(), worthReporting: () => true });
    void feature.init({ url: new URL(SCORE), document: doc, signal: stop.signal, submit });
    return { stop, doc };
  }

  it('retries a reading that got no answer, unchanged, until the worker answers', async () => {
    vi.useFakeTimers();
    const sent: PageReading[] = [];
    let fail = 2;
    const { stop } = runReader(async (r) => {
      sent.push(r);
      if (fail-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] + RETRY_DELAYS_MS[1] + 100);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((r) => JSON.stringify(r))).size).toBe(1); // the same reading, same time: the worker dedupes it
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(3); // answered: not sent again
    stop.abort();
  });

  it('gives up after a bounded number of tries, and does not retry a typed rejection', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const { stop } = runReader(async () => { calls++; throw new Error('no answer'); });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toBe(RETRY_DELAYS_MS.length + 1);
    stop.abort();
    let rejected = 0;
    const second = runReader(async () => { rejected++; throw Object.assign(new Error('forbidden'), { code: 'forbidden' }); });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(rejected).toBe(1);
    second.stop.abort();
  });

  it('the worker saves a retried reading once and alerts once', async () => {
    await handleMessage({ type: 'reading/submit', reading: scoreReading({ readAt: '2026-11-21T02:00:00.000Z', overall: 4.6, dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.6 }] }) }, tab(SCORE), ENV, handlers());
    const drop = scoreReading({ dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.2 }] });
    expect(await handleMessage({ type: 'reading/submit', reading: drop }, tab(SCORE), ENV, handlers())).toMatchObject({ ok: true });
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    for (let i = 0; i < 3; i++) expect(await handleMessage({ type: 'reading/submit', reading: drop }, tab(SCORE), ENV, handlers())).toMatchObject({ ok: true, data: { accepted: true } });
    expect(puts).not.toHaveBeenCalled(); // the retries were answered from the fingerprint, not written again
    expect(notes).toHaveLength(1);
  });

  it('never reports a saved reading as failed', async () => {
    const broken: BackgroundDeps = { ...deps, setBadge: async () => { throw new Error('action API gone'); } };
    const res = await handleMessage({ type: 'reading/submit', reading: scoreReading() }, tab(SCORE), ENV, backgroundHandlers(broken));
    expect(res).toMatchObject({ ok: true, data: { accepted: true } });
    expect((await glance()).assessment?.overall.value).toBe(4.31);
  });

  it('the popup says when the newest reading could not be saved, until a later one is', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => { throw new DOMException('disk full', 'QuotaExceededError'); });
    const res = await handleMessage({ type: 'reading/submit', reading: scoreReading() }, tab(SCORE), ENV, handlers());
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    put.mockRestore();
    const g = await glance();
    expect(g.notices).toMatchObject([{ kind: 'reading-unsaved', readingKind: 'score' }]);
    const el = document.body.appendChild(document.createElement('div'));
    render(<StoreNotices notices={g.notices} t={t} onAck={() => undefined} />, el);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('最新的读取结果（s.kwaixiaodian.com/zone/experience/score）没能保存');
    await handleMessage({ type: 'reading/submit', reading: scoreReading({ readAt: '2026-11-23T03:00:00.000Z' }) }, tab(SCORE), ENV, handlers());
    expect((await glance()).notices).toEqual([]);
  });
});

describe('fault 8: storage that heals and tells', () => {
  it('a missing object store is recreated: the popup answers and the next reading is saved', async () => {
    await handleMessage({ type: 'reading/submit', reading: scoreReading() }, tab(SCORE), ENV, handlers());
    const v = await new Promise<number>((resolve) => { const r = indexedDB.open('kwaishop-copilot'); r.onsuccess = () => { resolve(r.result.version); r.result.close(); }; });
    await new Promise<void>((resolve) => {
      const r = indexedDB.open('kwaishop-copilot', v + 1);
      r.onupgradeneeded = () => r.result.deleteObjectStore('kv');
      r.onsuccess = () => { r.result.close(); resolve(); };
    });
    const g = await glance();
    expect(g.notices.map((n) => n.kind)).toEqual(['store-rebuilt']);
    await handleMessage({ type: 'reading/submit', reading: scoreReading({ overall: 4.4, readAt: '2026-11-23T04:00:00.000Z' }) }, tab(SCORE), ENV, handlers());
    expect((await glance()).assessment?.overall.value).toBe(4.4);
  });

  it('a corrupt latest record is set aside and told in popup and panel until acknowledged', async () => {
    await handleMessage({ type: 'reading/submit', reading: scoreReading() }, tab(SCORE), ENV, handlers());
    const { set } = await import('idb-keyval');
    await set('score/latest', { kind: 'score', overall: 'garbage' }, db());
    const g = await glance();
    expect(g.notices).toMatchObject([{ kind: 'record-set-aside', key: 'score/latest' }]);
    const panel = await handleMessage({ type: 'panel/get' }, POPUP, ENV, handlers());
    expect(panel.ok && (panel.data as { notices: unknown[] }).notices).toHaveLength(1);
    expect(await get('score/latest', db())).toBeUndefined();
    const { entries } = await import('idb-keyval');
    expect((await entries(db())).some(([k, v]) => Array.isArray(k) && k[0] === 'set-aside' && (v as { overall?: unknown }).overall === 'garbage')).toBe(true);
    expect((await glance()).notices).toHaveLength(1); // still there on the next open
    await handleMessage({ type: 'notices/ack', id: g.notices[0]!.id }, POPUP, ENV, handlers());
    expect((await glance()).notices).toEqual([]);
  });

  it('corrupt settings are told in the popup and the panel, not only in options', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 2, thresholds: { healthLine: 'high' } } });
    const g = await glance();
    expect(g.notices).toMatchObject([{ kind: 'settings-reset' }]);
    const panel = await handleMessage({ type: 'panel/get' }, POPUP, ENV, handlers());
    expect(panel.ok && (panel.data as { notices: { kind: string }[] }).notices.map((n) => n.kind)).toEqual(['settings-reset']);
  });

  it('a content script cannot acknowledge notices', async () => {
    expect(await handleMessage({ type: 'notices/ack', id: 'x' }, tab(SCORE), ENV, handlers())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('fault 9: safe exports and links', () => {
  const HOSTILE = ['=1+1', '+1', '-1+2', '@SUM(A1)', '＝1+1', ' =1+1', '\t=1', '=HYPERLINK("http://x")'];

  it('every exported cell is neutralised the same way, in the word list and the history', () => {
    const tsv = formatTermList(HOSTILE.map((term, i) => ({ term: term.trim() || `x${i}`, severity: 'high', reason: term })));
    const cells = tsv.trim().split('\n').slice(1).flatMap((line) => line.split('\t'));
    for (const cell of cells) expect(cell).not.toMatch(/^\s*[=+\-@＝]/);
    const csv = historyCsv(HOSTILE.map((name, i) => ({ day: `2026-11-${10 + i}`, shopId: '1', shopName: name, overall: 4.3, dimensions: {} })) as never, new Map());
    const csvNames = csv.replace('\ufeff', '').trim().split('\r\n').slice(1).map((row) => row.split(',')[2]!.replace(/^"|"$/g, ''));
    for (const name of csvNames) expect(name).toMatch(/^'/);
  });

  it('a neutralised word list imports back to the same words', () => {
    const terms = [{ term: '=1+1', severity: 'high' as const }, { term: '-50%', severity: 'low' as const, reason: '@所有人' }];
    const back = parseTermList(formatTermList(terms));
    expect(back).toEqual({ ok: true, value: terms });
  });

  it.each([
    ['javascript:alert(1)', null], ['JaVaScRiPt:alert(1)', null], ['data:text/html,x', null], ['https://evil.example/', null],
    ['https://s.kwaixiaodian.com.evil.example/', null], ['https://user:pw@s.kwaixiaodian.com/', null], ['ftp://s.kwaixiaodian.com/', null],
    ['https://s.kwaixiaodian.com/zone/experience/score', 'https://s.kwaixiaodian.com/zone/experience/score'],
    ['http://s.kwaixiaodian.com/zone/goods?id=1', 'https://s.kwaixiaodian.com/zone/goods?id=1'],
    ['https://edu.kwaixiaodian.com/bbs/web/article?id=1', 'https://edu.kwaixiaodian.com/bbs/web/article?id=1'],
  ])('%s links as %s', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });

  it('a javascript: URL in a reading is shown as text, not a link', () => {
    const a = assess(scoreReading({ url: 'javascript:alert(document.cookie)' }), DEFAULT_RULES, { healthLine: 4.5 });
    const el = document.body.appendChild(document.createElement('div'));
    render(<Glance glance={{ assessment: a, attempt: null, newMerchant: null }} t={t} now={Date.parse(a.readAt)} />, el);
    expect([...el.querySelectorAll('a')].map((x) => x.getAttribute('href'))).not.toContainEqual(expect.stringMatching(/^javascript:/i));
  });
});
