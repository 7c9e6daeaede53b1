import type { UseStore } from 'idb-keyval';
import { addNotice } from './notices';

const DB_NAME = 'kwaishop-copilot';
const STORE_NAME = 'kv';

let opening: Promise<IDBDatabase> | null = null;

function open(version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(DB_NAME) : indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE_NAME)) req.result.createObjectStore(STORE_NAME);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another open page'));
  });
}

/**
 * Opens the database, recreating the object store if it is missing (a profile copied half-way,
 * a version bump by hand, a cleanup tool): without this every read and write fails for good
 * and the popup stays on "cannot reach the background" (issue 16, fault 8).
 */
async function openHealthy(): Promise<IDBDatabase> {
  let database = await open();
  if (!database.objectStoreNames.contains(STORE_NAME)) {
    const version = database.version + 1;
    database.close();
    database = await open(version);
    // Whatever the table held is gone already; the merchant is told, once, until acknowledged.
    await addNotice({ kind: 'store-rebuilt' }).catch(() => undefined);
  }
  // Another context upgrading (or deleting) the database: let go, reopen on next use.
  database.onversionchange = () => { database.close(); opening = null; };
  database.onclose = () => { opening = null; };
  return database;
}

function connection(): Promise<IDBDatabase> {
  opening ??= openHealthy().catch((error: unknown) => { opening = null; throw error; });
  return opening;
}


const STALE = new Set(['NotFoundError', 'InvalidStateError']);

/**
 * The extension's own IndexedDB, as an idb-keyval store. Only the background and extension pages
 * may call this: in a content script IndexedDB belongs to the merchant's site (dexie/Dexie.js#233).
 */
export function db(): UseStore {
  return async (mode, callback) => {
    for (let attempt = 0; ; attempt++) {
      const database = await connection();
      let store: IDBObjectStore;
      try {
        store = database.transaction(STORE_NAME, mode).objectStore(STORE_NAME);
      } catch (error) {
        // The connection went stale (closed, or the store vanished under it): reopen and heal once.
        if (attempt === 0 && STALE.has((error as DOMException)?.name)) { database.close(); opening = null; continue; }
        throw error;
      }
      return callback(store);
    }
  };
}
