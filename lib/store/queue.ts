import { get } from 'idb-keyval';
import { emptyQueueState } from '../engine/queue';
import { queueStateSchema, type QueueState } from '../engine/queue-schema';
import { db } from './db';
import { parseStored } from './set-aside';

/**
 * Today's queue between reads: order and case numbers, times, statuses and product titles
 * (lib/engine/queue-schema.ts), in the extension's IndexedDB. A stored state that fails its
 * schema is set aside and told (lib/store/set-aside.ts); the queue starts empty again.
 */
export const QUEUE_KEY = 'queue/state';

export async function loadQueueState(): Promise<QueueState> {
  return (await parseStored(QUEUE_KEY, await get(QUEUE_KEY, db()), queueStateSchema)) ?? emptyQueueState();
}

/** The write that saves a new state, for saveReading's `alongside` (one transaction with the reading's fingerprint). */
export function queueStateEntry(state: QueueState): [IDBValidKey, unknown] {
  return [QUEUE_KEY, state];
}

// One read-merge-write at a time: two list tabs reading at once must not drop each other's rows.
let chain: Promise<unknown> = Promise.resolve();
export function serialQueue<T>(task: () => Promise<T>): Promise<T> {
  const next = chain.then(task, task);
  chain = next.catch(() => undefined);
  return next;
}
