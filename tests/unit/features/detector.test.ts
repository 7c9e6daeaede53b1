import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachChunk } from '@/lib/features/attach-chunk';
import { CHUNK_NAMES, chunksFor, type ChunkName } from '@/lib/features/chunks';
import { DEBOUNCE_MS, HOST_KEY, startDetector, WATCH_MS, type HostGlobal } from '@/lib/features/detector';
import type { Feature } from '@/lib/features/registry';
import type { PageKind } from '@/lib/pages/hosts';
import { detectKinds, KIND_DETECTORS } from '@/lib/pages/kinds/detectors';
import { ROUTES } from '../../demo/server';
import { ZOO, zooPageNames } from '../../fixtures/zoo';
import { fixtureDocument, htmlDocument } from '../helpers';

/** Zoo kind → the page kind the detector names (lib/pages/hosts.ts). */
const ZOO_KIND: Record<string, PageKind> = {
  score: 'score', 'new-merchant': 'new-merchant', 'product-list': 'list', 'product-form': 'editor', orders: 'orders', 'after-sales': 'after-sales', im: 'im', reviews: 'reviews',
};
/**
 * Kinds a page of another kind may also be: the 新商体验分 module sits in the 体验分 pages and
 * names 体验分 itself (the score chunk reports only what it can read as a score page: worthReporting in lib/features/score-page.ts).
 */
const ALSO: Partial<Record<PageKind, PageKind[]>> = { 'new-merchant': ['score'] };
const only = (kinds: PageKind[], kind: PageKind) => kinds.filter((k) => !(ALSO[kind] ?? []).includes(k));
/** A back-office route that hints at no kind: only the page's own labels can tell. */
const NEUTRAL = new URL('https://s.kwaixiaodian.com/zone/workbench');
/** The workbench lives on its own host (lib/pages/hosts.ts); a route there that hints at nothing. */
const IM_NEUTRAL = new URL('https://im.kwaixiaodian.com/chat');

describe('the always-on detector recognises each page kind on every zoo layout, by its labels alone', () => {
  it('knows every zoo kind', () => {
    expect(Object.keys(ZOO).sort()).toEqual(Object.keys(ZOO_KIND).sort());
  });
  for (const kind of Object.keys(ZOO)) {
    for (const name of zooPageNames(kind)) {
      it(`${name} is a ${ZOO_KIND[kind]} page`, async () => {
        // Exactly this kind: an order list's 商品信息 column must not load the product-list markers too.
        expect(only(detectKinds(kind === 'im' ? IM_NEUTRAL : NEUTRAL, await fixtureDocument(name)), ZOO_KIND[kind]!)).toEqual([ZOO_KIND[kind]]);
      });
    }
  }

  // The demo product form and list are apps (their scripts do not run here): their routes tell.
  it.each(Object.entries(ROUTES).filter(([, name]) => name !== 'home'))('the demo page at %s (%s) is recognised', async (path, name) => {
    const expected: Record<string, PageKind> = { 'score-five': 'score', 'score-three': 'score', 'new-merchant': 'new-merchant', 'product-list': 'list', 'product-new': 'editor', 'product-old': 'editor' };
    const zooKind = Object.keys(ZOO_KIND).find((k) => name.startsWith(`zoo-${k}-`));
    const want = (expected[name] ?? (zooKind ? ZOO_KIND[zooKind] : undefined))!;
    const host = want === 'im' ? 'im.kwaixiaodian.com' : 's.kwaixiaodian.com';
    const url = new URL(`https://${host}${path}${path.endsWith('/detail') ? '?itemId=20261118764' : ''}`);
    expect(only(detectKinds(url, await fixtureDocument(name)), want)).toEqual([want]);
  });

  it('finds nothing on the back-office home page, whose menu names every page', async () => {
    expect(detectKinds(new URL('https://s.kwaixiaodian.com/zone/home'), await fixtureDocument('home'))).toEqual([]);
  });

  it('finds nothing on the public learning site, even on a copy of the score page', async () => {
    const doc = await fixtureDocument('score-three');
    expect(detectKinds(new URL('https://edu.kwaixiaodian.com/zone/experience/score'), doc)).toEqual([]);
  });

  it('takes a route hint before the page has rendered anything', () => {
    const empty = htmlDocument('<div id="root"></div>');
    expect(detectKinds(new URL('https://s.kwaixiaodian.com/zone/experience/score'), empty)).toEqual(['score']);
    expect(detectKinds(new URL('https://s.kwaixiaodian.com/zone/goods/v1/list'), empty)).toEqual(['list']);
    expect(detectKinds(NEUTRAL, empty)).toEqual([]);
  });

  it('every kind it recognises and every chunk row agree: no chunk waits on a kind nobody detects', () => {
    for (const name of CHUNK_NAMES.filter((n) => n !== 'capture')) {
      expect(Object.keys(KIND_DETECTORS).some((kind) => chunksFor(kind as PageKind).includes(name))).toBe(true);
    }
  });
});

/** A fake back-office window: a location the test moves, and a document it fills. */
function harness(path = '/zone/experience/score', body = '') {
  const doc = htmlDocument(body);
  const loc = { href: `https://s.kwaixiaodian.com${path}` };
  const win = { location: loc } as unknown as Window;
  const lifetime = new AbortController();
  const g = {} as HostGlobal;
  const requests: ChunkName[][] = [];
  const detector = startDetector({
    win, doc, lifetime: lifetime.signal, detectors: KIND_DETECTORS, detect: detectKinds, g,
    submit: async () => undefined,
    request: async (chunks) => { requests.push(chunks); },
  });
  const go = (next: string) => { loc.href = `https://s.kwaixiaodian.com${next}`; detector.navigate(new URL(loc.href)); };
  return { doc, win, lifetime, g, requests, detector, go };
}

/** A feature that records its runs and whether its signal was left running. */
function probe(id: string) {
  const runs: AbortSignal[] = [];
  const feature: Feature = { id, include: () => true, init: ({ signal }) => { runs.push(signal); } };
  return { feature, runs };
}

afterEach(() => { vi.useRealTimers(); });

describe('feature chunks on demand', () => {
  it('asks for the score chunk once on the score page, runs it when it attaches, and never asks again in this document', () => {
    const h = harness();
    h.go('/zone/experience/score');
    expect(h.requests).toEqual([['score']]);
    const score = probe('score');
    attachChunk('score', { features: [score.feature] }, h.g);
    expect(score.runs).toHaveLength(1);
    // Injected twice anyway: the second copy attaches nothing and runs nothing.
    attachChunk('score', { features: [probe('again').feature] }, h.g);
    expect(score.runs).toHaveLength(1);
    // Away and back (SPA): the loaded chunk runs again with a fresh signal; nothing is injected again.
    h.go('/zone/home');
    expect(score.runs[0]!.aborted).toBe(true);
    h.go('/zone/experience/score');
    expect(h.requests).toEqual([['score']]);
    expect(score.runs).toHaveLength(2);
    expect(score.runs[1]!.aborted).toBe(false);
  });

  it('asks for nothing on a page that is no target, and stops watching it after a while', () => {
    vi.useFakeTimers();
    const h = harness('/zone/home');
    h.go('/zone/home');
    expect(h.requests).toEqual([]);
    expect(h.detector.state.watching).toBe(true);
    vi.advanceTimersByTime(WATCH_MS + 1);
    expect(h.detector.state.watching).toBe(false);
  });

  it('finds a page whose content arrives late with its one shared watcher, debounced', async () => {
    vi.useFakeTimers();
    const h = harness('/zone/workbench');
    h.go('/zone/workbench');
    expect(h.requests).toEqual([]);
    const block = h.doc.createElement('section');
    block.innerHTML = '<h2>新商体验分</h2><p>92</p>';
    h.doc.body.append(block);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(h.requests).toEqual([['new-merchant']]);
  });

  it('leaves no watcher and no running feature behind when it is torn down', async () => {
    vi.useFakeTimers();
    const h = harness('/zone/workbench');
    h.go('/zone/workbench');
    expect(h.detector.state.watching).toBe(true);
    h.go('/zone/experience/score');
    const score = probe('score');
    attachChunk('score', { features: [score.feature] }, h.g);
    h.lifetime.abort('runtime-gone');
    expect(h.detector.state.watching).toBe(false);
    expect(score.runs[0]!.aborted).toBe(true);
    expect(h.g[HOST_KEY]).toBeUndefined();
    // A change after teardown wakes nothing.
    h.doc.body.append(Object.assign(h.doc.createElement('p'), { textContent: '新商体验分' }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 10);
    expect(h.requests).toEqual([['score']]);
  });

  it('asks again after a failed injection, at the next look', () => {
    const doc = htmlDocument('');
    const loc = { href: 'https://s.kwaixiaodian.com/zone/experience/score' };
    let fail = true;
    const asked: ChunkName[][] = [];
    const detector = startDetector({
      win: { location: loc } as unknown as Window, doc, lifetime: new AbortController().signal, detectors: KIND_DETECTORS, detect: detectKinds, g: {} as HostGlobal,
      submit: async () => undefined,
      request: (chunks) => { asked.push(chunks); return fail ? Promise.reject(new Error('worker asleep')) : Promise.resolve(); },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    detector.navigate(new URL(loc.href));
    return Promise.resolve().then(() => new Promise((r) => setTimeout(r, 0))).then(() => {
      fail = false;
      detector.navigate(new URL(loc.href));
      expect(asked).toEqual([['score'], ['score']]);
    });
  });

  it('loads the capture chunk only when the popup asks for a capture', async () => {
    const h = harness('/zone/home');
    h.go('/zone/home');
    const pending = h.detector.capture();
    expect(h.requests).toEqual([['capture']]);
    attachChunk('capture', { capture: (_doc, url) => ({ page: url.href }) }, h.g);
    expect(await pending).toEqual({ page: 'https://s.kwaixiaodian.com/zone/home' });
    expect(await h.detector.capture()).toEqual({ page: 'https://s.kwaixiaodian.com/zone/home' });
    expect(h.requests).toEqual([['capture']]);
  });
});
