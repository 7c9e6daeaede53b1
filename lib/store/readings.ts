import { get, setMany } from 'idb-keyval';
import type { z } from 'zod';
import { shopKeyOf } from '../engine/assess';
import { newMerchantReadingSchema, type NewMerchantReading } from '../pages/new-merchant-reading';
import type { PageReading } from '../pages/page-reading';
import { scoreReadingSchema, type ScoreReading } from '../pages/reading';
import { db } from './db';
import { dayOf } from './day';
import { parseStored } from './set-aside';

const KEYS = {
  score: { latest: 'score/latest', attempt: 'score/attempt', fingerprint: 'score/fingerprint' },
  'new-merchant': { latest: 'nm/latest', attempt: 'nm/attempt', fingerprint: 'nm/fingerprint' },
  // The work-queue pages keep no reading of their own: what they showed is merged into the
  // queue (lib/store/queue.ts), saved in the same write as their fingerprint.
  orders: { latest: null, attempt: null, fingerprint: 'orders/fingerprint' },
  'after-sales': { latest: null, attempt: null, fingerprint: 'after-sales/fingerprint' },
  im: { latest: null, attempt: null, fingerprint: 'im/fingerprint' },
  reviews: { latest: null, attempt: null, fingerprint: 'reviews/fingerprint' },
} as const satisfies Record<PageReading['kind'], { latest: string | null; attempt: string | null; fingerprint: string }>;

/** Keys in sorted order, so the same reading always gives the same text whatever built it. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The identity of one submission: the whole reading, its time included. A content script
 * retrying a reading whose answer it never got sends the very same one; a fresh read of an
 * unchanged page an hour later is a new reading (it moves "read at" and today's history row).
 */
export function readingFingerprint(reading: PageReading): string {
  const text = stable(reading);
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${reading.kind}:${text.length}:${h1.toString(36)}${h2.toString(36)}`;
}

/** Was exactly this reading saved already (the last one of its kind)? */
export async function alreadySaved(reading: PageReading): Promise<boolean> {
  return (await get(KEYS[reading.kind].fingerprint, db())) === readingFingerprint(reading);
}

/**
 * Persists a reading before the worker answers (the worker may be stopped right after).
 * `attempt` is the last thing read, good or not; `latest` the last readable one, so an
 * unreadable page never wipes a good score. Score pages also keep one reading per shop and day.
 * `alongside`: records written in the same transaction (the queue a list page's read changed).
 */
export async function saveReading(reading: PageReading, alongside: ReadonlyArray<[IDBValidKey, unknown]> = []): Promise<void> {
  const keys = KEYS[reading.kind];
  const entries: [IDBValidKey, unknown][] = [[keys.fingerprint, readingFingerprint(reading)], ...alongside];
  if (keys.attempt) entries.push([keys.attempt, reading]);
  if (reading.status !== 'unreadable' && keys.latest) {
    entries.push([keys.latest, reading]);
    if (reading.kind === 'score') entries.push([['score/history', shopKeyOf(reading.shop), dayOf(reading.readAt)], reading]);
  }
  await setMany(entries, db());
}

async function load<T>(key: IDBValidKey, schema: z.ZodType<T>): Promise<T | null> {
  return parseStored(key, await get(key, db()), schema);
}

export async function loadScoreReadings(): Promise<{ latest: ScoreReading | null; attempt: ScoreReading | null }> {
  const [latest, attempt] = await Promise.all([load(KEYS.score.latest, scoreReadingSchema), load(KEYS.score.attempt, scoreReadingSchema)]);
  return { latest, attempt };
}

export async function loadNewMerchantReading(): Promise<NewMerchantReading | null> {
  return load(KEYS['new-merchant'].latest, newMerchantReadingSchema);
}
