/**
 * Hostile messages and storage corruptions (issue 16), seeded, run through the worker's real
 * message path (lib/messaging/handle.ts + lib/background/handlers.ts) on fake-indexeddb and
 * WXT's fake browser. Shared by the unit suite (which asserts the violations are zero) and
 * `npm run bench` (which prints the figures). The caller installs fake-indexeddb and the fake
 * browser before importing this module.
 */
import { clear, del, entries, get, set } from 'idb-keyval';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundDeps } from '../../lib/background/deps';
import { getGlance } from '../../lib/background/glance';
import { backgroundHandlers } from '../../lib/background/handlers';
import { handleMessage } from '../../lib/messaging/handle';
import { envelopeSchema } from '../../lib/messaging/protocol';
import type { SenderLike } from '../../lib/messaging/sender';
import type { PageReading } from '../../lib/pages/page-reading';
import type { ScoreReading } from '../../lib/pages/reading';
import { db } from '../../lib/store/db';
import { listNotices } from '../../lib/store/notices';
import { currentSettings, DEFAULT_SETTINGS } from '../../lib/store/settings';
import { prng } from './prng';

export const RUNTIME_ID = 'ext-id';
const ENV = { runtimeId: RUNTIME_ID, origin: `chrome-extension://${RUNTIME_ID}/` };
const BACK_OFFICE = 'https://s.kwaixiaodian.com';

export function scoreReading(over: Partial<ScoreReading> = {}): ScoreReading {
  return {
    kind: 'score', generation: 'three', status: 'ok', url: `${BACK_OFFICE}/zone/experience/score`,
    readAt: '2026-11-23T02:00:00.000Z', shop: { id: '7654321', name: '小林鲜果' }, overall: 4.31,
    dimensions: [{ id: 'goods-exp', label: '商品体验', score: 4.21 }, { id: 'logistics-exp', label: '物流体验', score: 4.36 }, { id: 'aftersale-svc', label: '售后服务', score: 4.62 }],
    indicators: [{ id: 'quality-refund-rate', label: '商品品质退款率', dimensionId: 'goods-exp', score: 4.1, value: 0.85, unit: 'percent', raw: '0.85%', gate: null }],
    partners: [], period: null, unreadDimensions: [], missing: [], problems: [],
    ...over,
  };
}

function nmReading(url = `${BACK_OFFICE}/zone/shop/newmerchant/score`): PageReading {
  return { kind: 'new-merchant', status: 'ok', url, readAt: '2026-11-23T02:00:00.000Z', shop: { id: '7654321', name: '小林鲜果' }, score: 4.4, shopAgeDays: 20, validOrders: 12, phase: null, tasks: [], coreIndicators: [], missing: [], problems: [] };
}

function findings(url = `${BACK_OFFICE}/zone/goods/v1/list`, kind: 'editor' | 'list' = 'list') {
  return { kind, url, at: '2026-11-23T02:00:00.000Z', findings: [], flagged: [{ id: '1001', title: '全网最低价 苹果', count: 1, worst: '全网最低价', severity: 'high' as const, editUrl: `${BACK_OFFICE}/zone/goods/config/release/detail?id=1001` }] };
}

const content = (url: string, tabUrl: string | undefined = url): SenderLike => ({ id: RUNTIME_ID, url, tab: { id: 7, ...(tabUrl ? { url: tabUrl } : {}) } });
const SCORE_PAGE = `${BACK_OFFICE}/zone/experience/score`;
const OK_CONTENT = content(SCORE_PAGE);
const EXTENSION: SenderLike = { id: RUNTIME_ID, url: `${ENV.origin}popup.html` };

/** Senders no request is taken from. */
const FOREIGN_SENDERS: readonly [string, SenderLike][] = [
  ['another extension', { ...OK_CONTENT, id: 'other-ext' }],
  ['no id', { url: SCORE_PAGE, tab: { id: 7 } }],
  ['no url', { id: RUNTIME_ID, tab: { id: 7 } }],
  ['a web page', content('https://evil.example/kwaixiaodian.com')],
  ['a look-alike host', content('https://s.kwaixiaodian.com.evil.example/zone/experience/score')],
  ['a javascript: url', content('javascript:alert(1)')],
  ['a data: url', content('data:text/html,<b>4.31</b>')],
  ['a file', content('file:///home/x/score.html')],
  ['a malformed url', content('https://[::1')],
];

/** Back-office hosts where no page is read: a copy of the score layout there is not the merchant's. */
const PUBLIC_HOSTS = ['https://edu.kwaixiaodian.com/bbs/web/article?id=7732', 'https://university.kwaixiaodian.com/kwaishop/knowledge/1429', 'https://learning.kwaixiaodian.com/course/1', 'https://forum.kwaixiaodian.com/t/1', 'https://kwaixiaodian.com/', 'https://im.kwaixiaodian.com/workbench'];

type Expect = 'reject' | 'accept' | 'unreadable';
interface Case { family: string; message: unknown; sender: SenderLike; expect: Expect }

/**
 * Readings broken in one known way each. One that still says which page it is from and when is
 * kept as that page's unreadable attempt, naming what failed (the merchant is told; the last good
 * reading stays); one that does not is refused.
 */
const BROKEN_READINGS: readonly [string, (r: ScoreReading) => unknown, Expect][] = [
  ['overall NaN', (r) => ({ ...r, overall: Number.NaN }), 'unreadable'],
  ['overall Infinity', (r) => ({ ...r, overall: Number.POSITIVE_INFINITY }), 'unreadable'],
  ['overall 9', (r) => ({ ...r, overall: 9 }), 'unreadable'],
  ['overall -1', (r) => ({ ...r, overall: -1 }), 'unreadable'],
  ['overall as text', (r) => ({ ...r, overall: '4.31' }), 'unreadable'],
  ['value Infinity', (r) => ({ ...r, indicators: [{ ...r.indicators[0]!, value: Number.NEGATIVE_INFINITY }] }), 'unreadable'],
  ['value NaN', (r) => ({ ...r, indicators: [{ ...r.indicators[0]!, value: Number.NaN }] }), 'unreadable'],
  ['bad time', (r) => ({ ...r, readAt: 'yesterday' }), 'reject'],
  ['unknown kind', (r) => ({ ...r, kind: 'orders' }), 'unreadable'],
  ['unknown status', (r) => ({ ...r, status: 'great' }), 'unreadable'],
  ['61 indicators', (r) => ({ ...r, indicators: Array.from({ length: 61 }, () => r.indicators[0]) }), 'unreadable'],
  ['21 dimensions', (r) => ({ ...r, dimensions: Array.from({ length: 21 }, () => r.dimensions[0]) }), 'unreadable'],
  ['161-character problem', (r) => ({ ...r, problems: ['问'.repeat(161)] }), 'unreadable'],
  ['81-character shop name', (r) => ({ ...r, shop: { id: '1', name: '店'.repeat(81) } }), 'unreadable'],
  ['2001-character url', (r) => ({ ...r, url: `${SCORE_PAGE}?${'a'.repeat(2001)}` }), 'unreadable'],
  ['no shop', (r) => { const { shop: _, ...rest } = r; return rest; }, 'unreadable'],
  ['dimensions not a list', (r) => ({ ...r, dimensions: { 0: r.dimensions[0] } }), 'unreadable'],
  ['null reading', () => null, 'reject'],
];

/** Readings from our script on the back office that name another page's URL. */
const FOREIGN_URLS = [...PUBLIC_HOSTS, 'https://evil.example/', 'javascript:alert(document.domain)', 'http://s.kwaixiaodian.com/zone/experience/score', 'https://s.kwaixiaodian.com:8443/zone/experience/score', 'not a url'];

const NOT_REQUESTS: unknown[] = [null, undefined, 42, 'reading/submit', [], [{ type: 'glance/get' }], {}, { type: 'unknown' }, { type: 'reading/submit' }, { type: 'GLANCE/GET' }, { type: ['glance/get'] }, { type: 'lint/batch', items: Array.from({ length: 201 }, (_, i) => ({ id: String(i), title: 't' })) }, { type: 'words/allow', term: '' }, { type: 'words/allow', term: 'x'.repeat(65) }, { type: 'notices/ack', id: 'x'.repeat(41) }];

const CONTENT_FORBIDDEN = [{ type: 'glance/get' }, { type: 'panel/get' }, { type: 'history/clear' }, { type: 'page/findings/get' }, { type: 'notices/ack', id: 'n1' }];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** `count` hostile messages (and a few good ones as controls), the same for a given seed. */
export function hostileMessages(seed: number, count: number): Case[] {
  const rand = prng(seed);
  const validFor: (() => { message: unknown; sender: SenderLike })[] = [
    () => ({ message: { type: 'reading/submit', reading: scoreReading() }, sender: OK_CONTENT }),
    () => ({ message: { type: 'reading/submit', reading: nmReading() }, sender: content(`${BACK_OFFICE}/zone/shop/newmerchant/score`) }),
    () => ({ message: { type: 'page/findings', report: findings() }, sender: content(`${BACK_OFFICE}/zone/goods/v1/list`) }),
    () => ({ message: { type: 'lint/request', request: { title: '全网最低价' }, productKey: 'p1' }, sender: OK_CONTENT }),
  ];
  const families: (() => Case)[] = [
    () => ({ family: 'foreign sender', ...pick(rand, validFor)(), sender: pick(rand, FOREIGN_SENDERS)[1], expect: 'reject' }),
    () => {
      const host = pick(rand, PUBLIC_HOSTS);
      return { family: 'public host', message: { type: 'reading/submit', reading: scoreReading({ url: host }) }, sender: content(host), expect: 'reject' };
    },
    () => {
      const host = pick(rand, PUBLIC_HOSTS);
      return { family: 'public host', message: { type: 'page/findings', report: findings(host, rand() < 0.5 ? 'list' : 'editor') }, sender: content(host), expect: 'reject' };
    },
    // The frame is on the back office but the tab is not (an embedded copy), or the other way round.
    () => ({ family: 'public host', message: { type: 'reading/submit', reading: scoreReading() }, sender: content(SCORE_PAGE, pick(rand, PUBLIC_HOSTS)), expect: 'reject' }),
    () => ({ family: 'claims another url', message: { type: 'reading/submit', reading: scoreReading({ url: pick(rand, FOREIGN_URLS) }) }, sender: OK_CONTENT, expect: 'reject' }),
    // An extension page has no page of its own; the URL it names must still be one that is read.
    () => ({ family: 'claims another url', message: { type: 'reading/submit', reading: scoreReading({ url: pick(rand, FOREIGN_URLS.filter((u) => !u.includes('s.kwaixiaodian.com'))) }) }, sender: EXTENSION, expect: 'reject' }),
    () => ({ family: 'claims another url', message: { type: 'page/findings', report: findings(pick(rand, FOREIGN_URLS)) }, sender: content(`${BACK_OFFICE}/zone/goods/v1/list`), expect: 'reject' }),
    () => {
      const [, mutate, expect] = pick(rand, BROKEN_READINGS);
      return { family: 'broken reading', message: { type: 'reading/submit', reading: mutate(scoreReading({ readAt: new Date(Date.UTC(2026, 10, 1 + Math.floor(rand() * 20))).toISOString() })) }, sender: OK_CONTENT, expect };
    },
    () => ({ family: 'not a request', message: pick(rand, NOT_REQUESTS), sender: rand() < 0.5 ? OK_CONTENT : EXTENSION, expect: 'reject' }),
    () => ({ family: 'not for content scripts', message: pick(rand, CONTENT_FORBIDDEN), sender: OK_CONTENT, expect: 'reject' }),
    // Keys the schema does not know, prototype tricks and deep junk: stripped, the reading taken.
    () => {
      const extra = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "onclick": "alert(1)"}') as object;
      let deep: unknown = 'x';
      for (let i = 0; i < 2_000; i++) deep = { deep };
      return { family: 'unknown keys', message: { type: 'reading/submit', reading: { ...scoreReading({ readAt: new Date(Date.UTC(2026, 10, 1 + Math.floor(rand() * 20), 3)).toISOString() }), ...extra, deep }, deep }, sender: OK_CONTENT, expect: 'accept' };
    },
    () => ({ family: 'control', ...pick(rand, validFor)(), expect: 'accept' }),
  ];
  return Array.from({ length: count }, () => pick(rand, families)());
}

async function snapshot(): Promise<string> {
  const idb = (await entries(db())).map(([k, v]) => [k, v]);
  const local = await fakeBrowser.storage.local.get(null);
  const session = await fakeBrowser.storage.session.get(null);
  return JSON.stringify({ idb, local, session });
}

export function fuzzDeps(): BackgroundDeps {
  return { setBadge: async () => undefined, notify: async () => undefined, settings: currentSettings };
}

export async function resetStores(): Promise<void> {
  fakeBrowser.reset();
  await clear(db());
}

export interface MessageFigures {
  sent: number;
  mustReject: number;
  rejectedTyped: number;
  /** Must-reject messages answered with anything but a typed rejection. */
  answeredOtherwise: number;
  /** Messages rejected whose arrival still changed IndexedDB or extension storage. */
  writesByRejected: number;
  throws: number;
  accepted: number;
  /** Broken readings that still name their page, kept as its unreadable attempt. */
  keptUnreadable: number;
  /** Good messages (controls, stripped unknown keys) that were refused. */
  goodRefused: number;
  /** Unknown keys that reached storage, or Object.prototype polluted. */
  leaks: number;
  failures: string[];
}

export async function runHostileMessages(seed: number, count: number): Promise<MessageFigures> {
  await resetStores();
  const handlers = backgroundHandlers(fuzzDeps());
  const f: MessageFigures = { sent: 0, mustReject: 0, rejectedTyped: 0, answeredOtherwise: 0, writesByRejected: 0, throws: 0, accepted: 0, keptUnreadable: 0, goodRefused: 0, leaks: 0, failures: [] };
  for (const c of hostileMessages(seed, count)) {
    f.sent++;
    const before = await snapshot();
    const latestBefore = JSON.stringify(await get('score/latest', db()));
    let answer: unknown;
    try {
      answer = await handleMessage(c.message, c.sender, ENV, handlers);
    } catch (error) {
      f.throws++;
      f.failures.push(`${c.family}: threw ${String(error)}`);
      continue;
    }
    const envelope = envelopeSchema.safeParse(answer);
    if (c.expect === 'reject') {
      f.mustReject++;
      if (envelope.success && !envelope.data.ok) f.rejectedTyped++;
      else { f.answeredOtherwise++; f.failures.push(`${c.family}: answered ${JSON.stringify(answer).slice(0, 120)}`); }
      if ((await snapshot()) !== before) { f.writesByRejected++; f.failures.push(`${c.family}: wrote to storage`); }
    } else if (c.expect === 'unreadable') {
      // Kept as the page's unreadable attempt: answered, told as unreadable, the last good score untouched.
      f.keptUnreadable++;
      const status = envelope.success && envelope.data.ok ? (envelope.data.data as { status?: unknown }).status : null;
      if (status !== 'unreadable') f.failures.push(`${c.family}: answered ${JSON.stringify(answer).slice(0, 160)}`);
      if (JSON.stringify(await get('score/latest', db())) !== latestBefore) f.failures.push(`${c.family}: replaced the last good score`);
    } else if (envelope.success && envelope.data.ok) {
      f.accepted++;
    } else {
      f.goodRefused++;
      f.failures.push(`${c.family}: refused ${JSON.stringify(answer).slice(0, 200)}`);
    }
  }
  const stored = JSON.stringify(await get('score/latest', db())) ?? '';
  if (/polluted|onclick|"deep"/.test(stored) || ({} as { polluted?: unknown }).polluted !== undefined) { f.leaks++; f.failures.push('unknown keys reached storage'); }
  return f;
}

// ---------------------------------------------------------------- storage corruptions

interface Corruption {
  name: string;
  apply: () => Promise<void>;
  /** Must the merchant be told (a notice in popup and panel)? */
  told: boolean;
}

/** Deletes the object store under the worker's feet, as a half-copied profile leaves it. */
async function dropObjectStore(): Promise<void> {
  const current = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('kwaishop-copilot');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const version = current.version;
  current.close();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('kwaishop-copilot', version + 1);
    req.onupgradeneeded = () => { if (req.result.objectStoreNames.contains('kv')) req.result.deleteObjectStore('kv'); };
    req.onsuccess = () => { req.result.close(); resolve(); };
    req.onerror = () => reject(req.error);
  });
}

const good = scoreReading();
const STORAGE: readonly Corruption[] = [
  { name: 'object store missing', apply: dropObjectStore, told: true },
  { name: 'latest: a string', apply: () => set('score/latest', 'garbage', db()), told: true },
  { name: 'latest: a number', apply: () => set('score/latest', 42, db()), told: true },
  { name: 'latest: an array', apply: () => set('score/latest', [good], db()), told: true },
  { name: 'latest: score out of range', apply: () => set('score/latest', { ...good, overall: 9 }, db()), told: true },
  { name: 'latest: missing fields', apply: () => set('score/latest', { kind: 'score', overall: 4.31 }, db()), told: true },
  { name: 'attempt: wrong kind', apply: () => set('score/attempt', { ...good, kind: 'orders' }, db()), told: true },
  { name: 'new-merchant latest: garbage', apply: () => set('nm/latest', { kind: 'new-merchant', score: 'high' }, db()), told: true },
  { name: 'history day: broken', apply: () => set(['score/history', '7654321', '2026-11-20'], { ...good, readAt: 'x' }, db()), told: true },
  { name: 'fingerprint: not a string', apply: () => set('score/fingerprint', { evil: true }, db()), told: false },
  { name: 'settings: a string', apply: () => fakeBrowser.storage.local.set({ settings: 'garbage' }), told: true },
  { name: 'settings: a number', apply: () => fakeBrowser.storage.local.set({ settings: 42 }), told: true },
  { name: 'settings: wrong type inside', apply: () => fakeBrowser.storage.local.set({ settings: { version: 2, thresholds: { healthLine: 'high' } } }), told: true },
  { name: 'settings: line out of range', apply: () => fakeBrowser.storage.local.set({ settings: { version: 2, thresholds: { healthLine: 9 } } }), told: true },
  { name: 'settings: future version', apply: () => fakeBrowser.storage.local.set({ settings: { version: 99 } }), told: true },
  { name: 'settings: broken v1', apply: () => fakeBrowser.storage.local.set({ settings: { version: 1, healthLine: 'x' } }), told: true },
  { name: 'settings: an array', apply: () => fakeBrowser.storage.local.set({ settings: [DEFAULT_SETTINGS] }), told: true },
  { name: 'notices: not a list', apply: () => fakeBrowser.storage.local.set({ notices: 'x' }), told: false },
  { name: 'notices: a broken entry', apply: () => fakeBrowser.storage.local.set({ notices: [{ kind: 'record-set-aside' }] }), told: false },
  { name: 'ignored words: not a list', apply: () => fakeBrowser.storage.local.set({ 'ignored/p1': 'x' }), told: false },
  { name: 'weekly marks: a number', apply: () => fakeBrowser.storage.local.set({ 'weekly/2026-W48': 7 }), told: false },
  { name: 'page findings: garbage', apply: () => fakeBrowser.storage.session.set({ 'page-findings': { 7: { kind: 'list', url: 'javascript:alert(1)' } } }), told: false },
  { name: 'page findings: a string', apply: () => fakeBrowser.storage.session.set({ 'page-findings': 'x' }), told: false },
  { name: 'set-aside key collides', apply: async () => { await set(['set-aside', 'score/latest', 'x'], 'old', db()); await set('score/latest', 'garbage', db()); }, told: true },
];

export interface StorageFigures {
  cases: number;
  /** Every view answered, a new reading was saved and shown afterwards. */
  healed: number;
  /** Cases that must be told and left a notice the popup and panel show. */
  told: number;
  mustTell: number;
  throws: number;
  failures: string[];
}

/** Each corruption on a store holding a good reading; then what the merchant does next. */
export async function runStorageCorruptions(seed: number): Promise<StorageFigures> {
  const rand = prng(seed);
  const order = [...STORAGE].sort(() => rand() - 0.5);
  const f: StorageFigures = { cases: 0, healed: 0, told: 0, mustTell: 0, throws: 0, failures: [] };
  for (const c of order) {
    f.cases++;
    try {
      await resetStores();
      const handlers = backgroundHandlers(fuzzDeps());
      const OK = { id: RUNTIME_ID, url: SCORE_PAGE, tab: { id: 7, url: SCORE_PAGE } };
      await handleMessage({ type: 'reading/submit', reading: scoreReading({ readAt: '2026-11-20T02:00:00.000Z' }) }, OK, ENV, handlers);
      await c.apply();
      // Popup and panel open first, then the merchant reloads the score page.
      const glance = await handleMessage({ type: 'glance/get' }, EXTENSION, ENV, handlers);
      const panel = await handleMessage({ type: 'panel/get' }, EXTENSION, ENV, handlers);
      await handleMessage({ type: 'page/findings/get' }, EXTENSION, ENV, handlers);
      await handleMessage({ type: 'lint/request', request: { title: '全网最低价' }, productKey: 'p1' }, OK, ENV, handlers);
      const submit = await handleMessage({ type: 'reading/submit', reading: scoreReading({ overall: 4.4, readAt: '2026-11-23T05:00:00.000Z' }) }, OK, ENV, handlers);
      const after = await getGlance(await currentSettings());
      const answered = [glance, panel, submit].every((e) => e.ok);
      if (answered && after.assessment?.overall.value === 4.4) f.healed++;
      else f.failures.push(`${c.name}: not healed (${JSON.stringify([glance, panel, submit].filter((e) => !e.ok)).slice(0, 200)})`);
      if (c.told) {
        f.mustTell++;
        const notices = await listNotices();
        // A damaged history day is found by the panel (the popup never reads history): the popup opened next shows it.
        const again = await handleMessage({ type: 'glance/get' }, EXTENSION, ENV, handlers);
        const inGlance = again.ok && (again.data as { notices: unknown[] }).notices.length > 0;
        const inPanel = panel.ok && (panel.data as { notices: unknown[] }).notices.length > 0;
        if (notices.length > 0 && inGlance && inPanel) f.told++;
        else f.failures.push(`${c.name}: not told (glance ${inGlance}, panel ${inPanel})`);
      }
    } catch (error) {
      f.throws++;
      f.failures.push(`${c.name}: threw ${String(error)}`);
    }
  }
  await del('score/latest', db()).catch(() => undefined);
  return f;
}
