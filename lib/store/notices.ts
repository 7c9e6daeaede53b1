import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Things the merchant must be told about storage, kept until acknowledged in the popup or the
 * side panel: a stored record that failed its schema and was moved aside, settings reset to
 * defaults, a reading that could not be saved, a local database rebuilt. In storage.local, not
 * IndexedDB, so a broken database can still be reported.
 */
const KEY = 'notices';
const MAX = 20;

const base = { id: z.string().max(40), at: z.string().datetime() };
export const noticeSchema = z.discriminatedUnion('kind', [
  /** A stored record failed its schema: it is kept under `asideKey`, out of every view. */
  z.object({ ...base, kind: z.literal('record-set-aside'), key: z.string().max(200), problem: z.string().max(300) }),
  z.object({ ...base, kind: z.literal('settings-reset'), problem: z.string().max(300) }),
  /** The newest reading of this kind could not be saved; cleared when a later one is. */
  z.object({ ...base, kind: z.literal('reading-unsaved'), readingKind: z.enum(['score', 'new-merchant', 'orders', 'after-sales', 'im', 'reviews']), url: z.string().max(2000), problem: z.string().max(300) }),
  /** The local database had lost its table and was rebuilt (anything in it was already gone). */
  z.object({ ...base, kind: z.literal('store-rebuilt') }),
]);
export type Notice = z.infer<typeof noticeSchema>;
type NewNotice = Notice extends infer N ? (N extends Notice ? Omit<N, 'id' | 'at'> : never) : never;

// One read-modify-write at a time: concurrent saves in the worker must not drop each other's notices.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

async function read(): Promise<Notice[]> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(raw)) return [];
  // A damaged entry of the list itself is dropped alone; the others stay.
  return raw.flatMap((n) => { const p = noticeSchema.safeParse(n); return p.success ? [p.data] : []; });
}

/** What a notice is about: a newer notice about the same thing replaces the older one. */
function subject(n: NewNotice | Notice): string {
  if (n.kind === 'record-set-aside') return `${n.kind}:${n.key}`;
  if (n.kind === 'reading-unsaved') return `${n.kind}:${n.readingKind}`;
  return n.kind;
}

export function addNotice(notice: NewNotice, now = new Date()): Promise<Notice> {
  return serial(async () => {
    const full = noticeSchema.parse({ ...notice, id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, at: now.toISOString() });
    const list = (await read()).filter((n) => subject(n) !== subject(full));
    await browser.storage.local.set({ [KEY]: [...list, full].slice(-MAX) });
    return full;
  });
}

export function listNotices(): Promise<Notice[]> {
  return serial(read);
}

/** The merchant has read it. Unknown ids are fine (already acknowledged in another view). */
export function ackNotice(id: string): Promise<void> {
  return serial(async () => {
    const list = await read();
    if (list.some((n) => n.id === id)) await browser.storage.local.set({ [KEY]: list.filter((n) => n.id !== id) });
  });
}

/** Drops notices that no longer hold (e.g. "could not be saved" once a later reading was). */
export function resolveNotices(match: (n: Notice) => boolean): Promise<void> {
  return serial(async () => {
    const list = await read();
    if (list.some(match)) await browser.storage.local.set({ [KEY]: list.filter((n) => !match(n)) });
  });
}
