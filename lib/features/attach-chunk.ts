import type { ChunkName } from './chunks';
import { HOST_KEY, type ChunkExports, type HostGlobal } from './detector';
import { showRefreshNotice } from '../overlay/refresh-notice';
import { warn } from '../log';

/**
 * Called by a chunk's entry (entrypoints/chunk-*.ts) when the worker has injected it: hands its
 * features to the detector's host in this isolated world. A chunk injected twice attaches once:
 * the host's `loaded` entry is the flag. The chunk, not the detector, carries the refresh
 * notice shown when the extension is updated under a page where it was at work.
 */
export function attachChunk(name: ChunkName, exports: ChunkExports, g: HostGlobal = globalThis as HostGlobal): void {
  const host = g[HOST_KEY];
  if (!host) { warn('chunk', 'loaded without a detector', name); return; }
  if (host.loaded[name]) return;
  host.attach(name, { onGone: () => showRefreshNotice(document), ...exports });
}
