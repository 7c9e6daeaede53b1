import { get, set, setMany } from 'idb-keyval';
import type { z } from 'zod';
import { shopKeyOf } from '../engine/assess';
import { newMerchantReadingSchema, type NewMerchantReading } from '../pages/new-merchant-reading';
import type { PageReading } from '../pages/page-reading';
import { scoreReadingSchema, type ScoreReading } from '../pages/reading';
import { db } from './db';
import { dayOf } from './day';

const KEYS = {
  score: { latest: 'score/latest', attempt: 'score/attempt' },
  'new-merchant': { latest: 'nm/latest', attempt: 'nm/attempt' },
} as const;

/**
 * Persists a reading before the worker answers (the worker may be stopped right after).
 * `attempt` is the last thing read, good or not; `latest` the last readable one, so an
 * unreadable page never wipes a good score. Score pages also keep one reading per shop and day.
 */
export async function saveReading(reading: PageReading): Promise<void> {
  const keys = KEYS[reading.kind];
  const entries: [IDBValidKey, unknown][] = [[keys.attempt, reading]];
  if (reading.status !== 'unreadable') {
    entries.push([keys.latest, reading]);
    if (reading.kind === 'score') entries.push([['score/history', shopKeyOf(reading.shop), dayOf(reading.readAt)], reading]);
  }
  await setMany(entries, db());
}

async function load<T>(key: IDBValidKey, schema: z.ZodType<T>): Promise<T | null> {
  const raw = await get(key, db());
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A value written by an older version or damaged on disk: drop it rather than crash.
  await set(key, undefined, db());
  return null;
}

export async function loadScoreReadings(): Promise<{ latest: ScoreReading | null; attempt: ScoreReading | null }> {
  const [latest, attempt] = await Promise.all([load(KEYS.score.latest, scoreReadingSchema), load(KEYS.score.attempt, scoreReadingSchema)]);
  return { latest, attempt };
}

export async function loadNewMerchantReading(): Promise<NewMerchantReading | null> {
  return load(KEYS['new-merchant'].latest, newMerchantReadingSchema);
}
