import { get, set, setMany } from 'idb-keyval';
import { z } from 'zod';
import { shopKeyOf } from '../engine/assess';
import { scoreReadingSchema, type ScoreReading } from '../pages/reading';
import { db } from './db';
import { dayOf } from './day';

const LATEST = 'score/latest';
const ATTEMPT = 'score/attempt';


/**
 * Persists a reading before the worker answers (the worker may be stopped right after).
 * `attempt` is the last thing read, good or not; `latest` the last readable one, so an
 * unreadable page never wipes a good score; history keeps one reading per shop and day.
 */
export async function saveScoreReading(reading: ScoreReading): Promise<void> {
  const entries: [IDBValidKey, unknown][] = [[ATTEMPT, reading]];
  if (reading.status !== 'unreadable') {
    entries.push([LATEST, reading], [['score/history', shopKeyOf(reading.shop), dayOf(reading.readAt)], reading]);
  }
  await setMany(entries, db());
}

async function load(key: IDBValidKey): Promise<ScoreReading | null> {
  const raw = await get(key, db());
  if (raw === undefined) return null;
  const parsed = scoreReadingSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A value written by an older version or damaged on disk: drop it rather than crash.
  await set(key, undefined, db());
  return null;
}

export const storedReadingsSchema = z.object({ latest: scoreReadingSchema.nullable(), attempt: scoreReadingSchema.nullable() });

export async function loadScoreReadings(): Promise<z.infer<typeof storedReadingsSchema>> {
  const [latest, attempt] = await Promise.all([load(LATEST), load(ATTEMPT)]);
  return { latest, attempt };
}
