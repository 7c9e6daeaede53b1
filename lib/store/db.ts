import { createStore, type UseStore } from 'idb-keyval';

let store: UseStore | null = null;

/**
 * The extension's own IndexedDB. Only the background and extension pages may call this:
 * in a content script IndexedDB belongs to the merchant's site (dexie/Dexie.js#233).
 */
export function db(): UseStore {
  store ??= createStore('kwaishop-copilot', 'kv');
  return store;
}
