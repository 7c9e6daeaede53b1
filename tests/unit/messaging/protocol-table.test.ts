import { describe, expect, it, vi } from 'vitest';
import { CHUNK_NAMES } from '@/lib/features/chunks';
import { handleMessage, type Handlers } from '@/lib/messaging/handle';
import { ALLOWED, PROTOCOL, requestSchema, responseSchemas, type RequestType } from '@/lib/messaging/protocol';
import { backgroundHandlers } from '@/lib/background/handlers';
import type { BackgroundDeps } from '@/lib/background/deps';
import { currentSettings } from '@/lib/store/settings';

const env = { runtimeId: 'ext-id', origin: 'chrome-extension://ext-id/' };
const content = { id: 'ext-id', url: 'https://s.kwaixiaodian.com/zone/experience/score', frameId: 0, tab: { id: 7, url: 'https://s.kwaixiaodian.com/zone/experience/score' } };
const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const TYPES = Object.keys(PROTOCOL) as RequestType[];

function deps(inject = vi.fn(async () => undefined)): BackgroundDeps & { injectScripts: typeof inject } {
  return { setBadge: async () => undefined, notify: async () => undefined, settings: currentSettings, injectScripts: inject };
}

describe('one protocol table: request union, answers and senders all come from its rows', () => {
  it('every row is a request type the worker parses, with its answer schema', () => {
    for (const type of TYPES) {
      expect(responseSchemas[type]).toBe(PROTOCOL[type].response);
      // A request carrying only its type parses exactly when the row has no required fields.
      const shape = PROTOCOL[type].request as Record<string, unknown>;
      expect(requestSchema.safeParse({ type }).success).toBe(Object.keys(shape).length === 0);
    }
    expect(requestSchema.safeParse({ type: 'nope/unknown' }).success).toBe(false);
  });

  it('the senders each type allows are exactly its row\'s', () => {
    for (const type of TYPES) {
      expect(ALLOWED.content.includes(type)).toBe((PROTOCOL[type].from as readonly string[]).includes('content'));
      expect(ALLOWED.extension.includes(type)).toBe((PROTOCOL[type].from as readonly string[]).includes('extension'));
    }
  });

  it('a content script cannot send an extension-only request, and an extension page cannot send a content-only one', async () => {
    const h = backgroundHandlers(deps());
    for (const type of TYPES.filter((t) => !ALLOWED.content.includes(t))) {
      const res = await handleMessage({ type }, content, env, h);
      // Either it does not parse (fields missing) or it is forbidden: it is never run.
      expect(res.ok).toBe(false);
    }
    for (const type of ['glance/get', 'panel/get', 'history/clear', 'page/findings/get'] as const) {
      expect(await handleMessage({ type }, content, env, h)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handleMessage({ type: 'chunk/inject', chunks: ['score'] }, extensionPage, env, h)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('the worker checks its own answers: one that does not fit the protocol is an internal error, never sent as data', async () => {
    const h = backgroundHandlers(deps());
    const broken: Handlers = { ...h, 'history/clear': async () => ({ cleared: 'yes' }) as never };
    expect(await handleMessage({ type: 'history/clear' }, extensionPage, env, broken)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('chunk/inject: the detector asks, the worker decides', () => {
  it('injects the named chunks into the sending frame of the sending tab', async () => {
    const inject = vi.fn(async () => undefined);
    const res = await handleMessage({ type: 'chunk/inject', chunks: ['score', 'score'] }, { ...content, frameId: 3 }, env, backgroundHandlers(deps(inject)));
    expect(res).toEqual({ ok: true, data: { injected: ['score'] } });
    expect(inject).toHaveBeenCalledExactlyOnceWith({ tabId: 7, frameId: 3 }, ['/chunk-score.js']);
  });

  it.each([
    ['a name outside the fixed list', { type: 'chunk/inject', chunks: ['../../evil'] }, 'bad-request'],
    ['a path instead of a name', { type: 'chunk/inject', chunks: ['/chunk-score.js'] }, 'bad-request'],
    ['no chunk at all', { type: 'chunk/inject', chunks: [] }, 'bad-request'],
    ['more names than there are chunks', { type: 'chunk/inject', chunks: [...CHUNK_NAMES, 'score'] }, 'bad-request'],
  ])('rejects %s', async (_, message, code) => {
    const inject = vi.fn(async () => undefined);
    expect(await handleMessage(message, content, env, backgroundHandlers(deps(inject)))).toMatchObject({ ok: false, error: { code } });
    expect(inject).not.toHaveBeenCalled();
  });

  it.each([
    ['a frame on another site inside a back-office tab', { ...content, url: 'https://ads.example.com/frame' }],
    ['a back-office frame inside a tab on another site', { ...content, tab: { id: 7, url: 'https://evil.example/' } }],
    ['a sender that is no tab', { id: 'ext-id', url: 'https://s.kwaixiaodian.com/zone/home' }],
  ])('does not inject for %s', async (_, sender) => {
    const inject = vi.fn(async () => undefined);
    const res = await handleMessage({ type: 'chunk/inject', chunks: ['score'] }, sender, env, backgroundHandlers(deps(inject)));
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects on any back-office host, the IM workbench included', async () => {
    const inject = vi.fn(async () => undefined);
    const sender = { ...content, url: 'https://im.kwaixiaodian.com/workbench', tab: { id: 7, url: 'https://im.kwaixiaodian.com/workbench' } };
    expect(await handleMessage({ type: 'chunk/inject', chunks: ['capture'] }, sender, env, backgroundHandlers(deps(inject)))).toMatchObject({ ok: true });
  });
});

describe('settings/page: what a page feature is told of the settings', () => {
  it('gives the merchant\'s language, marks-off hosts and snooze, and nothing else of the settings', async () => {
    const settings = { ...(await currentSettings()), language: 'en' as const };
    settings.editor = { ignored: { 'item:123456': ['最好'] }, offHosts: ['s.kwaixiaodian.com'], snoozeUntil: 1_800_000_000_000 };
    settings.words = { ...settings.words, userTerms: [{ term: '秘方', severity: 'high' }] } as typeof settings.words;
    const res = await handleMessage({ type: 'settings/page' }, content, env, backgroundHandlers({ ...deps(), settings: async () => settings }));
    expect(res).toEqual({ ok: true, data: { language: 'en', editor: { offHosts: ['s.kwaixiaodian.com'], snoozeUntil: 1_800_000_000_000 } } });
  });

  it('is for content scripts only', async () => {
    expect(await handleMessage({ type: 'settings/page' }, extensionPage, env, backgroundHandlers(deps()))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
