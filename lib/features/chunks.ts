import type { PageKind } from '../pages/hosts';

/**
 * The feature chunks: page features loaded only where the always-on detector found their page
 * kind (issue 11). One row per chunk: its name (the WXT unlisted script `entrypoints/chunk-<name>.ts`,
 * built to `/chunk-<name>.js`) and the page kinds that load it. Adding a chunk is one row here
 * plus that three-line entry file. Imported by the detector, so it stays free of zod and
 * of any reader: names and kinds only.
 */
export const CHUNKS = {
  score: { kinds: ['score'] },
  'new-merchant': { kinds: ['new-merchant'] },
  editor: { kinds: ['editor'] },
  'product-list': { kinds: ['list'] },
  orders: { kinds: ['orders'] },
  'after-sales': { kinds: ['after-sales'] },
  im: { kinds: ['im'] },
  reviews: { kinds: ['reviews'] },
  /** The popup's "export the page structure": loaded when it asks, on any back-office page. */
  capture: { kinds: [] },
} as const satisfies Record<string, { kinds: readonly PageKind[] }>;

export type ChunkName = keyof typeof CHUNKS;

/** The fixed list the worker checks a request against: nothing outside it is ever injected. */
export const CHUNK_NAMES = Object.keys(CHUNKS) as [ChunkName, ...ChunkName[]];

/** The built file of a chunk, as `scripting.executeScript` takes it (extension root). */
export function chunkFile(name: ChunkName): `/chunk-${ChunkName}.js` {
  return `/chunk-${name}.js`;
}

/** The chunks a page kind loads. */
export function chunksFor(kind: PageKind): ChunkName[] {
  return CHUNK_NAMES.filter((name) => (CHUNKS[name].kinds as readonly PageKind[]).includes(kind));
}
