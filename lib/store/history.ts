import { delMany, entries } from 'idb-keyval';
import { scoreReadingSchema, type ScoreReading } from '../pages/reading';
import { db } from './db';
import { dayOf } from './day';
import { parseStored } from './set-aside';

const PREFIX = 'score/history';
const DAY_MS = 24 * 60 * 60 * 1000;

function isHistoryKey(key: IDBValidKey): key is [string, string, string] {
  return Array.isArray(key) && key.length === 3 && key[0] === PREFIX;
}

/** Every stored daily reading of a shop (one per day, the day's last), oldest first. */
export async function listHistory(shopKey: string): Promise<ScoreReading[]> {
  const out: ScoreReading[] = [];
  for (const [key, value] of await entries(db())) {
    if (!isHistoryKey(key) || key[1] !== shopKey) continue;
    const parsed = await parseStored(key, value, scoreReadingSchema);
    if (parsed) out.push(parsed);
  }
  return out.sort((a, b) => a.readAt.localeCompare(b.readAt));
}

/** Drops readings older than the retention limit; returns how many went. */
export async function pruneHistory(retentionDays: number, now: Date = new Date()): Promise<number> {
  const cutoffDay = dayOf(new Date(now.getTime() - retentionDays * DAY_MS).toISOString());
  const old = (await entries(db())).map(([k]) => k).filter((k) => isHistoryKey(k) && k[2] < cutoffDay);
  if (old.length) await delMany(old, db());
  return old.length;
}

export async function clearHistory(): Promise<void> {
  const keys = (await entries(db())).map(([k]) => k).filter(isHistoryKey);
  await delMany(keys, db());
}
