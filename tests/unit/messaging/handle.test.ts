import type { ChunkName } from '@/lib/features/chunks';
import { buildQueue, emptyQueueState } from '@/lib/engine/queue';
import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type Handlers } from '@/lib/messaging/handle';
import { reading } from '../factories';

const env = { runtimeId: 'ext-id', origin: 'chrome-extension://ext-id/' };
const content = { id: 'ext-id', url: 'https://s.kwaixiaodian.com/zone/experience/score', tab: { id: 3 } };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

function handlers(): Handlers {
  return {
    'reading/submit': vi.fn(async () => ({ accepted: true as const, status: 'ok' as const })),
    'glance/get': vi.fn(async () => ({ assessment: null, attempt: null, newMerchant: null, notices: [] })),
    'settings/page': vi.fn(async () => ({ language: 'zh' as const, editor: { offHosts: [], snoozeUntil: 0 } })),
    'notices/ack': vi.fn(async () => ({ acknowledged: true as const })),
    'queue/get': vi.fn(async () => ({ queue: buildQueue(emptyQueueState(), new Date('2026-12-02T09:00:00Z')) })),
    'panel/get': vi.fn(async () => { throw new Error('not used here'); }),
    'history/clear': vi.fn(async () => ({ cleared: true as const })),
    'lint/request': vi.fn(async () => ({ findings: [] })),
    'lint/batch': vi.fn(async () => ({ results: [] })),
    'words/ignore': vi.fn(async () => ({ saved: true as const })),
    'words/allow': vi.fn(async () => ({ saved: true as const })),
    'page/findings': vi.fn(async () => ({ saved: true as const })),
    'page/findings/get': vi.fn(async () => ({ reports: [] })),
    'chunk/inject': vi.fn(async (r: { chunks: ChunkName[] }) => ({ injected: r.chunks })),
  };
}

describe('handleMessage', () => {
  it('accepts a valid reading from our content script on the back office', async () => {
    const h = handlers();
    const res = await handleMessage({ type: 'reading/submit', reading: reading() }, content, env, h);
    expect(res).toEqual({ ok: true, data: { accepted: true, status: 'ok' } });
    expect(h['reading/submit']).toHaveBeenCalledOnce();
  });

  it.each([
    ['another extension', { ...content, id: 'other' }],
    ['a content script on another site', { ...content, url: 'https://evil.example/kwaixiaodian.com' }],
    ['a look-alike host', { ...content, url: 'https://kwaixiaodian.com.evil.example/' }],
    ['no url', { id: 'ext-id' }],
  ])('rejects %s', async (_, sender) => {
    const h = handlers();
    const res = await handleMessage({ type: 'reading/submit', reading: reading() }, sender, env, h);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h['reading/submit']).not.toHaveBeenCalled();
  });

  it('does not let a content script ask for stored data', async () => {
    const res = await handleMessage({ type: 'glance/get' }, content, env, handlers());
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps a malformed reading that names its page as that page\'s unreadable reading, saying what failed', async () => {
    const h = handlers();
    const bad = { type: 'reading/submit', reading: { ...reading(), overall: 'NaN' } };
    const res = await handleMessage(bad, content, env, h);
    expect(res.ok).toBe(true);
    const passed = vi.mocked(h['reading/submit']).mock.calls[0]![0].reading;
    expect(passed).toMatchObject({ kind: 'score', status: 'unreadable', overall: null, problems: ['读取结果不完整：overall'] });
  });

  it('rejects a reading that does not say which page it is from, and calls nothing', async () => {
    const h = handlers();
    const res = await handleMessage({ type: 'reading/submit', reading: { ...reading(), readAt: 'yesterday' } }, content, env, h);
    expect(res).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!res.ok && res.error.message).toContain('readAt');
    expect(h['reading/submit']).not.toHaveBeenCalled();
  });

  it('reports a failing handler as an internal error instead of throwing', async () => {
    const h = handlers();
    h['glance/get'] = async () => { throw new Error('disk full'); };
    const res = await handleMessage({ type: 'glance/get' }, page, env, h);
    expect(res).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk full') } });
  });
});
