import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ignoreForProduct, lintForm, migrateLegacyIgnores } from '@/lib/background/lint';
import type { BackgroundDeps } from '@/lib/background/deps';
import { currentSettings } from '@/lib/store/settings';
import { createErrorSink } from '@/lib/features/error-sink';
import { marksPaused } from '@/lib/features/editor-lint';

beforeEach(() => fakeBrowser.reset());

const deps: BackgroundDeps = { setBadge: async () => undefined, notify: async () => undefined, settings: currentSettings };
const request = { title: '全网最低价 纯棉T恤' };
const words = async (productKey: string) => (await lintForm(request, productKey, deps)).filter((f) => f.start !== f.end).map((f) => f.text);

describe('ignores where they belong', () => {
  it('keeps an ignore to the saved product it was made on', async () => {
    await ignoreForProduct('item:20261118764', '全网最低价', deps);
    expect(await words('item:20261118764')).not.toContain('全网最低价');
    expect(await words('item:20260000001')).toContain('全网最低价');
    expect((await currentSettings()).editor.ignored).toEqual({ 'item:20261118764': ['全网最低价'] });
  });

  it('never stores an ignore for a new product, so the next new product starts clean', async () => {
    await ignoreForProduct('new:/zone/goods/nexus/self/release/add', '全网最低价', deps);
    expect((await currentSettings()).editor.ignored).toEqual({});
    expect(await words('new:/zone/goods/nexus/self/release/add')).toContain('全网最低价');
  });

  it('moves old per-product ignores into settings and drops the shared new-product list', async () => {
    await fakeBrowser.storage.local.set({
      'ignored/item:20261118764': ['绝对有效'],
      'ignored/new:/zone/goods/nexus/self/release/add': ['全网最低价'],
      'ignored/item:42': 'not a list',
    });
    expect(await migrateLegacyIgnores(deps)).toBe(1);
    expect((await currentSettings()).editor.ignored).toEqual({ 'item:20261118764': ['绝对有效'] });
    const left = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('ignored/'));
    expect(left).toEqual([]);
    expect(await migrateLegacyIgnores(deps)).toBe(0); // once
  });
});

describe('per-site on/off and snooze', () => {
  const editor = (over: object) => ({ editor: { ignored: {}, offHosts: [], snoozeUntil: 0, ...over } });
  it('pauses marks on a host switched off, and during a snooze only', () => {
    expect(marksPaused(editor({}), 's.kwaixiaodian.com', 1000)).toBe(false);
    expect(marksPaused(editor({ offHosts: ['s.kwaixiaodian.com'] }), 's.kwaixiaodian.com', 1000)).toBe(true);
    expect(marksPaused(editor({ offHosts: ['s.kwaixiaodian.com'] }), 'other.kwaixiaodian.com', 1000)).toBe(false);
    expect(marksPaused(editor({ snoozeUntil: 2000 }), 's.kwaixiaodian.com', 1000)).toBe(true);
    expect(marksPaused(editor({ snoozeUntil: 2000 }), 's.kwaixiaodian.com', 2001)).toBe(false);
  });
});

describe('the content-side error sink', () => {
  it('names the feature, and tells a dead extension context once, with the refresh notice', () => {
    const lines: string[] = [];
    let dead = 0;
    const sink = createErrorSink(document, { log: (l) => lines.push(l), onDead: () => dead++ });
    sink('editor-lint', new Error('boom'));
    expect(lines).toEqual(['[kwaishop-copilot] editor-lint:']);
    sink('editor-lint', new Error('Extension context invalidated.'));
    sink('editor-lint', new Error('Extension context invalidated.'));
    expect(dead).toBe(1);
    expect(document.querySelectorAll('kwaishop-copilot-notice')).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });
});
