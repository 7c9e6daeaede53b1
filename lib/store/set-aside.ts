import { del, set } from 'idb-keyval';
import type { z } from 'zod';
import { db } from './db';
import { addNotice } from './notices';

const ASIDE = 'set-aside';

function keyText(key: IDBValidKey): string {
  return (Array.isArray(key) ? key.map(String).join('/') : String(key)).slice(0, 200);
}

/**
 * A stored record that fails its schema (written by an older version, damaged on disk): moved
 * under `set-aside/…` where nothing reads it (kept, not destroyed), removed from its place so
 * the views recover, and reported to the merchant until acknowledged (issue 16, fault 8).
 */
export async function setAside(key: IDBValidKey, raw: unknown, error: z.ZodError, now = new Date()): Promise<void> {
  const problem = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '记录'}: ${i.message}`).join('；').slice(0, 300);
  try {
    await set([ASIDE, keyText(key), now.toISOString()], raw, db());
  } catch {
    // A value IndexedDB cannot store again is dropped; the notice still says what happened.
  }
  await del(key, db());
  await addNotice({ kind: 'record-set-aside', key: keyText(key), problem }, now);
}

/** Parses a stored value; one that does not parse is set aside and read as absent. */
export async function parseStored<T>(key: IDBValidKey, raw: unknown, schema: z.ZodType<T>): Promise<T | null> {
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  await setAside(key, raw, parsed.error);
  return null;
}
